import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Opens Enlace on a database (the default command).")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Sign in as this user (the sign-in screen asks the password, or it is read from ENLACE_PASSWORD).")
    var user: String?

    @Flag(name: .long, help: "Create the --db file if it does not exist.")
    var create = false

    func run() throws {
        let context = try Context(options)
        let path = context.databasePath(options)
        // The default location is created on first run; a file named with --db must exist
        // unless --create says otherwise, so a typo never starts an empty database.
        let create = self.create || (options.db == nil && context.config.database == nil)
        let desk = try context.openDesk(path: path, create: create)
        if try StoreExit.run(context.language, { try !desk.hasUsers() }) {
            // The first admin account, created on the same full screen as the sign-in.
            guard Console.isInteractive else {
                Console.error(CLIText.noUsersNonInteractive(context.language))
                throw ExitCode(77)
            }
            try context.runSignInAndApp(desk: desk, options: options, setup: .init(firstAdminPath: desk.path))
        } else if user != nil, context.environment["ENLACE_PASSWORD"] != nil {
            // Scripted: the user name and ENLACE_PASSWORD, no screen to type them.
            let account = try SignIn.run(desk: desk, context: context, user: user)
            try context.runApp(desk: desk, user: account, options: options)
        } else {
            // The sign-in screen, full screen, in the same terminal as the app.
            try context.runSignInAndApp(desk: desk, options: options, setup: .init(username: user ?? ""))
        }
    }
}

/// The line-mode sign-in (and first admin) of the commands that print (find, case,
/// referral...) and of scripts with ENLACE_PASSWORD; `enlace` itself uses the sign-in screen.
enum SignIn {
    static func run(desk: CaseDesk, context: Context, user: String?) throws -> UserAccount {
        let lang = context.language
        if try StoreExit.run(lang, { try !desk.hasUsers() }) {
            return try createFirstAdmin(desk: desk, context: context)
        }
        let org = (try? desk.organizationName()) ?? "Enlace"
        let envPassword = context.environment["ENLACE_PASSWORD"]
        if user == nil || envPassword == nil {
            guard Console.isInteractive else {
                Console.error(CLIText.needTerminalForPassword(lang))
                throw ExitCode(77)
            }
            Console.print(CLIText.signInTitle.format(lang, ["org": org]))
        }
        for attempt in 1...3 {
            guard let name = user ?? Console.prompt(CLIText.promptUsername(lang)),
                  let password = (attempt == 1 ? envPassword : nil) ?? Console.password(CLIText.promptPassword(lang)) else {
                throw ExitCode(77)
            }
            let account: UserAccount
            do {
                account = try desk.authenticate(username: name, password: password)
            } catch let error as StoreError {
                // A busy, read-only or full database is not a failed sign-in: its own line and code.
                switch error {
                case .authenticationFailed, .accountLocked: break
                default: _ = try StoreExit.run(lang) { throw error }
                }
                Console.error(CLIText.signInFailed.format(lang, ["reason": error.message(lang)]))
                if case .accountLocked = error { throw ExitCode(77) }
                if envPassword != nil && !Console.isInteractive { throw ExitCode(77) }
                continue
            }
            return try ownPassword(account, current: password, desk: desk, context: context)
        }
        throw ExitCode(77)
    }

    /// A temporary password is replaced before anything else: by ENLACE_NEW_PASSWORD in a
    /// script, else asked twice; without either, the command stops (exit 77) saying how.
    static func ownPassword(_ account: UserAccount, current: String, desk: CaseDesk,
                            context: Context, always: Bool = false) throws -> UserAccount {
        guard account.mustChangePassword || always else { return account }
        let lang = context.language
        if let new = context.environment["ENLACE_NEW_PASSWORD"] {
            let changed = try StoreExit.run(lang) { try desk.changeOwnPassword(of: account, current: current, new: new) }
            Console.print(StaffCLIText.passwordChanged(lang))
            return changed
        }
        guard Console.isInteractive else {
            Console.error(StaffCLIText.mustChangeScripted.format(lang, ["user": account.username]))
            throw ExitCode(77)
        }
        if account.mustChangePassword { Console.print(StaffCLIText.mustChange(lang)) }
        while true {
            guard let new = Console.password(StaffCLIText.promptNew(lang)),
                  let again = Console.password(StaffCLIText.promptNewAgain(lang)) else { throw ExitCode(77) }
            guard new == again else { Console.error(PasswordMessage.mismatch(lang)); continue }
            do {
                let changed = try desk.changeOwnPassword(of: account, current: current, new: new)
                Console.print(StaffCLIText.passwordChanged(lang))
                return changed
            } catch let error as StoreError {
                if case .invalid = error { Console.error(error.message(lang)); continue }
                _ = try StoreExit.run(lang) { throw error }
            }
        }
    }

    static func createFirstAdmin(desk: CaseDesk, context: Context) throws -> UserAccount {
        let lang = context.language
        guard Console.isInteractive else {
            Console.error(CLIText.noUsersNonInteractive(lang))
            throw ExitCode(77)
        }
        Console.print(CLIText.firstRunTitle.format(lang, ["path": desk.path]))
        while true {
            guard let username = Console.prompt(CLIText.promptUsername(lang))?.trimmingCharacters(in: .whitespaces),
                  let displayName = Console.prompt(CLIText.promptDisplayName(lang))?.trimmingCharacters(in: .whitespaces),
                  let password = Console.password(CLIText.promptPassword(lang)),
                  let again = Console.password(CLIText.promptPasswordAgain(lang)) else {
                throw ExitCode(77)
            }
            guard password == again else { Console.error(CLIText.passwordsDiffer(lang)); continue }
            do {
                let account = try desk.createFirstAdmin(username: username, displayName: displayName.isEmpty ? username : displayName, password: password)
                Console.print(CLIText.adminCreated.format(lang, ["user": account.username]))
                if let words = desk.takeRecoveryWords() { KeysCommand.printRecoveryWords(words, lang) }
                return account
            } catch let error as StoreError {
                Console.error(error.message(lang))
            }
        }
    }
}
