/// A person who signs in to the desk.
public struct User: Codable, Sendable, Equatable, Identifiable {
    public var id: UserID
    public var username: String
    public var displayName: String
    public var role: Role
    public var active: Bool

    public init(id: UserID, username: String, displayName: String, role: Role, active: Bool = true) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.active = active
    }

    /// The actor this user acts as, for permission and workflow checks.
    public var actor: ActingUser { ActingUser(role: role, userId: id) }
}
