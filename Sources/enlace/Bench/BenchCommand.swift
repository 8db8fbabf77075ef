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

    @Option(name: .long, help: "People to generate when the database is new.")
    var people = 100_000

    @Option(name: .long, help: "Samples per operation.")
    var samples = 200

    @Option(name: .long, help: "Random seed for the generated data and the sampled inputs.")
    var seed: UInt64 = 2026

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    @Flag(name: .long, help: "Drive this binary in tmux on --db (seeded when new) and print key-to-frame latency per activity (--samples keys each), cold start and peak memory.")
    var frames = false

    func run() throws {
        if frames { return try runFrames() }
        let context = try Context(options)
        let lang = context.language
        let path = options.db ?? (NSTemporaryDirectory() + "enlace-bench-\(people).sqlite")
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
        let results = try runner.runAll()
        let size = try desk.databaseSize()
        let report = BenchReport(size: size, seedSeconds: seedSeconds, samples: samples, operations: results)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.table(lang))
        }
    }
}

struct BenchReport: Codable {
    var size: DatabaseSize
    var seedSeconds: Double?
    var samples: Int
    var operations: [LatencySummary]

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
        #if DEBUG
        lines.append(BenchText.releaseHint(language))
        #endif
        return lines.joined(separator: "\n")
    }
}
