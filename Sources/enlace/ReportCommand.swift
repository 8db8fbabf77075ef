import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

/// How `enlace report` prints a table.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// `enlace report NAME`: any report, as an aligned table, CSV or JSON, for scripting a
/// board's monthly figures. Supervisors only; the case list is audited.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Prints a report (supervisors): enlace report NAME [--from YYYY-MM-DD --to YYYY-MM-DD --format table|csv|json].",
        discussion: """
            Reports: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")). See them with --list.
            Review figures (open-by-age ... closures-awaiting) are as of now and take no dates.
            --aggregate gives counts for sharing: cells from 1 to 4 show as "<5", totals are dropped.
            The case list ("cases") is person-level: supervisors only, each export audited.
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The report's name (see --list).") var name: String?
    @Flag(name: .long, help: "List the reports and what they show.") var list = false
    @Option(name: .long, help: "First day of the period, YYYY-MM-DD (UTC).") var from: String?
    @Option(name: .long, help: "Last day of the period, YYYY-MM-DD (UTC), included.") var to: String?
    @Option(name: .long, help: "table, csv or json.") var format: ReportFormat = .table
    @Flag(name: .long, help: "Start CSV with a byte order mark (for spreadsheet programs).") var bom = false
    @Flag(name: .long, help: "Counts for sharing: small cells suppressed, no totals.") var aggregate = false
    @Option(name: .long, help: "Only this caseworker's cases (user name).") var caseworker: String?
    @Option(name: .long, help: "Only this referral kind.") var kind: ReferralKind?
    @Flag(name: .long, help: "Include sensitive fields (case list: the description).") var sensitive = false

    func run() throws {
        let language = try Context(options).language
        if list {
            Console.print(ReportText.cliListHeading(language))
            for report in ReportKind.allCases {
                Console.print(tsv([report.rawValue, report.title(language)]))
            }
            return
        }
        let report = try checkedKind(language)
        var filter = ReportFilter(from: try day(from, "--from", language), to: try day(to, "--to", language), kind: kind)
        if let f = filter.from, let t = filter.to, t < f {
            Console.error(ReportText.cliDatesReversed.format(language, ["from": f.iso, "to": t.iso]))
            throw ExitCode(DeskExit.validation)
        }
        let session = try DeskSession.open(options, signIn)
        if let caseworker { filter.caseworkerId = try session.userId(caseworker) }
        let table = try session.run {
            aggregate ? try session.desk.sharedReport(report, filter: filter, by: session.user)
                : try session.desk.report(report, filter: filter, includeSensitive: sensitive, by: session.user)
        }
        switch format {
        case .table: FileHandle.standardOutput.write(Data(TextTableWriter.text(table, language: language).utf8))
        case .csv: FileHandle.standardOutput.write(CSVReportWriter.data(table, language: language, byteOrderMark: bom))
        case .json: FileHandle.standardOutput.write(try JSONReportWriter.data(table, language: language) + Data("\n".utf8))
        }
        // The audit chain's checkpoint: under a table; on the terminal (stderr) beside a CSV
        // or JSON, which stay plain data.
        if let point = try session.run({ try session.desk.auditCheckpoint() }) {
            let line = AuditChainText.checkpointLabel.format(language, ["checkpoint": point.argument])
            if format == .table { Console.print("\n" + line) } else { Console.error(line) }
        }
    }

    /// The report named, with only the options it takes; exit 65 otherwise.
    func checkedKind(_ language: Language) throws -> ReportKind {
        guard let name else {
            Console.error(ReportText.cliNameRequired(language))
            throw ExitCode(DeskExit.validation)
        }
        guard let report = ReportKind(rawValue: name) else {
            Console.error(ReportText.cliUnknownReport.format(language, ["name": name]))
            throw ExitCode(DeskExit.validation)
        }
        let refused: [(Bool, String)] = [
            ((from != nil || to != nil) && !report.acceptsDateRange, "--from/--to"),
            (caseworker != nil && !report.acceptsCaseworker, "--caseworker"),
            (kind != nil && !report.acceptsKind, "--kind"),
            (sensitive && !report.isPersonLevel, "--sensitive"),
        ]
        if let option = refused.first(where: \.0)?.1 {
            Console.error(ReportText.cliNoFilter.format(language, ["name": name, "option": option]))
            throw ExitCode(DeskExit.validation)
        }
        if aggregate && report.isPersonLevel {
            Console.error(ReportText.cliPersonLevelNotAggregate.format(language, ["name": name]))
            throw ExitCode(DeskExit.validation)
        }
        return report
    }

    func day(_ text: String?, _ option: String, _ language: Language) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            Console.error(ReportText.cliBadDate.format(language, ["option": option, "value": text]))
            throw ExitCode(DeskExit.validation)
        }
        return date
    }
}
