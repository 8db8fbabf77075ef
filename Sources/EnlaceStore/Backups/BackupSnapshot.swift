import Foundation
import GRDB

/// What a backup's check compared: the row count of every ordinary table (the search
/// index's own tables included; virtual tables, whose rows live in those, left out), counted
/// in the read transaction the copy was made from and again in the copy, equal table by table.
public struct BackupCheck: Sendable, Equatable {
    public var rowCounts: [String: Int]
    public var tables: Int { rowCounts.count }
    public var rows: Int { rowCounts.values.reduce(0, +) }
}

/// The copy itself, and what a copy is checked for.
enum BackupSnapshot {
    static func countRows(_ db: Database) throws -> [String: Int] {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
            ORDER BY name
            """)
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
        }
        return counts
    }

    /// Copies the database as it is at one moment into the new empty file `destination`, with
    /// SQLite's online backup run inside one read transaction: writers (this process's or
    /// others') go on meanwhile, and the copy holds exactly the transactions committed before
    /// it began. Returns that moment's row counts, read in the same transaction.
    static func copy(_ pool: DatabasePool, to destination: String) throws -> [String: Int] {
        let target = try DatabaseQueue(path: destination)
        defer { try? target.close() }
        return try pool.read { source in
            let counts = try countRows(source)
            try target.writeWithoutTransaction { copy in
                try source.backup(to: copy)
                // One self-contained file, with no -wal beside it.
                try copy.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            return counts
        }
    }

    /// An Enlace database file as found: SQLite's integrity check (its first problems, empty
    /// when "ok") and every table's row count.
    struct Inspection {
        var problems: [String]
        var counts: [String: Int]
    }

    /// Reads `path` without changing it, naming the file `shown` in what it throws: the
    /// backup's `newerVersion` for a newer Enlace's file, `notABackup` for anything that is not
    /// an Enlace database, `corrupt` when SQLite cannot read it through.
    static func inspect(_ path: String, shown: String) throws -> Inspection {
        do {
            try StoreFiles.checkHeader(at: path)
        } catch {
            throw StoreError.backup(.notABackup(path: shown))
        }
        do {
            try CaseDesk.probe(path: path)
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("grdb_migrations"),
                      try !StoreSchema.migrator.appliedIdentifiers(db).isEmpty else {
                    throw StoreError.backup(.notABackup(path: shown))
                }
                let result = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
                let problems = result == ["ok"] ? [] : result
                return Inspection(problems: problems, counts: problems.isEmpty ? try countRows(db) : [:])
            }
        } catch StoreError.newerSchema(_, let found, let supported) {
            throw StoreError.backup(.newerVersion(path: shown, found: found, supported: supported))
        } catch StoreError.notADatabase {
            throw StoreError.backup(.notABackup(path: shown))
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.backup(.corrupt(path: shown))
        }
    }

    /// Checks a copy just made against the counts of the moment it was copied from.
    static func verify(_ path: String, expected: [String: Int]) throws -> BackupCheck {
        let found: Inspection
        do {
            found = try inspect(path, shown: path)
        } catch {
            throw StoreError.backup(.checkFailed(detail: StoreError.wrap(error, path: path).message(.en)))
        }
        if let first = found.problems.first {
            throw StoreError.backup(.checkFailed(detail: "integrity_check: \(first)"))
        }
        for (table, count) in expected.sorted(by: { $0.key < $1.key }) where found.counts[table] != count {
            throw StoreError.backup(.checkFailed(
                detail: "\(table): \(found.counts[table].map(String.init) ?? "-") / \(count)"))
        }
        if found.counts.count != expected.count {
            throw StoreError.backup(.checkFailed(detail: "tables: \(found.counts.count) / \(expected.count)"))
        }
        return BackupCheck(rowCounts: expected)
    }
}
