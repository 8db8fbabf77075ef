import EnlaceCore
import Foundation
import GRDB

/// Someone a case can be given to: an active caseworker or supervisor.
public struct Assignee: Sendable, Equatable, Hashable {
    public let id: Int64
    public let displayName: String
    public let role: Role
}

/// Read as stored: the columns of `users`.
extension Assignee: StoredRecord {
    static let storedTable = "users"

    enum CodingKeys: String, CodingKey {
        case id, role
        case displayName = "display_name"
    }
}

extension CaseDesk {
    /// The active caseworkers and supervisors, by name: whom a supervisor can assign a case to
    /// (the same people `assign` accepts). Refused to those who may not assign cases.
    public func assignees(by actor: UserAccount) throws -> [Assignee] {
        try read { db in
            let acting = try self.acting(db, actor)
            try Self.require(.reassign, acting, .none)
            return try Assignee.decodeAll(db, sql: """
                SELECT u.id, u.display_name, u.role FROM users u
                WHERE u.active = 1 AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id
                                               AND r.role IN ('caseworker', 'supervisor'))
                ORDER BY u.display_name COLLATE NOCASE, u.id
                """)
        }
    }
}
