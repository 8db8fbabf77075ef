import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace person kin`: next-of-kin contacts who are not registered people.
struct PersonKinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kin",
        abstract: "Next-of-kin contacts who are not registered people: name, relationship, phones, where they live (Mexico or US), notes; audited.",
        subcommands: [Add.self, List.self, Edit.self, Remove.self])

    /// The fields of a contact; on `edit` an option left out keeps the stored value.
    struct Fields: ParsableArguments {
        @Option(name: .long, help: "Their name.") var name: String?
        @Option(name: .long, help: "What they are to the person: spouse, partner, child, parent, sibling, grandparent, grandchild, otherRelative, nonRelative.")
        var relationship: String?
        @Option(name: .long, help: "A phone, US or Mexico (repeatable, up to 3; replaces the phones).") var phone: [String] = []
        @Option(name: .long, help: "Where they live: mexico or us (a phone without country code is of that country).") var country: String?
        @Option(name: .long, help: "Town, state or address.") var place: String?
        @Option(name: .long, help: "Notes (when to call, who answers).") var notes: String?

        func apply(to draft: inout KinDraft, _ s: DeskSession) throws {
            if let name { draft.name = name }
            if let relationship { draft.relationship = try PersonFamilyCommand.relationship(relationship, s) }
            if !phone.isEmpty { draft.phones = phone.filter { !$0.isEmpty } }
            if let country {
                guard country.isEmpty || KinCountry(rawValue: country) != nil else {
                    Console.error(FamilyCLIText.badCountry.format(s.language, ["value": country]))
                    throw ExitCode(DeskExit.validation)
                }
                draft.country = KinCountry(rawValue: country)
            }
            if let place { draft.place = place }
            if let notes { draft.notes = notes }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Adds a next-of-kin contact to the person (--name and --relationship needed).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @OptionGroup var fields: Fields

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            var draft = KinDraft(name: "", relationship: .otherRelative)
            guard fields.relationship != nil else {
                Console.error(FamilyCLIText.relationshipRequired.format(s.language, [
                    "values": HouseholdRelationship.allCases.map(\.rawValue).joined(separator: ", ")]))
                throw ExitCode(DeskExit.validation)
            }
            try fields.apply(to: &draft, s)
            let added = try s.run { try s.desk.addKinContact(personId: id, draft, by: s.user) }
            Console.print(FamilyCLIText.kinAdded.format(s.language, ["id": String(added.id), "version": String(added.version)]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the person's next-of-kin contacts, tab-separated: id, version, relationship, name, phones, country, where they live, notes.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64

        func run() throws {
            try PersonFamilyCommand.list(options, signIn, id, \.contacts, empty: .noContacts, header: .contactsHeader) {
                [String($0.id), String($0.version), $0.relationship.rawValue, $0.name, $0.phones.joined(separator: ", "),
                 $0.country?.rawValue, $0.place, $0.notes]
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Corrects a contact: the options given change, the others stay. --if-version is the version listed (changed meanwhile: exit 75).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Option(name: .long, help: "The contact's id (from `kin list`).") var contact: Int64
        @Option(name: .long, help: "The version read (from `kin list`).") var ifVersion: Int
        @OptionGroup var fields: Fields

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let stored = try PersonKinCommand.contact(contact, of: id, s)
            var draft = KinDraft(stored)
            try fields.apply(to: &draft, s)
            let saved = try s.run { try s.desk.updateKinContact(id: contact, draft, version: ifVersion, by: s.user) }
            let text: FamilyCLIText = saved.version == stored.version ? .kinUnchanged : .kinEdited
            Console.print(text.format(s.language, ["id": String(saved.id), "version": String(saved.version)]))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Removes a next-of-kin contact (audited with the values it had).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Option(name: .long, help: "The contact's id (from `kin list`).") var contact: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            _ = try PersonKinCommand.contact(contact, of: id, s)
            let removed = try s.run { try s.desk.removeKinContact(id: contact, by: s.user) }
            Console.print(FamilyCLIText.kinRemoved.format(s.language, ["id": String(removed.id), "name": removed.name]))
        }
    }

    /// The person's contact `id`; another person's (or none) is one line and exit 66.
    static func contact(_ id: Int64, of person: Int64, _ s: DeskSession) throws -> KinContact {
        let household = try s.run { try s.desk.household(personId: person, by: s.user) }
        guard let contact = household.contacts.first(where: { $0.id == id }) else {
            Console.error(FamilyCLIText.notTheirContact.format(s.language, ["id": String(id), "person": String(person)]))
            throw ExitCode(66)
        }
        return contact
    }
}
