import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

/// `enlace org`: the organization's name and how people reach it (printed on referral slips).
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Shows or sets the organization's name, phone, address and email (printed on referral slips).",
        subcommands: [Show.self, Change.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints the organization's name, phone, address and email, one per line.")
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

        func run() throws {
            let change = OrganizationChange(name: name, phone: phone, address: address, email: email)
            let context = try Context(options)
            guard !change.isEmpty else {
                Console.error(StoreText.organizationNothingToChange(context.language))
                throw ExitCode(64)
            }
            let s = try DeskSession.open(options, signIn)
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
    }
}
