import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct FailureTests {
    @Test func fullDiskIsReportedAndCommittedDataSurvives() throws {
        let folder = TempFolder()
        let path = folder.file("full.sqlite")
        let desk = try openDesk(path)
        let admin = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        // Cap the file at its current size plus a little: SQLite then answers SQLITE_FULL,
        // as it does when the disk is full.
        try desk.pool.writeWithoutTransaction { (db: Database) throws in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 4)")
        }
        #expect(throws: StoreError.diskFull(path: path)) {
            for i in 0..<200 {
                _ = try desk.createUser(by: admin, username: "user\(i)",
                                        displayName: String(repeating: "Nombre largo ", count: 7),
                                        role: .caseworker, password: "secreto-123")
            }
        }
        #expect(StoreError.diskFull(path: path).message(.es).contains("lleno"))
        try desk.pool.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE username = 'admin')") == true)
            // Every user that was saved has its audit row: no half-written use case.
            let users = try Int.fetchOne(db, sql: "SELECT count(*) FROM users")!
            let audits = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'create'")!
            #expect(users == audits)
        }
    }

    @Test func errorsFromSQLiteMapToClearCases() {
        let path = "/data/e.sqlite"
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_BUSY), path: path) == .locked(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_LOCKED), path: path) == .locked(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_READONLY), path: path) == .readOnly(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_NOTADB), path: path) == .notADatabase(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_CORRUPT), path: path) == .notADatabase(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_FULL), path: path) == .diskFull(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_PERM), path: path) == .permissionDenied(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_CANTOPEN), path: path) == .fileMissing(path: path))
        #expect(StoreError.wrap(StoreError.conflict, path: path) == .conflict)
    }

    @Test func backupIsAdminOnlyPrivateAndComplete() throws {
        let s = try SeededDesk(people: 50)
        let admin = try s.user("admin"), maria = try s.user("maria")
        let target = s.folder.file("copias/enlace-copia.sqlite")
        #expect(throws: StoreError.self) {
            try s.desk.backup(to: target, by: maria)
        }
        try s.desk.backup(to: target, by: admin)
        let mode = (try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as! NSNumber).intValue
        #expect(mode == 0o600)
        // Never overwrites.
        #expect(throws: StoreError.backup(.exists(path: target))) {
            try s.desk.backup(to: target, by: admin)
        }
        let copy = try openDesk(target, create: false, clock: s.clock)
        let inCopy = try copy.caseWindow(CaseWindowRequest(limit: 1000), actor: try copy.authenticate(username: "maria", password: DemoData.password))
        #expect(inCopy == (try s.desk.caseWindow(CaseWindowRequest(limit: 1000), actor: maria)))
        try s.desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'backup'") == 1)
        }
    }
}
