import ArgumentParser
import EnlaceCore
import EnlaceStore
import EnlaceTUI
import Foundation

/// `enlace person access N [--format table|csv] [--all]`: who viewed or changed the person's
/// record, cases and referrals, and when, newest first (supervisors). The read is audited; the
/// audit checkpoint of its own row follows the table, or goes to standard error beside a CSV.
struct PersonAccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Lists who viewed or changed a person's record, cases and referrals, and when, newest first (supervisors; audited). --format csv writes RFC 4180 CSV; --all every row (audited as an export), else the newest 1,000.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The person's id.") var id: Int64
    @Option(name: .long, help: "table (tab-separated, default) or csv.") var format: String = "table"
    @Flag(name: .long, help: "Every row (audited as an export), not only the newest 1,000.") var all = false

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        guard format == "table" || format == "csv" else {
            Console.error(PersonCLIText.badFormat.format(s.language, ["value": format]))
            throw ExitCode(64)
        }
        let page = try s.run {
            all ? try s.desk.exportPersonAccess(id: id, by: s.user) : try s.desk.personAccess(id: id, by: s.user)
        }
        let table = PersonAccessCSV.table(page.entries, language: s.language, timeZone: .current)
        let line = AuditChainText.checkpointLabel.format(s.language, ["checkpoint": page.checkpoint.argument])
        if format == "csv" {
            FileHandle.standardOutput.write(CSVReportWriter.data(table, language: s.language))
            Console.error(line)
            return
        }
        Console.print(tsv(table.columns.map { $0.title(s.language) }))
        for row in table.rows { Console.print(tsv(row.map { $0.text(s.language) })) }
        Console.print(PersonAccessText.count.format(s.language, ["n": String(page.total)]))
        Console.print(line)
    }
}
