import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace bench --audit-chain [--edits N] [--audit-rows M]`: the audit chain under four writer
/// processes of this binary (N steps each: a person viewed, one chained row a step), then
/// `verify` (0 breaks expected); then M rows appended and the time `verify` takes over them.
enum AuditChainBench {
    struct Result: Encodable {
        var processes = 4
        var stepsEach = 0
        var failedSteps = 0
        var rowsAdded = 0
        var breaks = 0
        var breakLine: String?
        var verifiedRows = 0
        var verifySeconds = 0.0
        var rowsPerSecond = 0.0
        var build = ""
        var passed: Bool { failedSteps == 0 && breaks == 0 && rowsAdded == processes * stepsEach }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var value = 0
        func add() { lock.lock(); value += 1; lock.unlock() }
    }

    static func run(_ options: GlobalOptions, steps: Int, rows: Int, seed: UInt64, json: Bool) throws {
        let lang = try Context(options).language
        let fixture = try StoreExit.run(lang) { try FaultFixture(seed: seed) }
        defer { fixture.remove() }
        var result = Result(stepsEach: steps)
        #if DEBUG
        result.build = "debug"
        #else
        result.build = "release"
        #endif
        let desk = fixture.desk, supervisor = fixture.supervisor
        let views = { try desk.personAccess(id: 1, limit: 1, by: supervisor).total }
        let before = try StoreExit.run(lang) { try views() }
        let failed = Counter()
        DispatchQueue.concurrentPerform(iterations: result.processes) { _ in
            for _ in 0..<steps {
                let ending = try? fixture.run(["person", "show", "1", "--user", "maria"])
                if ending?.status != 0 { failed.add() }
            }
        }
        result.failedSteps = failed.value
        // Each step's view; the second count's own access row taken off.
        result.rowsAdded = try StoreExit.run(lang) { try views() } - before - 1
        let walked = try StoreExit.run(lang) { try desk.verifyAudit(by: supervisor) }
        result.breaks = walked.firstBreak == nil ? 0 : 1
        result.breakLine = walked.firstBreak?.text(lang)
        if rows > 0 {
            try StoreExit.run(lang) { try desk.benchAppendAuditRows(rows, actor: supervisor.id) }
            let started = Date()
            let big = try StoreExit.run(lang) { try desk.verifyAudit(by: supervisor) }
            result.verifySeconds = Date().timeIntervalSince(started)
            result.verifiedRows = big.rows
            result.rowsPerSecond = Double(big.rows) / max(result.verifySeconds, 1e-9)
            if big.firstBreak != nil { result.breaks += 1 }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            let t = AuditChainBenchText.self
            Console.print(t.writers.format(lang, ["processes": "\(result.processes)", "steps": "\(steps)",
                                                  "added": "\(result.rowsAdded)", "failed": "\(result.failedSteps)",
                                                  "breaks": "\(result.breaks)"]))
            if let line = result.breakLine { Console.print(line) }
            if rows > 0 {
                Console.print(t.verify.format(lang, ["rows": "\(result.verifiedRows)",
                                                     "seconds": String(format: "%.2f", result.verifySeconds),
                                                     "rate": String(format: "%.0f", result.rowsPerSecond),
                                                     "build": result.build]))
            }
            Console.print((result.passed ? t.passed : t.failed)(lang))
        }
        if !result.passed { throw ExitCode(1) }
    }
}
