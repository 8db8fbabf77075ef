import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace person`: a person's record, and its correction.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Shows a person's record, or corrects and completes it (audited with old and new values).",
        subcommands: [Show.self, Edit.self, Export.self, PersonDocumentCommand.self, PersonLanguagesCommand.self,
                      PersonFamilyCommand.self, PersonKinCommand.self, PersonRequestCommand.self, PersonOpposeCommand.self,
                      PersonHoldCommand.self, PersonEraseCommand.self, PersonAccessCommand.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints a person's record, one field per line, then languages and documents (numbers masked; --reveal prints them in full, audited). The view is audited.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Flag(name: .long, help: "Print document numbers in full (each one shown is audited).") var reveal = false

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let page = try s.run { try s.desk.personPage(id: id, by: s.user) }
            PersonCommand.print(page.record, s.language)
            try PersonDocumentCommand.printFields(page.documents, reveal: reveal, s)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Changes the fields given and keeps the others, with the intake's checks. --if-version is the version read (a record changed meanwhile is a conflict, exit 75). An empty value clears a field; --phone replaces every phone.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Option(name: .long, help: "The version read (from `enlace person show`).") var ifVersion: Int
        @Option(name: .long, help: "Given names.") var given: String?
        @Option(name: .long, help: "First surname (paterno).") var surname1: String?
        @Option(name: .long, help: "Second surname (materno).") var surname2: String?
        @Option(name: .long, help: "Preferred name or nickname.") var preferred: String?
        @Option(name: .long, help: "Date of birth: YYYY-MM-DD or DD/MM/YYYY.") var birth: String?
        @Option(name: .long, help: "female, male, nonBinary, other or notStated.") var sex: String?
        @Option(name: .long, help: "A phone, US or Mexico (repeatable; replaces the phones).") var phone: [String] = []
        @Option(name: .long, help: "Email.") var email: String?
        @Option(name: .long, help: "CURP (18 characters).") var curp: String?
        @Option(name: .long, help: "US city.") var city: String?
        @Option(name: .long, help: "US state, two letters.") var usState: String?
        @Option(name: .long, help: "ZIP code.") var zip: String?
        @Option(name: .long, help: "State of origin in Mexico.") var originState: String?
        @Option(name: .long, help: "Municipality of origin.") var originMunicipality: String?
        @Option(name: .long, help: "Hometown association or federation.") var hometown: String?
        @Option(name: .long, help: "A pending rectification request this correction answers (supervisors).") var request: Int64?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let record = try s.run { try s.desk.person(id: id, by: s.user) }
            var draft = PersonDraft(record)
            if let given { draft.givenNames = given }
            if let surname1 { draft.firstSurname = surname1 }
            if let surname2 { draft.secondSurname = surname2 }
            if let preferred { draft.preferredName = preferred }
            if let birth { draft.birthDate = birth; if !birth.isEmpty { draft.approximateAge = nil } }
            if let sex {
                guard sex.isEmpty || SexGender(rawValue: sex) != nil else {
                    Console.error(PersonCLIText.badSex.format(s.language, ["value": sex]))
                    throw ExitCode(DeskExit.validation)
                }
                draft.sex = SexGender(rawValue: sex)
            }
            if !phone.isEmpty { draft.phones = phone.filter { !$0.isEmpty }.map { PhoneDraft($0) } }
            if let email { draft.email = email }
            if let curp { draft.curp = curp }
            if let city { draft.city = city }
            if let usState { draft.usState = usState }
            if let zip { draft.zip = zip }
            if let originState { draft.originState = originState }
            if let originMunicipality { draft.originMunicipality = originMunicipality }
            if let hometown { draft.hometownAssociation = hometown }
            let saved = try s.run { try s.desk.updatePerson(id: id, draft, version: ifVersion, by: s.user, request: request) }
            let lang = s.language
            if saved.changed.isEmpty {
                Console.print(PersonCLIText.nothingChanged(lang))
            } else {
                Console.print(PersonCLIText.saved.format(lang, ["fields": saved.changed.joined(separator: ", ")]))
            }
            for warning in saved.warnings { Console.print("\(warning.label(lang)): \(warning.message(lang))") }
            for candidate in saved.duplicates {
                Console.print(PersonCLIText.possibleDuplicate.format(lang, [
                    "id": String(candidate.personId), "name": candidate.listName]))
            }
            PersonCommand.print(saved.record, lang)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes, for the person, everything held about them (the right of access): record, cases, notes, referrals with the partner and consent, follow-ups, who viewed or changed it. Supervisors; audited. Readable text in both languages, or --format json; to standard output, or a new 0600 file with --to.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Option(name: .long, help: "text (default) or json.") var format: String = "text"
        @Option(name: .long, help: "Write to this file (mode 0600) instead of standard output.") var to: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            guard format == "text" || format == "json" else {
                Console.error(PersonCLIText.badFormat.format(s.language, ["value": format]))
                throw ExitCode(64)
            }
            let file = try s.run { try s.desk.personFile(id: id, by: s.user) }
            let org = (try? s.desk.organizationName()) ?? ""
            let text = format == "json" ? try PersonFileText.json(file)
                : PersonFileText.render(file, organization: org, timeZone: .current)
            guard let to else {
                Console.print(String(text.dropLast()))
                return
            }
            do {
                try PrivateFile.write(text, to: URL(fileURLWithPath: to))
            } catch let failure as PrivateFile.Failure {
                Console.error(PersonCLIText.cannotWrite.format(s.language, ["path": failure.path,
                                                                            "reason": String(cString: strerror(failure.errno))]))
                throw ExitCode(73)
            }
            Console.print(PersonCLIText.written.format(s.language, ["path": to]))
        }
    }

    static func print(_ record: PersonRecord, _ language: Language) {
        let lines: [(String, String?)] = [
            ("id", String(record.id)), ("version", String(record.version)),
            ("givenNames", record.name.givenNames), ("firstSurname", record.name.firstSurname),
            ("secondSurname", record.name.secondSurname), ("preferredName", record.name.preferredName),
            ("birthDate", record.birthDate?.iso), ("approximateAge", record.approximateAge.map(String.init)),
            ("sex", record.sex), ("phones", record.phones.map(\.e164).joined(separator: ", ")),
            ("email", record.email), ("curp", record.curp), ("city", record.city), ("usState", record.usState),
            ("zip", record.zip), ("originState", record.originState), ("originMunicipality", record.originMunicipality),
            ("hometownAssociation", record.hometownAssociation),
        ]
        for (field, value) in lines { Console.print(tsv([field, value ?? ""])) }
    }
}
