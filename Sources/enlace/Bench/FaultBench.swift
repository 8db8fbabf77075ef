import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace bench --faults`: the proof under faults. Writer processes of this very binary
/// killed with SIGKILL at random (seeded) moments, then the file checked and every write a
/// process reported present; then processes editing one case at once with the version they
/// read, every conflict refused (exit 75) and no edit lost.
struct FaultOptions: ParsableArguments {
    @Flag(name: .long, help: "Fault runs instead of latencies: writers killed at random moments (SIGKILL), and concurrent edits of one case.")
    var faults = false

    @Option(name: .long, help: "With --faults: kill rounds of 3 writer processes each.")
    var rounds = 100

    @Option(name: .long, help: "With --faults: edits of one case by each of the 4 concurrent processes; with --audit-chain: steps of each writer.")
    var edits = 500

    @Flag(name: .customLong("audit-chain"), help: "Instead of latencies: 4 writer processes append to the audit chain (--edits steps each), then verify (0 breaks); then --audit-rows rows and the verify time.")
    var auditChain = false

    @Option(name: .customLong("audit-rows"), help: "With --audit-chain: audit rows to append before timing verify (0: none).")
    var auditRows = 1_000_000

    @Flag(name: .long, help: "Instead of latencies: `enlace backup` while 4 writer processes write, then `enlace restore` of it, every write reported before the backup looked for.")
    var backupUnderWrites = false
}

/// A fresh demo database in a private temporary folder, the accounts the bench acts as, and
/// the environment the writer processes sign in with.
struct FaultFixture {
    let folder: String
    let path: String
    let desk: CaseDesk
    let binary: String
    let environment: [String: String]
    let caseworker: UserAccount
    let supervisor: UserAccount
    var random: SplitMix

    init(seed: UInt64) throws {
        folder = NSTemporaryDirectory() + "enlace-faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        path = folder + "/faults.sqlite"
        // A throwaway database: its accounts get a cheap password hash, so that the thousands
        // of processes signing in spend their time writing, not hashing.
        desk = try CaseDesk.open(path: path, create: true, passwordCost: PasswordCost(logN: 8))
        _ = try DemoData.seed(into: desk, people: 30, seed: seed)
        caseworker = try desk.authenticate(username: "jorge", password: DemoData.password)
        supervisor = try desk.authenticate(username: "maria", password: DemoData.password)
        binary = ChildProcess.ownBinary
        var env = ProcessInfo.processInfo.environment
        env["ENLACE_PASSWORD"] = DemoData.password
        env["ENLACE_LANG"] = "en"
        env["XDG_CONFIG_HOME"] = folder
        env["SWIFT_BACKTRACE"] = "enable=no"
        environment = env
        random = SplitMix(seed: seed)
    }

    /// A new case of jorge's (taken, with consent), opened in this process.
    func openCase(_ surname: String) throws -> OpenedCase {
        let person = PersonDraft(givenNames: "Rosa", firstSurname: "Prueba", secondSurname: surname,
                                 birthDate: "1981-02-03", phones: [PhoneDraft("(312) 555-0199")],
                                 city: "Chicago", usState: "IL")
        return try desk.intake(IntakeRequest(person: .new(person), area: .legal, priority: .normal,
                                             description: "fault bench",
                                             consent: ConsentGiven(method: .verbal, scope: [.keepRecord])),
                               by: caseworker).opened
    }

    /// Runs `enlace ARGS` to its end.
    func run(_ arguments: [String]) throws -> ChildProcess.Ending {
        try ChildProcess.run(binary, arguments + ["--db", path], environment: environment, folder: folder)
    }

    func start(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(binary, arguments + ["--db", path], environment: environment, folder: folder)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

struct FaultReport: Encodable {
    var killRounds: KillRoundsResult
    var lostUpdates: LostUpdatesResult
    /// "ok", or SQLite's problems with the file at the end.
    var integrity: String
    var build: String
    var passed: Bool {
        killRounds.lost == 0 && killRounds.errors == 0 && killRounds.integrityFailures == 0
            && lostUpdates.lost == 0 && lostUpdates.errors == 0 && lostUpdates.overwrites == 0
            && lostUpdates.applied == lostUpdates.processes * lostUpdates.editsEach && integrity == "ok"
    }

    enum CodingKeys: String, CodingKey { case killRounds, lostUpdates, integrity, build, passed }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(killRounds, forKey: .killRounds)
        try c.encode(lostUpdates, forKey: .lostUpdates)
        try c.encode(integrity, forKey: .integrity)
        try c.encode(build, forKey: .build)
        try c.encode(passed, forKey: .passed)
    }

    func lines(_ language: Language) -> [String] {
        let k = killRounds, l = lostUpdates
        var lines = [
            FaultBenchText.killLine.format(language, [
                "rounds": "\(k.rounds)", "writers": "\(k.writers)", "killed": "\(k.killed)",
                "confirmed": "\(k.confirmed)", "lost": "\(k.lost)", "errors": "\(k.errors)",
                "bad": "\(k.integrityFailures)"]),
            FaultBenchText.lostLine.format(language, [
                "processes": "\(l.processes)", "edits": "\(l.editsEach)", "applied": "\(l.applied)",
                "conflicts": "\(l.conflicts)", "lost": "\(l.lost)", "overwrites": "\(l.overwrites)",
                "errors": "\(l.errors)", "from": "\(l.initialVersion)", "to": "\(l.finalVersion)",
                "audit": "\(l.auditRows)"]),
            FaultBenchText.integrityLine.format(language, ["result": integrity]),
        ]
        lines += k.problems + l.problems
        lines.append(passed ? FaultBenchText.passed(language) : FaultBenchText.failed(language))
        return lines
    }
}

enum FaultBench {
    /// `bench --backup-under-writes`: prints the figures (lines, or JSON); exit 1 on any loss.
    static func runBackup(_ options: GlobalOptions, seed: UInt64, json: Bool) throws {
        let lang = try Context(options).language
        let fixture: FaultFixture
        do {
            fixture = try FaultFixture(seed: seed)
        } catch let error as StoreError {
            Console.error(error.message(lang))
            throw ExitCode(74)
        }
        defer { fixture.remove() }
        let result = try StoreExit.run(lang) { try BackupUnderWrites.run(fixture) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            Console.print(BackupDeskText.underWritesLine.format(lang, [
                "before": "\(result.writesBefore)", "during": "\(result.writesDuring)", "after": "\(result.writesAfter)",
                "ms": "\(result.backupMilliseconds)", "size": BackupDeskText.size(result.backupBytes),
                "lost": "\(result.lostBefore)", "integrity": result.restoredIntegrity]))
            result.problems.forEach { Console.print($0) }
            Console.print(result.passed ? FaultBenchText.passed(lang) : FaultBenchText.failed(lang))
        }
        if !result.passed { throw ExitCode(1) }
    }

    /// Runs both, prints the figures (a table, or JSON), and fails (exit 1) on any loss.
    static func run(_ options: GlobalOptions, _ faults: FaultOptions, seed: UInt64, json: Bool) throws {
        let context = try Context(options)
        let lang = context.language
        guard faults.rounds >= 1, faults.edits >= 1 else {
            Console.error(FaultBenchText.badCounts(lang))
            throw ExitCode(64)
        }
        var fixture: FaultFixture
        do {
            fixture = try FaultFixture(seed: seed)
        } catch let error as StoreError {
            Console.error(error.message(lang))
            throw ExitCode(74)
        }
        defer { fixture.remove() }
        let report: FaultReport
        do {
            let kills = try KillRounds.run(&fixture, rounds: faults.rounds) { round in
                if !json && isatty(2) == 1 {
                    FileHandle.standardError.write(Data("\r\(round)/\(faults.rounds)   ".utf8))
                }
            }
            if !json && isatty(2) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let updates = try LostUpdates.run(fixture, processes: 4, edits: faults.edits)
            let problems = try fixture.desk.integrityProblems()
            #if DEBUG
            let build = "debug"
            #else
            let build = "release"
            #endif
            report = FaultReport(killRounds: kills, lostUpdates: updates,
                                 integrity: problems.isEmpty ? "ok" : problems.joined(separator: "; "), build: build)
        } catch let error as StoreError {
            Console.error(error.message(lang))
            throw ExitCode(74)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            report.lines(lang).forEach { Console.print($0) }
        }
        if !report.passed { throw ExitCode(1) }
    }
}
