import EnlaceCore

/// A signed-in person. The store re-reads the role from the database on every call, so this
/// value is an identity, not a permission grant.
public struct UserAccount: Sendable, Equatable, Hashable {
    public let id: Int64
    public let username: String
    public let displayName: String
    public let role: Role

    public init(id: Int64, username: String, displayName: String, role: Role) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
    }
}
