import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace org`: the organization's name and how people reach it (printed on referral slips).
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Shows or sets the organization's name, contact details (printed on referral slips) and settings.",
        subcommands: [Show.self, Change.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints the organization's name, phone, address, email and settings, one per line.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try Context(options)
            let desk = try context.openDesk(path: context.databasePath(options), create: false)
            let org = try StoreExit.run(context.language) { try desk.organization() }
            OrgCommand.print(org, context.language)
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Changes the organization's details (admins). Only the options given change; an empty value clears the phone, address or email.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "The organization's name (1 to 120 characters).") var name: String?
        @Option(name: .long, help: "Its phone, US or Mexico, as usually written: \"(312) 555-0100\".") var phone: String?
        @Option(name: .long, help: "Its address, one line: \"1645 W 18th St, Chicago, IL 60608\".") var address: String?
        @Option(name: .long, help: "Its email.") var email: String?
        @Option(name: .customLong("time-zone"), help: "Its IANA time zone: \"America/Chicago\" (empty: the machine's).") var timeZone: String?
        @Option(name: .long, help: "The language terminals start in when none is chosen: es or en.") var language: String?
        @Option(name: .customLong("lock-minutes"), help: "Minutes without a key before a terminal locks (1 to 240); a machine's config file lock_minutes wins.") var lockMinutes: Int?
        @Option(name: .customLong("request-days"), help: "Days to answer an ARCO request (1 to 365; 20 unless set: LFPDPPP).") var requestDays: Int?
        @Option(name: .customLong("retention-years"), help: "Years a person's closed cases are kept before `enlace retention` erases them (1 to 100; 0: keep always).") var retentionYears: Int?
        @Option(name: .long, parsing: .singleValue, help: "A consulate serving its area: its partner id, or a word of its name, city or state (repeatable, or a comma list; \"none\" clears). Replaces the list.")
        var consulate: [String] = []

        func run() throws {
            let context = try Context(options)
            var change = OrganizationChange(name: name, phone: phone, address: address, email: email,
                                            timeZone: timeZone, lockMinutes: lockMinutes)
            (change.requestDays, change.retentionYears) = (requestDays, retentionYears)
            if let language {
                guard let chosen = Language(code: language) else {
                    Console.error("Idioma desconocido «\(language)»: use es o en. / Unknown language “\(language)”: use es or en.")
                    throw ExitCode(64)
                }
                change.defaultLanguage = chosen
            }
            guard !change.isEmpty || !consulate.isEmpty else {
                Console.error(StoreText.organizationNothingToChange(context.language))
                throw ExitCode(64)
            }
            let s = try DeskSession.open(options, signIn)
            if !consulate.isEmpty { change.consulates = try OrgCommand.consulateIds(consulate, s) }
            let org = try s.run { try s.desk.updateOrganization(change, by: s.user) }
            Console.print(StoreText.organizationSaved(s.language))
            OrgCommand.print(org, s.language)
        }
    }

    /// "Nombre de la organización: …" and the contact lines, "sin registrar" when not set.
    static func print(_ org: OrganizationProfile, _ language: Language) {
        let notSet = StoreText.organizationNoContact(language)
        Console.print("\(StoreText.organizationNameLabel(language)): \(org.name.isEmpty ? notSet : org.name)")
        Console.print("\(StoreText.organizationPhone(language)): \(org.phoneForPeople ?? notSet)")
        Console.print("\(StoreText.organizationAddress(language)): \(org.address ?? notSet)")
        Console.print("\(StoreText.organizationEmail(language)): \(org.email ?? notSet)")
        let t = ReferenceDataText.self
        Console.print("\(t.timeZoneLabel(language)): \(org.timeZone ?? t.machineDefault(language))")
        Console.print("\(t.languageLabel(language)): \(org.defaultLanguage.rawValue)")
        let minutes = org.lockMinutes ?? PrivacyState.defaultIdleMinutes
        Console.print("\(t.lockMinutesLabel(language)): \(t.lockMinutesValue.format(language, ["n": "\(minutes)"]))")
        let r = DataRightsText.self
        Console.print("\(r.fieldRequestDays(language)): \(r.requestDaysValue.format(language, ["n": "\(org.requestDays)"]))")
        Console.print("\(r.fieldRetentionYears(language)): \(org.retentionYears.map { r.retentionYearsValue.format(language, ["n": "\($0)"]) } ?? r.retentionKeep(language))")
        let consulates = org.consulates.map { "\($0.name) (#\($0.id))" }
        Console.print("\(t.consulatesLabel(language)): \(consulates.isEmpty ? t.noConsulates(language) : consulates.joined(separator: "; "))")
    }

    /// The partner ids of consulates typed as ids, words of a name or city, or "none".
    static func consulateIds(_ typed: [String], _ s: DeskSession) throws -> [Int64] {
        let words = typed.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if words.map({ $0.lowercased() }) == ["none"] { return [] }
        let choices = try s.run { try s.desk.consulateChoices() }
        return try words.map { word in
            if let id = Int64(word) { return id }
            let folded = NameFolding.searchForm(word)
            let matches = choices.filter { NameFolding.searchForm("\($0.name) \($0.city ?? "") \($0.state ?? "")").contains(folded) }
            guard matches.count == 1 else {
                let t: ReferenceDataText = matches.isEmpty ? .consulateUnknown : .consulateAmbiguous
                Console.error(t.format(s.language, ["name": word, "names": matches.map { "\($0.name) (#\($0.id))" }.joined(separator: "; ")]))
                throw ExitCode(DeskExit.validation)
            }
            return matches[0].id
        }
    }
}
