import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// Where a backup passphrase comes from, in this order: `--passphrase-file` (its first line),
/// `ENLACE_BACKUP_PASSPHRASE`, else asked at the terminal without echo (twice when sealing).
struct PassphraseOptions: ParsableArguments {
    @Option(name: .long, help: "Read the passphrase from the first line of this file (else ENLACE_BACKUP_PASSPHRASE, else it is asked at the terminal, without echo).")
    var passphraseFile: String?

    /// The passphrase, or an exit with one clear line.
    func read(_ context: Context, twice: Bool) throws -> String {
        let lang = context.language
        if let file = passphraseFile {
            guard let data = FileManager.default.contents(atPath: file),
                  let text = String(data: data, encoding: .utf8) else {
                Console.error(BackupDeskText.passphraseFileUnreadable.format(lang, ["path": file]))
                throw ExitCode(66)
            }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        if let env = context.environment["ENLACE_BACKUP_PASSPHRASE"] { return env }
        guard Console.isInteractive, let first = Console.password(BackupDeskText.promptPassphrase(lang)) else {
            Console.error(BackupDeskText.passphraseNeedsTerminal(lang))
            throw ExitCode(65)
        }
        if twice {
            guard Console.password(BackupDeskText.promptPassphraseAgain(lang)) == first else {
                Console.error(BackupDeskText.passphraseMismatch(lang))
                throw ExitCode(65)
            }
        }
        return first
    }
}

/// `enlace backup`: takes, lists and configures backups (admins).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Takes a checked backup of the database while others keep working (admins); lists backups; sets where they go and when to warn.",
        subcommands: [Take.self, List.self, Settings.self],
        defaultSubcommand: Take.self)

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "take",
            abstract: "Copies the database (SQLite online backup), checks the copy (integrity_check, every table's row count) and writes it mode 0600, never replacing a file.",
            discussion: """
                Without --to the backup goes to the folder set with `enlace backup settings --folder`, \
                or beside the database, named <database>-backup-<UTC time>.sqlite. --to takes a new \
                file name or an existing folder. With --encrypt the copy is sealed with AES-GCM under \
                a key derived (scrypt) from a passphrase: asked twice at the terminal, without echo, \
                or read from --passphrase-file or ENLACE_BACKUP_PASSPHRASE (at least 10 characters).
                """)
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "A new file, or an existing folder, for the backup.") var to: String?
        @Flag(name: .long, help: "Seal the backup with a passphrase (AES-GCM, scrypt).") var encrypt = false
        @OptionGroup var passphrase: PassphraseOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            // Permission first, so that nobody types a passphrase for a refusal.
            _ = try s.run { try s.desk.backupStatus(limit: 1, by: s.user) }
            let secret = encrypt ? try passphrase.read(s.context, twice: true) : nil
            let record = try s.run {
                try s.desk.takeBackup(BackupRequest(destination: to, passphrase: secret), by: s.user)
            }
            Console.print(BackupDeskText.backupDone.format(s.language, [
                "path": record.path, "size": BackupDeskText.size(record.sizeBytes),
                "rows": "\(record.rowsChecked)", "tables": "\(record.tablesChecked)"]))
            if record.encrypted { Console.print(BackupDeskText.backupSealed(s.language)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints the last backup, the warning when it is older than the configured days, the settings, then the recent backups (tab-separated).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "How many backups to list (1 to 1000).") var limit = 20

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let status = try s.run { try s.desk.backupStatus(limit: limit, by: s.user) }
            BackupDeskText.statusLines(status, s.language).forEach { Console.print($0) }
            guard !status.recent.isEmpty else { return }
            Console.print(BackupDeskText.listHeader(s.language))
            for b in status.recent {
                Console.print(tsv([BackupDeskText.time(b.takenAt), b.takenBy, "\(b.sizeBytes)",
                                   b.encrypted ? BackupDeskText.yes(s.language) : BackupDeskText.no(s.language),
                                   "\(b.rowsChecked)", b.path]))
            }
        }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sets after how many days without a backup the admin screen warns, and the folder backups go to (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "Warn when the last backup is older than this many days (1 to 365; 7 at first).") var warnDays: Int?
        @Option(name: .long, help: "Full path of the folder for backups; \"\" to put them beside the database again.") var folder: String?

        func run() throws {
            let context = try Context(options)
            guard warnDays != nil || folder != nil else {
                Console.error(BackupDeskText.settingsNothing(context.language))
                throw ExitCode(64)
            }
            let s = try DeskSession.open(options, signIn)
            let status = try s.run {
                let before = try s.desk.backupStatus(limit: 1, by: s.user)
                _ = try s.desk.updateBackupSettings(warnAfterDays: warnDays, folder: folder,
                                                    version: before.settings.version, by: s.user)
                return try s.desk.backupStatus(limit: 1, by: s.user)
            }
            Console.print(BackupDeskText.settingsSaved(s.language))
            BackupDeskText.statusLines(status, s.language).forEach { Console.print($0) }
        }
    }
}

/// `enlace restore PATH`: puts a backup in place of the database, keeping the current file.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Puts a backup in place of the database (--db), after checking it; the current file is kept aside, renamed, never deleted.",
        discussion: """
            Refused, with nothing changed: a file that is not an Enlace backup, a damaged one, one \
            from a newer Enlace, a wrong passphrase, a folder that cannot be written, and a \
            database that another program has open (close Enlace in every terminal first). An \
            encrypted backup's passphrase is asked at the terminal, or read from --passphrase-file \
            or ENLACE_BACKUP_PASSPHRASE. No sign-in: the current database may be the damaged one.
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The backup file.") var backup: String
    @OptionGroup var passphrase: PassphraseOptions

    func run() throws {
        let context = try Context(options)
        let lang = context.language
        let target = context.databasePath(options)
        let secret = CaseDesk.isSealedBackup(backup) ? try passphrase.read(context, twice: false) : nil
        let outcome = try StoreExit.run(lang) {
            try CaseDesk.restore(from: backup, onto: target, passphrase: secret)
        }
        Console.print(BackupDeskText.restoreDone.format(lang, [
            "backup": backup, "path": outcome.path, "rows": "\(outcome.check.rows)",
            "tables": "\(outcome.check.tables)"]))
        if let aside = outcome.keptAside {
            Console.print(BackupDeskText.restoreKeptAside.format(lang, ["path": aside]))
        } else {
            Console.print(BackupDeskText.restoreNothingAside(lang))
        }
    }
}
