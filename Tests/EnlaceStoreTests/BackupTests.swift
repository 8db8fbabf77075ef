import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Backups and restores with real files: the copy's check, the sealed format, and every
/// refusal leaving what was saved as it was.
@Suite struct BackupTests {
    /// Cheap scrypt for sealed backups in tests (the file keeps it; restore reads it back).
    let cheap = BackupKeyCost(logN: 10)
    let passphrase = "frase-de-prueba-1"

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    func digest(_ path: String) throws -> String {
        try SealedBackup.digest(of: path).hex
    }

    /// The files in `folder`, sorted.
    func files(_ folder: TempFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func cases(_ path: String, clock: TestClock) throws -> [CaseSummary] {
        let desk = try openDesk(path, create: false, clock: clock)
        let maria = try desk.authenticate(username: "maria", password: DemoData.password)
        return try desk.caseWindow(CaseWindowRequest(limit: 10_000), actor: maria)
    }

    @Test func plainBackupIsCheckedPrivateRecordedAuditedAndNamedWithItsTime() throws {
        let s = try SeededDesk(people: 60)
        let admin = try s.user("admin"), maria = try s.user("maria")
        #expect(throws: StoreError.self) { _ = try s.desk.takeBackup(BackupRequest(), by: maria) }
        let record = try s.desk.takeBackup(BackupRequest(), by: admin)
        // Beside the database, named with the UTC time of the test clock (Nov 2026).
        #expect(record.path == s.folder.file("demo-backup-\(BackupFiles.stamp(s.clock.date)).sqlite"))
        #expect(try mode(record.path) == 0o600)
        #expect(!record.encrypted)
        #expect(record.sizeBytes == BackupFiles.size(record.path))
        #expect(record.takenBy == "Administración Casa Guanajuato" || !record.takenBy.isEmpty)
        // What the check compared: every ordinary table, and the copy holds the same counts.
        let copy = try BackupSnapshot.inspect(record.path, shown: record.path)
        #expect(copy.problems.isEmpty)
        #expect(record.tablesChecked == copy.counts.count)
        #expect(record.rowsChecked == copy.counts.values.reduce(0, +))
        #expect(copy.counts["people"] == 60)
        #expect(copy.counts["backups"] == 0)  // the copy is taken before its own row is written
        #expect(try cases(record.path, clock: s.clock) == (try s.desk.caseWindow(CaseWindowRequest(limit: 10_000), actor: maria)))
        // A second one in the same second gets its own name; nothing is replaced.
        let second = try s.desk.takeBackup(BackupRequest(), by: admin)
        #expect(second.path.hasSuffix("-2.sqlite"))
        #expect(throws: StoreError.backup(.exists(path: record.path))) {
            _ = try s.desk.takeBackup(BackupRequest(destination: record.path), by: admin)
        }
        let status = try s.desk.backupStatus(by: admin)
        #expect(status.recent.map(\.id) == [second.id, record.id])
        try s.desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'backup' AND action = 'backup'") == 2)
        }
        // The admin reads those audit rows; they are not case content.
        #expect(try s.desk.auditTrail(caseId: nil, by: admin).filter { $0.entity == "backup" }.count == 2)
    }

    @Test func sealedBackupRoundTripsAndKeepsTheCurrentFileAside() throws {
        let s = try SeededDesk(people: 900)
        let admin = try s.user("admin"), maria = try s.user("maria")
        let record = try s.desk.takeBackup(BackupRequest(destination: s.folder.file("copias/"), passphrase: passphrase,
                                                         keyCost: cheap), by: admin)
        #expect(record.encrypted && record.path.hasSuffix(".sqlite.sealed"))
        #expect(record.path.hasPrefix(s.folder.file("copias/demo-backup-")))
        #expect(try mode(record.path) == 0o600)
        // More than one chunk: larger than the header and one full chunk.
        #expect(record.sizeBytes > Int64(SealedBackup.headerSize + 4 + 12 + SealedBackup.chunkSize + 16))
        // No plain copy left behind anywhere.
        #expect(try files(s.folder).allSatisfy { !$0.hasSuffix(".tmp") })
        let bytes = try #require(FileManager.default.contents(atPath: record.path))
        #expect(bytes.range(of: Data("SQLite format 3".utf8)) == nil)
        #expect(bytes.prefix(8) == Data("ENLACEBK".utf8))

        let before = try s.desk.caseWindow(CaseWindowRequest(limit: 10_000), actor: maria)
        // Onto a new machine: no database there yet, nothing set aside.
        let other = TempFolder()
        let fresh = try CaseDesk.restore(from: record.path, onto: other.file("nueva/enlace.sqlite"),
                                         passphrase: passphrase, clock: s.clock.storeClock)
        #expect(fresh.keptAside == nil && fresh.wasSealed)
        #expect(fresh.check.rows == record.rowsChecked)
        #expect(try cases(fresh.path, clock: s.clock) == before)

        // Onto an existing database: it is renamed, never deleted, with its -wal.
        let target = other.file("actual.sqlite")
        do {
            let current = try openDesk(target, clock: s.clock)
            _ = try current.createFirstAdmin(username: "otra", displayName: "Otra", password: "secreto-123")
        }
        let currentDigest = try digest(target)
        let outcome = try CaseDesk.restore(from: record.path, onto: target, passphrase: passphrase, clock: s.clock.storeClock)
        let aside = try #require(outcome.keptAside)
        #expect(aside == target + ".before-restore-" + BackupFiles.stamp(s.clock.date))
        #expect(try digest(aside) == currentDigest)
        #expect(try cases(target, clock: s.clock) == before)
        let restored = try openDesk(target, create: false, clock: s.clock)
        try restored.pool.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT reason FROM audit_log WHERE action = 'restore'") == record.path)
        }
    }

    /// Runs `body`, which must throw `expected`, and checks that the target file did not
    /// change and that no temporary file was left beside it.
    func refused(_ expected: StoreError, target: String, folder: TempFolder,
                 _ body: () throws -> Void) throws {
        let before = BackupFiles.exists(target) ? try digest(target) : nil
        let namesBefore = try files(folder)
        let error = #expect(throws: StoreError.self) { try body() }
        #expect(error == expected)
        #expect((BackupFiles.exists(target) ? try digest(target) : nil) == before)
        #expect(try files(folder) == namesBefore)
    }

    /// A backup as a newer Enlace would write it: changed, with its checksum to match.
    func rewriteChecksum(_ path: String) throws {
        unlink(BackupFiles.checksumPath(path))
        try BackupFiles.writeChecksum(of: path)
    }

    /// A closed database with one admin at `path`.
    func currentDatabase(_ path: String) throws {
        let desk = try openDesk(path)
        _ = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
    }

    @Test func wrongPassphraseIsRefusedAndNothingChanges() throws {
        let s = try SeededDesk(people: 20)
        let record = try s.desk.takeBackup(BackupRequest(passphrase: passphrase, keyCost: cheap), by: try s.user("admin"))
        let other = TempFolder()
        let target = other.file("enlace.sqlite")
        try currentDatabase(target)
        try refused(.backup(.wrongPassphrase(path: record.path)), target: target, folder: other) {
            _ = try CaseDesk.restore(from: record.path, onto: target, passphrase: "otra-frase-123")
        }
        try refused(.backup(.passphraseNeeded(path: record.path)), target: target, folder: other) {
            _ = try CaseDesk.restore(from: record.path, onto: target, passphrase: nil)
        }
        #expect(throws: StoreError.backup(.passphraseTooShort)) {
            _ = try s.desk.takeBackup(BackupRequest(passphrase: "corta"), by: try s.user("admin"))
        }
    }

    @Test func damagedBackupsAreRefusedAndNothingChanges() throws {
        let s = try SeededDesk(people: 900)
        let admin = try s.user("admin")
        let plain = try s.desk.takeBackup(BackupRequest(), by: admin)
        let sealed = try s.desk.takeBackup(BackupRequest(passphrase: passphrase, keyCost: cheap), by: admin)
        let other = TempFolder()
        let target = other.file("enlace.sqlite")
        try currentDatabase(target)

        // A copy of the backup changed by `change`, with the backup's checksum file beside it
        // when `checksum` (a byte changed inside a row is seen only by the checksum).
        func damaged(_ source: String, _ name: String, checksum: Bool = false,
                     _ change: (inout Data) -> Void) throws -> String {
            var data = try #require(FileManager.default.contents(atPath: source))
            change(&data)
            let path = other.file(name)
            try data.write(to: URL(fileURLWithPath: path))
            if checksum {
                try FileManager.default.copyItem(atPath: source + ".sha256", toPath: path + ".sha256")
            }
            return path
        }
        #expect(try String(contentsOfFile: plain.path + ".sha256", encoding: .utf8)
            == "\(try digest(plain.path))  \((plain.path as NSString).lastPathComponent)\n")
        #expect(try mode(plain.path + ".sha256") == 0o600)
        let plainSize = Int(plain.sizeBytes)
        var cases: [String] = []
        // Cut in half.
        cases.append(try damaged(plain.path, "cut.sqlite") { $0 = $0.prefix(plainSize / 2) })
        // Bytes flipped in the middle of every page of the second half.
        cases.append(try damaged(plain.path, "flipped.sqlite", checksum: true) { data in
            for offset in stride(from: plainSize / 2 + 100, to: plainSize, by: 4096) { data[offset] ^= 0xFF }
        })
        // A sealed chunk with one byte flipped, and a sealed file cut at its first chunk's end.
        cases.append(try damaged(sealed.path, "flipped.sealed") { $0[SealedBackup.headerSize + 5000] ^= 0x01 })
        let firstChunk = SealedBackup.headerSize + 4 + 12 + SealedBackup.chunkSize + 16
        #expect(sealed.sizeBytes > Int64(firstChunk), "one chunk only: \(sealed.sizeBytes)")
        cases.append(try damaged(sealed.path, "cut.sealed") { $0 = $0.prefix(firstChunk) })
        cases.append(try damaged(sealed.path, "cut-inside.sealed") { $0 = $0.prefix(firstChunk - 7) })
        for path in cases {
            try refused(.backup(.corrupt(path: path)), target: target, folder: other) {
                _ = try CaseDesk.restore(from: path, onto: target, passphrase: passphrase)
            }
        }
        // Not a backup at all: a text file, an empty SQLite file, a SQLite file of another program.
        let text = other.file("notas.txt")
        try Data("hola".utf8).write(to: URL(fileURLWithPath: text))
        let foreign = other.file("otra.sqlite")
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        for path in [text, foreign] {
            try refused(.backup(.notABackup(path: path)), target: target, folder: other) {
                _ = try CaseDesk.restore(from: path, onto: target, passphrase: nil)
            }
        }
    }

    @Test func aBackupFromANewerEnlaceIsRefused() throws {
        let s = try SeededDesk(people: 20)
        let admin = try s.user("admin")
        let byVersion = try s.desk.takeBackup(BackupRequest(), by: admin)
        try DatabaseQueue(path: byVersion.path).write { db in
            try db.execute(sql: "PRAGMA user_version = \(StoreSchema.newestUserVersion + 1)")
        }
        try rewriteChecksum(byVersion.path)
        let byMigration = try s.desk.takeBackup(BackupRequest(), by: admin)
        try DatabaseQueue(path: byMigration.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try rewriteChecksum(byMigration.path)
        let other = TempFolder()
        let target = other.file("enlace.sqlite")
        try currentDatabase(target)
        try refused(.backup(.newerVersion(path: byVersion.path, found: "user_version \(StoreSchema.newestUserVersion + 1)",
                                          supported: "user_version \(StoreSchema.newestUserVersion) (\(StoreSchema.newest))")),
                    target: target, folder: other) {
            _ = try CaseDesk.restore(from: byVersion.path, onto: target, passphrase: nil)
        }
        try refused(.backup(.newerVersion(path: byMigration.path, found: "v99-from-the-future", supported: StoreSchema.newest)),
                    target: target, folder: other) {
            _ = try CaseDesk.restore(from: byMigration.path, onto: target, passphrase: nil)
        }
        #expect(StoreError.backup(.newerVersion(path: "r.sqlite", found: "v99", supported: "v14")).message(.es)
            == "El respaldo r.sqlite es de una versión más nueva de Enlace (v99; esta versión llega a v14). Actualice Enlace para restaurarlo; no se cambió nada.")
    }

    @Test func aReadOnlyFolderIsRefusedForBackupAndRestore() throws {
        let s = try SeededDesk(people: 20)
        let admin = try s.user("admin")
        let locked = TempFolder()
        #expect(chmod(locked.path, 0o500) == 0)
        defer { chmod(locked.path, 0o700) }
        #expect(throws: StoreError.backup(.folderReadOnly(path: locked.path))) {
            _ = try s.desk.takeBackup(BackupRequest(destination: locked.path), by: admin)
        }
        #expect(throws: StoreError.backup(.folderReadOnly(path: locked.path))) {
            _ = try s.desk.takeBackup(BackupRequest(destination: locked.file("copia.sqlite"), passphrase: passphrase), by: admin)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
        #expect(try s.desk.backupStatus(by: admin).recent.isEmpty)
        // Nothing half-made beside the database either.
        #expect(try files(s.folder).allSatisfy { !$0.contains("backup") && !$0.hasSuffix(".tmp") })
        let good = try s.desk.takeBackup(BackupRequest(), by: admin)
        #expect(throws: StoreError.backup(.folderReadOnly(path: locked.path))) {
            _ = try CaseDesk.restore(from: good.path, onto: locked.file("enlace.sqlite"), passphrase: nil)
        }
        #expect(StoreError.backup(.folderReadOnly(path: "/mnt/usb")).message(.en)
            == "Cannot write into the folder /mnt/usb (read-only or not allowed). Choose another folder; nothing was changed.")
    }

    @Test func settingsWarnAfterTheConfiguredDaysAndAreVersioned() throws {
        let s = try SeededDesk(people: 10)
        let admin = try s.user("admin")
        var status = try s.desk.backupStatus(by: admin)
        #expect(status.settings.warnAfterDays == 7 && status.settings.folder == nil)
        #expect(status.last == nil && status.isOverdue)
        #expect(status.defaultFolder == s.folder.path)
        _ = try s.desk.takeBackup(BackupRequest(), by: admin)
        s.clock.advance(7 * 86_400)
        status = try s.desk.backupStatus(by: admin)
        #expect(!status.isOverdue && status.daysSinceLast == 7)
        s.clock.advance(60)
        #expect(try s.desk.backupStatus(by: admin).isOverdue)
        let folder = s.folder.file("respaldos")
        let saved = try s.desk.updateBackupSettings(warnAfterDays: 10, folder: folder, version: status.settings.version, by: admin)
        #expect(saved.warnAfterDays == 10 && saved.folder == folder && saved.version == status.settings.version + 1)
        #expect(try !s.desk.backupStatus(by: admin).isOverdue)
        // A stale version is a conflict; bad values are refused; nothing changes.
        #expect(throws: StoreError.conflict) {
            _ = try s.desk.updateBackupSettings(warnAfterDays: 3, folder: nil, version: status.settings.version, by: admin)
        }
        #expect(throws: StoreError.invalid(field: "warnAfterDays", BackupSettingsText.daysInvalid.text)) {
            _ = try s.desk.updateBackupSettings(warnAfterDays: 0, folder: nil, version: saved.version, by: admin)
        }
        #expect(throws: StoreError.invalid(field: "folder", BackupSettingsText.folderInvalid.text)) {
            _ = try s.desk.updateBackupSettings(warnAfterDays: nil, folder: "relativa/carpeta", version: saved.version, by: admin)
        }
        #expect(throws: StoreError.self) {
            _ = try s.desk.updateBackupSettings(warnAfterDays: 3, folder: nil, version: saved.version, by: try s.user("maria"))
        }
        #expect(try s.desk.backupStatus(by: admin).settings == saved)
        // Backups now go to the configured folder.
        let next = try s.desk.takeBackup(BackupRequest(), by: admin)
        #expect(next.path.hasPrefix(folder + "/demo-backup-"))
        let json = try #require(try s.desk.pool.read { (db: Database) throws in
            try String.fetchOne(db, sql: "SELECT changed_fields FROM audit_log WHERE entity = 'backup' AND action = 'settings'")
        })
        let fields = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String]]
        #expect(fields == ["folder": ["", folder], "warnAfterDays": ["7", "10"]])
    }
}
