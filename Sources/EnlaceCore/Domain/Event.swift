import Foundation

/// A community event where people are registered: a jornada comunitaria, a mobile consulate.
/// (Named `Event` after the domain; workflow events are `CaseEvent`, `ReferralEvent`...)
public struct Event: Codable, Sendable, Equatable, Identifiable {
    public var id: EventID
    public var name: String
    public var date: Date
    public var place: String

    public init(id: EventID, name: String, date: Date, place: String) {
        self.id = id
        self.name = name
        self.date = date
        self.place = place
    }
}
