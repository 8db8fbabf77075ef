// The themes shipped with Enlace, embedded in the binary from the TOML files beside this one,
// so that `enlace` works wherever it is copied. Users add their own in
// $XDG_CONFIG_HOME/enlace/themes/NAME.toml.
public enum ShippedThemes {
    public static let all: [(name: String, source: String)] = [
        ("default", String(decoding: PackageResources.default_toml, as: UTF8.self)),
        ("high-contrast", String(decoding: PackageResources.high_contrast_toml, as: UTF8.self)),
        ("mono", String(decoding: PackageResources.mono_toml, as: UTF8.self)),
    ]
}
