import EnlaceCore
import Foundation
import GRDB

/// What a restore did.
public struct RestoreOutcome: Sendable, Equatable {
    /// The database now in place (the restored copy).
    public var path: String
    /// Where the database that was there before now is, renamed (never deleted); nil when
    /// there was none.
    public var keptAside: String?
    /// The restored file's row counts, read after its integrity check.
    public var check: BackupCheck
    public var wasSealed: Bool
}

extension CaseDesk {
    /// Whether `path` is a sealed (encrypted) backup, to ask for its passphrase first.
    public static func isSealedBackup(_ path: String) -> Bool {
        SealedBackup.isSealed(path)
    }

    /// Puts the backup at `backup` in place of the database at `target`.
    ///
    /// The backup is first copied (opened, when sealed) into a private file beside `target`
    /// and checked there: the same bytes as its `.sha256` file says when it has one, an
    /// Enlace database, no migration this build does not know, SQLite's
    /// integrity check clean. Any refusal leaves `target` untouched and removes the copy.
    /// Then, unless another process has `target` open (`DatabaseInUse`), the current file
    /// (with its -wal and -shm) is renamed `<target>.before-restore-<UTC stamp>`, the checked
    /// copy renamed to `target`, and the restored database records the restore in its audit
    /// log. Opening it afterwards migrates an older backup as any older file is.
    ///
    /// Needs no sign-in: the current file may be the damaged one, and whoever can write the
    /// folder can replace the file anyway. The audit row names the files, not a person.
    public static func restore(from backup: String, onto target: String, passphrase: String?,
                               clock: StoreClock = .system) throws -> RestoreOutcome {
        do {
            return try restoreChecked(from: backup, onto: target, passphrase: passphrase, clock: clock)
        } catch {
            throw StoreError.wrap(error, path: target)
        }
    }

    private static func restoreChecked(from backup: String, onto target: String, passphrase: String?,
                                       clock: StoreClock) throws -> RestoreOutcome {
        guard BackupFiles.exists(backup) else { throw StoreError.fileMissing(path: backup) }
        if access(backup, R_OK) != 0 { throw StoreError.permissionDenied(path: backup) }
        let folder = StoreFiles.directory(of: target)
        try BackupFiles.requireWritableFolder(folder)
        if DatabaseInUse.check(target) { throw StoreError.backup(.inUse(path: target)) }

        let copy = BackupFiles.temporary(in: folder, "restore")
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(copy + suffix) }
        }
        let sealed = SealedBackup.isSealed(backup)
        if sealed {
            guard let passphrase else { throw StoreError.backup(.passphraseNeeded(path: backup)) }
            try SealedBackup.open(backup, passphrase: passphrase, to: copy)
        } else {
            try BackupFiles.copy(backup, to: copy)
            if try BackupFiles.matchesChecksum(copy, of: backup) == false {
                throw StoreError.backup(.corrupt(path: backup))
            }
        }
        let found = try BackupSnapshot.inspect(copy, shown: backup)
        if !found.problems.isEmpty { throw StoreError.backup(.corrupt(path: backup)) }

        // Checked: now the swap. Asked again, the moment before.
        if DatabaseInUse.check(target) { throw StoreError.backup(.inUse(path: target)) }
        var aside: String?
        if BackupFiles.exists(target) {
            let stamp = BackupFiles.stamp(clock.now())
            let name = BackupFiles.freeName { n in "\(target).before-restore-\(stamp)\(n == 1 ? "" : "-\(n)")" }
            try BackupFiles.move(target, to: name)
            aside = name
            for suffix in ["-wal", "-shm", "-journal"] where BackupFiles.exists(target + suffix) {
                try BackupFiles.move(target + suffix, to: name + suffix)
            }
        }
        do {
            try BackupFiles.move(copy, to: target)
        } catch {
            // Put the previous file back rather than leave no database at all.
            if let aside { try? BackupFiles.move(aside, to: target) }
            throw error
        }
        BackupFiles.sync(folder)

        let desk = try CaseDesk.open(path: target, create: false, clock: clock)
        try desk.write { db in
            var changed = ["restoredFrom": ["", backup]]
            if let aside { changed["keptAside"] = ["", aside] }
            try Audit.append(db, actor: nil, at: clock.nowSeconds(), entity: AuditEntityType.backup.rawValue,
                             entityID: nil, action: "restore", reason: backup, changedFields: changed)
        }
        return RestoreOutcome(path: target, keptAside: aside, check: BackupCheck(rowCounts: found.counts),
                              wasSealed: sealed)
    }
}
