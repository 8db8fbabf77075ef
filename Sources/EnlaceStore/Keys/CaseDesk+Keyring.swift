import Crypto
import EnlaceCore
import Foundation
import GRDB

/// The keyring's rows: made with the first admin (or by `keys init`), an account's key issued
/// when the account is made or its password reset, dropped when it is deactivated, opened at
/// sign-in. Every function here runs inside the caller's transaction.
extension CaseDesk {
    /// Whether the file has a keyring (as last seen by this desk).
    public var isEncrypted: Bool { vault.currentState != .plain }

    /// Generation 1 of the data key, the recovery key's public half and its grant.
    func insertKeyring(_ db: Database, key: GenerationKey, recovery: [UInt8], by userId: Int64?) throws {
        let now = clock.nowSeconds()
        let recoveryPublic = KeyEnvelope.recoveryKey(recovery).publicKey.rawRepresentation
        try db.execute(sql: "INSERT INTO key_generations (generation, created_at, created_by) VALUES (?, ?, ?)",
                       arguments: [Int64(key.generation), now, userId])
        try db.execute(sql: "INSERT INTO recovery_key (id, public_key, created_at, created_by) VALUES (1, ?, ?, ?)",
                       arguments: [recoveryPublic, now, userId])
        try db.execute(sql: "INSERT INTO key_grants (generation, holder, sealed) VALUES (?, ?, ?)",
                       arguments: [Int64(key.generation), KeyEnvelope.recoveryHolder,
                                   try KeyEnvelope.grant(key, to: recoveryPublic, holder: KeyEnvelope.recoveryHolder)])
    }

    /// Stores `userId`'s wrapped key and grants it every generation in `keys` (replacing what
    /// it had).
    func insertUserKey(_ db: Database, userId: Int64, _ wrapped: KeyEnvelope.WrappedUserKey,
                       keys: [GenerationKey]) throws {
        try dropUserKey(db, userId: userId)
        try db.execute(sql: """
            INSERT INTO user_keys (user_id, public_key, wrapped, kdf, created_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [userId, wrapped.publicKey, wrapped.wrapped, wrapped.kdf, clock.nowSeconds()])
        let holder = KeyEnvelope.userHolder(userId)
        for key in keys {
            try db.execute(sql: "INSERT INTO key_grants (generation, holder, sealed) VALUES (?, ?, ?)",
                           arguments: [Int64(key.generation), holder,
                                       try KeyEnvelope.grant(key, to: wrapped.publicKey, holder: holder)])
        }
    }

    /// Deletes an account's wrapped key and grants (deactivation, before a new key).
    func dropUserKey(_ db: Database, userId: Int64) throws {
        try db.execute(sql: "DELETE FROM key_grants WHERE holder = ?", arguments: [KeyEnvelope.userHolder(userId)])
        try db.execute(sql: "DELETE FROM user_keys WHERE user_id = ?", arguments: [userId])
    }

    /// A new key pair for an account whose password is being set, when the file is encrypted
    /// (nil otherwise). Slow (scrypt): outside transactions.
    func newUserKeyIfEncrypted(username: String, password: String) throws -> KeyEnvelope.WrappedUserKey? {
        guard isEncrypted else { return nil }
        return try guarded { try KeyEnvelope.newUserKey(username: username, password: password, cost: passwordCost).1 }
    }

    /// The stored key of an account: its wrapped private key and scrypt parameters.
    struct StoredUserKey: Sendable {
        let wrapped: Data
        let kdf: String
    }

    static func storedUserKey(_ db: Database, userId: Int64) throws -> StoredUserKey? {
        try Row.fetchOne(db, sql: "SELECT wrapped, kdf FROM user_keys WHERE user_id = ?", arguments: [userId])
            .map { StoredUserKey(wrapped: $0[0], kdf: $0[1]) }
    }

    /// After the password was checked: the account's private key (nil when the file is not
    /// encrypted). Refused, with nothing written, when the account has no key or its wrapped
    /// key was altered.
    func unwrapUserKey(_ stored: StoredUserKey?, username: String,
                       password: String) throws -> Curve25519.KeyAgreement.PrivateKey? {
        guard isEncrypted else { return nil }
        guard let stored else { throw StoreError.keys(.noKeyForAccount(username: username)) }
        return try guarded {
            try KeyEnvelope.unwrap(stored.wrapped, kdf: stored.kdf, username: username, password: password)
        }
    }

    /// Opens the account's grants and holds the keys in this desk.
    func unlockVault(userId: Int64, username: String, privateKey: Curve25519.KeyAgreement.PrivateKey) throws {
        let holder = KeyEnvelope.userHolder(userId)
        let keys = try read { db in try DataVault.grants(db, holder: holder, privateKey: privateKey) }
        guard !keys.isEmpty else { throw StoreError.keys(.noKeyForAccount(username: username)) }
        vault.unlock(holder: holder, privateKey: privateKey, keys: keys)
    }

    /// The recovery words of a keyring made by this program (the first admin, `keys init`),
    /// once: shown to be written on paper, then forgotten.
    public func takeRecoveryWords() -> [String]? { vault.takeWords() }

    /// Forgets the keys in this program (privacy lock, quit). Signing in again opens them.
    public func lockKeys() { vault.wipe() }
}
