import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Creates (or reopens) a demo database of realistic, invented people and opens Enlace on it.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "How many people the demo database gets when it is created.")
    var people = 2_000

    @Option(name: .long, help: "Random seed for the demo data (the same seed gives the same people).")
    var seed: UInt64 = 2026

    @Flag(name: .long, help: "Create the demo database and print the logins, without opening the app.")
    var noOpen = false

    @Option(name: .customLong("as"), help: "Sign in straight away as this demo user (maria, jorge, lucia, pedro, admin); without it the sign-in screen lists them.")
    var signInAs: String?

    func run() throws {
        let context = try Context(options)
        let lang = context.language
        let path = options.db ?? Self.defaultPath(context.environment)
        let exists = FileManager.default.fileExists(atPath: path)
        let desk = try context.openDesk(path: path, create: !exists)
        if !exists || (try? desk.hasUsers()) == false {
            Console.print(CLIText.demoCreating.format(lang, ["n": "\(people)", "path": path]))
            do {
                _ = try DemoData.seed(into: desk, people: people, seed: seed)
            } catch let error as StoreError {
                Console.error(error.message(lang))
                throw ExitCode(74)
            }
            Console.print(CLIText.demoCreated(lang))
        } else {
            Console.print(CLIText.demoOpening.format(lang, ["path": path]))
        }
        Console.print(CLIText.demoLoginsTitle(lang))
        for login in DemoData.logins {
            Console.print("  \(login.username) / \(login.password) / \(login.role.label(lang))")
        }
        if noOpen { return }
        guard let signInAs else {
            try context.runSignInAndApp(desk: desk, options: options, setup: .init(demoLogins: DemoData.logins))
            return
        }
        guard let supervisor = DemoData.logins.first(where: { $0.username == signInAs }) else {
            Console.error(CLIText.signInFailed.format(lang, ["reason": StoreError.authenticationFailed.message(lang)]))
            throw ExitCode(77)
        }
        let account: UserAccount
        do {
            account = try desk.authenticate(username: supervisor.username, password: supervisor.password)
        } catch let error as StoreError {
            Console.error(CLIText.signInFailed.format(lang, ["reason": error.message(lang)]))
            throw ExitCode(77)
        }
        Console.print(CLIText.demoSignedInAs.format(lang, ["user": account.username, "role": account.role.label(lang)]))
        try context.runApp(desk: desk, user: account, options: options)
    }

    static func defaultPath(_ environment: [String: String]) -> String {
        let data = CaseDesk.defaultDatabasePath(environment: environment)
        return (data as NSString).deletingLastPathComponent + "/demo.sqlite"
    }
}
