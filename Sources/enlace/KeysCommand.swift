import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace keys`: the keyboard's keys (the default, as Markdown), and the database's
/// encryption keys (admins): status, init (an older file), rotate, recover.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Prints every command and its keys as Markdown (the default); status, init, rotate and recover manage the database's encryption keys.",
        subcommands: [Bindings.self, Status.self, Init.self, Rotate.self, Recover.self],
        defaultSubcommand: Bindings.self)

    struct Bindings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Prints every command and its keys, and the keys handled inside screens and fields, as Markdown.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try Context(options)
            print(CommandRegistry.standard.keysMarkdown(context.language), terminator: "")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Whether sensitive data is encrypted, the key generations, accounts without a key (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let status = try s.run { try s.desk.keyStatus(by: s.user) }
            let lang = s.language
            guard status.encrypted else {
                Console.print(KeysCLIText.statusPlain(lang))
                return
            }
            Console.print(KeysCLIText.statusEncrypted(lang))
            for generation in status.generations {
                if let retired = generation.retiredAt {
                    Console.print(KeysCLIText.statusRetired.format(lang, [
                        "n": String(generation.number), "date": stamp(generation.createdAt), "retired": stamp(retired)]))
                } else {
                    Console.print(KeysCLIText.statusGeneration.format(lang, [
                        "n": String(generation.number), "date": stamp(generation.createdAt)]))
                }
            }
            if !status.accountsWithoutKey.isEmpty {
                Console.print(KeysCLIText.statusWithoutKey.format(lang, ["users": status.accountsWithoutKey.joined(separator: ", ")]))
            }
            Console.print(KeysCLIText.statusToSeal.format(lang, ["n": String(status.valuesToSeal)]))
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Encrypts a database made by an earlier version (admins): a sealed backup first, then the keyring and the recovery words (printed once), then every sensitive value in batches while others keep working.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let lang = s.language
            guard let password = s.context.environment["ENLACE_PASSWORD"] ?? Console.password(KeysCLIText.promptPassword(lang))
            else { throw ExitCode(77) }
            let report = try s.run {
                try s.desk.encryptDatabase(by: s.user, password: password) { table, rows in
                    Console.error(KeysCLIText.sealing.format(lang, ["table": table, "n": String(rows)]))
                }
            }
            Console.print(KeysCLIText.encrypted.format(lang, ["n": String(report.rowsSealed)]))
            if let path = report.backupPath { Console.print(KeysCLIText.backupSealed.format(lang, ["path": path])) }
            if let words = report.recoveryWords { KeysCommand.printRecoveryWords(words, lang) }
            if !report.accountsWithoutKey.isEmpty {
                Console.print(KeysCLIText.needReset.format(lang, ["users": report.accountsWithoutKey.joined(separator: ", ")]))
            }
        }
    }

    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Makes a new data key, seals every sensitive value again in batches while the desk works, and retires the older keys (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let lang = s.language
            let report = try s.run {
                try s.desk.rotateKeys(by: s.user) { table, rows in
                    Console.error(KeysCLIText.sealing.format(lang, ["table": table, "n": String(rows)]))
                }
            }
            Console.print(KeysCLIText.rotated.format(lang, ["n": String(report.generation), "rows": String(report.rowsSealed)]))
            if !report.accountsWithoutKey.isEmpty {
                Console.print(KeysCLIText.needReset.format(lang, ["users": report.accountsWithoutKey.joined(separator: ", ")]))
            }
        }
    }

    struct Recover: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Resets a forgotten password with the organization's recovery words (read without echo, or from ENLACE_RECOVERY_WORDS); prints a temporary password.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account whose password is forgotten.") var username: String

        func run() throws {
            let context = try Context(options)
            let lang = context.language
            let desk = try StoreExit.run(lang) { try context.openDesk(path: context.databasePath(options), create: false) }
            let typed = context.environment["ENLACE_RECOVERY_WORDS"]
                ?? (Console.isInteractive ? Console.password(KeysCLIText.promptWords(lang)) : nil)
            guard let typed else {
                Console.error(KeysCLIText.wordsNeeded(lang))
                throw ExitCode(77)
            }
            let temporary = try StoreExit.run(lang) { try desk.recoverAccount(username: username, words: typed) }
            Console.print(KeysCLIText.recovered.format(lang, ["user": username, "password": temporary]))
        }
    }

    /// The recovery words, numbered, six to a line, between what they are and how to keep them.
    static func printRecoveryWords(_ words: [String], _ lang: Language) {
        Console.print(KeysCLIText.recoveryTitle(lang))
        let numbered = words.enumerated().map { "\($0.offset + 1). \($0.element)".padding(toLength: 13, withPad: " ", startingAt: 0) }
        for start in stride(from: 0, to: numbered.count, by: 6) {
            Console.print("  " + numbered[start..<min(start + 6, numbered.count)].joined().trimmingCharacters(in: .whitespaces))
        }
        Console.print(KeysCLIText.recoveryKeep(lang))
    }
}
