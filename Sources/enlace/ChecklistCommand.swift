import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

/// `enlace checklist`: the document checklists of each referral kind (and consular procedure),
/// as the organization keeps them. Admins add, edit, reorder and retire items; referrals
/// already made keep the list they were made with.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Lists and edits the document checklists of referrals (admins edit).",
        subcommands: [List.self, Add.self, Edit.self, Move.self, Retire.self],
        defaultSubcommand: List.self)

    /// Which checklist: a kind, and for consular orientation a procedure.
    struct Scope: ParsableArguments {
        @Option(name: .long, help: "telemedicine, legalAid, funeralAssistance or consularOrientation.")
        var kind: ReferralKind
        @Option(name: .long, help: "Consular orientation only: matricula, passport, birthRegistration, powerOfAttorney, voterCard, other.")
        var procedure: ConsularProcedure?

        var scope: ChecklistScope { ChecklistScope(kind: kind, procedure: procedure) }
    }

    /// One item, by the id `list` prints.
    struct Target: ParsableArguments {
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The item's id (from `enlace checklist list`).") var id: Int64
        @Option(name: .customLong("if-version"), help: "The version you read; refused if someone changed it since. Default: the current one.")
        var version: Int?

        /// Signs in, reads the item's version, runs the change.
        func perform<T>(_ change: (DeskSession, ChecklistEntry, Int) throws -> T) throws -> (DeskSession, T) {
            let s = try DeskSession.open(options, signIn)
            let entry = try s.run { try ChecklistCommand.entry(s.desk, id) }
            return (s, try s.run { try change(s, entry, version ?? entry.version) })
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints every checklist (or one kind's) with each item's id, key and texts; retired items are marked.")
        @OptionGroup var options: GlobalOptions
        @Option(name: .long, help: "Only this kind's checklists.") var kind: ReferralKind?

        func run() throws {
            let context = try Context(options)
            let desk = try context.openDesk(path: context.databasePath(options), create: false)
            for scope in ChecklistScope.all where kind == nil || scope.kind == kind {
                let entries = try StoreExit.run(context.language) { try desk.checklistEntries(scope) }
                ChecklistCommand.print(scope, entries, context.language)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Adds a document at the end of a checklist, in both languages (admins).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var scope: Scope
        @Option(name: .long, help: "The text in Spanish.") var es: String
        @Option(name: .long, help: "The text in English.") var en: String

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let entry = try s.run { try s.desk.addChecklistItem(scope.scope, es: es, en: en, by: s.user) }
            try ChecklistCommand.report(s, .checklistAdded, entry.scope)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Changes an item's texts (admins); referrals already made keep theirs.")
        @OptionGroup var target: Target
        @Option(name: .long, help: "The new Spanish text (default: kept).") var es: String?
        @Option(name: .long, help: "The new English text (default: kept).") var en: String?

        func run() throws {
            let (s, entry) = try target.perform { s, entry, version in
                try s.desk.editChecklistItem(id: entry.id, es: es ?? entry.es, en: en ?? entry.en,
                                             version: version, by: s.user)
            }
            try ChecklistCommand.report(s, .checklistEdited, entry.scope)
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Moves an item one place up or down in its checklist (admins).")
        @OptionGroup var target: Target
        @Argument(help: "up or down.") var direction: ChecklistMove

        func run() throws {
            let (s, entries) = try target.perform { s, entry, version in
                try s.desk.moveChecklistItem(id: entry.id, direction, version: version, by: s.user)
            }
            Console.print(ReferenceDataText.checklistMoved(s.language))
            if let scope = entries.first?.scope { ChecklistCommand.print(scope, entries, s.language) }
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retires an item: new referrals no longer ask for it; earlier ones keep it (admins).")
        @OptionGroup var target: Target

        func run() throws {
            let (s, entry) = try target.perform { s, entry, version in
                try s.desk.retireChecklistItem(id: entry.id, version: version, by: s.user)
            }
            try ChecklistCommand.report(s, .checklistRetired, entry.scope)
        }
    }

    /// What was done, then the checklist as it is now.
    static func report(_ s: DeskSession, _ done: ReferenceDataText, _ scope: ChecklistScope) throws {
        Console.print(done(s.language))
        print(scope, try s.run { try s.desk.checklistEntries(scope) }, s.language)
    }

    static func entry(_ desk: CaseDesk, _ id: Int64) throws -> ChecklistEntry {
        for scope in ChecklistScope.all {
            if let entry = try desk.checklistEntries(scope).first(where: { $0.id == id }) { return entry }
        }
        throw StoreError.notFound(ReferenceDataText.checklistItemNotFound.text)
    }

    /// "Asesoría legal (legalAid)" then one line per item: "  #12 photoID  Identificación… / Photo ID…".
    static func print(_ scope: ChecklistScope, _ entries: [ChecklistEntry], _ language: Language) {
        Console.print("\(scope.label(language)) (\(scope.code))")
        if entries.isEmpty { Console.print("  " + ReferenceDataText.checklistEmpty(language)) }
        let other: Language = language == .es ? .en : .es
        for e in entries {
            let mark = e.retired ? " [\(ReferenceDataText.checklistRetiredMark(language))]" : ""
            Console.print("  #\(e.id) \(e.key)\(mark): \(e.item.text(language)) / \(e.item.text(other))")
        }
    }
}

extension ChecklistMove: ExpressibleByArgument {}
