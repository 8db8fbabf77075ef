import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace person document`: a person's identity documents. Numbers are printed masked
/// ("••••1234"); `list --reveal` prints them in full, and each one shown is audited.
struct PersonDocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Lists, adds, changes or removes a person's identity documents (matrícula, passport, INE, birth certificate, ITIN, driver's licence, work permit). Numbers are shown masked; --reveal is audited.",
        subcommands: [List.self, Add.self, Edit.self, Remove.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists a person's documents: id, kind, status, number (masked), expiry, version.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Flag(name: .long, help: "Print the full numbers (each one shown is audited).") var reveal = false

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let lines = try s.run { try s.desk.documents(personId: id, by: s.user) }
            try PersonDocumentCommand.printTable(lines, reveal: reveal, s)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Adds a document to a person's record (audited; the number is kept in capitals and digits only).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Option(name: .long, help: "matricula, passport, ine, birthCertificate, itin, driversLicense or workPermit.") var kind: String
        @Option(name: .long, help: "has (default), lost, expired or inProcess.") var status: String = "has"
        @Option(name: .long, help: "The number, where it is needed (spaces and hyphens are dropped).") var number: String?
        @Option(name: .long, help: "Expiry date, as the intake reads dates (2028-05-01, 1/5/2028, 1 mayo 2028).") var expires: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let draft = DocumentDraft(kind: try PersonDocumentCommand.kind(kind, s), status: try PersonDocumentCommand.status(status, s),
                                      number: number, expires: expires ?? "")
            let line = try s.run { try s.desk.addDocument(personId: id, draft, by: s.user) }
            Console.print(PersonDocumentCLIText.added.format(s.language, ["id": String(line.id),
                                                                          "document": PersonDocumentCommand.summary(line, s.language)]))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Changes the fields given of a document and keeps the others. An empty --number or --expires clears it. --if-version is the version listed (a document changed meanwhile is a conflict, exit 75).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The document's id (from `enlace person document list`).") var document: Int64
        @Option(name: .long, help: "The version listed; without it, the current one.") var ifVersion: Int?
        @Option(name: .long, help: "matricula, passport, ine, birthCertificate, itin, driversLicense or workPermit.") var kind: String?
        @Option(name: .long, help: "has, lost, expired or inProcess.") var status: String?
        @Option(name: .long, help: "The number (empty: no number).") var number: String?
        @Option(name: .long, help: "Expiry date (empty: none).") var expires: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let read = try s.run { try s.desk.document(id: document, by: s.user) }
            var draft = DocumentDraft(kind: read.kind, status: read.status, number: nil, expires: read.expiresOn?.iso ?? "")
            if let kind { draft.kind = try PersonDocumentCommand.kind(kind, s) }
            if let status { draft.status = try PersonDocumentCommand.status(status, s) }
            if let number { draft.number = number }
            if let expires { draft.expires = expires }
            let saved = try s.run { try s.desk.editDocument(id: document, draft, version: ifVersion ?? read.version, by: s.user) }
            if saved.changed.isEmpty {
                Console.print(PersonDocumentCLIText.nothingChanged(s.language))
            } else {
                Console.print(PersonDocumentCLIText.edited.format(s.language, [
                    "id": String(document), "fields": saved.changed.joined(separator: ", "),
                    "document": PersonDocumentCommand.summary(saved.line, s.language)]))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Removes a document from a person's record (audited; its number leaves the search).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The document's id.") var document: Int64
        @Option(name: .long, help: "The version listed; without it, the current one.") var ifVersion: Int?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let version = try ifVersion ?? s.run { try s.desk.document(id: document, by: s.user) }.version
            try s.run { try s.desk.removeDocument(id: document, version: version, by: s.user) }
            Console.print(PersonDocumentCLIText.removed.format(s.language, ["id": String(document)]))
        }
    }

    // MARK: - Shared

    static func kind(_ word: String, _ s: DeskSession) throws -> IdentityDocumentKind {
        guard let kind = IdentityDocumentKind.named(word) else {
            Console.error(DocumentProblem.unknownKind(word).message(s.language))
            throw ExitCode(DeskExit.validation)
        }
        return kind
    }

    static func status(_ word: String, _ s: DeskSession) throws -> DocumentStatus {
        guard let status = DocumentStatus.named(word) else {
            Console.error(DocumentProblem.unknownStatus(word).message(s.language))
            throw ExitCode(DeskExit.validation)
        }
        return status
    }

    /// "Matrícula consular · Lo tiene · ••••1234 · vence 2028-05-01".
    static func summary(_ line: PersonDocumentLine, _ language: Language, number: String? = nil) -> String {
        var parts = [line.kind.label(language), line.status.label(language)]
        if let shown = number ?? line.maskedNumber { parts.append(shown) }
        if let expires = line.expiresOn {
            parts.append(PersonDocumentCLIText.expiresShort.format(language, ["date": expires.iso]))
        }
        return parts.joined(separator: " · ")
    }

    /// The lines `enlace person show` adds after the record: languages, interpreter, then one
    /// `document` line per document (id, kind, status, number, expiry, version; raw values).
    static func printFields(_ page: PersonDocumentsPage, reveal: Bool, _ s: DeskSession) throws {
        let languages = page.languages
        Console.print(tsv(["languages", languages.spoken.map(\.rawValue).joined(separator: ", ")]))
        Console.print(tsv(["preferredLanguage", languages.preferred?.rawValue]))
        Console.print(tsv(["needsInterpreter", languages.needsInterpreter ? "yes" : "no"]))
        var revealedAny = false
        for line in page.documents {
            var number = line.maskedNumber
            if reveal, line.maskedNumber != nil {
                number = try s.run { try s.desk.revealDocumentNumber(id: line.id, by: s.user) }
                revealedAny = true
            }
            Console.print(tsv(["document", String(line.id), line.kind.rawValue, line.status.rawValue, number,
                               line.expiresOn?.iso, String(line.version)]))
        }
        if revealedAny { Console.error(PersonDocumentCLIText.revealed(s.language)) }
    }

    /// A header, then one tab-separated line per document; with `reveal`, each number is asked
    /// for in full (one audit row each).
    static func printTable(_ lines: [PersonDocumentLine], reveal: Bool, _ s: DeskSession) throws {
        let lang = s.language
        guard !lines.isEmpty else {
            Console.print(PersonDocumentCLIText.noDocuments(lang))
            return
        }
        typealias F = PersonDocumentStoreText
        Console.print(tsv(["id", F.fieldKind(lang), F.fieldStatus(lang), F.fieldNumber(lang), F.fieldExpires(lang), "version"]))
        var revealedAny = false
        for line in lines {
            var number = line.maskedNumber
            if reveal, line.maskedNumber != nil {
                number = try s.run { try s.desk.revealDocumentNumber(id: line.id, by: s.user) }
                revealedAny = true
            }
            Console.print(tsv([String(line.id), line.kind.label(lang), line.status.label(lang), number,
                               line.expiresOn?.iso, String(line.version)]))
        }
        if revealedAny { Console.error(PersonDocumentCLIText.revealed(lang)) }
    }
}
