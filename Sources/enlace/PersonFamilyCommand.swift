import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace person family`: household links between registered people.
struct PersonFamilyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "family",
        abstract: "Links registered people of one household (spouse, partner, child, parent, sibling, grandparent, grandchild, otherRelative, nonRelative); audited, reversible.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "`add N --to M --as child` records that M is the child of N (shown from both records; M's record shows N as parent).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id (N).") var id: Int64
        @Option(name: .long, help: "The related person's id (M).") var to: Int64
        @Option(name: .customLong("as"), help: "What M is to N: spouse, partner, child, parent, sibling, grandparent, grandchild, otherRelative, nonRelative.")
        var relationship: String

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let rel = try PersonFamilyCommand.relationship(relationship, s)
            let relative = try s.run { try s.desk.linkHousehold(personId: id, relatedPersonId: to, as: rel, by: s.user) }
            Console.print(FamilyCLIText.linked.format(s.language, [
                "name": relative.name, "relationship": rel.label(s.language).lowercased(), "person": String(id)]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the person's registered relatives, tab-separated: what they are to the person, their id, name, phone (the view is audited).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64

        func run() throws {
            try PersonFamilyCommand.list(options, signIn, id, \.relatives, empty: .noRelatives, header: .relativesHeader) {
                [$0.relationship.rawValue, String($0.personId), $0.name, $0.phone]
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Removes the household link between N and M, whichever way it was recorded (audited; add it again to undo).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id (N).") var id: Int64
        @Option(name: .long, help: "The related person's id (M).") var to: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let rel = try s.run { try s.desk.unlinkHousehold(personId: id, relatedPersonId: to, by: s.user) }
            Console.print(FamilyCLIText.unlinked.format(s.language, [
                "related": String(to), "relationship": rel.label(s.language).lowercased(), "person": String(id)]))
        }
    }

    /// One `list` subcommand: the person's household read (audited), the rows picked from it,
    /// a header and one tab-separated line each, or one line saying there are none.
    static func list<Row>(_ options: GlobalOptions, _ signIn: SignInOptions, _ id: Int64, _ rows: KeyPath<Household, [Row]>,
                          empty: FamilyCLIText, header: FamilyCLIText, _ line: (Row) -> [String?]) throws {
        let s = try DeskSession.open(options, signIn)
        let found = try s.run { try s.desk.household(personId: id, by: s.user) }[keyPath: rows]
        guard !found.isEmpty else { return Console.print(empty(s.language)) }
        Console.print(header(s.language))
        for row in found { Console.print(tsv(line(row))) }
    }

    /// A relationship by its name; anything else is one line and exit 65.
    static func relationship(_ text: String, _ s: DeskSession) throws -> HouseholdRelationship {
        guard let rel = HouseholdRelationship(rawValue: text) else {
            Console.error(FamilyCLIText.badRelationship.format(s.language, [
                "value": text, "values": HouseholdRelationship.allCases.map(\.rawValue).joined(separator: ", ")]))
            throw ExitCode(DeskExit.validation)
        }
        return rel
    }
}
