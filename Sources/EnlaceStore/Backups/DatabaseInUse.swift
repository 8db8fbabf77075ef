import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether another process has an Enlace database open, asked of the locks SQLite keeps.
///
/// Every connection to a WAL database (Enlace always runs in WAL) holds a shared lock on byte
/// 128 of the `-shm` file (SQLite's "DMS" lock) for as long as it is connected, and a shared
/// lock on the database file's lock bytes (from 2^30) while it reads or writes. `F_GETLK`
/// asks whether a write lock there would conflict, without taking one; a process that died
/// holds nothing. Locks of the asking process never conflict with its own, so the caller must
/// not have the database open itself (closing a descriptor drops the process's locks on the
/// file, so this opens only files it does not use).
///
/// A program that opens the file just after the question is not seen: the check narrows the
/// window, a restore still tells people to close Enlace first.
enum DatabaseInUse {
    static func check(_ path: String) -> Bool {
        locked(path + "-shm", start: 128, length: 1) || locked(path, start: 0x4000_0000, length: 512)
    }

    private static func locked(_ file: String, start: Int, length: Int) -> Bool {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(start)
        lock.l_len = off_t(length)
        guard fcntl(fd, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }
}
