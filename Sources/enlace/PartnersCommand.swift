import ArgumentParser
import EnlaceCore
import EnlaceStore
import EnlaceTUI
import Foundation

/// `enlace partners`: the partner directory (admins write; supervisors and admins read it
/// whole; others see the active partners) and its Open Referral HSDS 3.x import and export.
struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "The partner directory: list, show, add, edit, deactivate, activate, import and export (Open Referral HSDS).",
        subcommands: [List.self, Show.self, Add.self, Edit.self, Deactivate.self, Activate.self,
                      Import.self, Export.self])

    enum Format: String, ExpressibleByArgument, CaseIterable { case hsds }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists partners: active first, inactive marked (supervisors and admins see inactive ones).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let partners = try s.run { try PartnersCommand.visible(s) }
            if partners.isEmpty { Console.print(PartnerCLIText.noPartners(s.language)) }
            for p in partners {
                let kinds = ReferralKind.allCases.filter(p.kindsServed.contains).map { $0.label(s.language) }
                let place = [p.city, p.state].compactMap { $0 }.joined(separator: ", ")
                Console.print(([String(p.id), p.name, kinds.joined(separator: ", "), place]
                               + (p.active ? [] : [PartnerCLIText.inactive(s.language)])).joined(separator: " | "))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints every field of one partner.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The partner's number (see `enlace partners list`).") var id: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            PartnersCommand.print(try s.run { try s.desk.partner(id: id) }, s.language)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Adds a partner (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var fields: PartnerFieldOptions

        func run() throws {
            let context = try Context(options)
            var draft = PartnerDraft(name: "")
            try fields.apply(to: &draft, context.language)
            let s = try DeskSession.open(options, signIn)
            let saved = try s.run { try s.desk.addPartner(draft, by: s.user) }
            Console.print(PartnerCLIText.saved(s.language))
            PartnersCommand.print(saved, s.language)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Changes a partner's fields (admins). Only the options given change; an empty value clears a field.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The partner's number.") var id: Int64
        @Option(name: .long, help: "The version you saw (`partners show`); another one is a conflict (exit 75).") var version: Int?
        @OptionGroup var fields: PartnerFieldOptions

        func run() throws {
            let context = try Context(options)
            guard !fields.isEmpty else {
                Console.error(PartnerCLIText.nothingToChange(context.language))
                throw ExitCode(64)
            }
            let s = try DeskSession.open(options, signIn)
            let old = try s.run { try s.desk.partner(id: id) }
            var draft = PartnerDraft(old)
            try fields.apply(to: &draft, s.language)
            let saved = try s.run { try s.desk.editPartner(id: id, draft, version: version ?? old.version, by: s.user) }
            Console.print(PartnerCLIText.saved(s.language))
            PartnersCommand.print(saved, s.language)
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deactivates a partner (admins): it leaves the referral picker and stays on old referrals.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The partner's number.") var id: Int64
        @Option(name: .long, help: "The version you saw; another one is a conflict (exit 75).") var version: Int?

        func run() throws { try PartnersCommand.setActive(false, id, version, options, signIn) }
    }

    struct Activate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reactivates a partner (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The partner's number.") var id: Int64
        @Option(name: .long, help: "The version you saw; another one is a conflict (exit 75).") var version: Int?

        func run() throws { try PartnersCommand.setActive(true, id, version, options, signIn) }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Imports partners from an Open Referral HSDS 3.x folder of CSV files (admins): prints what it would add and change; --apply saves it in one step.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "The file format: hsds (organization.csv, service.csv, location.csv, service_at_location.csv, address.csv, phone.csv, schedule.csv; language.csv and service_area.csv when present).")
        var format: Format
        @Flag(name: .long, help: "Save the import (without it, nothing is written).") var apply = false
        @Argument(help: "The folder holding the CSV files.") var folder: String

        func run() throws {
            let context = try Context(options)
            let language = context.language
            var files: [HSDSTable: [UInt8]] = [:]
            for table in HSDSTable.allCases {
                let path = (folder as NSString).appendingPathComponent(table.fileName)
                guard FileManager.default.fileExists(atPath: path) else { continue }
                guard let data = FileManager.default.contents(atPath: path) else {
                    Console.error(PartnerCLIText.readFailed.format(language, ["path": path]))
                    throw ExitCode(66)
                }
                files[table] = [UInt8](data)
            }
            let entries: [HSDSEntry]
            switch HSDSReader.read(files) {
            case .success(let read): entries = read
            case .failure(let failure): try PartnersCommand.refuse(failure.problems, language)
            }
            let s = try DeskSession.open(options, signIn)
            let plan = try s.run {
                apply ? try s.desk.importPartners(entries, by: s.user) : try s.desk.planPartnerImport(entries, by: s.user)
            }
            guard plan.problems.isEmpty else { try PartnersCommand.refuse(plan.problems, s.language) }
            Console.print(PartnerCLIText.planTitle.format(s.language, ["dir": folder, "n": "\(entries.count)"]))
            for line in plan.lines(s.language) { Console.print("  " + line) }
            Console.print(apply ? PartnerCLIText.applied(s.language) : PartnerCLIText.planApplyHint(s.language))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes the whole directory as Open Referral HSDS 3.x CSV files into a folder (supervisors and admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "The file format: hsds.") var format: Format
        @Argument(help: "The folder to write (created when missing; files of the same names are replaced).") var folder: String

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let partners = try s.run { try s.desk.partnerDirectory(by: s.user) }
            let tables = HSDSWriter.tables(partners)
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for table in HSDSTable.allCases {
                    let url = URL(fileURLWithPath: folder).appendingPathComponent(table.fileName)
                    try Data((tables[table] ?? "").utf8).write(to: url, options: .atomic)
                }
            } catch {
                Console.error(StoreError.writeFailed(path: folder).message(s.language))
                throw ExitCode(73)
            }
            Console.print(PartnerCLIText.exported.format(s.language, ["n": "\(partners.count)", "dir": folder]))
        }
    }

    /// The whole directory for supervisors and admins; the active partners for anyone else.
    static func visible(_ s: DeskSession) throws -> [Partner] {
        do {
            return try s.desk.partnerDirectory(by: s.user)
        } catch StoreError.notPermitted {
            return try s.desk.partners(limit: CaseDesk.maximumPartners)
        }
    }

    static func setActive(_ active: Bool, _ id: Int64, _ version: Int?, _ options: GlobalOptions,
                          _ signIn: SignInOptions) throws {
        let s = try DeskSession.open(options, signIn)
        let saved = try s.run {
            try s.desk.setPartnerActive(id: id, active: active, version: version ?? s.desk.partner(id: id).version, by: s.user)
        }
        Console.print(active ? PartnerCLIText.activated(s.language) : PartnerCLIText.deactivated(s.language))
        print(saved, s.language)
    }

    /// Every problem on its own line, then the count; exit 65.
    static func refuse(_ problems: [HSDSProblem], _ language: Language) throws -> Never {
        for problem in problems { Console.error(problem.text(language)) }
        Console.error(PartnerCLIText.refused.format(language, ["n": "\(problems.count)"]))
        throw ExitCode(65)
    }

    /// "Nombre: …" per field, only those set.
    static func print(_ p: Partner, _ language: Language) {
        typealias T = PartnerStoreText
        func line(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { Console.print("\(label): \(value)") }
        }
        line(PartnerCLIText.labelId(language), p.id)
        line(T.labelName(language), p.name + (p.active ? "" : " " + PartnerCLIText.inactive(language)))
        line(T.labelKinds(language), ReferralKind.allCases.filter(p.kindsServed.contains).map { $0.label(language) }.joined(separator: ", "))
        line(T.labelServiceAreas(language), ServiceArea.allCases.filter(p.serviceAreas.contains).map { $0.label(language) }.joined(separator: ", "))
        line(T.labelAddress(language), p.fullAddress)
        line(T.labelPhone(language), p.phones.map { PhoneNumber(e164: $0)?.localFormat ?? $0 }.joined(separator: " · "))
        line(T.labelEmail(language), p.email)
        line(T.labelHours(language), p.hours)
        line(T.labelLanguages(language), p.languages.map { PartnerLanguage.label($0)(language) }.joined(separator: ", "))
        line(T.labelCost(language), p.cost.map { $0.label(language) })
        line(T.labelAreasServed(language), p.areasServed.joined(separator: "; "))
        line(T.labelResponseDays(language), p.responseDays.map(String.init)
             ?? PartnerCLIText.responseDefault.format(language, ["days": "\(CaseDesk.defaultResponseWorkingDays)"]))
        line(T.labelNotes(language), p.notes)
        line(PartnerCLIText.labelHSDSId(language), p.externalId)
        line(PartnerCLIText.labelVersion(language), "\(p.version)")
    }
}

/// The fields `partners add` and `partners edit` take. A field not given is kept; an empty
/// value clears it.
struct PartnerFieldOptions: ParsableArguments {
    @Option(name: .long, help: "The organization's name.") var name: String?
    @Option(name: .long, help: "Referral kinds it takes, separated by commas: telemedicine, legalAid, funeralAssistance, consularOrientation.") var kinds: String?
    @Option(name: .long, help: "Service areas, separated by commas: health, education, legal.") var areas: String?
    @Option(name: .long, help: "Street and number: \"1800 S Blue Island Ave\".") var address: String?
    @Option(name: .long, help: "City.") var city: String?
    @Option(name: .long, help: "State: IL or Illinois.") var state: String?
    @Option(name: .long, help: "ZIP code.") var zip: String?
    @Option(name: .long, help: "A phone, US or Mexico; repeat for several (the first is the main one).") var phone: [String] = []
    @Option(name: .long, help: "Email.") var email: String?
    @Option(name: .long, help: "Hours, as people write them: \"L-V 9:00-17:00\".") var hours: String?
    @Option(name: .long, help: "Languages spoken, separated by commas: es, en, Mixteco...") var languages: String?
    @Option(name: .long, help: "Cost: free, slidingScale or fee.") var cost: String?
    @Option(name: .long, help: "A state or county served; repeat for several.") var serves: [String] = []
    @Option(name: .long, help: "Notes for caseworkers.") var notes: String?
    @Option(name: .long, help: "Working days it usually takes to answer (1-60); empty for the desk's default.") var responseDays: String?
    @Flag(name: .long, inversion: .prefixedNo, help: "Whether it is a consulate.") var consulate: Bool?

    var isEmpty: Bool {
        name == nil && kinds == nil && areas == nil && address == nil && city == nil && state == nil && zip == nil
            && phone.isEmpty && email == nil && hours == nil && languages == nil && cost == nil && serves.isEmpty
            && notes == nil && responseDays == nil && consulate == nil
    }

    func apply(to d: inout PartnerDraft, _ language: Language) throws {
        func optional(_ value: String?, _ keep: String?) -> String? {
            guard let value else { return keep }
            return value.isEmpty ? nil : value
        }
        func words(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func parsed<T: RawRepresentable & CaseIterable>(_ text: String, _ message: PartnerCLIText) throws -> [T]
        where T.RawValue == String {
            try words(text).map { word in
                guard let value = T.allCases.first(where: { $0.rawValue.lowercased() == word.lowercased() }) else {
                    Console.error(message.format(language, [
                        "value": word, "choices": T.allCases.map(\.rawValue).joined(separator: ", ")]))
                    throw ExitCode(64)
                }
                return value
            }
        }
        if let name { d.name = name }
        if let kinds { d.kindsServed = Set(try parsed(kinds, .unknownKind) as [ReferralKind]) }
        if let areas { d.serviceAreas = Set(try parsed(areas, .unknownArea) as [ServiceArea]) }
        d.address = optional(address, d.address)
        d.city = optional(city, d.city)
        d.state = optional(state, d.state)
        d.postalCode = optional(zip, d.postalCode)
        if !phone.isEmpty { d.phones = phone.filter { !$0.isEmpty } }
        d.email = optional(email, d.email)
        d.hours = optional(hours, d.hours)
        if let languages { d.languages = words(languages) }
        if let cost { d.cost = cost.isEmpty ? nil : (try parsed(cost, .unknownCost) as [PartnerCost]).first }
        if !serves.isEmpty { d.areasServed = serves.filter { !$0.isEmpty } }
        d.notes = optional(notes, d.notes)
        if let responseDays {
            if responseDays.isEmpty { d.responseDays = nil }
            else if let days = Int(responseDays) { d.responseDays = days }
            else { d.responseDays = -1 }  // the store's message says what it takes
        }
        if let consulate { d.isConsulate = consulate }
    }
}
