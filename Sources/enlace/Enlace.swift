import ArgumentParser
import EnlaceCore
#if canImport(Glibc)
import Glibc
#endif

@main
struct Enlace: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "enlace",
        abstract: "Enlace: a keyboard-first case desk for migrant community organizations.",
        discussion: """
            Enlace: mesa de casos para organizaciones de migrantes, manejada con el teclado.

            Without a subcommand, opens the app on the database (--db, the config file, or \
            $XDG_DATA_HOME/enlace/enlace.sqlite). On first run it creates the database and \
            asks for the first admin account. Try it with: enlace demo
            """,
        version: version,
        subcommands: [OpenCommand.self, DemoCommand.self, KeysCommand.self, WorkflowCommand.self,
                      IntakeCommand.self, CaseCommand.self, AuditCommand.self,
                      ReferralCommand.self, FollowUpCommand.self, QueueCommand.self,
                      FindCommand.self, DupesCommand.self, PeopleCommand.self,
                      ReportCommand.self, SeedCommand.self, BenchCommand.self, OrgCommand.self,
                      UserCommand.self, PersonCommand.self, PartnersCommand.self, BackupCommand.self,
                      RestoreCommand.self, ChecklistCommand.self, EventCommand.self, RetentionCommand.self,
                      ImportCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// As ParsableCommand's, with the command line's own errors in the person's language
    /// (`ArgumentErrors`): arguments that are not UTF-8, a first word that names no command
    /// (`UnknownCommand`), and the parser's errors.
    static func main() {
        // A file-size limit (ulimit -f) would kill the process in the middle of a write:
        // ignored, the write fails instead and the person reads why (StoreError.writeFailed).
        signal(SIGXFSZ, SIG_IGN)
        let language = ArgumentErrors.language()
        ArgumentErrors.refuseInvalidUTF8(language)
        if let unknown = UnknownCommand.unknown(in: Array(CommandLine.arguments.dropFirst())) {
            UnknownCommand.refuse(unknown, language)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ArgumentErrors.fail(error, command: self, language)
        }
    }
}
