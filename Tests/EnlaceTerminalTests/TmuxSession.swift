import Foundation
import Testing

/// Drives the built `enlace` binary in a real terminal: a private tmux server per test, keys
/// sent as a person types them, the screen read back with capture-pane. Waits poll the screen;
/// nothing sleeps a fixed time.
final class TmuxSession {
    let socket: String
    let folder: URL
    let statusFile: URL

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The binary under test: $ENLACE_BIN, or the debug build of this checkout.
    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["ENLACE_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/enlace").path
    }

    /// The tmux server passes its own environment to the app: keep only what a login would
    /// have, so nothing of the test runner's (NO_COLOR, say) leaks into the app under test.
    static var cleanEnvironment: [String: String] {
        let env = ProcessInfo.processInfo.environment
        var clean = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": env["PATH"] ?? "/usr/bin:/bin"]
        if let home = env["HOME"] { clean["HOME"] = home }
        if let tmp = env["TMPDIR"] { clean["TMPDIR"] = tmp }
        return clean
    }

    /// Starts `enlace ARGS` in a new tmux session of the given size and TERM.
    init(arguments: String, width: Int = 80, height: Int = 24, term: String = "tmux-256color",
         extraEnvironment: [String: String] = [:]) throws {
        socket = "enlace-test-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        statusFile = folder.appendingPathComponent("exit-status")
        var env = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": term,
            "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "SWIFT_BACKTRACE": "interactive=no",
        ]
        for (k, v) in extraEnvironment { env[k] = v }
        let envArgs = env.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        // After the app exits the shell records its status and keeps the pane open, so the test
        // can still look at the terminal (alternate screen off?) before the server is killed.
        // tmux sets TERM in the pane from its default-terminal, after -e: set it on the command.
        let command = "env TERM=\(term) \(Self.binary) \(arguments); echo $? > \(statusFile.path); sleep 600"
        // The server forks from this first client and would inherit a pipe, so that reading the
        // pipe to its end would wait for the server to exit: this one call writes to /dev/null.
        try tmux(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)"] + envArgs + [command], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func tmux(_ args: [String], capture: Bool = true) throws -> String {
        try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, environment: Self.cleanEnvironment, capture: capture).output
    }

    /// Types text literally (accents and all).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "t", "-l", text]) }

    /// Sends named keys: Enter, Escape, F1, F10, C-q, Up, BTab...
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "t"] + keys) }

    func screen(colours: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "t"] + (colours ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
    }

    func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", "t", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds; fails the test with the last screen if it never does.
    /// tmux can capture while the app is still repainting (rows are written top to bottom), so
    /// once the condition holds the screen is captured again until it stops changing (and the
    /// condition still holds): what is returned is a whole frame, not half of two.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) {
                var settled = last
                for _ in 0..<20 {
                    Thread.sleep(forTimeInterval: 0.03)
                    let again = try screen()
                    if again == settled { break }
                    settled = again
                }
                if condition(settled) { return settled }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \(what). Screen:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits for the app to exit and returns its status.
    func waitForExit(timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("The app did not exit. Screen:\n\((try? screen()) ?? "")", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }
}

extension TmuxSession {
    /// Types a password into a masked field, checks it shows only bullets, and submits it.
    func submitMasked(_ password: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try type(password)
        let masked = try waitFor(text: String(repeating: "•", count: password.count), sourceLocation: sourceLocation)
        #expect(!masked.contains(password), sourceLocation: sourceLocation)
        try press("Enter")
    }

    /// On the sign-in screen: a wrong password is masked, refused, and the user name stays.
    func signInRefused(user: String, wrong: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try type(user)
        try press("Tab")
        try submitMasked(wrong, sourceLocation: sourceLocation)
        let refused = try waitFor(text: "Usuario o contraseña incorrectos.", sourceLocation: sourceLocation)
        #expect(refused.contains(user), sourceLocation: sourceLocation)
    }
}

struct TmuxTimeout: Error {}

/// Runs the binary directly (no terminal) and returns status, stdout and stderr.
func runEnlace(_ arguments: [String], environment: [String: String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let r = try Spawn.run([TmuxSession.binary] + arguments, environment: environment, input: stdin)
    return (r.status, r.output, r.error)
}

/// A demo database of `people` invented people in a new temporary folder (removed with the
/// value), and the environment the CLI runs with against it (signed in by ENLACE_PASSWORD):
/// the base of the command-line fixtures.
class DemoDatabase: @unchecked Sendable {
    let folder: URL
    let db: String
    let env: [String: String]

    init(folderPrefix: String, people: Int, extraEnvironment: [String: String] = ["SWIFT_BACKTRACE": "enable=no"]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(folderPrefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("demo.sqlite").path
        env = ["LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.path,
               "XDG_CONFIG_HOME": folder.path, "ENLACE_PASSWORD": "enlace-demo-1"].merging(extraEnvironment) { $1 }
        let made = try runEnlace(["demo", "--people", "\(people)", "--no-open", "--db", db], environment: env)
        #expect(made.status == 0, "demo: \(made.err)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
