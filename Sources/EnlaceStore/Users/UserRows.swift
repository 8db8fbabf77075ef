import EnlaceCore
import Foundation
import GRDB

/// An account as sign-in reads it (its roles are read beside it, from `user_roles`).
struct SignInRow: StoredRecord {
    static let storedTable = "users"

    var id: Int64
    var username: String
    var displayName: String
    var passwordHash: String
    var lockedUntil: Int64?
    var active: Bool
    var mustChangePassword: Bool
    var sessionEpoch: Int

    enum CodingKeys: String, CodingKey {
        case id, username, active
        case displayName = "display_name", passwordHash = "password_hash", lockedUntil = "locked_until"
        case mustChangePassword = "must_change_password", sessionEpoch = "session_epoch"
    }

    static let columns = """
        id, username, display_name, password_hash, locked_until, active, must_change_password, session_epoch
        """

    func account(roles: Set<Role>) -> UserAccount {
        UserAccount(id: id, username: username, displayName: displayName, roles: roles,
                    mustChangePassword: mustChangePassword, sessionEpoch: sessionEpoch)
    }
}

enum UserRoles {
    /// The roles of account `id` as stored.
    static func of(_ db: Database, _ id: Int64) throws -> Set<Role> {
        let names = try String.fetchAll(db, sql: "SELECT role FROM user_roles WHERE user_id = ?", arguments: [id])
        return Set(try names.map { name in
            guard let role = Role(rawValue: name) else {
                throw StoreError.corruptValue(table: "user_roles", column: "role", value: name)
            }
            return role
        })
    }

    /// Replaces the roles of account `id` (and `users.role`, the widest of them).
    static func set(_ db: Database, _ id: Int64, _ roles: Set<Role>) throws {
        try db.execute(sql: "DELETE FROM user_roles WHERE user_id = ?", arguments: [id])
        for role in Role.ordered(roles) {
            try db.execute(sql: "INSERT INTO user_roles (user_id, role) VALUES (?, ?)", arguments: [id, role.rawValue])
        }
        try db.execute(sql: "UPDATE users SET role = ? WHERE id = ?", arguments: [Role.primary(of: roles).rawValue, id])
    }

    /// Active accounts holding the admin role.
    static func activeAdmins(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin'
            WHERE u.active = 1
            """) ?? 0
    }

    /// The roles as the audit keeps them: "admin,supervisor".
    static func audit(_ roles: Set<Role>) -> String {
        Role.ordered(roles).map(\.rawValue).joined(separator: ",")
    }
}
