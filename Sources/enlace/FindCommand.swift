import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

/// `enlace find QUERY`: people and their cases, one tab-separated line each.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Finds people by name, nickname, near-miss spelling, phone digits, CURP, case or document number.",
        discussion: """
            Prints one line per person, tab-separated: person id, name, case numbers (open \
            first, comma-separated), reasons. Audited as a search. Signs in with --user and \
            ENLACE_PASSWORD, or asks. Also `enlace search`.
            """,
        aliases: ["search"])

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?

    @Option(name: .long, help: "Most people to list (1 to 200).")
    var limit = 20

    @Argument(help: "What to look for, e.g. \"chuy hernandez\", \"0142\", a CURP or 2026-000123.")
    var query: [String]

    func run() throws {
        try PeopleOutput.signedIn(options, user: user) { desk, account, lang in
            let hits = try desk.search(query.joined(separator: " "), by: account, limit: limit)
            if hits.isEmpty { Console.error(StoreText.searchNoResults(lang)) }
            for hit in hits {
                Console.print(PeopleOutput.line([
                    String(hit.personId), hit.listName, hit.caseNumbers.joined(separator: ","),
                    hit.reasons.map { $0.label(lang) }.joined(separator: "; "),
                ]))
            }
        }
    }
}

/// `enlace dupes`: records that may be the same person as the one described.
struct DupesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dupes",
        abstract: "Lists records that may be the same person (CURP, phone, similar name and birth date).",
        discussion: "Prints one line per candidate, tab-separated: person id, name, birth date, score, reasons.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?

    @Option(name: .long, help: "Given names.") var given = ""
    @Option(name: .long, help: "First (paternal) surname.") var surname1 = ""
    @Option(name: .long, help: "Second (maternal) surname.") var surname2 = ""
    @Option(name: .long, help: "Birth date, YYYY-MM-DD or DD/MM/YYYY.") var birth: String?
    @Option(name: .long, help: "A phone number (repeatable).") var phone: [String] = []
    @Option(name: .long, help: "CURP.") var curp: String?
    @Option(name: .long, help: "An existing record to check (left out, with its \"not the same\" decisions).")
    var person: Int64?
    @Option(name: .long, help: "Most candidates to list (1 to 50).") var limit = 10

    func run() throws {
        let context = try Context(options)
        let lang = context.language
        var date: CalendarDate?
        if let birth {
            switch DateInput.parseBirthDate(birth, today: CalendarDate(Date())) {
            case .success(let parsed): date = parsed.date
            case .failure(let problem):
                Console.error(problem.message(lang))
                throw ExitCode(65)
            }
        }
        let desk = try context.openDesk(path: context.databasePath(options), create: false)
        let account = try SignIn.run(desk: desk, context: context, user: user)
        let probe = DuplicateProbe(givenNames: given, firstSurname: surname1, secondSurname: surname2,
                                   birthDate: date, phones: phone, curp: curp, personId: person)
        try PeopleOutput.run(lang) {
            let candidates = try desk.duplicateCandidates(for: probe, by: account, limit: limit)
            if candidates.isEmpty { Console.error(StoreText.duplicatesNone(lang)) }
            for candidate in candidates {
                Console.print(PeopleOutput.line([
                    String(candidate.personId), candidate.listName, candidate.birthDate ?? "",
                    String(candidate.score), candidate.reasons.map { $0.label(lang) }.joined(separator: "; "),
                ]))
            }
        }
    }
}

/// `enlace people link|unlink|not-same A B`.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Links or unlinks duplicate records, or notes that two records are different people.",
        discussion: """
            link A B: record A is a duplicate of B (B survives; supervisors). unlink A B: undoes \
            it. not-same A B: A and B are different people; they are not offered as duplicates \
            again. Every change is audited.
            """)

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case link, unlink, notSame = "not-same"
    }

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?

    @Option(name: .long, help: "Why (kept in the audit trail).")
    var reason: String?

    @Argument(help: "link, unlink or not-same.") var action: Action
    @Argument(help: "Person id A (the duplicate for link/unlink).") var a: Int64
    @Argument(help: "Person id B (the survivor for link/unlink).") var b: Int64

    func run() throws {
        try PeopleOutput.signedIn(options, user: user) { desk, account, lang in
            switch action {
            case .link:
                try desk.linkPeople(duplicate: a, survivor: b, by: account, reason: reason)
                Console.print(StoreText.peopleLinked.format(lang, ["duplicate": "\(a)", "survivor": "\(b)"]))
            case .unlink:
                try desk.unlinkPeople(duplicate: a, survivor: b, by: account, reason: reason)
                Console.print(StoreText.peopleUnlinked.format(lang, ["duplicate": "\(a)", "survivor": "\(b)"]))
            case .notSame:
                try desk.markNotSamePerson(a: a, b: b, by: account)
                Console.print(StoreText.peopleMarkedDistinct.format(lang, ["a": "\(a)", "b": "\(b)"]))
            }
        }
    }
}

enum PeopleOutput {
    /// Fields joined by tabs; tabs and line breaks inside a field become spaces.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        }.joined(separator: "\t")
    }

    /// Signs in to the database of `options`, then runs `body` as `run` does.
    static func signedIn(_ options: GlobalOptions, user: String?,
                         _ body: (CaseDesk, UserAccount, Language) throws -> Void) throws {
        let context = try Context(options)
        let lang = context.language
        let desk = try context.openDesk(path: context.databasePath(options), create: false)
        let account = try SignIn.run(desk: desk, context: context, user: user)
        try run(lang) { try body(desk, account, lang) }
    }

    /// Runs `body`; a store error is printed in `lang` and exits with its code.
    static func run(_ lang: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StoreError {
            Console.error(error.message(lang))
            throw ExitCode(exitCode(error))
        }
    }

    static func exitCode(_ error: StoreError) -> Int32 {
        switch error {
        case .notPermitted, .authenticationFailed, .accountLocked: return 77
        case .invalid: return 65
        default: return 74
        }
    }
}
