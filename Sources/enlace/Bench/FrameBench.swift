import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace bench --frames`: this very binary, run as a person runs it (in tmux, under ncurses,
/// signed in as the demo supervisor), typed at by a script; the app's frame log
/// (`ENLACE_FRAME_LOG`) says, per key, how long from reading the key to the end of the flush of
/// the frame that shows it. Printed per activity as p50/p99/max, with the cold start (process
/// start to the first frame) and the app's peak resident memory.
struct FrameBench {
    let path: String
    let language: Language
    /// Keys per activity (at least).
    let samples: Int

    static let user = "maria"
    static let password = "enlace-demo-1"
    static let (width, height) = (100, 30)
    /// Pause after a key is drawn before the next: a quick typist (about 8 keys a second), slower
    /// than the quiet interval, so the search runs between keys as it does for a person.
    static let typingGap: TimeInterval = 0.12
    /// Pause between moves in a list: a held arrow key repeats about this often.
    static let movingGap: TimeInterval = 0.05

    static let queries = ["maria guadalupe hernandez", "munoz", "garcia lopez", "jose luis", "hernandez martinez",
                          "rodriguez", "lupita", "5512", "perez sanchez", "juan"]
    static let intakeWords = ["Guadalupe", "Hernández", "José Ángel", "Muñoz", "Xóchitl", "Ramírez"]
    static let moves = ["Down", "Down", "Down", "Down", "Down", "Down", "Down", "NPage", "Up", "Up", "Up", "PPage"]

    struct Report: Codable {
        var people: Int
        var samples: Int
        var quietIntervalMilliseconds: Double
        var coldStartMilliseconds: Double?
        var peakResidentKilobytes: Int?
        var activities: [LatencySummary]
        var debugBuild: Bool
    }

    func run() throws -> Report {
        let tmux = try Tmux(folder: FileManager.default.temporaryDirectory
            .appendingPathComponent("enlace-frames-\(getpid())-\(UUID().uuidString.prefix(6))"))
        defer { tmux.stop() }
        let log = tmux.folder.appendingPathComponent("frames.log").path
        let app = AppUnderTest(log: log, tmux: tmux, language: language)
        let quoted = [Self.binary, "--db", path, "--user", Self.user, "--lang", language.rawValue].map(Tmux.quote)
        try tmux.start(width: Self.width, height: Self.height, environment: [
            "ENLACE_PASSWORD": Self.password, FrameLog.environmentKey: log,
        ], command: quoted.joined(separator: " "))
        try app.waitForStart(user: Self.user)

        var activities: [LatencySummary] = []
        // An intake draft left by an earlier run is offered in a dialog: Esc declines it.
        try app.navigate("Escape")

        // Search: each query typed a key at a time, the results waited for, Esc clears it.
        try app.navigate("F3")
        var typing: [UInt64] = [], results: [UInt64] = []
        var q = 0
        while typing.count < samples {
            let query = Self.queries[q % Self.queries.count]
            q += 1
            let start = app.lineCount
            for ch in query { try app.key(String(ch), literal: true, gap: Self.typingGap) }
            try app.waitForAnswer()
            typing += app.times(kind: "key", from: start)
            results += app.times(kind: "answer", from: start)
            try app.navigate("Escape")
        }
        activities.append(LatencySummary(name: "search.typing", nanoseconds: typing))
        activities.append(LatencySummary(name: "search.results", nanoseconds: results))
        try app.navigate("Escape")

        // Intake: words typed into the name fields and rubbed out again.
        try app.navigate("F2")
        var intake: [UInt64] = []
        var w = 0
        while intake.count < samples {
            let word = Self.intakeWords[w % Self.intakeWords.count]
            if w % 2 == 1 { try app.navigate("Tab") }
            w += 1
            let start = app.lineCount
            for ch in word { try app.key(String(ch), literal: true, gap: Self.typingGap) }
            for _ in word { try app.key("BSpace", gap: Self.typingGap) }
            intake += app.times(kind: "key", from: start)
            if w % 2 == 0 { try app.navigate("BTab") }
        }
        activities.append(LatencySummary(name: "intake.typing", nanoseconds: intake))
        try app.navigate("Escape")

        // The case list: moving a row and a page at a time.
        try app.navigate("F6")
        let moving = app.lineCount
        for i in 0..<samples { try app.key(Self.moves[i % Self.moves.count], gap: Self.movingGap) }
        activities.append(LatencySummary(name: "caseList.moving", nanoseconds: app.times(kind: "key", from: moving)))

        // Opening a case from the list: Enter, back, the next row.
        var opening: [UInt64] = []
        for _ in 0..<samples {
            let start = app.lineCount
            try app.key("Enter", gap: Self.movingGap)
            opening += app.times(kind: "key", from: start)
            try app.navigate("Escape")
            try app.navigate("Down")
        }
        activities.append(LatencySummary(name: "case.opening", nanoseconds: opening))

        let peak = app.peakResidentKilobytes()
        try tmux.send(["C-q"])
        app.waitForExit()
        let people = (try? CaseDesk.open(path: path, create: false).databaseSize().people) ?? 0
        #if DEBUG
        let debug = true
        #else
        let debug = false
        #endif
        return Report(people: people, samples: samples,
                      quietIntervalMilliseconds: Double(AppRuntime.quietInterval) / 1_000_000,
                      coldStartMilliseconds: app.coldStart.map { Double($0) / 1_000_000 },
                      peakResidentKilobytes: peak, activities: activities, debugBuild: debug)
    }

    /// This binary's own path (the app under test is the same build).
    static var binary: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static func table(_ report: Report, _ language: Language) -> String {
        var lines: [String] = [FrameBenchText.what.format(language, ["quiet": String(format: "%.0f", report.quietIntervalMilliseconds)])]
        lines += report.activities.table(header: FrameBenchText.header(language))
        if let cold = report.coldStartMilliseconds {
            lines.append(FrameBenchText.coldStart.format(language, ["ms": String(format: "%.0f", cold)]))
        }
        if let peak = report.peakResidentKilobytes {
            lines.append(FrameBenchText.peakMemory.format(language, ["mb": String(format: "%.1f", Double(peak) / 1024)]))
        }
        if report.debugBuild { lines.append(BenchText.releaseHint(language)) }
        return lines.joined(separator: "\n")
    }
}

/// The app in the tmux pane, read through its frame log.
private final class AppUnderTest {
    let log: String
    let tmux: Tmux
    let language: Language
    private var lines: [[Substring]] = []
    private var buffered = ""
    private var offset: UInt64 = 0
    private(set) var pid: Int32?
    private(set) var coldStart: UInt64?
    /// How long to wait for a frame before giving up.
    let timeout: TimeInterval = 20

    init(log: String, tmux: Tmux, language: Language) {
        self.log = log
        self.tmux = tmux
        self.language = language
    }

    var lineCount: Int { lines.count }

    /// Reads what the app appended since the last read.
    private func poll() {
        guard let handle = FileHandle(forReadingAtPath: log) else { return }
        defer { try? handle.close() }
        handle.seek(toFileOffset: offset)
        let data = handle.readDataToEndOfFile()
        offset += UInt64(data.count)
        buffered += String(decoding: data, as: UTF8.self)
        while let newline = buffered.firstIndex(of: "\n") {
            let fields = buffered[..<newline].split(separator: "\t")
            buffered = String(buffered[buffered.index(after: newline)...])
            switch fields.first {
            case "pid": pid = fields.count > 1 ? Int32(fields[1]) : nil
            case "start": coldStart = fields.count > 2 ? UInt64(fields[2]) : nil
            default: lines.append(fields)
            }
        }
    }

    private func wait(for what: String, message: FrameBenchText = .timedOut, _ done: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            poll()
            if done() { return }
            if Date() > deadline {
                Console.error(message.format(language, ["what": what, "user": FrameBench.user, "screen": tmux.screen()]))
                throw ExitCode(70)
            }
            usleep(1000)
        }
    }

    func waitForStart(user: String) throws {
        try wait(for: "the first frame", message: .noSignIn) { pid != nil && coldStart != nil }
    }

    /// Sends one key and waits for the frame that shows it, then pauses `gap`.
    func key(_ name: String, literal: Bool = false, gap: TimeInterval) throws {
        let keysBefore = lines.filter { $0.first == "key" }.count
        try tmux.send(literal ? ["-l", name] : [name])
        try wait(for: name) { lines.filter { $0.first == "key" }.count > keysBefore }
        Thread.sleep(forTimeInterval: gap)
    }

    /// A key that moves between the measured parts (not counted).
    func navigate(_ name: String) throws {
        try key(name, gap: 0.15)
    }

    /// Waits until the results after the last key are drawn.
    func waitForAnswer() throws {
        let lastKey = lines.lastIndex { $0.first == "key" } ?? -1
        try wait(for: "the search results") { lines.indices.contains { $0 > lastKey && lines[$0].first == "answer" } }
    }

    /// Nanoseconds of the lines of `kind` from line `from` on.
    func times(kind: Substring, from: Int) -> [UInt64] {
        lines[from...].compactMap { $0.first == kind && $0.count > 2 ? UInt64($0[2]) : nil }
    }

    /// VmHWM of the app process, in kB (Linux).
    func peakResidentKilobytes() -> Int? {
        guard let pid, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }

    func waitForExit() {
        guard let pid else { return }
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0, Date() < deadline { usleep(10_000) }
    }
}

/// A private tmux server for one run.
private final class Tmux {
    let folder: URL
    let socket: String

    init(folder: URL) throws {
        self.folder = folder
        socket = "enlace-frames-\(getpid())"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        guard (try? run(["-V"], capture: false)) != nil else {
            throw FrameBenchError.noTmux
        }
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The environment of a login: nothing of the caller's config (the bench's XDG folders are
    /// its own), so the app runs with its defaults.
    private var environment: [String: String] {
        let env = ProcessInfo.processInfo.environment
        return ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": env["PATH"] ?? "/usr/bin:/bin",
                "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
                "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
    }

    func start(width: Int, height: Int, environment extra: [String: String], command: String) throws {
        let env = environment.merging(extra) { $1 }.merging(["SWIFT_BACKTRACE": "interactive=no"]) { $1 }
        let envArgs = env.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        // The pane stays open after the app exits, so a failure can be read on its screen.
        let shell = "env TERM=tmux-256color \(command); echo \"exit $?\"; sleep 600"
        try run(["new-session", "-d", "-s", "b", "-x", "\(width)", "-y", "\(height)"] + envArgs + [shell], capture: false)
    }

    func send(_ keys: [String]) throws { try run(["send-keys", "-t", "b"] + keys, capture: false) }

    func screen() -> String { (try? run(["capture-pane", "-t", "b"], capture: true)) ?? "" }

    func stop() {
        _ = try? run(["kill-server"], capture: false)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs tmux on the private socket and waits for it (posix_spawn and waitpid: Foundation's
    /// Process never returned from waiting for a tmux client here). Nothing is read from a
    /// pipe (the server forks from the first client and would hold it open): a screen is saved
    /// to a file and read from there.
    @discardableResult
    private func run(_ args: [String], capture: Bool) throws -> String {
        let out = folder.appendingPathComponent("tmux-out").path
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + args
        let status = Self.spawn(capture ? argv + [";", "save-buffer", out] : argv, environment: environment)
        guard status == 0 else { throw FrameBenchError.tmuxFailed(args.first ?? "") }
        return capture ? ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") : ""
    }

    private static func spawn(_ arguments: [String], environment: [String: String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // The server and the app under it start with no signal blocked, as from a login shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

enum FrameBenchError: Error {
    case noTmux
    case tmuxFailed(String)
}

extension BenchCommand {
    /// `--frames`: seeds the --db file when it has no accounts yet, then runs `FrameBench`.
    func runFrames() throws {
        let context = try Context(options)
        let lang = context.language
        guard let path = options.db else {
            Console.error(BenchText.needDb(lang))
            throw ExitCode(64)
        }
        let desk = try context.openDesk(path: path, create: true)
        if (try? desk.hasUsers()) != true {
            if !json { Console.print(BenchText.seeding.format(lang, ["people": "\(people)", "path": path])) }
            let count = Int(people.split(separator: ",").first ?? "") ?? 10_000
            _ = try Seeding.seed(desk: desk, people: count, seed: seed, language: lang)
        }
        let bench = FrameBench(path: path, language: lang, samples: max(1, samples))
        if !json {
            Console.print(FrameBenchText.starting.format(lang, [
                "binary": FrameBench.binary, "width": "\(FrameBench.width)", "height": "\(FrameBench.height)",
                "path": path, "user": FrameBench.user, "samples": "\(bench.samples)"]))
        }
        let report: FrameBench.Report
        do {
            report = try bench.run()
        } catch FrameBenchError.noTmux {
            Console.error(FrameBenchText.noTmux(lang))
            throw ExitCode(69)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(FrameBench.table(report, lang))
        }
    }
}

extension Array where Element == LatencySummary {
    /// One line per operation: name, samples, p50, p99 and max in milliseconds, under a header.
    func table(header: String) -> [String] {
        let nameWidth = Swift.max(10, map(\.name.count).max() ?? 10)
        func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: Swift.max(n, s.count), withPad: " ", startingAt: 0) }
        func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: Swift.max(0, n - s.count)) + s }
        func ms(_ v: Double) -> String { lpad(String(format: "%.2f", v), 10) }
        return [pad(header, nameWidth) + lpad("n", 6) + lpad("p50 ms", 10) + lpad("p99 ms", 10) + lpad("max ms", 10)]
            + map { pad($0.name, nameWidth) + lpad("\($0.samples)", 6) + ms($0.p50Milliseconds) + ms($0.p99Milliseconds) + ms($0.maxMilliseconds) }
    }
}
