import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace bench --fuzz N`: N seeded random inputs (keys, pastes, resizes, pauses) through the
/// real app loop on a fresh temporary demo database, split evenly over every start screen and
/// both languages; every frame checked (it fits the terminal, the footer is the registry's),
/// and the file checked at the end. A crash ends the process after the `fuzz:` line naming its
/// seed on standard error; a broken invariant prints the seed and the replayable sequence.
enum FuzzBench {
    struct Row: Encodable {
        var start: String
        var language: String
        var seed: UInt64
        var inputs: Int
        var keys: Int
        var restarts: Int
        var seconds: Double
        var keysPerSecond: Double
        /// Inputs taken by each screen while on top (the lock and sign-in included).
        var screens: [String: Int] = [:]
        var failure: String?
    }

    struct Report: Encodable {
        var runs: [Row]
        var inputs: Int
        var keys: Int
        var seconds: Double
        var keysPerSecond: Double
        var crashes = 0
        var brokenInvariants: Int
        var integrity: String
        var build: String
        var passed: Bool { brokenInvariants == 0 && integrity == "ok" }

        enum CodingKeys: String, CodingKey {
            case runs, inputs, keys, seconds, keysPerSecond, crashes, brokenInvariants, integrity, build, passed
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(runs, forKey: .runs)
            try c.encode(inputs, forKey: .inputs)
            try c.encode(keys, forKey: .keys)
            try c.encode(seconds, forKey: .seconds)
            try c.encode(keysPerSecond, forKey: .keysPerSecond)
            try c.encode(crashes, forKey: .crashes)
            try c.encode(brokenInvariants, forKey: .brokenInvariants)
            try c.encode(integrity, forKey: .integrity)
            try c.encode(build, forKey: .build)
            try c.encode(passed, forKey: .passed)
        }

        func lines(_ language: Language) -> [String] {
            func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
            func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
            var lines = [FuzzBenchText.header(language)]
            for r in runs {
                lines.append(pad(r.start, 18) + pad(r.language, 6) + lpad("\(r.inputs)", 10) + lpad("\(r.keys)", 10)
                             + lpad("\(r.restarts)", 11) + lpad(String(format: "%.0f", r.keysPerSecond), 10))
            }
            lines.append(FuzzBenchText.totalLine.format(language, [
                "keys": "\(keys)", "inputs": "\(inputs)", "seconds": String(format: "%.1f", seconds),
                "rate": String(format: "%.0f", keysPerSecond), "broken": "\(brokenInvariants)"]))
            lines.append(FuzzBenchText.integrityLine.format(language, ["result": integrity]))
            lines += runs.compactMap(\.failure)
            lines.append(passed ? FuzzBenchText.passed(language) : FuzzBenchText.failed(language))
            return lines
        }
    }

    static func run(_ options: GlobalOptions, inputs total: Int, seed: UInt64, json: Bool) throws {
        let context = try Context(options)
        let lang = context.language
        guard total >= 1 else {
            Console.error(FuzzBenchText.badCount(lang))
            throw ExitCode(64)
        }
        let folder = NSTemporaryDirectory() + "enlace-fuzz-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report: Report
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let desk = try CaseDesk.open(path: folder + "/fuzz.sqlite", create: true, passwordCost: PasswordCost(logN: 8))
            _ = try DemoData.seed(into: desk, people: 200, seed: seed)
            let caseworker = try desk.authenticate(username: "jorge", password: DemoData.password)
            let supervisor = try desk.authenticate(username: "maria", password: DemoData.password)
            // The run that starts at the lock may lock its account with wrong passwords: its own.
            let lockUser = try desk.authenticate(username: "lucia", password: DemoData.password)
            let plan = FuzzStart.allCases.flatMap { start in [Language.es, .en].map { (start, $0) } }
            var runs: [Row] = []
            for (i, (start, language)) in plan.enumerated() {
                let count = total / plan.count + (i < total % plan.count ? 1 : 0)
                guard count > 0 else { continue }
                let runSeed = seed &+ UInt64(i)
                Console.error(FuzzBenchText.starting.format(lang, [
                    "start": start.rawValue, "lang": language.rawValue, "seed": "\(runSeed)", "inputs": "\(count)"]))
                let user = start == .lock ? lockUser : start == .review || start == .reports ? supervisor : caseworker
                let fuzz = KeyFuzzRun(desk: desk, user: user, password: DemoData.password, start: start,
                                      language: language, outputDirectory: URL(fileURLWithPath: folder))
                let began = DispatchTime.now().uptimeNanoseconds
                var row = Row(start: start.rawValue, language: language.rawValue, seed: runSeed, inputs: count,
                              keys: 0, restarts: 0, seconds: 0, keysPerSecond: 0)
                do {
                    let summary = try fuzz.run(seed: runSeed, count: count)
                    row.keys = summary.keys
                    row.restarts = summary.restarts
                    row.screens = summary.screens
                } catch let failure as FuzzFailure {
                    row.inputs = failure.index + 1
                    row.keys = failure.inputs.filter { if case .key = $0 { true } else { false } }.count
                    row.failure = failure.description
                }
                row.seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
                row.keysPerSecond = Double(row.keys) / max(row.seconds, 1e-9)
                runs.append(row)
            }
            let problems = try desk.integrityProblems()
            let seconds = runs.map(\.seconds).reduce(0, +)
            let keys = runs.map(\.keys).reduce(0, +)
            #if DEBUG
            let build = "debug"
            #else
            let build = "release"
            #endif
            report = Report(runs: runs, inputs: runs.map(\.inputs).reduce(0, +), keys: keys, seconds: seconds,
                            keysPerSecond: Double(keys) / max(seconds, 1e-9),
                            brokenInvariants: runs.filter { $0.failure != nil }.count,
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
