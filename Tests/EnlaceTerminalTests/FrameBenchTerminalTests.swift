import Foundation
import Testing

/// `enlace bench --frames` on a small seeded database: the real binary in tmux, typed at by a
/// script; the output has every activity with figures (no timing thresholds: figures only).
struct FrameBenchTerminalTests {
    @Test func benchFramesPrintsEveryActivityWithFiguresColdStartAndMemory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-frames-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["LANG": "C.UTF-8", "HOME": dir.path, "XDG_DATA_HOME": dir.path, "XDG_CONFIG_HOME": dir.path,
                   "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        let db = dir.appendingPathComponent("frames.sqlite").path
        let seeded = try runEnlace(["seed", "--db", db, "--people", "300"], environment: env)
        #expect(seeded.status == 0, "\(seeded.err)")

        let r = try runEnlace(["bench", "--frames", "--db", db, "--samples", "8"], environment: env)
        #expect(r.status == 0, "\(r.err)\n\(r.out)")
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("actividad") && $0.contains("p50 ms") && $0.contains("p99 ms") })
        for activity in ["search.typing", "search.results", "intake.typing", "caseList.moving", "case.opening"] {
            let line = try #require(lines.first { $0.hasPrefix(activity + " ") }, "no line for \(activity):\n\(r.out)")
            let figures = line.split(separator: " ").dropFirst().compactMap { Double($0) }
            try #require(figures.count == 4, "\(line)")
            let (n, p50, p99, max) = (figures[0], figures[1], figures[2], figures[3])
            #expect(n >= (activity == "search.results" ? 1 : 8), "\(line)")
            #expect(p50 > 0 && p50 <= p99 && p99 <= max, "\(line)")
        }
        let cold = try #require(lines.first { $0.hasPrefix("Arranque en frío") }, "\(r.out)")
        #expect(cold.range(of: #": \d+ ms$"#, options: .regularExpression) != nil, "\(cold)")
        let memory = try #require(lines.first { $0.hasPrefix("Memoria residente máxima") }, "\(r.out)")
        let mb = Double(memory.split(separator: " ").dropLast().last ?? "") ?? 0
        #expect(mb > 1, "\(memory)")
    }
}
