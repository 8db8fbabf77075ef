import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `--user` for line-mode commands that act as a signed-in person.
struct SignInOptions: ParsableArguments {
    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?

    init() {}

    init(user: String?) {
        self.user = user
    }
}

/// A signed-in line-mode session: the database and the person acting.
struct DeskSession {
    let context: Context
    let desk: CaseDesk
    let user: UserAccount

    var language: Language { context.language }

    /// Opens the existing database (never creates one) and signs in.
    static func open(_ options: GlobalOptions, _ signIn: SignInOptions) throws -> DeskSession {
        let context = try Context(options)
        let desk = try context.openDesk(path: context.databasePath(options), create: false)
        let user = try SignIn.run(desk: desk, context: context, user: signIn.user)
        return DeskSession(context: context, desk: desk, user: user)
    }

    /// Runs a store call; a StoreError becomes clear lines on stderr and its exit code.
    func run<T>(_ body: () throws -> T) throws -> T {
        try StoreExit.run(language, body)
    }

    /// Fails with a validation message (exit 65).
    func invalid(_ text: DeskCLIText, _ values: [String: String] = [:]) -> ExitCode {
        Console.error(text.format(language, values))
        return ExitCode(DeskExit.validation)
    }

    /// A case given by id ("42") or number ("2026-000042"); an unknown one exits 66.
    func caseId(_ text: String) throws -> Int64 {
        let id = try run { try desk.caseId(for: text) }
        guard let id else {
            Console.error(DeskCLIText.unknownCase.format(language, ["case": text]))
            throw ExitCode(66)
        }
        return id
    }

    /// A date typed as "2026-11-24 10:00", "2026-11-24T10:00" or "2026-11-24" (local time;
    /// a date alone means 09:00).
    func date(_ text: String, option: String) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for format in ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        formatter.dateFormat = "yyyy-MM-dd"
        if let day = formatter.date(from: trimmed) {
            return Calendar.current.date(byAdding: .hour, value: 9, to: day)!
        }
        throw invalid(.badDate, ["option": option, "value": text])
    }
}

enum DeskExit {
    static let validation: Int32 = 65
    static let database: Int32 = 74
    static let conflict: Int32 = 75
    static let permission: Int32 = 77

    static func code(for error: StoreError) -> Int32 {
        StoreExit.code(for: error)
    }
}

/// Values given on the command line, parsed from their raw names.
extension ReferralKind: ExpressibleByArgument {}
extension ReferralUrgency: ExpressibleByArgument {}
extension ReferralOutcome: ExpressibleByArgument {}
extension FollowUpChannel: ExpressibleByArgument {}
extension TelemedicineModality: ExpressibleByArgument {}
extension InsuranceCoverage: ExpressibleByArgument {}
extension SpokenLanguage: ExpressibleByArgument {}
extension LegalMatter: ExpressibleByArgument {}
extension ConsularProcedure: ExpressibleByArgument {}
extension BodyLocation: ExpressibleByArgument {}
extension FuneralDisposition: ExpressibleByArgument {}
extension FollowUpScope: ExpressibleByArgument {}
extension FollowUpRange: ExpressibleByArgument {}

/// One tab-separated line; tabs and new lines inside a value become spaces.
func tsv(_ values: [String?]) -> String {
    values.map { ($0 ?? "").replacingOccurrences(of: "\t", with: " ")
        .replacingOccurrences(of: "\n", with: " ") }
        .joined(separator: "\t")
}

/// A time for tab-separated output: "2026-11-24 10:00" (local time).
func stamp(_ date: Date?) -> String {
    guard let date else { return "" }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone.current
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
}

