/// Who is acting: the signed-in user's roles and id. What the roles allow is their union.
public struct ActingUser: Sendable, Hashable, Codable {
    public var roles: Set<Role>
    public var userId: UserID

    public init(roles: Set<Role>, userId: UserID) {
        self.roles = roles.isEmpty ? [.volunteer] : roles
        self.userId = userId
    }

    public init(role: Role, userId: UserID) {
        self.init(roles: [role], userId: userId)
    }

    /// The role that reaches furthest into case work (`Role.primary`): named in refusals.
    public var role: Role { Role.primary(of: roles) }
}
