import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Wrong passwords in a row that lock an account.
    public static let maxFailedAttempts = 5
    /// How long a locked account stays locked.
    public static let lockoutDuration: TimeInterval = 15 * 60

    public func hasUsers() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users)") ?? false }
    }

    /// The first account of a new database, an admin. Refused once any user exists. Makes the
    /// database's keyring (a data key wrapped for this admin and under a new recovery key,
    /// whose words `takeRecoveryWords()` gives once) and leaves the keys open here.
    public func createFirstAdmin(username: String, displayName: String,
                                 password: String) throws -> UserAccount {
        let fields = try Self.validateNewUser(username: username, displayName: displayName,
                                              password: password)
        let hash = try guarded { try PasswordHasher.hash(password, cost: passwordCost) }
        let (privateKey, wrapped) = try guarded {
            try KeyEnvelope.newUserKey(username: fields.username, password: password, cost: passwordCost)
        }
        let key = GenerationKey.random(generation: 1)
        let recovery = KeyEnvelope.randomRecoveryBytes()
        let account = try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users)") ?? false {
                throw StoreError.notPermitted(StoreText.firstAdminExists.text)
            }
            let account = try self.insertUser(db, username: fields.username, displayName: fields.displayName,
                                              roles: [.admin], hash: hash, temporary: false, actorID: nil)
            try self.insertKeyring(db, key: key, recovery: recovery, by: account.id)
            try self.insertUserKey(db, userId: account.id, wrapped, keys: [key])
            return account
        }
        vault.unlock(holder: KeyEnvelope.userHolder(account.id), privateKey: privateKey, keys: [key.generation: key])
        vault.stashWords(RecoveryWords.encode(recovery))
        return account
    }

    /// A new account (admins only; audited) whose password is the person's own.
    public func createUser(by actor: UserAccount, username: String, displayName: String,
                           role: Role, password: String) throws -> UserAccount {
        try createUser(by: actor, username: username, displayName: displayName, roles: [role],
                       password: password, temporary: false)
    }

    /// A new account with one or more roles (admins only; audited with the fields set). With
    /// `temporary`, the person must choose their own password at the first sign-in.
    public func createUser(by actor: UserAccount, username: String, displayName: String,
                           roles: Set<Role>, password: String, temporary: Bool = true) throws -> UserAccount {
        // Permission first, so a non-admin learns nothing about which names exist.
        try read { db in try self.requireUserAdmin(db, actor) }
        guard !roles.isEmpty else {
            throw StoreError.invalid(field: "roles", StaffText.rolesRequired.text)
        }
        let fields = try Self.validateNewUser(username: username, displayName: displayName,
                                              password: password)
        let hash = try guarded { try PasswordHasher.hash(password, cost: passwordCost) }
        let wrapped = try newUserKeyIfEncrypted(username: fields.username, password: password)
        return try write { db in
            try self.requireUserAdmin(db, actor)
            let account = try self.insertUser(db, username: fields.username, displayName: fields.displayName,
                                              roles: roles, hash: hash, temporary: temporary, actorID: actor.id)
            // The admin's open keys are granted to the new account (refused while locked).
            if let wrapped {
                try self.insertUserKey(db, userId: account.id, wrapped, keys: try self.vault.heldKeys())
            }
            return account
        }
    }

    /// Checks a user name and password. Five wrong passwords in a row lock the account for
    /// 15 minutes (audited). A wrong or unknown user name gives the same error as a wrong
    /// password, after the same scrypt work.
    public func authenticate(username: String, password: String) throws -> UserAccount {
        try authenticate(username: username, password: password, successAction: "signIn")
    }

    /// `authenticate`, auditing a success as `successAction` ("signIn", "unlock").
    func authenticate(username: String, password: String, successAction: String) throws -> UserAccount {
        let name = Self.normalizedUsername(username)
        let now = clock.nowSeconds()
        let found = try read { db -> (SignInRow, Set<Role>, StoredUserKey?)? in
            guard let row = try SignInRow.decodeOne(db, sql: "SELECT \(SignInRow.columns) FROM users WHERE username = ?",
                                                    arguments: [name]) else { return nil }
            return (row, try UserRoles.of(db, row.id), try Self.storedUserKey(db, userId: row.id))
        }
        guard let (row, roles, storedKey) = found, row.active else {
            _ = PasswordHasher.verify(password, hash: PasswordHasher.dummyHash(cost: passwordCost))
            throw StoreError.authenticationFailed
        }
        let id = row.id
        if let lockedUntil = row.lockedUntil, lockedUntil > now {
            throw StoreError.accountLocked(until: Date(timeIntervalSince1970: TimeInterval(lockedUntil)))
        }
        let matches = PasswordHasher.verify(password, hash: row.passwordHash)
        // The right password opens the account's key; an account without one, or whose
        // wrapped key was altered, is refused here with nothing written.
        let privateKey = matches ? try unwrapUserKey(storedKey, username: row.username, password: password) : nil
        let lockedUntil: Int64? = try write { db in
            if matches {
                try db.execute(sql: """
                    UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?
                    """, arguments: [id])
                try Audit.append(db, actor: id, at: now, entity: "user", entityID: id,
                                 action: successAction)
                return nil
            }
            let failed = (try Int.fetchOne(
                db, sql: "SELECT failed_attempts FROM users WHERE id = ?", arguments: [id]) ?? 0) + 1
            if failed >= Self.maxFailedAttempts {
                let until = now + Int64(Self.lockoutDuration)
                try db.execute(sql: """
                    UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?
                    """, arguments: [until, id])
                try Audit.append(db, actor: nil, at: now, entity: "user", entityID: id,
                                 action: "locked", reason: "\(failed) failed sign-in attempts")
                return until
            }
            try db.execute(sql: "UPDATE users SET failed_attempts = ? WHERE id = ?",
                           arguments: [failed, id])
            try Audit.append(db, actor: nil, at: now, entity: "user", entityID: id,
                             action: "signInFailed")
            return nil
        }
        if let lockedUntil {
            throw StoreError.accountLocked(until: Date(timeIntervalSince1970: TimeInterval(lockedUntil)))
        }
        guard matches else { throw StoreError.authenticationFailed }
        if let privateKey {
            try unlockVault(userId: id, username: row.username, privateKey: privateKey)
        }
        return row.account(roles: roles)
    }

    // MARK: - Helpers

    static func normalizedUsername(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func validateNewUser(username: String, displayName: String,
                                password: String) throws -> (username: String, displayName: String) {
        let name = normalizedUsername(username)
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard (2...32).contains(name.count), name.allSatisfy({ allowed.contains($0) }),
              name.first!.isLetter || name.first!.isNumber
        else {
            throw StoreError.invalid(field: "username", StoreText.usernameInvalid.text)
        }
        let display = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !display.isEmpty,
              !display.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw StoreError.invalid(field: "displayName", StoreText.displayNameRequired.text)
        }
        guard display.count <= 100 else {
            throw StoreError.invalid(field: "displayName", StoreText.displayNameTooLong.text)
        }
        try checkPassword(password, username: name)
        return (name, display)
    }

    /// `PasswordPolicy`'s refusal as a field error.
    static func checkPassword(_ password: String, username: String) throws {
        if let problem = PasswordPolicy.problem(password, username: username) {
            throw StoreError.invalid(field: "password", problem.text)
        }
    }

    private func insertUser(_ db: Database, username: String, displayName: String, roles: Set<Role>,
                            hash: String, temporary: Bool, actorID: Int64?) throws -> UserAccount {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE username = ?)",
                             arguments: [username]) ?? false {
            throw StoreError.invalid(field: "username", StoreText.usernameTaken.text)
        }
        let now = clock.nowSeconds()
        try db.execute(sql: """
            INSERT INTO users (username, display_name, role, password_hash, created_at, must_change_password)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [username, displayName, Role.primary(of: roles).rawValue, hash, now, temporary])
        let id = db.lastInsertedRowID
        try UserRoles.set(db, id, roles)
        let audited = UserRoles.audit(roles)
        try Audit.append(db, actor: actorID ?? id, at: now, entity: "user", entityID: id,
                         action: "create", to: audited,
                         changedFields: ["username": ["", username], "displayName": ["", displayName],
                                         "roles": ["", audited], "temporaryPassword": ["", temporary ? "yes" : "no"]])
        return UserAccount(id: id, username: username, displayName: displayName, roles: roles,
                           mustChangePassword: temporary)
    }
}
