import EnlaceCore
import GRDB

/// A person cases can be given to: an active caseworker or supervisor.
public struct Assignee: Sendable, Equatable, Hashable {
    public let id: Int64
    public let displayName: String
    public let role: Role
}

extension CaseDesk {
    /// The active caseworkers and supervisors, by name: who `assign` and `reassign` accept.
    /// Asked by the desk (caseworkers and supervisors); others are refused.
    public func assignees(by actor: UserAccount) throws -> [Assignee] {
        try read { db in
            _ = try self.queueRole(db, actor: actor)
            return try Row.fetchAll(db, sql: """
                SELECT id, display_name, role FROM users
                WHERE active = 1 AND role IN ('caseworker', 'supervisor')
                ORDER BY display_name, id
                """).compactMap { row in
                guard let role = Role(rawValue: row["role"]) else { return nil }
                return Assignee(id: row["id"], displayName: row["display_name"], role: role)
            }
        }
    }
}
