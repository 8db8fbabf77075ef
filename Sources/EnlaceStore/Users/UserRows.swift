import EnlaceCore
import Foundation
import GRDB

/// An account as sign-in reads it.
struct SignInRow: StoredRecord {
    static let storedTable = "users"

    var id: Int64
    var username: String
    var displayName: String
    var role: Role
    var passwordHash: String
    var lockedUntil: Int64?
    var active: Bool

    enum CodingKeys: String, CodingKey {
        case id, username, role, active
        case displayName = "display_name", passwordHash = "password_hash", lockedUntil = "locked_until"
    }

    var account: UserAccount { UserAccount(id: id, username: username, displayName: displayName, role: role) }
}

/// The role and standing of the acting account, re-read on every call.
struct RoleRow: StoredRecord {
    static let storedTable = "users"
    var role: Role
    var active: Bool
}
