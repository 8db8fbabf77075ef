#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The bench hook: with `ENLACE_FRAME_LOG=PATH` the terminal loop appends to PATH, tab
/// separated, one line per key read and a few more, so `enlace bench --frames` can measure
/// what a person waits for:
///
///     pid     <process id>                        once, when the terminal starts
///     start   <screen>  <ns>                      the first frame: process start to its flush
///     key     <screen>  <ns>                      a key: read (screen it was typed on) to the
///                                                 end of the flush of the frame that shows it
///     answer  <screen>  <ns>                      work that waited for quiet (a search) was
///                                                 drawn: the last key read to that flush
///
/// Nanoseconds are monotonic. Without the variable nothing is measured or written.
public final class FrameLog {
    public static let environmentKey = "ENLACE_FRAME_LOG"

    private let handle: FileHandle
    private var keys: [(screen: String, readAt: UInt64)] = []
    private var lastKeyReadAt: UInt64?
    private var answerShown = false
    private var started = false

    /// Opens the log named by the environment (appending), or nil when none is named or it
    /// cannot be opened (the app runs the same, unmeasured).
    public init?(environment: [String: String]) {
        guard let path = environment[Self.environmentKey], !path.isEmpty else { return nil }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil,
                                                 attributes: [.posixPermissions: 0o600]) else { return nil }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        handle.seekToEndOfFile()
        self.handle = handle
        write("pid\t\(getpid())")
    }

    deinit { try? handle.close() }

    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// A key was read at `at`, on `screen`.
    func keyRead(screen: String, at: UInt64) {
        keys.append((screen, at))
        lastKeyReadAt = at
    }

    /// Work that waited for quiet has been applied: the next frame shows its answer.
    func answerApplied() { answerShown = true }

    /// A frame has been flushed, showing `screen`: the keys read since the last one (and an
    /// answer, the first frame) are written.
    func frameFlushed(screen: String) {
        let end = Self.now()
        var lines: [String] = []
        if !started {
            started = true
            if let ns = Self.sinceProcessStart() { lines.append("start\t\(screen)\t\(ns)") }
        }
        for key in keys { lines.append("key\t\(key.screen)\t\(end &- key.readAt)") }
        keys = []
        if answerShown, let last = lastKeyReadAt {
            lines.append("answer\t\(screen)\t\(end &- last)")
        }
        answerShown = false
        if !lines.isEmpty { write(lines.joined(separator: "\n")) }
    }

    private func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }

    /// Nanoseconds since this process started: /proc/self/stat's start time (clock ticks since
    /// boot, 10 ms apart on Linux) against CLOCK_BOOTTIME; nil where there is no /proc.
    static func sinceProcessStart() -> UInt64? {
        #if os(Linux)
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name start at field 3 (state); starttime is field 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = UInt64(fields[19]) else { return nil }
        let hz = UInt64(max(1, sysconf(Int32(_SC_CLK_TCK))))
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        let nowNs = UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
        let startNs = ticks * 1_000_000_000 / hz
        return nowNs > startNs ? nowNs - startNs : nil
        #else
        return nil
        #endif
    }
}
