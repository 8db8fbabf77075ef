import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

/// `--user` for line-mode commands that act as a signed-in person.
struct SignInOptions: ParsableArguments {
    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?
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

    /// Runs a store call; a StoreError becomes one line on stderr and its exit code.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Console.error(error.message(language))
            throw ExitCode(DeskExit.code(for: error))
        }
    }

    /// Fails with a validation message (exit 65).
    func invalid(_ text: DeskCLIText, _ values: [String: String] = [:]) -> ExitCode {
        Console.error(text.format(language, values))
        return ExitCode(DeskExit.validation)
    }

    /// A case given by id ("42") or number ("2026-000042").
    func caseId(_ text: String) throws -> Int64 {
        if let id = Int64(text) { return id }
        guard let id = try run({ try desk.caseId(number: text, by: user) }) else {
            throw invalid(.unknownCase, ["case": text])
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
        switch error {
        case .invalid, .workflowRefused: return validation
        case .notPermitted, .authenticationFailed, .accountLocked: return permission
        case .conflict: return conflict
        default: return database
        }
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

/// Texts of the referral, follow-up and queue commands, in Spanish and English.
enum DeskCLIText: String, MessageCatalog {
    case unknownCase, badDate, referralDone, followUpDone, followUpNext, needCaseOrQueue
    case detailsMismatch, badAnchor

    var text: LocalizedText {
        switch self {
        case .unknownCase:
            return .init(es: "No encuentro el caso «{case}»: use su número (2026-000123) o su id.", en: "No case “{case}”: use its number (2026-000123) or id.")
        case .badDate:
            return .init(es: "Fecha no válida en --{option}: «{value}». Use AAAA-MM-DD o AAAA-MM-DD HH:MM.", en: "Invalid date for --{option}: “{value}”. Use YYYY-MM-DD or YYYY-MM-DD HH:MM.")
        case .referralDone:
            return .init(es: "Canalización {id}: {status} (versión {version}).", en: "Referral {id}: {status} (version {version}).")
        case .followUpDone:
            return .init(es: "Seguimiento {id}: {status} (versión {version}).", en: "Follow-up {id}: {status} (version {version}).")
        case .followUpNext:
            return .init(es: "Siguiente seguimiento {id} para el {due}.", en: "Next follow-up {id} due {due}.")
        case .needCaseOrQueue:
            return .init(es: "Indique --case, o use «enlace queue followups».", en: "Give --case, or use “enlace queue followups”.")
        case .badAnchor:
            return .init(es: "--after «{value}» no es una clave de esta cola: copie la última columna de la última línea.", en: "--after “{value}” is not a key of this queue: copy the last column of the last line.")
        case .detailsMismatch:
            return .init(es: "Los datos de --details-json no son de una canalización de {kind}.", en: "The --details-json data is not for a {kind} referral.")
        }
    }
}
