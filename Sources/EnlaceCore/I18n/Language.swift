/// The languages every on-screen text exists in. Spanish is the default.
public enum Language: String, CaseIterable, Sendable, Codable {
    case es
    case en

    public static let `default`: Language = .es

    /// Parses `es`, `en`, `es_MX.UTF-8`, `English`... Returns nil for anything else.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("es") || lower.hasPrefix("spa") { self = .es }
        else if lower.hasPrefix("en") { self = .en }
        else { return nil }
    }

    public var toggled: Language { self == .es ? .en : .es }
}
