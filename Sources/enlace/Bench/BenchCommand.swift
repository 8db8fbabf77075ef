import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Seeds (or reuses --db) a database of N people and prints p50/p99 of each operation.",
        discussion: "Build in release mode for representative figures: swift run -c release enlace bench --people 1000000")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "People to generate when the database is new; several sizes separated by commas (10000,100000,1000000) measure each in one run, to show growth.")
    var people = "100000"

    @Option(name: .long, help: "With several sizes: the folder of the databases (enlace-bench-N.sqlite, reused when present).")
    var dir: String?

    @Flag(name: .long, help: "Measure only the search kinds beside the raw queries.")
    var searchOnly = false

    @Option(name: .long, help: "Samples per operation.")
    var samples = 200

    @Option(name: .long, help: "Random seed for the generated data and the sampled inputs.")
    var seed: UInt64 = 2026

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    @OptionGroup var faults: FaultOptions

    @Flag(name: .long, help: "Drive this binary in tmux on --db (seeded when new) and print key-to-frame latency per activity (--samples keys each), cold start and peak memory.")
    var frames = false

    @Option(name: .long, help: "Fuzz instead of latencies: N seeded random keys, pastes and resizes over every screen, both languages, on a fresh demo database; every frame checked, then the file.")
    var fuzz: Int?

    @Option(name: .customLong("event-terminals"), help: "Instead of latencies: N processes registering people at one event at once (quick intakes), then the file checked.")
    var eventTerminals: Int?

    @Option(name: .long, help: "With --event-terminals: quick intakes per terminal.")
    var intakes = 500

    @Option(name: .customLong("import"), help: "Instead of latencies: a generated sign-in sheet of N rows reviewed (parse and intake checks, then the duplicate lookup among --import-people demo people) and committed as one batch.")
    var importRows: Int?
    @Option(name: .customLong("import-people"), help: "With --import: demo people already in the database.") var importPeople = 10_000

    func run() throws {
        if let importRows { return try ImportBench.run(options, rows: importRows, people: importPeople, seed: seed, json: json) }
        if let eventTerminals {
            return try EventBench.run(options, terminals: eventTerminals, intakes: intakes, seed: seed, json: json)
        }
        if let fuzz { return try FuzzBench.run(options, inputs: fuzz, seed: seed, json: json) }
        if faults.backupUnderWrites { return try FaultBench.runBackup(options, seed: seed, json: json) }
        if faults.faults { return try FaultBench.run(options, faults, seed: seed, json: json) }
        if faults.auditChain { return try AuditChainBench.run(options, steps: faults.edits, rows: faults.auditRows, seed: seed, json: json) }
        if frames { return try runFrames() }
        let context = try Context(options)
        let lang = context.language
        let parsed = people.split(separator: ",", omittingEmptySubsequences: false)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        let sizes = parsed.compactMap { $0 }
        guard !sizes.isEmpty, sizes.count == parsed.count, sizes.allSatisfy({ $0 > 0 }) else {
            Console.error(BenchText.badSizes.format(lang, ["value": people]))
            throw ExitCode(64)
        }
        var reports: [BenchReport] = []
        for size in sizes {
            let path = sizes.count == 1 && options.db != nil ? options.db!
                : (dir ?? NSTemporaryDirectory()) + "/enlace-bench-\(size).sqlite"
            reports.append(try measure(path: path, people: size, context: context))
            if !json {
                print(reports.last!.table(lang))
                print("")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let value: any Encodable = reports.count == 1 ? reports[0] : reports
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        } else if reports.count > 1 {
            print(BenchReport.growth(reports, lang))
        }
    }

    private func measure(path: String, people: Int, context: Context) throws -> BenchReport {
        let lang = context.language
        let exists = FileManager.default.fileExists(atPath: path)
        let desk = try context.openDesk(path: path, create: true)
        var seedSeconds: Double?
        if exists, (try? desk.hasUsers()) == true {
            if !json { Console.print(BenchText.reusing.format(lang, ["path": path])) }
        } else {
            if !json { Console.print(BenchText.seeding.format(lang, ["people": "\(people)", "path": path])) }
            seedSeconds = try Seeding.seed(desk: desk, people: people, seed: seed, language: lang)
        }
        var runner = try BenchRunner(desk: desk, samples: max(1, samples), seed: seed)
        let side = try SearchBench(desk: desk, actor: runner.supervisor, samples: max(1, samples), seed: seed).run()
        let results = searchOnly ? [] : try runner.runAll()
        return BenchReport(size: try desk.databaseSize(), seedSeconds: seedSeconds, samples: samples,
                           operations: results + [side.audit], search: side.pairs)
    }
}

struct BenchReport: Codable {
    var size: DatabaseSize
    var seedSeconds: Double?
    var samples: Int
    var operations: [LatencySummary]
    /// Each search kind beside its raw query.
    var search: [SearchBench.Pair] = []

    func table(_ language: Language) -> String {
        var lines: [String] = []
        lines.append(BenchText.sizeLine.format(language, [
            "people": "\(size.people)", "cases": "\(size.cases)", "referrals": "\(size.referrals)",
            "followups": "\(size.followUps)", "mb": String(format: "%.0f", Double(size.fileBytes) / 1_048_576),
            "samples": "\(samples)"]))
        if let seedSeconds {
            lines.append(String(format: language == .es ? "Generación: %.1f s" : "Seeding: %.1f s", seedSeconds))
        }
        let nameWidth = max(10, operations.map(\.name.count).max() ?? 10)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        lines.append(pad(BenchText.header(language), nameWidth) + lpad("n", 6) + lpad("p50 ms", 10) + lpad("p99 ms", 10) + lpad("max ms", 10))
        for op in operations {
            lines.append(pad(op.name, nameWidth) + lpad("\(op.samples)", 6)
                         + lpad(String(format: "%.2f", op.p50Milliseconds), 10)
                         + lpad(String(format: "%.2f", op.p99Milliseconds), 10)
                         + lpad(String(format: "%.2f", op.maxMilliseconds), 10))
        }
        lines.append("")
        lines += SearchBench.table(search, language)
        #if DEBUG
        lines.append(BenchText.releaseHint(language))
        #endif
        return lines.joined(separator: "\n")
    }

    /// p50 / p99 of each search kind (and its ratio to the raw query) at each size.
    static func growth(_ reports: [BenchReport], _ language: Language) -> String {
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        var lines = [language == .es ? "Crecimiento (p50 / p99 ms, × crudo a p99):" : "Growth (p50 / p99 ms, × raw at p99):"]
        lines.append(pad("", 20) + reports.map { lpad("\($0.size.people)", 22) }.joined())
        for kind in reports[0].search.map(\.kind) {
            var line = pad(kind, 20)
            for report in reports {
                guard let p = report.search.first(where: { $0.kind == kind }) else { line += lpad("-", 22); continue }
                line += lpad(String(format: "%.2f / %.2f (%.1f×)", p.search.p50Milliseconds,
                                    p.search.p99Milliseconds, p.ratioP99), 22)
            }
            lines.append(line)
        }
        for name in reports[0].operations.map(\.name) where name.hasPrefix("intake") || name.hasPrefix("search.audit") {
            var line = pad(name, 20)
            for report in reports {
                let op = report.operations.first { $0.name == name }
                line += lpad(op.map { String(format: "%.2f / %.2f", $0.p50Milliseconds, $0.p99Milliseconds) } ?? "-", 22)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
