import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Creates a database filled with realistic, invented people, cases, referrals and follow-ups.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "How many people (1 to 5,000,000).")
    var people = 10_000

    @Option(name: .long, help: "Random seed (the same seed gives the same data).")
    var seed: UInt64 = 2026

    func run() throws {
        let context = try Context(options)
        guard let path = options.db else {
            Console.error(BenchText.needDb(context.language))
            throw ExitCode(64)
        }
        let desk = try context.openDesk(path: path, create: true)
        let seconds = try Seeding.seed(desk: desk, people: people, seed: seed, language: context.language)
        let size = try desk.databaseSize()
        Console.print(BenchText.seeded.format(context.language, [
            "people": "\(size.people)", "cases": "\(size.cases)", "referrals": "\(size.referrals)",
            "followups": "\(size.followUps)", "seconds": String(format: "%.1f", seconds), "path": path]))
        Console.print(CLIText.demoLoginsTitle(context.language))
        for login in DemoData.logins {
            Console.print("  \(login.username) / \(login.password) / \(login.role.label(context.language))")
        }
    }
}

/// Seeding with a progress line on standard error, shared by `seed` and `bench`.
enum Seeding {
    static func seed(desk: CaseDesk, people: Int, seed: UInt64, language: Language) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let interactive = isatty(2) == 1
        do {
            _ = try DemoData.seed(into: desk, people: people, seed: seed) { progress in
                guard interactive else { return }
                FileHandle.standardError.write(Data("\r\(progress.phase) \(progress.done)/\(progress.total)   ".utf8))
            }
        } catch let error as StoreError {
            Console.error(error.message(language))
            throw ExitCode(74)
        }
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
