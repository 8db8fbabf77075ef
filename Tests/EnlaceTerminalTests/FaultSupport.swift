import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A small disk of its own (a tmpfs, mounted as root) that a test fills up and frees again.
final class SmallDisk {
    let folder: String
    private var filler: String { folder + "/filler" }

    /// Whether this machine lets the tests mount one (root, and a kernel that allows it).
    static let available: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(megabytes: 1) else { return false }
        _ = disk
        return true
    }()

    init(megabytes: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-disk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let mounted = try Spawn.run(["mount", "-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0700", "tmpfs", folder],
                                    environment: TmuxSession.cleanEnvironment)
        guard mounted.status == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            throw SpawnError(code: mounted.status)
        }
    }

    deinit {
        _ = try? Spawn.run(["umount", "-l", folder], environment: TmuxSession.cleanEnvironment)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Writes zeros until the disk is full.
    func fill() throws {
        let dd = try Spawn.run(["dd", "if=/dev/zero", "of=\(filler)", "bs=4096"], environment: TmuxSession.cleanEnvironment)
        #expect(dd.error.contains("No space left"), "dd: \(dd.error)")
    }

    func free() {
        unlink(filler)
    }
}

/// Another program (the sqlite3 shell) holding the database's write lock (BEGIN IMMEDIATE)
/// until `release()`.
final class WriteLock {
    private let fifo: String
    private var released = false

    init(database: String) throws {
        let stem = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-lock-\(UUID().uuidString)").path
        fifo = stem + ".fifo"
        let marker = stem + ".held"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The shell reads its commands as they come: the lock is taken, the marker says so,
        // and COMMIT waits until something is written to the fifo.
        let script = "( echo '.timeout 5000'; echo 'BEGIN IMMEDIATE;'; echo '.shell touch \(marker)'; cat \(fifo); echo 'COMMIT;' ) | sqlite3 \(database) >/dev/null 2>&1 &"
        _ = try Spawn.run(["sh", "-c", script], environment: TmuxSession.cleanEnvironment, capture: false)
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: marker) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(FileManager.default.fileExists(atPath: marker), "sqlite3 never took the lock")
        unlink(marker)
    }

    /// Commits and ends the sqlite3 shell.
    func release() {
        guard !released else { return }
        released = true
        let fd = open(fifo, O_WRONLY)
        if fd >= 0 {
            _ = write(fd, "\n", 1)
            close(fd)
        }
        unlink(fifo)
    }

    deinit { release() }
}

/// Runs `sqlite3 DB SQL` and returns its output, trimmed (a check from outside Enlace). It
/// waits up to 5 s for a lock another process still holds (a `WriteLock` just released
/// commits in its own time), so a busy file is never read as an empty answer.
func sqlite(_ database: String, _ sql: String) throws -> String {
    let r = try Spawn.run(["sqlite3", "-cmd", ".timeout 5000", database, sql], environment: TmuxSession.cleanEnvironment)
    #expect(r.status == 0, "sqlite3: \(r.error)")
    return r.output.trimmingCharacters(in: .whitespacesAndNewlines)
}
