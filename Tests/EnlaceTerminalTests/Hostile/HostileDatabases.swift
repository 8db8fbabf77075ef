import Foundation
import GRDB

/// The databases the corpus runs against, made once for the whole suite: a seeded demo whose
/// rows refused writes must leave alone, a scratch demo for writes that are accepted, and one
/// file (or missing file) per state a database can be found in at open.
final class HostileDatabases: @unchecked Sendable {
    static let shared: HostileDatabases = {
        do { return try HostileDatabases() } catch { fatalError("hostile fixtures: \(error)") }
    }()

    let seeded: DemoDatabase
    let scratch: DemoDatabase
    let folder: URL
    /// Database path per state name; `none` runs without --db.
    private(set) var paths: [String: String] = [:]
    /// The seeded rows (people, cases, notes, phones, referrals, follow-ups) before any case ran.
    let baseline: [String: Int]
    /// A case every demo user can act on, for `{case}`.
    let caseNumber: String
    /// Held open for the suite: a write lock on the `locked` copy.
    private var lockHolder: DatabaseQueue?

    static let countedTables = ["people", "cases", "notes", "phones", "referrals", "follow_ups", "person_consents"]

    private init() throws {
        seeded = try DemoDatabase(folderPrefix: "enlace-hostile-seeded", people: 20)
        scratch = try DemoDatabase(folderPrefix: "enlace-hostile-scratch", people: 5)
        for demo in [seeded, scratch] { try Self.cheapenPasswords(demo.db) }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-hostile-states-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        baseline = try Self.counts(seeded.db)
        caseNumber = try DatabaseQueue(path: seeded.db).read { db in
            try String.fetchOne(db, sql: "SELECT number FROM cases WHERE status NOT IN ('closed') ORDER BY id LIMIT 1")
        } ?? "1"
        paths["seeded"] = seeded.db
        paths["scratch"] = scratch.db
        try makeStates()
    }

    deinit {
        // Give the folders their write bits back so the temporary files can go.
        chmod(path("read-only-folder-dir"), 0o755)
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ state: String) -> String {
        paths[state] ?? folder.appendingPathComponent(state).path
    }

    private func copy(of source: String, to name: String) throws -> String {
        let dest = folder.appendingPathComponent(name).path
        try DatabaseQueue(path: source).backup(to: DatabaseQueue(path: dest))
        return dest
    }

    private func makeStates() throws {
        paths["missing-file"] = folder.appendingPathComponent("no-such.sqlite").path
        paths["missing-folder"] = folder.appendingPathComponent("no-such-folder/deeper/enlace.sqlite").path

        let readOnly = try copy(of: seeded.db, to: "read-only.sqlite")
        chmod(readOnly, 0o444)
        paths["read-only-file"] = readOnly

        let roFolder = folder.appendingPathComponent("read-only-folder")
        try FileManager.default.createDirectory(at: roFolder, withIntermediateDirectories: true)
        let inside = try copy(of: seeded.db, to: "read-only-folder/enlace.sqlite")
        chmod(roFolder.path, 0o555)
        paths["read-only-folder"] = inside
        paths["read-only-folder-dir"] = roFolder.path

        let text = folder.appendingPathComponent("notes.txt").path
        try "Lista de compras: tortillas, frijol\n".write(toFile: text, atomically: true, encoding: .utf8)
        paths["not-sqlite"] = text

        let whole = try Data(contentsOf: URL(fileURLWithPath: try copy(of: seeded.db, to: "whole.sqlite")))
        let truncated = folder.appendingPathComponent("truncated.sqlite").path
        try whole.prefix(8192).write(to: URL(fileURLWithPath: truncated))
        paths["truncated"] = truncated

        let directory = folder.appendingPathComponent("a-folder.sqlite")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        paths["directory"] = directory.path

        let foreign = folder.appendingPathComponent("recetas.sqlite").path
        try DatabaseQueue(path: foreign).write { db in
            try db.execute(sql: "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes (name) VALUES ('mole')")
        }
        paths["foreign-sqlite"] = foreign

        let newerVersion = try copy(of: seeded.db, to: "newer-user-version.sqlite")
        try DatabaseQueue(path: newerVersion).writeWithoutTransaction { db in
            let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            try db.execute(sql: "PRAGMA user_version = \(current + 1)")
        }
        paths["newer-user-version"] = newerVersion

        let newerMigration = try copy(of: seeded.db, to: "newer-migration.sqlite")
        try DatabaseQueue(path: newerMigration).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        paths["newer-migration"] = newerMigration

        // Another process (this one) holds the write lock for the whole run.
        let locked = try copy(of: seeded.db, to: "locked.sqlite")
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: locked, configuration: holding)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "BEGIN IMMEDIATE")
        }
        lockHolder = holder
        paths["locked"] = locked
    }

    /// The demo password ("enlace-demo-1") hashed with scrypt N=16 instead of 2^14: the
    /// hash keeps its own cost, so sign-in still verifies it, in microseconds instead of a
    /// third of a second for each of the corpus's few hundred runs.
    static let cheapHash = "scrypt$16$8$1$AAECAwQFBgcICQoLDA0ODw==$Da3q6XsRnQnBFALIC6Df3ylGB30Zyj1IhcxwY0GIPDg="

    static func cheapenPasswords(_ path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE users SET password_hash = ?", arguments: [cheapHash])
        }
    }

    static var reading: Configuration {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        return config
    }

    static func counts(_ path: String) throws -> [String: Int] {
        let config = reading
        return try DatabaseQueue(path: path, configuration: config).read { db in
            var counts: [String: Int] = [:]
            for table in countedTables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
            }
            return counts
        }
    }

    /// `PRAGMA integrity_check` of the file, read without writing (a writer may hold it).
    static func integrity(_ path: String) throws -> String {
        let config = reading
        return try DatabaseQueue(path: path, configuration: config).read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        }
    }
}
