import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace user`: the organization's staff accounts (admins), and one's own password.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Staff accounts: add, list, roles, deactivate, activate, reset a password, unlock (admins); change your own password.",
        subcommands: [Add.self, List.self, Roles.self, Deactivate.self, Activate.self, ResetPassword.self,
                      Unlock.self, Password.self],
        defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Adds an account with a temporary password (printed once) that must be changed at the first sign-in.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The new user name: 2 to 32 letters, digits, '.', '_' or '-'.") var username: String
        @Option(name: .long, help: "The person's name as colleagues read it.") var name: String
        @Option(name: .long, help: "A role: volunteer, caseworker, supervisor or admin (repeat for several).")
        var role: [String] = []

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let roles = try UserCommand.roles(role, s)
            var random = SystemRandomNumberGenerator()
            let temporary = TemporaryPassword.generate(using: &random)
            let account = try s.run {
                try s.desk.createUser(by: s.user, username: username, displayName: name, roles: roles,
                                      password: temporary, temporary: true)
            }
            Console.print(StaffCLIText.created.format(s.language, [
                "user": account.username, "name": account.displayName, "roles": account.rolesLabel(s.language)]))
            Console.print(StaffCLIText.temporaryPassword.format(s.language, ["password": temporary]))
            Console.print(StaffCLIText.tellThem(s.language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the accounts, tab-separated: user, name, roles, status, last sign-in (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let staff = try s.run { try s.desk.staff(by: s.user) }
            let lang = s.language
            Console.print(StaffCLIText.header(lang))
            for member in staff {
                var status = [member.active ? StaffCLIText.active(lang) : StaffCLIText.inactive(lang)]
                if member.isLocked(at: Date()) { status.append(StaffCLIText.locked(lang)) }
                if member.mustChangePassword { status.append(StaffCLIText.temporary(lang)) }
                Console.print(tsv([member.username, member.displayName, member.rolesLabel(lang),
                                   status.joined(separator: ", "),
                                   member.lastSignIn.map { stamp($0) } ?? StaffCLIText.never(lang)]))
            }
        }
    }

    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "role",
            abstract: "Sets an account's roles: every --role given, and only those (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The user name.") var username: String
        @Option(name: .long, help: "A role: volunteer, caseworker, supervisor or admin (repeat for several).")
        var role: [String] = []

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let roles = try UserCommand.roles(role, s)
            let member = try s.run { try s.desk.changeStaff(username: username, .roles(roles), by: s.user) }
            Console.print(StaffCLIText.rolesChanged.format(s.language, ["user": member.username, "roles": member.rolesLabel(s.language)]))
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deactivates an account: it can no longer sign in; its name stays in the audit (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The user name.") var username: String

        func run() throws { try UserCommand.change(options, signIn, username, .deactivate, .deactivated) }
    }

    struct Activate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Activates a deactivated account again (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The user name.") var username: String

        func run() throws { try UserCommand.change(options, signIn, username, .activate, .activated) }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Unlocks an account locked by five wrong passwords (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The user name.") var username: String

        func run() throws { try UserCommand.change(options, signIn, username, .unlock, .unlocked) }
    }

    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Gives an account a new temporary password (printed once): the old one stops working at once, and terminals signed in as it lock at their next idle tick (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The user name.") var username: String

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            var random = SystemRandomNumberGenerator()
            let temporary = TemporaryPassword.generate(using: &random)
            let member = try s.run { try s.desk.changeStaff(username: username, .resetPassword(temporary: temporary), by: s.user) }
            Console.print(StaffCLIText.passwordReset.format(s.language, ["user": member.username]))
            Console.print(StaffCLIText.temporaryPassword.format(s.language, ["password": temporary]))
            Console.print(StaffCLIText.tellThem(s.language))
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Changes your own password (asked twice; in a script, ENLACE_PASSWORD and ENLACE_NEW_PASSWORD).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let context = try Context(options)
            let lang = context.language
            let desk = try context.openDesk(path: context.databasePath(options), create: false)
            let interactive = Console.isInteractive
            guard let name = signIn.user ?? (interactive ? Console.prompt(CLIText.promptUsername(lang)) : nil),
                  let current = context.environment["ENLACE_PASSWORD"]
                    ?? (interactive ? Console.password(StaffCLIText.promptCurrent(lang)) : nil) else {
                Console.error(CLIText.needTerminalForPassword(lang))
                throw ExitCode(77)
            }
            let account = try StoreExit.run(lang) { try desk.authenticate(username: name, password: current) }
            _ = try SignIn.ownPassword(account, current: current, desk: desk, context: context, always: true)
        }
    }

    /// The roles named by `--role` (at least one; unknown names exit 64).
    static func roles(_ names: [String], _ s: DeskSession) throws -> Set<Role> {
        var roles = Set<Role>()
        for name in names.flatMap({ $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces).lowercased() } }) {
            guard let role = Role(rawValue: name) else {
                Console.error(StaffCLIText.unknownRole.format(s.language, ["role": name]))
                throw ExitCode(64)
            }
            roles.insert(role)
        }
        guard !roles.isEmpty else {
            Console.error(StaffText.rolesRequired(s.language))
            throw ExitCode(64)
        }
        return roles
    }

    static func change(_ options: GlobalOptions, _ signIn: SignInOptions, _ username: String,
                       _ change: StaffChange, _ said: StaffCLIText) throws {
        let s = try DeskSession.open(options, signIn)
        let member = try s.run { try s.desk.changeStaff(username: username, change, by: s.user) }
        Console.print(said.format(s.language, ["user": member.username]))
    }
}
