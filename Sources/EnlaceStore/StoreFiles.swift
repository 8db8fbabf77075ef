import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system checks and creation done before SQLite touches a path, so that each problem
/// gets its own clear error and new files are private (0600) from their first byte.
enum StoreFiles {
    static func directory(of path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    static func errorFromErrno(_ code: Int32, path: String) -> StoreError {
        switch code {
        case EACCES, EPERM: return .permissionDenied(path: path)
        case EROFS: return .readOnly(path: path)
        case ENOSPC: return .diskFull(path: path)
        case EDQUOT, EFBIG: return .writeFailed(path: path)
        case ENOENT: return .fileMissing(path: path)
        default: return .other(String(cString: strerror(code)))
        }
    }

    /// Creates the folders leading to `path` (mode 0700) and the empty file itself (0600).
    static func createPrivateFile(at path: String) throws {
        let dir = directory(of: path)
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
            do {
                try FileManager.default.createDirectory(
                    atPath: dir, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                // Find the errno behind it with a plain mkdir of the last component.
                if mkdir(dir, 0o700) != 0 && errno != EEXIST {
                    throw errorFromErrno(errno, path: dir)
                }
            }
        } else if !isDir.boolValue {
            throw StoreError.permissionDenied(path: dir)
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return }
            throw errorFromErrno(errno, path: path)
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    /// Checks an existing file: readable, writable, and an SQLite file (or empty).
    static func checkExisting(at path: String) throws {
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        if isDir.boolValue { throw StoreError.notADatabase(path: path) }
        if access(path, R_OK) != 0 { throw errorFromErrno(errno, path: path) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw errorFromErrno(errno, path: path) }
        // A file without any write bit is treated as read-only even for root, who would
        // otherwise be allowed to write it.
        if access(path, W_OK) != 0 || (info.st_mode & 0o222) == 0 {
            throw StoreError.readOnly(path: path)
        }
        // SQLite writes its -wal and -shm files beside the database: a folder without write
        // bits is read-only too (again even for root).
        var folder = stat()
        let dir = directory(of: path)
        if access(dir, W_OK) != 0 || (stat(dir, &folder) == 0 && (folder.st_mode & 0o222) == 0) {
            throw StoreError.readOnly(path: path)
        }
        if info.st_size == 0 { return }
        try checkHeader(at: path)
    }

    /// Checks that the file starts with SQLite's 16-byte header.
    static func checkHeader(at path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errorFromErrno(errno, path: path) }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(fd, &header, 16)
        let magic = Array("SQLite format 3".utf8) + [0]
        if count != 16 || header != magic { throw StoreError.notADatabase(path: path) }
    }
}
