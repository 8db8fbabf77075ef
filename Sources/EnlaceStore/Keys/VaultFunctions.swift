import Foundation
import GRDB

/// The SQL functions through which every sealed column is read and written, installed on
/// each connection of a desk with the desk's `DataVault`:
///
/// - `enlace_seal(text, 'table.column')`: the value to store (a sealed BLOB; the text itself
///   while the file has no keyring); NULL stays NULL.
/// - `enlace_open(value, 'table.column')`: the clear text (a TEXT value is read as it is).
/// - `enlace_reseal(value, 'table.column')`: the value sealed with the newest generation
///   (the sweep of `keys init` and `keys rotate`).
/// - `enlace_generation(value)`: a sealed value's key generation, NULL for clear text.
/// - `enlace_match(text)`: the keyed hash stored for an exact lookup (document numbers);
///   `enlace_match_all(text)`: a JSON array of its hashes under every generation held.
///
/// A function that cannot do its work (keys locked, a damaged value) fails the statement with
/// a `KeyProblem` carried in the SQLite error (`KeyProblem.fromSQLite`), so nothing is
/// written and the person gets the problem's line.
enum VaultFunctions {
    static func install(_ vault: DataVault, on db: Database) {
        db.add(function: DatabaseFunction("enlace_seal", argumentCount: 2, pure: false) { values in
            guard let text = String.fromDatabaseValue(values[0]) else { return nil }
            return try carry { try vault.seal(text, column: column(values[1])) }
        })
        db.add(function: DatabaseFunction("enlace_open", argumentCount: 2, pure: false) { values in
            try carry { try vault.open(values[0], column: column(values[1])) }
        })
        db.add(function: DatabaseFunction("enlace_reseal", argumentCount: 2, pure: false) { values in
            try carry { try vault.reseal(values[0], column: column(values[1])) ?? values[0] }
        })
        db.add(function: DatabaseFunction("enlace_generation", argumentCount: 1, pure: true) { values in
            guard case .blob(let data) = values[0].storage else { return nil }
            return SealedValue.generation(of: data).map { Int64($0) }
        })
        db.add(function: DatabaseFunction("enlace_match", argumentCount: 1, pure: false) { values in
            guard let text = String.fromDatabaseValue(values[0]) else { return nil }
            return try carry { try vault.match(text) }
        })
        db.add(function: DatabaseFunction("enlace_match_all", argumentCount: 1, pure: false) { values in
            guard let text = String.fromDatabaseValue(values[0]) else { return "[]" }
            let all = try carry { try vault.matches(text) }
            let data = try JSONSerialization.data(withJSONObject: all)
            return String(decoding: data, as: UTF8.self)
        })
    }

    private static func column(_ value: DatabaseValue) -> String { String.fromDatabaseValue(value) ?? "?" }

    private static func carry<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let problem as KeyProblem {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: problem.sqliteMessage)
        }
    }
}

extension KeyProblem {
    private static let prefix = "enlace-keys:"

    var sqliteMessage: String {
        switch self {
        case .locked: return Self.prefix + "locked"
        case .damaged(let column): return Self.prefix + "damaged:" + column
        case .unknownGeneration(let generation): return Self.prefix + "generation:\(generation)"
        default: return Self.prefix + "locked"
        }
    }

    /// The problem a vault function raised, from the message of the SQLite error.
    static func fromSQLite(_ message: String?) -> KeyProblem? {
        guard let message, let range = message.range(of: prefix) else { return nil }
        let rest = message[range.upperBound...]
        if rest.hasPrefix("damaged:") { return .damaged(column: String(rest.dropFirst(8))) }
        if rest.hasPrefix("generation:") { return .unknownGeneration(Int(rest.dropFirst(11)) ?? 0) }
        return .locked
    }
}
