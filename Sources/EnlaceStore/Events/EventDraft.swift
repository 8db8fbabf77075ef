import EnlaceCore
import Foundation

/// An event as typed on a form or a command line, before it is checked: dates as a person
/// writes them ("12/03/2027", "sábado"), the kind and topic already chosen.
public struct EventDraft: Sendable, Equatable {
    public var name: String
    public var kind: EventKind
    public var startsOn: String
    /// The last day of an event of several days ("" for one day).
    public var endsOn: String
    public var place: String
    public var city: String
    public var usState: String
    /// Workshops only (required for them).
    public var topic: WorkshopTopic?
    public var partnerIds: [Int64]

    public init(name: String, kind: EventKind, startsOn: String, endsOn: String = "", place: String = "",
                city: String = "", usState: String = "", topic: WorkshopTopic? = nil, partnerIds: [Int64] = []) {
        self.name = name
        self.kind = kind
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.place = place
        self.city = city
        self.usState = usState
        self.topic = topic
        self.partnerIds = partnerIds
    }
}

/// An event as the desk lists it: what it is, when and where, who was there, and how many
/// people and cases were registered at it.
public struct EventSummary: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let name: String
    public let kind: EventKind
    public let startsOn: CalendarDate
    public let endsOn: CalendarDate?
    public let place: String?
    public let city: String?
    public let usState: String?
    public let topic: WorkshopTopic?
    /// The partners present, by name.
    public let partners: [String]
    public let closedAt: Date?
    public let people: Int
    public let cases: Int
    public let version: Int

    public var isOpen: Bool { closedAt == nil }
}

/// People registered at an event: by this terminal's user and by everyone.
public struct EventCounters: Sendable, Equatable {
    public let mine: Int
    public let total: Int
}

/// The checked draft, ready to store.
struct ValidEvent {
    let name: String
    let kind: EventKind
    let startsOn: CalendarDate
    let endsOn: CalendarDate?
    let place: String?
    let city: String?
    let usState: String?
    let topic: WorkshopTopic?
    let partnerIds: [Int64]
}

extension EventDraft {
    /// Every problem at once (`StoreError.validation`), each under its field, in words.
    func validated(today: CalendarDate) throws -> ValidEvent {
        var problems: [FieldProblem] = []
        func problem(_ field: String, _ label: EventStoreText, _ message: LocalizedText) {
            problems.append(FieldProblem(field: field, label: label.text, message: message))
        }
        let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problem("name", .fieldName, EventStoreText.nameEmpty.text) }
        if name.count > 120 { problem("name", .fieldName, EventStoreText.nameTooLong.text) }
        func date(_ text: String, _ field: String, _ label: EventStoreText) -> CalendarDate? {
            switch DateInput.parse(text, today: today) {
            case .success(let parsed): return parsed.date
            case .failure(let problemFound):
                problem(field, label, .from { problemFound.message($0) })
                return nil
            }
        }
        let starts = date(startsOn, "startsOn", .fieldStartsOn)
        var ends: CalendarDate?
        if !endsOn.trimmingCharacters(in: .whitespaces).isEmpty {
            ends = date(endsOn, "endsOn", .fieldEndsOn)
            if let s = starts, let e = ends, e < s { problem("endsOn", .fieldEndsOn, EventStoreText.endsBeforeStart.text) }
        }
        var state: String?
        let typedState = usState.trimmingCharacters(in: .whitespaces)
        if !typedState.isEmpty {
            if let found = USState.lookup(typedState) { state = found.code } else {
                problem("usState", .fieldState, EventStoreText.unknownState.text.filling(["state": .plain(typedState)]))
            }
        }
        if kind == .workshop, topic == nil { problem("topic", .fieldTopic, EventStoreText.topicRequired.text) }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        func blankNil(_ s: String) -> String? {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : String(t.prefix(200))
        }
        return ValidEvent(name: name, kind: kind, startsOn: starts!, endsOn: ends == starts ? nil : ends,
                          place: blankNil(place), city: blankNil(city), usState: state,
                          topic: kind == .workshop ? topic : nil, partnerIds: Array(Set(partnerIds)).sorted())
    }
}
