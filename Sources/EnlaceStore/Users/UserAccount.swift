import EnlaceCore

/// A signed-in person. The store re-reads the roles from the database on every call, so this
/// value is an identity, not a permission grant.
public struct UserAccount: Sendable, Equatable, Hashable {
    public let id: Int64
    public let username: String
    public let displayName: String
    /// Every role the person held at sign-in (what they may do is the union).
    public let roles: Set<Role>
    /// A temporary password (new account, reset by an admin): the person must choose their own
    /// before anything else.
    public let mustChangePassword: Bool
    /// The account's session epoch at sign-in: an admin's password reset or a deactivation
    /// moves it on, and a terminal whose epoch is behind locks (`CaseDesk.sessionIsCurrent`).
    public let sessionEpoch: Int

    public init(id: Int64, username: String, displayName: String, roles: Set<Role>,
                mustChangePassword: Bool = false, sessionEpoch: Int = 0) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.roles = roles.isEmpty ? [.volunteer] : roles
        self.mustChangePassword = mustChangePassword
        self.sessionEpoch = sessionEpoch
    }

    public init(id: Int64, username: String, displayName: String, role: Role) {
        self.init(id: id, username: username, displayName: displayName, roles: [role])
    }

    /// The role that decides what the person sees of cases (`Role.primary`).
    public var role: Role { Role.primary(of: roles) }

    /// Whether the person holds `role` (among others).
    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The roles in words, widest first: "supervisora · administradora".
    public func rolesLabel(_ language: Language) -> String {
        Role.ordered(roles).map { $0.label(language) }.joined(separator: " · ")
    }
}
