import Crypto
import Foundation
import GRDB

/// The database's data key while this program may use it: in memory only, filled when a
/// person signs in (their private key unwrapped with their password opens their grants) and
/// wiped on the privacy lock and on quit. The SQL functions of `VaultFunctions` read it on
/// every connection of the desk.
///
/// States: `plain` — the file has no keyring yet (made by an earlier version and not yet
/// encrypted with `enlace keys init`): values are written and read in clear, as before;
/// `locked` — the file has a keyring and nobody signed in here (or the screen is locked);
/// `unlocked` — the keys of every live generation are held.
final class DataVault: @unchecked Sendable {
    enum State: Equatable { case plain, locked, unlocked }

    private let lock = NSLock()
    private var state: State = .plain
    private var holder: String?
    private var privateKey: Curve25519.KeyAgreement.PrivateKey?
    private var keys: [UInt32: GenerationKey] = [:]
    /// The newest generation the file has, as last read.
    private var newest: UInt32?
    /// Recovery words made in this process (a new keyring), until someone takes them.
    private var pendingWords: [String]?

    var currentState: State { locked { state } }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    // MARK: - Keeping up with the file

    /// Reads the newest generation in the file (one indexed read) and, when it is newer than
    /// the keys held, opens this holder's grant for it: a rotation or `keys init` run by
    /// another process is seen at the next transaction. Called at the start of every read and
    /// write of the desk.
    func refresh(_ db: Database) throws {
        let found = try Int64.fetchOne(db, sql: "SELECT max(generation) FROM key_generations").map { UInt32($0) }
        let need: (String, Curve25519.KeyAgreement.PrivateKey, UInt32)? = locked {
            guard found != newest else { return nil }
            newest = found
            if found != nil && state == .plain { state = .locked }
            guard state == .unlocked, let holder, let privateKey, let found, keys[found] == nil else { return nil }
            return (holder, privateKey, found)
        }
        guard let (holder, privateKey, _) = need else { return }
        let grants = try Self.grants(db, holder: holder, privateKey: privateKey)
        locked { for (generation, key) in grants { keys[generation] = key } }
    }

    /// Every live generation's key granted to `holder`.
    static func grants(_ db: Database, holder: String,
                       privateKey: Curve25519.KeyAgreement.PrivateKey) throws -> [UInt32: GenerationKey] {
        var result: [UInt32: GenerationKey] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT g.generation, g.sealed FROM key_grants g
            JOIN key_generations k ON k.generation = g.generation
            WHERE g.holder = ? AND k.retired_at IS NULL
            """, arguments: [holder]) {
            let generation = UInt32(row[0] as Int64)
            guard let key = KeyEnvelope.openGrant(row[1], generation: generation, holder: holder, with: privateKey)
            else { continue }
            result[generation] = key
        }
        return result
    }

    /// Holds the keys: after a sign-in, a new keyring or the recovery key.
    func unlock(holder: String, privateKey: Curve25519.KeyAgreement.PrivateKey, keys: [UInt32: GenerationKey]) {
        locked {
            self.holder = holder
            self.privateKey = privateKey
            self.keys = keys
            newest = keys.keys.max()
            state = .unlocked
        }
    }

    /// Forgets every key (privacy lock, quit). The file's keyring stays; `plain` stays plain.
    func wipe() {
        locked {
            holder = nil
            privateKey = nil
            keys = [:]
            if state == .unlocked { state = .locked }
        }
    }

    func markPlain() { locked { state = .plain; newest = nil } }

    func privateKey(of holder: String) -> Curve25519.KeyAgreement.PrivateKey? {
        locked { self.holder == holder ? privateKey : nil }
    }

    /// The keys of every live generation held (to grant them to another account).
    func heldKeys() throws -> [GenerationKey] {
        try locked {
            guard state == .unlocked else { throw KeyProblem.locked }
            return keys.values.sorted { $0.generation < $1.generation }
        }
    }

    func add(_ key: GenerationKey) { locked { keys[key.generation] = key; newest = max(newest ?? 0, key.generation) } }

    func retire(_ generation: UInt32) { locked { _ = keys.removeValue(forKey: generation) } }

    func stashWords(_ words: [String]) { locked { pendingWords = words } }
    func takeWords() -> [String]? { locked { defer { pendingWords = nil }; return pendingWords } }

    // MARK: - Values (the SQL functions call these)

    private func current() throws -> GenerationKey? {
        switch state {
        case .plain: return nil
        case .locked: throw KeyProblem.locked
        case .unlocked:
            guard let newest, let key = keys[newest] else { throw KeyProblem.unknownGeneration(Int(newest ?? 0)) }
            return key
        }
    }

    /// The value to store: sealed, or the text itself while the file has no keyring.
    func seal(_ text: String, column: String) throws -> DatabaseValue {
        guard let key = try locked({ try current() }) else { return text.databaseValue }
        return try SealedValue.seal(text, column: column, key: key).databaseValue
    }

    /// The clear text of a stored value: a sealed BLOB is opened, a TEXT (written before the
    /// keyring) is read as it is.
    func open(_ value: DatabaseValue, column: String) throws -> DatabaseValue {
        switch value.storage {
        case .null, .string, .int64, .double: return value
        case .blob(let data):
            guard let generation = SealedValue.generation(of: data) else { throw KeyProblem.damaged(column: column) }
            let key: GenerationKey = try locked {
                guard state == .unlocked else { throw KeyProblem.locked }
                guard let key = keys[generation] else { throw KeyProblem.unknownGeneration(Int(generation)) }
                return key
            }
            return try SealedValue.open(data, column: column, key: key).databaseValue
        }
    }

    /// A stored value sealed with the newest generation (clear text sealed, an older
    /// generation opened and sealed again); nil when it already is.
    func reseal(_ value: DatabaseValue, column: String) throws -> DatabaseValue? {
        if case .blob(let data) = value.storage, let generation = SealedValue.generation(of: data),
           generation == locked({ newest }) { return nil }
        guard case .string(let text) = try open(value, column: column).storage else { return nil }
        return try seal(text, column: column)
    }

    /// The keyed hash for an exact lookup, with the newest generation (the value itself while
    /// the file has no keyring).
    func match(_ value: String) throws -> String {
        guard let key = try locked({ try current() }) else { return value }
        return key.match(value)
    }

    /// The keyed hashes of `value` under every generation held: a lookup finds rows indexed
    /// before a rotation's sweep reached them.
    func matches(_ value: String) throws -> [String] {
        try locked {
            switch state {
            case .plain: return [value]
            case .locked: throw KeyProblem.locked
            case .unlocked: return keys.values.sorted { $0.generation > $1.generation }.map { $0.match(value) }
            }
        }
    }
}
