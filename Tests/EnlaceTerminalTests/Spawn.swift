import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it with posix_spawn and waitpid. Foundation's Process left
/// tmux clients unreaped (zombies) under the test runner and never returned from
/// waitUntilExit, so the terminal tests use this instead.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// `arguments[0]` is looked up in PATH. Output is captured when `capture` is true,
    /// otherwise sent to /dev/null (needed when the child leaves a daemon behind).
    static func run(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil,
                    capture: Bool = true) throws -> Result {
        try run(bytes: arguments.map { Array($0.utf8) }, environment: environment,
                input: Data((input ?? "").utf8), capture: capture)
    }

    /// As `run`, with arguments and standard input as raw bytes (invalid UTF-8 included).
    static func run(bytes arguments: [[UInt8]], environment: [String: String]? = nil, input: Data,
                    capture: Bool = true) throws -> Result {
        let outFile = capture ? tempFile() : "/dev/null"
        let errFile = capture ? tempFile() : "/dev/null"
        let inFile = tempFile()
        try input.write(to: URL(fileURLWithPath: inFile))
        defer {
            if capture { unlink(outFile); unlink(errFile) }
            unlink(inFile)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { bytes in
            (bytes + [0]).withUnsafeBufferPointer { strdup(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's threads block signals, and a spawned child inherits that mask (and
        // so would the tmux server and the app under test): start every child with an empty
        // mask and default handlers, as a login shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD, SIGPIPE, SIGQUIT] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = arguments[0].first == UInt8(ascii: "/")
            ? posix_spawn(&pid, argv[0]!, &actions, &attributes, &argv, &envp)
            : posix_spawnp(&pid, argv[0]!, &actions, &attributes, &argv, &envp)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // Decoded with repair (bytes that are not UTF-8 show as U+FFFD instead of losing the
        // text), without a leading byte order mark, as String(contentsOfFile:) reads it.
        let read = { (file: String) -> String in
            guard capture, let data = FileManager.default.contents(atPath: file) else { return "" }
            let bom = data.starts(with: [0xEF, 0xBB, 0xBF])
            return String(decoding: bom ? data.dropFirst(3) : data, as: UTF8.self)
        }
        let out = read(outFile)
        let err = read(errFile)
        return Result(status: code, output: out, error: err)
    }

    private static func tempFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("enlace-spawn-\(UUID().uuidString)").path
    }
}

struct SpawnError: Error {
    let code: Int32
}
