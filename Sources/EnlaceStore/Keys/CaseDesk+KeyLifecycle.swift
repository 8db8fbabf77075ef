import Crypto
import EnlaceCore
import Foundation
import GRDB

/// What `enlace keys status` shows an admin.
public struct KeyStatus: Sendable, Equatable {
    public struct Generation: Sendable, Equatable {
        public let number: Int
        public let createdAt: Date
        public let retiredAt: Date?
    }

    public let encrypted: Bool
    public let generations: [Generation]
    /// Active accounts that hold the key, and those that do not (made before encryption, or
    /// activated again): these need a temporary password.
    public let accountsWithKey: [String]
    public let accountsWithoutKey: [String]
    /// Values still in clear or sealed with an older generation (0 once a sweep finished).
    public let valuesToSeal: Int
}

/// What `keys init` and `keys rotate` did.
public struct KeySweepReport: Sendable, Equatable {
    public let generation: Int
    public let rowsSealed: Int
    /// The sealed backup made before encrypting an older file (its passphrase is the
    /// recovery words); nil for a rotation.
    public let backupPath: String?
    /// Recovery words, shown once (a new keyring only).
    public let recoveryWords: [String]?
    public let accountsWithoutKey: [String]
}

extension CaseDesk {
    /// The keyring's state (admins).
    public func keyStatus(by actor: UserAccount) throws -> KeyStatus {
        try read { db in
            try self.requireUserAdmin(db, actor)
            let generations = try Row.fetchAll(db, sql: """
                SELECT generation, created_at, retired_at FROM key_generations ORDER BY generation
                """).map {
                KeyStatus.Generation(number: Int($0[0] as Int64), createdAt: Date(timeIntervalSince1970: TimeInterval($0[1] as Int64)),
                                     retiredAt: ($0[2] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) })
            }
            let accounts = try Row.fetchAll(db, sql: """
                SELECT u.username, k.user_id IS NOT NULL FROM users u LEFT JOIN user_keys k ON k.user_id = u.id
                WHERE u.active = 1 ORDER BY u.username
                """)
            let newest = generations.last?.number
            var toSeal = 0
            for (table, columns) in Dictionary(grouping: SealedColumn.allCases, by: \.table) {
                let needed = columns.map { $0.needsSealing(newest: "?") }.joined(separator: " OR ")
                toSeal += try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(needed)",
                                           arguments: StatementArguments(columns.map { _ in newest })) ?? 0
            }
            return KeyStatus(encrypted: newest != nil, generations: generations,
                             accountsWithKey: accounts.filter { $0[1] as Bool }.map { $0[0] },
                             accountsWithoutKey: newest == nil ? [] : accounts.filter { !($0[1] as Bool) }.map { $0[0] },
                             valuesToSeal: newest == nil ? 0 : toSeal)
        }
    }

    /// Encrypts a file made by an earlier version (admins; `enlace keys init`): checks the
    /// admin's password, takes a backup sealed with the new recovery words, makes the keyring
    /// (the admin's key and the recovery key), then seals every sensitive value in batches
    /// while others keep working. Other accounts get their key with a temporary password.
    public func encryptDatabase(by actor: UserAccount, password: String,
                                progress: ((String, Int) -> Void)? = nil) throws -> KeySweepReport {
        if isEncrypted { throw StoreError.keys(.alreadyEncrypted) }
        _ = try authenticate(username: actor.username, password: password, successAction: "passwordCheck")
        try read { db in try self.requireUserAdmin(db, actor) }
        let recovery = KeyEnvelope.randomRecoveryBytes()
        let words = RecoveryWords.encode(recovery)
        let backup = try takeBackup(BackupRequest(passphrase: words.joined(separator: " ")), by: actor)
        let (privateKey, wrapped) = try guarded {
            try KeyEnvelope.newUserKey(username: actor.username, password: password, cost: passwordCost)
        }
        let key = GenerationKey.random(generation: 1)
        try write { db in
            try self.requireUserAdmin(db, actor)
            guard try Int64.fetchOne(db, sql: "SELECT max(generation) FROM key_generations") == nil else {
                throw StoreError.keys(.alreadyEncrypted)
            }
            try self.insertKeyring(db, key: key, recovery: recovery, by: actor.id)
            try self.insertUserKey(db, userId: actor.id, wrapped, keys: [key])
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "keys", entityID: 1,
                             action: "encrypted", changedFields: ["generation": ["", "1"], "backup": ["", backup.path]])
        }
        vault.unlock(holder: KeyEnvelope.userHolder(actor.id), privateKey: privateKey, keys: [1: key])
        let sealed = try KeySweep(desk: self).run { progress?($0.table, $0.rowsSealed) }
        return KeySweepReport(generation: 1, rowsSealed: sealed, backupPath: backup.path, recoveryWords: words,
                              accountsWithoutKey: try keyStatus(by: actor).accountsWithoutKey)
    }

    /// A new generation of the data key (admins; `enlace keys rotate`), granted to every
    /// account that holds a key and to the recovery key; then every value is sealed again in
    /// batches while the desk works, and the older generations' grants are deleted, so a key
    /// copied before (by a colleague who has left) opens nothing written or rewritten since.
    public func rotateKeys(by actor: UserAccount, progress: ((String, Int) -> Void)? = nil) throws -> KeySweepReport {
        guard isEncrypted else { throw StoreError.keys(.notEncrypted) }
        let key: GenerationKey = try write { db in
            try self.requireUserAdmin(db, actor)
            _ = try self.vault.heldKeys()
            let newest = try Int64.fetchOne(db, sql: "SELECT max(generation) FROM key_generations") ?? 0
            let key = GenerationKey.random(generation: UInt32(newest + 1))
            try db.execute(sql: "INSERT INTO key_generations (generation, created_at, created_by) VALUES (?, ?, ?)",
                           arguments: [newest + 1, self.clock.nowSeconds(), actor.id])
            var holders: [(String, Data)] = try Row.fetchAll(db, sql: """
                SELECT k.user_id, k.public_key FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.active = 1
                """).map { (KeyEnvelope.userHolder($0[0]), $0[1]) }
            if let recovery = try Data.fetchOne(db, sql: "SELECT public_key FROM recovery_key WHERE id = 1") {
                holders.append((KeyEnvelope.recoveryHolder, recovery))
            }
            for (holder, publicKey) in holders {
                try db.execute(sql: "INSERT INTO key_grants (generation, holder, sealed) VALUES (?, ?, ?)",
                               arguments: [newest + 1, holder, try KeyEnvelope.grant(key, to: publicKey, holder: holder)])
            }
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "keys", entityID: newest + 1,
                             action: "rotated", changedFields: ["generation": [String(newest), String(newest + 1)],
                                                                "holders": [String(holders.count)]])
            return key
        }
        // Held once committed: from here on this desk seals with it.
        vault.add(key)
        let generation = key.generation
        let sealed = try KeySweep(desk: self).run { progress?($0.table, $0.rowsSealed) }
        try write { db in
            try self.requireUserAdmin(db, actor)
            // Everything is sealed with the new generation (writers have used it since it
            // was committed): the older ones are retired and their grants deleted.
            let now = self.clock.nowSeconds()
            try db.execute(sql: "DELETE FROM key_grants WHERE generation < ?", arguments: [Int64(generation)])
            try db.execute(sql: "UPDATE key_generations SET retired_at = ? WHERE generation < ? AND retired_at IS NULL",
                           arguments: [now, Int64(generation)])
        }
        for old in 1..<generation { vault.retire(old) }
        return KeySweepReport(generation: Int(generation), rowsSealed: sealed, backupPath: nil, recoveryWords: nil,
                              accountsWithoutKey: try keyStatus(by: actor).accountsWithoutKey)
    }

    /// Resets `username`'s password with the organization's recovery words (no one needs to
    /// be signed in: the admin who forgot theirs): the account gets a new key pair granted
    /// every live generation, a temporary password (returned, shown once; replaced at the next
    /// sign-in) and is unlocked. Audited without an actor, as done with the recovery key.
    /// Wrong words change nothing.
    public func recoverAccount(username: String, words: String) throws -> String {
        guard isEncrypted else { throw StoreError.keys(.notEncrypted) }
        let bytes: [UInt8]
        switch RecoveryWords.decode(words) {
        case .success(let value): bytes = value
        case .failure(let problem): throw StoreError.keys(.recoveryWords(problem))
        }
        let recoveryKey = KeyEnvelope.recoveryKey(bytes)
        let name = Self.normalizedUsername(username)
        let keys = try read { db -> [UInt32: GenerationKey] in
            guard try Data.fetchOne(db, sql: "SELECT public_key FROM recovery_key WHERE id = 1")
                    == recoveryKey.publicKey.rawRepresentation
            else { throw StoreError.keys(.recoveryKeyWrong) }
            return try DataVault.grants(db, holder: KeyEnvelope.recoveryHolder, privateKey: recoveryKey)
        }
        guard !keys.isEmpty else { throw StoreError.keys(.recoveryKeyWrong) }
        var generator = SystemRandomNumberGenerator()
        let temporary = TemporaryPassword.generate(using: &generator)
        let hash = try guarded { try PasswordHasher.hash(temporary, cost: passwordCost) }
        let wrapped = try guarded { try KeyEnvelope.newUserKey(username: name, password: temporary, cost: passwordCost).1 }
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM users WHERE username = ? AND active = 1",
                                              arguments: [name]) else {
                throw StoreError.notFound(StoreText.unknownUser.text)
            }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE users SET password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL,
                    session_epoch = session_epoch + 1, password_changed_at = ?, version = version + 1
                WHERE id = ?
                """, arguments: [hash, now, id])
            try self.insertUserKey(db, userId: id, wrapped, keys: keys.values.sorted { $0.generation < $1.generation })
            try Audit.append(db, actor: nil, at: now, entity: "user", entityID: id, action: "passwordRecovered",
                             reason: "recovery key", changedFields: ["password": ["", "temporary"]])
        }
        return temporary
    }
}
