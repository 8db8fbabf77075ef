import EnlaceCore
import Foundation
import GRDB

/// One backup taken through Enlace, as the `backups` table keeps it.
public struct BackupRecord: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var takenAt: Date
    public var takenBy: String
    public var path: String
    public var sizeBytes: Int64
    public var encrypted: Bool
    public var tablesChecked: Int
    public var rowsChecked: Int
}

/// The organization's backup settings.
public struct BackupSettings: Sendable, Equatable {
    /// The admin screen warns when the last backup is older than this (1...365, 7 by default).
    public var warnAfterDays: Int
    /// Where backups go when no path is given; nil: beside the database.
    public var folder: String?
    public var version: Int
}

/// What the admin screen shows: the recent backups (newest first) and the settings.
public struct BackupStatus: Sendable, Equatable {
    public var recent: [BackupRecord]
    public var settings: BackupSettings
    /// Where a backup taken now without a path would go.
    public var defaultFolder: String
    public var now: Date

    public var last: BackupRecord? { recent.first }

    /// Whole days since the last backup; nil when there is none.
    public var daysSinceLast: Int? {
        last.map { Int(now.timeIntervalSince($0.takenAt) / 86_400) }
    }

    /// No backup at all, or the last one older than the configured days.
    public var isOverdue: Bool {
        guard let last else { return true }
        return now.timeIntervalSince(last.takenAt) > Double(settings.warnAfterDays) * 86_400
    }
}

/// A backup to take.
public struct BackupRequest: Sendable {
    /// A new file, or an existing folder to put a timestamped file in; nil: the configured
    /// folder, or beside the database.
    public var destination: String?
    /// nil: a plain SQLite copy. Otherwise the copy is sealed (`SealedBackup`).
    public var passphrase: String?
    public var keyCost: BackupKeyCost

    public init(destination: String? = nil, passphrase: String? = nil, keyCost: BackupKeyCost = .standard) {
        self.destination = destination
        self.passphrase = passphrase
        self.keyCost = keyCost
    }
}

extension CaseDesk {
    /// Takes a backup while others keep working: SQLite's online backup of one moment of the
    /// database into a new private file (0600, never replacing anything), checked (integrity
    /// check, every table's row count against that moment's), sealed when a passphrase is
    /// given (else a `<file>.sha256` checksum is written beside it), then recorded and audited. Admins only (use case `backup`). A copy that fails
    /// its check is removed and nothing is recorded.
    public func takeBackup(_ request: BackupRequest, by actor: UserAccount) throws -> BackupRecord {
        let settings = try read { db in
            _ = try self.permit(.backup, db, actor: actor, case: nil)
            return try Self.backupSettings(db)
        }
        let sealed = request.passphrase != nil
        if let passphrase = request.passphrase, passphrase.count < BackupText.minimumPassphrase {
            throw StoreError.backup(.passphraseTooShort)
        }
        let target = try backupTarget(request.destination, settings: settings, sealed: sealed)
        let check: BackupCheck
        if let passphrase = request.passphrase {
            // The plain copy is made beside the database itself (as private as it), sealed into
            // the target, and removed.
            let plain = BackupFiles.temporary(in: StoreFiles.directory(of: path), "backup")
            try guarded { try BackupFiles.createExclusive(plain) }
            defer { unlink(plain) }
            check = try guarded { try BackupSnapshot.verify(plain, expected: try BackupSnapshot.copy(pool, to: plain)) }
            try SealedBackup.seal(plain, to: target, passphrase: passphrase, cost: request.keyCost)
            do {
                guard try SealedBackup.openedDigest(target, passphrase: passphrase) == SealedBackup.digest(of: plain) else {
                    throw StoreError.backup(.checkFailed(detail: "sealed copy differs"))
                }
            } catch {
                unlink(target)
                throw StoreError.wrap(error, path: target)
            }
        } else {
            try BackupFiles.createExclusive(target)
            do {
                check = try BackupSnapshot.verify(target, expected: try BackupSnapshot.copy(pool, to: target))
                try BackupFiles.writeChecksum(of: target)
            } catch {
                unlink(target)
                unlink(target + "-journal")
                throw StoreError.wrap(error, path: target)
            }
        }
        BackupFiles.sync(target)
        BackupFiles.sync(StoreFiles.directory(of: target))
        let size = BackupFiles.size(target)
        return try write { db in
            _ = try self.permit(.backup, db, actor: actor, case: nil)
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO backups (taken_at, taken_by, path, size_bytes, encrypted, tables_checked, rows_checked)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [now, actor.id, target, size, sealed, check.tables, check.rows])
            let id = db.lastInsertedRowID
            try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.backup.rawValue, entityID: id,
                             action: "backup", reason: target,
                             changedFields: ["path": ["", target], "encrypted": ["", sealed ? "yes" : "no"],
                                             "size": ["", "\(size)"], "rowsChecked": ["", "\(check.rows)"]])
            return try Self.backupRecords(db, limit: 1, id: id)[0]
        }
    }

    /// The plain backup of `backup(to:by:)` kept for callers that give a file.
    public func backup(to destination: String, by actor: UserAccount) throws {
        _ = try takeBackup(BackupRequest(destination: destination), by: actor)
    }

    /// The recent backups (newest first, at most `limit`) and the settings. Admins only.
    public func backupStatus(limit: Int = 20, by actor: UserAccount) throws -> BackupStatus {
        try read { db in
            _ = try self.permit(.backup, db, actor: actor, case: nil)
            let settings = try Self.backupSettings(db)
            return BackupStatus(recent: try Self.backupRecords(db, limit: max(1, min(limit, 1000))),
                                settings: settings,
                                defaultFolder: settings.folder ?? Self.absolute(StoreFiles.directory(of: self.path)),
                                now: self.clock.now())
        }
    }

    /// Changes the settings given (a `folder` of "" means beside the database again). The
    /// version read must still be the stored one (otherwise `conflict`). Admins; audited.
    public func updateBackupSettings(warnAfterDays: Int?, folder: String?, version: Int,
                                     by actor: UserAccount) throws -> BackupSettings {
        if let days = warnAfterDays, !(1...365).contains(days) {
            throw StoreError.invalid(field: "warnAfterDays", BackupSettingsText.daysInvalid.text)
        }
        let newFolder = try folder.map { try Self.checkedFolder($0) }
        return try write { db in
            _ = try self.permit(.backup, db, actor: actor, case: nil)
            let old = try Self.backupSettings(db)
            guard old.version == version else { throw StoreError.conflict }
            var new = old
            if let warnAfterDays { new.warnAfterDays = warnAfterDays }
            if let newFolder { new.folder = newFolder.isEmpty ? nil : newFolder }
            var changed: [String: [String]] = [:]
            if new.warnAfterDays != old.warnAfterDays { changed["warnAfterDays"] = ["\(old.warnAfterDays)", "\(new.warnAfterDays)"] }
            if new.folder != old.folder { changed["folder"] = [old.folder ?? "", new.folder ?? ""] }
            guard !changed.isEmpty else { return old }
            new.version += 1
            try db.execute(sql: "UPDATE backup_settings SET warn_after_days = ?, folder = ?, version = ? WHERE id = 1",
                           arguments: [new.warnAfterDays, new.folder, new.version])
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: AuditEntityType.backup.rawValue,
                             entityID: nil, action: "settings", changedFields: changed)
            return new
        }
    }

    /// `path` from the current folder when relative.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let joined = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    /// An absolute folder path, one line: "" clears it.
    private static func checkedFolder(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "" }
        guard trimmed.hasPrefix("/"), trimmed.count <= 1000,
              !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreError.invalid(field: "folder", BackupSettingsText.folderInvalid.text)
        }
        return trimmed
    }

    /// The file a backup goes to: the destination given when it names a file (its folder
    /// must be writable, the name free), else a new timestamped name in the folder given, the
    /// configured one, or the database's.
    private func backupTarget(_ destination: String?, settings: BackupSettings, sealed: Bool) throws -> String {
        let absolute = destination.map(Self.absolute)
        if let file = absolute, !BackupFiles.isFolder(file), !(destination ?? "").hasSuffix("/") {
            try BackupFiles.requireWritableFolder(StoreFiles.directory(of: file))
            if BackupFiles.exists(file) { throw StoreError.backup(.exists(path: file)) }
            return file
        }
        let folder = absolute ?? settings.folder ?? Self.absolute(StoreFiles.directory(of: path))
        try BackupFiles.requireWritableFolder(folder)
        return BackupFiles.backupName(of: path, in: folder, at: clock.now(), sealed: sealed)
    }

    static func backupSettings(_ db: Database) throws -> BackupSettings {
        guard let row = try Row.fetchOne(db, sql: "SELECT warn_after_days, folder, version FROM backup_settings WHERE id = 1") else {
            return BackupSettings(warnAfterDays: 7, folder: nil, version: 0)
        }
        return BackupSettings(warnAfterDays: row[0], folder: row[1], version: row[2])
    }

    static func backupRecords(_ db: Database, limit: Int, id: Int64? = nil) throws -> [BackupRecord] {
        try Row.fetchAll(db, sql: """
            SELECT b.*, u.display_name FROM backups b JOIN users u ON u.id = b.taken_by
            \(id == nil ? "" : "WHERE b.id = \(id!)")
            ORDER BY b.taken_at DESC, b.id DESC LIMIT ?
            """, arguments: [limit]).map { row in
            BackupRecord(id: row["id"], takenAt: Date(timeIntervalSince1970: TimeInterval(row["taken_at"] as Int64)),
                         takenBy: row["display_name"], path: row["path"], sizeBytes: row["size_bytes"],
                         encrypted: row["encrypted"], tablesChecked: row["tables_checked"],
                         rowsChecked: row["rows_checked"])
        }
    }

    /// Before a migration: the file as it was, copied with the online backup beside it as
    /// `<path>.backup-<last applied migration>-<UTC timestamp>` (private, never replacing).
    @discardableResult
    static func migrationBackup(_ pool: DatabasePool, path: String, schema: String,
                                clock: StoreClock) throws -> String {
        let stamp = BackupFiles.stamp(clock.now())
        let backupPath = BackupFiles.freeName { n in "\(path).backup-\(schema)-\(stamp)\(n == 1 ? "" : "-\(n)")" }
        try StoreFiles.createPrivateFile(at: backupPath)
        let destination = try DatabaseQueue(path: backupPath)
        try pool.backup(to: destination)
        try destination.close()
        return backupPath
    }
}

/// Messages about the backup settings.
public enum BackupSettingsText: String, MessageCatalog {
    case daysInvalid, folderInvalid

    public var text: LocalizedText {
        switch self {
        case .daysInvalid:
            return .init(es: "Los días para avisar van de 1 a 365.", en: "The days before a warning go from 1 to 365.")
        case .folderInvalid:
            return .init(es: "La carpeta de respaldos debe ser una ruta completa (empieza con /), en una línea.",
                         en: "The backup folder must be a full path (starting with /), on one line.")
        }
    }
}
