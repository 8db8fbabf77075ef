import Foundation
import EnlaceCore
import EnlaceStore

/// The event a terminal registers people at, and its counters as last read.
public struct EventRun: Sendable, Equatable {
    public let id: Int64
    public let name: String
    /// People registered at the event by this terminal's user, and by everyone.
    public var mine: Int
    public var total: Int
}

/// Event mode: a terminal at a jornada or workshop registers people with the quick intake, each
/// tagged with the event, and shows how many this terminal and the whole event registered.
/// Started by `enlace event run N` or Alt-E (a list of the open events); Alt-E again leaves it.
enum EventMode {
    /// Reads the event (it must be open) and its counters, then opens the quick intake.
    static func start(_ eventId: Int64) -> Effect {
        .run("event.start") { ctx in
            let event = try ctx.desk.event(id: eventId)
            guard event.isOpen else {
                throw StoreError.workflowRefused(EventStoreText.closed.text.filling(["event": .plain(event.name)]))
            }
            let counters = try ctx.desk.eventCounters(id: eventId, user: ctx.user)
            return StateChange { state in
                state.eventRun = EventRun(id: event.id, name: event.name, mine: counters.mine, total: counters.total)
                // A full intake being typed stays as it is; an empty one becomes the quick one.
                if state.intake?.form.dirty != true { state.intake = IntakeState(form: IntakeFields.quickForm()) }
                if state.screen != .intake { state.push(.intake) }
                state.say(EventModeText.started.text.filling(["event": .plain(event.name)]), .success)
                return []
            }
        }
    }

    /// Alt-E: the open events to choose from (or, in event mode, leaving it).
    static func choose(_ state: inout AppState) -> [Effect] {
        if let run = state.eventRun {
            state.eventRun = nil
            if state.intake?.form.dirty != true { state.intake = nil }
            state.say(EventModeText.left.text.filling(["event": .plain(run.name)]), .success)
            return []
        }
        return [.run("event.list") { ctx in
            let events = try ctx.desk.events()
            return StateChange { state in
                guard !events.isEmpty else {
                    state.say(EventModeText.noneOpen.text, .warning)
                    return []
                }
                let choices = events.map { e in
                    Choice(String(e.id), .plain(e.startsOn.iso + " · " + e.name))
                }
                state.overlay = .dialog(DialogState(title: EventModeText.chooseTitle.text, message: EventModeText.chooseMessage.text,
                                                    kind: .choice(choices, ListCursor())) { state, answer in
                    guard case .choice(let choice) = answer, let id = Int64(choice.id) else { return [] }
                    return [start(id)]
                })
                return []
            }
        }]
    }

    /// After a save: the counters again (another terminal may have registered people too).
    static func reloadCounters(_ id: Int64) -> Effect {
        .run("event.counters", failure: { _ in .none }) { ctx in
            let counters = try ctx.desk.eventCounters(id: id, user: ctx.user)
            return StateChange { state in
                guard state.eventRun?.id == id else { return [] }
                state.eventRun?.mine = counters.mine
                state.eventRun?.total = counters.total
                return []
            }
        }
    }

    /// The title row's right side in event mode: "Esta terminal: 3 · Evento: 17".
    static func counters(_ run: EventRun, _ language: Language) -> String {
        EventModeText.counters.format(language, ["mine": String(run.mine), "total": String(run.total)])
    }
}

/// What event mode says.
enum EventModeText: String, MessageCatalog {
    case started, left, noneOpen, chooseTitle, chooseMessage, counters, title, savedNext

    var text: LocalizedText {
        switch self {
        case .started:
            return .init(es: "Modo evento: {event}. Cada registro queda en el evento; Enter en el último campo guarda y empieza el siguiente.",
                         en: "Event mode: {event}. Every intake is tagged with the event; Enter on the last field saves and starts the next.")
        case .left: return .init(es: "Salió del modo evento ({event}).", en: "Left event mode ({event}).")
        case .noneOpen:
            return .init(es: "No hay eventos abiertos: una supervisora los crea con «enlace event add».",
                         en: "There are no open events: a supervisor creates them with “enlace event add”.")
        case .chooseTitle: return .init(es: "Modo evento", en: "Event mode")
        case .chooseMessage: return .init(es: "¿En qué evento registra esta terminal?", en: "Which event does this terminal register at?")
        case .counters: return .init(es: "Esta terminal: {mine} · Evento: {total}", en: "This terminal: {mine} · Event: {total}")
        case .title: return .init(es: "Registro rápido · {event}", en: "Quick intake · {event}")
        case .savedNext:
            return .init(es: "Registrado: {name}, caso {number}. Siguiente persona.",
                         en: "Registered: {name}, case {number}. Next person.")
        }
    }
}
