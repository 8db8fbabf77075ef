/// Who is acting: the signed-in user's role and id.
public struct ActingUser: Sendable, Hashable, Codable {
    public var role: Role
    public var userId: UserID

    public init(role: Role, userId: UserID) {
        self.role = role
        self.userId = userId
    }
}
