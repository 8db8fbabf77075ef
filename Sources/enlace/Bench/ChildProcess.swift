import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child `enlace` process started by the fault bench: its output goes to files (so that
/// what it printed before a SIGKILL is still there), it can be killed, and waited for.
final class ChildProcess {
    let pid: pid_t
    private let outFile: String
    private let errFile: String

    /// How a child ended: its exit status, or the signal that killed it.
    struct Ending {
        var status: Int32?
        var signal: Int32?
        var output: String
        var error: String
        var killed: Bool { signal == SIGKILL }
    }

    /// This very binary (`/proc/self/exe`), so that the bench drives the build that runs it.
    static var ownBinary: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Starts `binary arguments` with `environment`, standard input from /dev/null.
    init(_ binary: String, _ arguments: [String], environment: [String: String], folder: String) throws {
        let stem = folder + "/child-\(UUID().uuidString)"
        outFile = stem + ".out"
        errFile = stem + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Threads of the parent may block signals; the child starts with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let code = posix_spawn(&pid, binary, &actions, &attributes, &argv, &envp)
        guard code == 0 else { throw ChildProcessError(code: code) }
        self.pid = pid
    }

    /// Sends SIGKILL (a child that already exited is left alone: it is not reaped until `wait`).
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
    }

    /// Waits for the child and reads what it printed.
    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signalled = (status & 0x7f) != 0
        let out = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
        unlink(outFile)
        unlink(errFile)
        return Ending(status: signalled ? nil : (status >> 8) & 0xff, signal: signalled ? status & 0x7f : nil,
                      output: out, error: err)
    }

    /// Runs a child to its end.
    static func run(_ binary: String, _ arguments: [String], environment: [String: String],
                    folder: String) throws -> Ending {
        try ChildProcess(binary, arguments, environment: environment, folder: folder).wait()
    }
}

struct ChildProcessError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { "posix_spawn: " + String(cString: strerror(code)) }
}
