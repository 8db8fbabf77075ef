import EnlaceCore
import Foundation
import GRDB

/// Someone a case can be given to: an active caseworker or supervisor.
public struct Assignee: Sendable, Equatable, Hashable {
    public let id: Int64
    public let displayName: String
    public let role: Role
}

extension CaseDesk {
    /// The active caseworkers and supervisors, by name: whom a supervisor can assign a case to
    /// (the same people `assign` accepts). Refused to those who may not assign cases.
    public func assignees(by actor: UserAccount) throws -> [Assignee] {
        try read { db in
            let acting = try self.acting(db, actor)
            try Self.require(.reassign, acting, .none)
            return try Row.fetchAll(db, sql: """
                SELECT id, display_name, role FROM users
                WHERE active = 1 AND role IN ('caseworker', 'supervisor')
                ORDER BY display_name COLLATE NOCASE, id
                """).map { r in
                Assignee(id: r["id"], displayName: r["display_name"], role: Role(rawValue: r["role"]) ?? .caseworker)
            }
        }
    }
}
