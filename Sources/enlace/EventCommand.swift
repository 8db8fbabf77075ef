import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

/// `enlace event`: the organization's community events and workshops. Supervisors and admins
/// create and close them; anyone signed in lists them.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Lists, creates and closes community events and workshops (jornadas, mobile consulates, health fairs).",
        subcommands: [List.self, Add.self, Close.self, Run.self, EventLoadCommand.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints the open events (or all with --all), newest first: id, date, kind, name, place, people and cases registered.")
        @OptionGroup var options: GlobalOptions
        @Flag(name: .long, help: "Closed events too.") var all = false

        func run() throws {
            let context = try Context(options)
            let desk = try context.openDesk(path: context.databasePath(options), create: false)
            let events = try StoreExit.run(context.language) { try desk.events(includingClosed: all) }
            if events.isEmpty { Console.print(EventStoreText.none(context.language)) }
            for event in events { Console.print(EventCommand.line(event, context.language)) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Creates an event (supervisors and admins) and prints its id.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "Its name: \"Jornada de salud en Pilsen\".") var name: String
        @Option(name: .long, help: "jornada, mobileConsulate, healthFair, workshop or other (a word in Spanish or English works: consulado, feria, taller).")
        var kind: String = "jornada"
        @Option(name: .long, help: "Its (first) day, as intake reads dates: 12/03/2027, \"12 de marzo de 2027\", hoy, mañana.")
        var date: String
        @Option(name: .long, help: "The last day of an event of several days.") var until: String = ""
        @Option(name: .long, help: "Where: \"Parroquia San Pío V\".") var place: String = ""
        @Option(name: .long, help: "City.") var city: String = ""
        @Option(name: .long, help: "US state, two letters.") var state: String = ""
        @Option(name: .long, help: "Workshops: knowYourRights, consularDocuments, healthPrevention, civicTraining or other (or a word: derechos, salud).")
        var topic: String?
        @Option(name: .long, parsing: .singleValue, help: "A partner present, by id (repeatable).") var partner: [Int64] = []

        func run() throws {
            let context = try Context(options)
            guard let chosen = EventKind(typed: kind) else {
                Console.error(EventCLIText.unknownKind.format(context.language, ["kind": kind]))
                throw ExitCode(64)
            }
            var theme: WorkshopTopic?
            if let topic {
                guard let found = WorkshopTopic(typed: topic) else {
                    Console.error(EventCLIText.unknownTopic.format(context.language, ["topic": topic]))
                    throw ExitCode(64)
                }
                theme = found
            }
            let s = try DeskSession.open(options, signIn)
            let draft = EventDraft(name: name, kind: chosen, startsOn: date, endsOn: until, place: place, city: city,
                                   usState: state, topic: theme, partnerIds: partner)
            let event = try s.run { try s.desk.addEvent(draft, by: s.user) }
            Console.print(EventStoreText.created.format(s.language, ["id": String(event.id), "event": EventCommand.line(event, s.language)]))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Closes an event (supervisors and admins): no more intakes are tagged with it.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The event's id (from `enlace event list`).") var id: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let event = try s.run { try s.desk.event(id: id) }
            let closed = try s.run { try s.desk.closeEvent(id: id, version: event.version, by: s.user) }
            Console.print(EventStoreText.closedDone.format(s.language, [
                "id": String(closed.id), "people": String(closed.people), "cases": String(closed.cases)]))
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Opens Enlace in event mode at an open event: the quick intake, each person tagged with the event, and the counters of this terminal and the whole event.")
        @OptionGroup var options: GlobalOptions
        @Option(name: .long, help: "Sign in as this user (the sign-in screen asks the password, or it is read from ENLACE_PASSWORD).")
        var user: String?
        @Argument(help: "The event's id (from `enlace event list`).") var id: Int64

        func run() throws {
            let context = try Context(options)
            let desk = try context.openDesk(path: context.databasePath(options), create: false)
            let event = try StoreExit.run(context.language) { try desk.event(id: id) }
            guard event.isOpen else {
                Console.error(EventStoreText.closed.text.filling(["event": .plain(event.name)])(context.language))
                throw ExitCode(DeskExit.validation)
            }
            if user != nil, context.environment["ENLACE_PASSWORD"] != nil {
                let account = try SignIn.run(desk: desk, context: context, user: user)
                try context.runApp(desk: desk, user: account, options: options, event: id)
            } else {
                try context.runSignInAndApp(desk: desk, options: options, setup: .init(username: user ?? ""), event: id)
            }
        }
    }

    /// "#3 · 2027-03-12 · Taller (Conozca sus derechos) · Derechos en Pilsen · Parroquia, Chicago, IL · 12 personas, 3 casos · abierto"
    static func line(_ e: EventSummary, _ language: Language) -> String {
        var when = e.startsOn.iso
        if let ends = e.endsOn { when += "…" + ends.iso }
        var kind = e.kind.label(language)
        if let topic = e.topic { kind += " (" + topic.label(language) + ")" }
        let place = [e.place, e.city, e.usState].compactMap { $0 }.joined(separator: ", ")
        var parts = ["#\(e.id)", when, kind, e.name]
        if !place.isEmpty { parts.append(place) }
        if !e.partners.isEmpty { parts.append(e.partners.joined(separator: ", ")) }
        parts.append(EventStoreText.counts.format(language, ["people": String(e.people), "cases": String(e.cases)]))
        parts.append(e.isOpen ? EventStoreText.open(language) : EventStoreText.closedMark(language))
        return parts.joined(separator: " · ")
    }
}

/// What `enlace event` says beyond the store's words.
enum EventCLIText: String, MessageCatalog {
    case unknownKind, unknownTopic

    var text: LocalizedText {
        switch self {
        case .unknownKind:
            return .init(es: "Tipo de evento desconocido «{kind}»: use jornada, consulado, feria, taller u otro.",
                         en: "Unknown event kind “{kind}”: use jornada, mobileConsulate, healthFair, workshop or other.")
        case .unknownTopic:
            return .init(es: "Tema desconocido «{topic}»: use derechos, consulares, salud, cívica u otro.",
                         en: "Unknown topic “{topic}”: use knowYourRights, consularDocuments, healthPrevention, civicTraining or other.")
        }
    }
}
