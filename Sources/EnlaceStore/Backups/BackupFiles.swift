import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system steps of backups and restores: names, folder checks, exclusive private files,
/// streaming copies, renames made durable.
enum BackupFiles {
    /// "20261114T093000Z": UTC, sortable, safe in a file name.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// `make(n)` for n = 1, 2, ... until the name is free (n = 1 is the plain name).
    static func freeName(_ make: (Int) -> String) -> String {
        var n = 1
        while true {
            let name = make(n)
            if !exists(name) { return name }
            n += 1
        }
    }

    /// Whether anything (a file, a folder, a dangling link) has that name.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The name of a backup of `database` taken at `date` in `folder`:
    /// `<database name without extension>-backup-<UTC stamp>.sqlite`, `.sqlite.sealed` when
    /// encrypted, `-2`, `-3`... before the extension if taken twice in one second.
    static func backupName(of database: String, in folder: String, at date: Date, sealed: Bool) -> String {
        let stem = ((database as NSString).lastPathComponent as NSString).deletingPathExtension
        let ext = sealed ? "sqlite.sealed" : "sqlite"
        return freeName { n in
            (folder as NSString).appendingPathComponent(
                "\(stem)-backup-\(stamp(date))\(n == 1 ? "" : "-\(n)").\(ext)")
        }
    }

    /// Creates `folder` (0700) if missing, and checks it can be written: the permission bits
    /// too, so that a folder without write bits counts as read-only even for root.
    static func requireWritableFolder(_ folder: String) throws {
        if !exists(folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.backup(.folderReadOnly(path: folder))
            }
        }
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw StoreError.backup(.folderReadOnly(path: folder))
        }
        if access(folder, W_OK | X_OK) != 0 || (info.st_mode & 0o222) == 0 {
            throw StoreError.backup(.folderReadOnly(path: folder))
        }
    }

    /// Creates `path` empty, mode 0600, failing if anything already has that name.
    static func createExclusive(_ path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0 {
            let code = errno
            if code == EEXIST { throw StoreError.backup(.exists(path: path)) }
            if code == EACCES || code == EPERM || code == EROFS {
                throw StoreError.backup(.folderReadOnly(path: StoreFiles.directory(of: path)))
            }
            throw StoreFiles.errorFromErrno(code, path: path)
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    /// A private temporary file name in `folder`, hidden, that no one else uses.
    static func temporary(in folder: String, _ purpose: String) -> String {
        (folder as NSString).appendingPathComponent(".enlace-\(purpose)-\(UUID().uuidString).tmp")
    }

    static func size(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }

    /// Flushes a file (or a folder, for the names in it) to the disk.
    static func sync(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Renames, failing rather than replacing anything already at `to`.
    static func move(_ from: String, to: String) throws {
        if exists(to) { throw StoreError.backup(.exists(path: to)) }
        if rename(from, to) != 0 { throw StoreFiles.errorFromErrno(errno, path: to) }
    }

    /// Copies `from` to the new private file `to` in 1 MiB pieces; nothing else sees it until
    /// the caller renames it.
    static func copy(_ from: String, to: String) throws {
        guard let input = FileHandle(forReadingAtPath: from) else {
            throw StoreError.fileMissing(path: from)
        }
        defer { try? input.close() }
        try createExclusive(to)
        guard let output = FileHandle(forWritingAtPath: to) else { throw StoreError.permissionDenied(path: to) }
        defer { try? output.close() }
        do {
            while let piece = try input.read(upToCount: 1 << 20), !piece.isEmpty {
                try output.write(contentsOf: piece)
            }
            try output.synchronize()
        } catch {
            throw StoreError.writeFailed(path: to)
        }
    }

    /// The checksum file written beside a plain backup, in `sha256sum` format ("<hex>  <name>"):
    /// SQLite's integrity check sees damage to the file's structure, not a changed byte inside
    /// a row; the checksum does (a sealed backup authenticates every byte itself).
    static func checksumPath(_ backup: String) -> String { backup + ".sha256" }

    static func writeChecksum(of backup: String) throws {
        let line = "\(try SealedBackup.digest(of: backup).hex)  \((backup as NSString).lastPathComponent)\n"
        let path = checksumPath(backup)
        try createExclusive(path)
        do {
            try Data(line.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            unlink(path)
            throw StoreError.writeFailed(path: path)
        }
    }

    /// Whether `copy` matches the checksum file beside `backup`: nil when there is none.
    static func matchesChecksum(_ copy: String, of backup: String) throws -> Bool? {
        guard let data = FileManager.default.contents(atPath: checksumPath(backup)),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let expected = text.prefix { !$0.isWhitespace }.lowercased()
        return try SealedBackup.digest(of: copy).hex == expected
    }
}
