import EnlaceCore
import Foundation
import GRDB

/// Staff accounts as an organization runs them (admins; the role table's `manageUsers`): the
/// list, roles, deactivation (never deletion: the audit keeps names), unlocking, password
/// resets; and each person's own password change. Each is one transaction with its audit row
/// naming the fields changed; at least one active admin always remains.
extension CaseDesk {
    /// Every account, active first, then by name (admins).
    public func staff(by actor: UserAccount) throws -> [StaffMember] {
        try read { db in
            try self.requireUserAdmin(db, actor)
            let rows = try Row.fetchAll(db, sql: """
                \(Self.staffSelect) GROUP BY u.id ORDER BY u.active DESC, u.display_name COLLATE NOCASE, u.id
                """)
            return try rows.map(Self.staffMember)
        }
    }

    /// One account by user name (admins); `userNotFound` when there is none.
    public func staffMember(username: String, by actor: UserAccount) throws -> StaffMember {
        try read { db in
            try self.requireUserAdmin(db, actor)
            return try self.member(db, username: username)
        }
    }

    /// Changes an account (admins; one transaction, audited with the fields changed). With
    /// `version`, an account changed meanwhile at another terminal is a conflict.
    @discardableResult
    public func changeStaff(username: String, _ change: StaffChange, by actor: UserAccount,
                            version: Int? = nil) throws -> StaffMember {
        var hash: String?
        var wrapped: KeyEnvelope.WrappedUserKey?
        if case .resetPassword(let temporary) = change {
            try Self.checkPassword(temporary, username: Self.normalizedUsername(username))
            hash = try guarded { try PasswordHasher.hash(temporary, cost: passwordCost) }
            wrapped = try newUserKeyIfEncrypted(username: Self.normalizedUsername(username), password: temporary)
        }
        if case .roles(let roles) = change, roles.isEmpty {
            throw StoreError.invalid(field: "roles", StaffText.rolesRequired.text)
        }
        return try write { db in
            try self.requireUserAdmin(db, actor)
            let old = try self.member(db, username: username)
            if let version, version != old.version { throw StoreError.conflict }
            let now = self.clock.nowSeconds()
            let words: [String: LocalizedText] = ["username": .plain(old.username)]
            let action: String
            var fields: [String: [String]] = [:]
            switch change {
            case .roles(let roles):
                try UserRoles.set(db, old.id, roles)
                action = "rolesChanged"
                fields["roles"] = [UserRoles.audit(old.roles), UserRoles.audit(roles)]
            case .deactivate:
                guard old.active else { throw StoreError.invalid(field: "username", StaffText.alreadyInactive.text.filling(words)) }
                guard old.id != actor.id else { throw StoreError.invalid(field: "username", StaffText.noSelfDeactivation.text) }
                try db.execute(sql: "UPDATE users SET active = 0, session_epoch = session_epoch + 1 WHERE id = ?",
                               arguments: [old.id])
                // A deactivated account keeps no key: activated again, it gets one with a
                // temporary password.
                try self.dropUserKey(db, userId: old.id)
                action = "deactivated"
                fields["active"] = ["yes", "no"]
            case .activate:
                guard !old.active else { throw StoreError.invalid(field: "username", StaffText.alreadyActive.text.filling(words)) }
                try db.execute(sql: "UPDATE users SET active = 1, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                               arguments: [old.id])
                action = "activated"
                fields["active"] = ["no", "yes"]
            case .unlock:
                guard old.isLocked(at: self.clock.now()) else {
                    throw StoreError.invalid(field: "username", StaffText.notLocked.text.filling(words))
                }
                try db.execute(sql: "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                               arguments: [old.id])
                action = "accountUnlocked"
                fields["locked"] = ["yes", "no"]
            case .resetPassword:
                try db.execute(sql: """
                    UPDATE users SET password_hash = ?, must_change_password = 1, failed_attempts = 0,
                        locked_until = NULL, session_epoch = session_epoch + 1, password_changed_at = ?
                    WHERE id = ?
                    """, arguments: [hash!, now, old.id])
                // A new key pair under the temporary password, granted the admin's open keys:
                // the old wrapped key opened only with the forgotten password.
                if let wrapped {
                    try self.insertUserKey(db, userId: old.id, wrapped, keys: try self.vault.heldKeys())
                }
                action = "passwordReset"
                // The password itself is never audited: only that it changed.
                fields["password"] = ["", "temporary"]
            }
            guard try UserRoles.activeAdmins(db) > 0 else {
                throw StoreError.invalid(field: "username", StaffText.lastAdmin.text)
            }
            try db.execute(sql: "UPDATE users SET version = version + 1 WHERE id = ?", arguments: [old.id])
            try Audit.append(db, actor: actor.id, at: now, entity: "user", entityID: old.id,
                             action: action, changedFields: fields)
            return try self.member(db, username: old.username)
        }
    }

    /// The signed-in person replaces their password (a temporary one at first sign-in, or
    /// their own any time): the current one is checked as signing in checks it, the new one
    /// meets `PasswordPolicy` and differs. Returns the account as it now is (no longer
    /// `mustChangePassword`). Audited as `passwordChanged`, without either password.
    public func changeOwnPassword(of user: UserAccount, current: String, new: String) throws -> UserAccount {
        try Self.checkPassword(new, username: user.username)
        guard new != current else { throw StoreError.invalid(field: "password", StaffText.sameAsTemporary.text) }
        do {
            _ = try authenticate(username: user.username, password: current, successAction: "passwordCheck")
        } catch StoreError.authenticationFailed {
            throw StoreError.invalid(field: "current", StaffText.currentPasswordWrong.text)
        }
        let hash = try guarded { try PasswordHasher.hash(new, cost: passwordCost) }
        // The account's key, opened by the check above, wrapped again under the new password.
        let rewrapped = try vault.privateKey(of: KeyEnvelope.userHolder(user.id)).map { key in
            try guarded { try KeyEnvelope.wrap(key, username: user.username, password: new, cost: passwordCost) }
        }
        return try write { db in
            let now = self.clock.nowSeconds()
            if let rewrapped {
                try db.execute(sql: "UPDATE user_keys SET wrapped = ?, kdf = ? WHERE user_id = ?",
                               arguments: [rewrapped.wrapped, rewrapped.kdf, user.id])
            }
            try db.execute(sql: """
                UPDATE users SET password_hash = ?, must_change_password = 0, password_changed_at = ?,
                    version = version + 1
                WHERE id = ? AND active = 1
                """, arguments: [hash, now, user.id])
            guard db.changesCount == 1 else { throw StoreError.notPermitted(StoreText.unknownUser.text) }
            try Audit.append(db, actor: user.id, at: now, entity: "user", entityID: user.id,
                             action: "passwordChanged", changedFields: ["password": ["", "changed"]])
            guard let row = try SignInRow.decodeOne(db, sql: "SELECT \(SignInRow.columns) FROM users WHERE id = ?",
                                                    arguments: [user.id]) else {
                throw StoreError.notPermitted(StoreText.unknownUser.text)
            }
            return row.account(roles: try UserRoles.of(db, user.id))
        }
    }

    /// Whether `user`'s sign-in still holds: the account is active and no admin has reset its
    /// password (or deactivated it) since. A terminal checks it at its idle tick and locks
    /// when it no longer holds.
    public func sessionIsCurrent(_ user: UserAccount) throws -> Bool {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT active, session_epoch FROM users WHERE id = ?",
                                             arguments: [user.id]) else { return false }
            return (row[0] as Bool) && (row[1] as Int) == user.sessionEpoch
        }
    }

    // MARK: - Helpers

    /// Refuses anyone the role table does not give `manageUsers` (admins).
    func requireUserAdmin(_ db: Database, _ actor: UserAccount) throws {
        let acting = try acting(db, actor)
        if case .failure = Permissions.check(.manageUsers, actor: acting) {
            throw StoreError.notPermitted(StoreText.onlyAdminManagesUsers.text)
        }
    }

    private func member(_ db: Database, username: String) throws -> StaffMember {
        let name = Self.normalizedUsername(username)
        guard let row = try Row.fetchOne(db, sql: "\(Self.staffSelect) WHERE u.username = ? GROUP BY u.id",
                                         arguments: [name]) else {
            throw StoreError.invalid(field: "username", StaffText.userNotFound.text.filling(["username": .plain(name)]))
        }
        return try Self.staffMember(row)
    }

    /// An account with its roles and last sign-in (`staffMember` reads the row).
    private static let staffSelect = """
        SELECT u.id, u.username, u.display_name, u.active, u.locked_until, u.must_change_password,
               u.created_at, u.version, group_concat(r.role) AS roles,
               (SELECT max(a.at) FROM audit_log a WHERE a.entity = 'user' AND a.entity_id = u.id
                  AND a.action = 'signIn') AS last_sign_in
        FROM users u LEFT JOIN user_roles r ON r.user_id = u.id
        """

    private static func staffMember(_ row: Row) throws -> StaffMember {
        let names: String = row["roles"] ?? ""
        let roles = try Set(names.split(separator: ",").map { name in
            guard let role = Role(rawValue: String(name)) else {
                throw StoreError.corruptValue(table: "user_roles", column: "role", value: String(name))
            }
            return role
        })
        func date(_ seconds: Int64?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
        return StaffMember(id: row["id"], username: row["username"], displayName: row["display_name"],
                           roles: roles, active: row["active"], lockedUntil: date(row["locked_until"]),
                           mustChangePassword: row["must_change_password"],
                           createdAt: date(row["created_at"])!, lastSignIn: date(row["last_sign_in"]),
                           version: row["version"])
    }
}
