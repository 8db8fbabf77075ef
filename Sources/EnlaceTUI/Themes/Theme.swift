/// A colour a theme may name: one of the eight basic colours, a 256-colour index, or the
/// terminal's own default.
public enum ThemeColor: Sendable, Equatable {
    case terminalDefault
    case indexed(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The nearest of the eight basic colours, for terminals that have only eight.
    public var basic: ThemeColor {
        guard case .indexed(let n) = self, n >= 8 else { return self }
        if n < 16 { return .indexed(n - 8) }
        if n >= 232 { return .indexed(n < 244 ? 0 : 7) }   // greys
        let v = n - 16
        let r = v / 36, g = (v / 6) % 6, b = v % 6
        let bit = { (c: Int) in c >= 3 ? 1 : 0 }
        return .indexed(bit(r) | bit(g) << 1 | bit(b) << 2)
    }
}

/// How one role looks.
public struct RoleStyle: Sendable, Equatable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public var usesColour: Bool { foreground != nil || background != nil }
}

/// A theme: every style role mapped to a look. Roles a theme leaves out look `normal`.
public struct Theme: Sendable, Equatable {
    public let name: String
    public let styles: [StyleRole: RoleStyle]

    public init(name: String, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: StyleRole) -> RoleStyle {
        styles[role] ?? styles[.normal] ?? RoleStyle()
    }
}
