import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct OpeningTests {
    @Test func emptyFileIsMigratedToTheNewestSchema() throws {
        let folder = TempFolder()
        let desk = try openDesk(folder.file("new.sqlite"))
        try desk.pool.read { (db: Database) throws in
            for table in ["organization", "users", "people", "phones", "people_fts", "cases", "notes",
                          "audit_log", "partners", "events", "referrals", "follow_ups"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            #expect(try StoreSchema.migrator.appliedMigrations(db) == StoreSchema.migrator.migrations)
            #expect(try StoreSchema.migrator.migrations.prefix(3) == ["v1-foundation", "v2-referrals-followups", "v3-cases"])
            // user_version follows the number in the newest migration's name ("v4-..." -> 4).
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == Int(StoreSchema.newest.dropFirst().prefix { $0.isNumber }))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM partners WHERE is_consulate = 1")! >= 8)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
        }
        try desk.pool.writeWithoutTransaction { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA synchronous") == 2)  // FULL
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
        }
        #expect(try desk.organizationName() == "")
        #expect(try desk.hasUsers() == false)
        // No backup for a brand-new file.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains(".backup-") })
    }

    @Test func newFilesArePrivate() throws {
        let folder = TempFolder()
        let path = folder.file("nested/dir/private.sqlite")
        let desk = try openDesk(path)
        _ = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        func mode(_ p: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as! NSNumber).intValue
        }
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
        #expect(try mode(folder.file("nested/dir")) == 0o700)
    }

    @Test func defaultPathFollowsXDG() {
        #expect(CaseDesk.defaultDatabasePath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"])
                == "/x/data/enlace/enlace.sqlite")
        #expect(CaseDesk.defaultDatabasePath(environment: ["HOME": "/home/a"])
                == "/home/a/.local/share/enlace/enlace.sqlite")
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        #expect(CaseDesk.defaultDatabasePath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/a"])
                == "/home/a/.local/share/enlace/enlace.sqlite")
    }

    @Test func missingFileWithoutCreateIsRefused() throws {
        let folder = TempFolder()
        let path = folder.file("absent.sqlite")
        #expect(throws: StoreError.fileMissing(path: path)) { try openDesk(path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func textFileIsNotADatabase() throws {
        let folder = TempFolder()
        let path = folder.file("notes.sqlite")
        try "Lista de pendientes\nLlamar a Lupe\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notADatabase(path: path)) { try openDesk(path) }
        // Left untouched.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Lista de pendientes\nLlamar a Lupe\n")
    }

    @Test func foreignSQLiteDatabaseIsRefused() throws {
        let folder = TempFolder()
        let path = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE recipes (id INTEGER PRIMARY KEY)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try openDesk(path) }
        // Not switched to WAL, not written at all.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func corruptHeaderIsRefused() throws {
        let folder = TempFolder()
        let path = folder.file("corrupt.sqlite")
        _ = try openDesk(path)
        // Keep the magic string, destroy the rest of the first page.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 16)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 4000))
        try handle.close()
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        #expect(throws: StoreError.notADatabase(path: path)) { try openDesk(path) }
    }

    @Test func readOnlyFileIsRefused() throws {
        let folder = TempFolder()
        let path = folder.file("ro.sqlite")
        do { _ = try openDesk(path) }
        #expect(chmod(path, 0o444) == 0)
        #expect(throws: StoreError.readOnly(path: path)) { try openDesk(path) }
    }

    @Test func newerSchemaIsRefusedAndLeftAlone() throws {
        let folder = TempFolder()
        let path = folder.file("future.sqlite")
        do { _ = try openDesk(path) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-time-travel')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, found: "v9-time-travel",
                                               supported: StoreSchema.newest)) {
            try openDesk(path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains(".backup-") })
        let message = StoreError.newerSchema(path: path, found: "v9-time-travel",
                                             supported: CaseDesk.newestSchema).message(.es)
        #expect(message.contains("v9-time-travel") && message.contains("más nueva"))
    }

    @Test func olderSchemaIsBackedUpThenMigrated() throws {
        let folder = TempFolder()
        let path = folder.file("old.sqlite")
        try writeOldFile(path, upTo: "v1-foundation", sql: """
            INSERT INTO users (username, display_name, role, password_hash, created_at)
            VALUES ('lupe', 'Guadalupe Muñoz', 'admin', 'x', 0)
            """)

        let clock = TestClock()
        let desk = try openDesk(path, clock: clock)
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("old.sqlite.backup-v1-foundation-") }
        #expect(backups.count == 1)
        let backupPath = folder.file(try #require(backups.first))
        let backup = try DatabaseQueue(path: backupPath)
        try backup.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT display_name FROM users") == "Guadalupe Muñoz")
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == ["v1-foundation"])
            #expect(try !db.tableExists("follow_ups"))
        }
        try backup.close()
        let mode = (try FileManager.default.attributesOfItem(atPath: backupPath)[.posixPermissions] as! NSNumber)
        #expect(mode.intValue == 0o600)
        try desk.pool.read { (db: Database) throws in
            #expect(try db.tableExists("follow_ups"))
            #expect(try String.fetchOne(db, sql: "SELECT display_name FROM users") == "Guadalupe Muñoz")
        }
        // Reopening the now current file makes no further backup.
        do { _ = try openDesk(path, clock: clock) }
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.contains(".backup-") }
        #expect(after.count == 1)
    }

    @Test func lockedDatabaseReportsLocked() throws {
        let folder = TempFolder()
        let path = folder.file("locked.sqlite")
        let desk = try openDesk(path)
        // Another connection holds an exclusive lock past the busy timeout.
        var config = Configuration()
        config.busyMode = .immediateError
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: config)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
        }
        let started = Date()
        #expect(throws: StoreError.locked(path: path)) {
            _ = try desk.createFirstAdmin(username: "admin", displayName: "A", password: "secreto-123")
        }
        #expect(Date().timeIntervalSince(started) >= 4)  // waited for the busy timeout
        try other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        _ = try desk.createFirstAdmin(username: "admin", displayName: "A", password: "secreto-123")
    }

    @Test func dataVersionChangesWhenAnotherConnectionWrites() throws {
        let folder = TempFolder()
        let path = folder.file("shared.sqlite")
        let a = try openDesk(path)
        let b = try openDesk(path)
        let v1 = try a.dataVersion()
        #expect(try a.dataVersion() == v1)
        _ = try b.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        let v2 = try a.dataVersion()
        #expect(v2 != v1)
        #expect(try a.dataVersion() == v2)
        #expect(try a.hasUsers())
    }
}
