import EnlaceCore
import Foundation
import GRDB

/// A check-in: whether the person was already on the event's list, and the counters after.
public struct CheckIn: Sendable, Equatable {
    public let personId: Int64
    public let alreadyThere: Bool
    public let counters: EventCounters
}

extension CaseDesk {
    /// Checks a known person in at an open event (a workshop's attendance, without a case):
    /// once per person and event; audited. Anyone who may register people may check them in.
    public func checkIn(eventId: Int64, personId: Int64, by actor: UserAccount) throws -> CheckIn {
        try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.registerPerson, acting, .none)
            try Self.requireOpenEvent(db, eventId)
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", arguments: [personId]) == true else {
                throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(personId))]))
            }
            let added = try self.insertAttendance(db, eventId: eventId, personId: personId, actor: actor)
            return CheckIn(personId: personId, alreadyThere: !added, counters: try Self.counters(db, eventId, actor))
        }
    }

    /// Registers a new person at an open event and checks them in (registering at an event
    /// does), without opening a case (a workshop's quick registration), with the consent
    /// given; one transaction.
    public func registerAndCheckIn(eventId: Int64, _ draft: PersonDraft, consent: ConsentGiven?,
                                   by actor: UserAccount) throws -> CheckIn {
        var draft = draft
        draft.eventId = eventId
        let valid = try validated(draft)
        return try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.registerPerson, acting, .none)
            let personId = try self.insertPerson(db, valid, by: actor, now: self.clock.nowSeconds())
            if let consent { try self.insertConsent(db, personId: personId, consent, actor: actor) }
            return CheckIn(personId: personId, alreadyThere: false, counters: try Self.counters(db, eventId, actor))
        }
    }

    /// Who came to an event, in the order they came: the person's id, name and whether they
    /// were new (registered that day) — for the event's own list.
    public func attendance(eventId: Int64, by actor: UserAccount) throws -> [AttendanceLine] {
        try read { db in
            let acting = try self.acting(db, actor)
            try Self.require(.manageEvents, acting, .none)
            return try Row.fetchAll(db, sql: """
                SELECT a.person_id, p.given_names, p.first_surname, p.second_surname, a.checked_in_at,
                       date(p.created_at, 'unixepoch') >= e.held_on AS is_new
                FROM event_attendance a JOIN people p ON p.id = a.person_id JOIN events e ON e.id = a.event_id
                WHERE a.event_id = ? ORDER BY a.checked_in_at, a.person_id
                """, arguments: [eventId]).map { row in
                let name = PersonName(givenNames: row["given_names"], firstSurname: row["first_surname"] ?? "",
                                      secondSurname: row["second_surname"] ?? "")
                return AttendanceLine(personId: row["person_id"], name: name.fullName,
                                      at: Date(timeIntervalSince1970: TimeInterval(row["checked_in_at"] as Int64)),
                                      isNew: row["is_new"])
            }
        }
    }

    /// Adds the person to the event's list (false when already on it); audited when added.
    func insertAttendance(_ db: Database, eventId: Int64, personId: Int64, actor: UserAccount) throws -> Bool {
        let now = clock.nowSeconds()
        try db.execute(sql: """
            INSERT OR IGNORE INTO event_attendance (event_id, person_id, checked_in_at, checked_in_by) VALUES (?, ?, ?, ?)
            """, arguments: [eventId, personId, now, actor.id])
        guard db.changesCount > 0 else { return false }
        try Audit.append(db, actor: actor.id, at: now, entity: "event", entityID: eventId, action: "checkedIn",
                         to: String(personId))
        return true
    }

    static func counters(_ db: Database, _ eventId: Int64, _ user: UserAccount) throws -> EventCounters {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*) AS total, coalesce(sum(checked_in_by = ?), 0) AS mine FROM event_attendance WHERE event_id = ?
            """, arguments: [user.id, eventId])!
        return EventCounters(mine: row["mine"], total: row["total"])
    }
}

/// One person on an event's attendance list.
public struct AttendanceLine: Sendable, Equatable {
    public let personId: Int64
    public let name: String
    public let at: Date
    /// Registered on the event's day (or at it): new to the organization.
    public let isNew: Bool
}

/// An event a person came to, as their record lists it.
public struct AttendedEvent: Sendable, Equatable, Codable {
    public let name: String
    public let kind: EventKind
    /// `YYYY-MM-DD`.
    public let heldOn: String
}

extension CaseDesk {
    /// The events the person came to, newest first (at most 20), inside the caller's read.
    func eventsAttended(_ db: Database, personId: Int64) throws -> [AttendedEvent] {
        try Row.fetchAll(db, sql: """
            SELECT e.name, e.kind, e.held_on FROM event_attendance a JOIN events e ON e.id = a.event_id
            WHERE a.person_id = ? ORDER BY e.held_on DESC, e.id DESC LIMIT 20
            """, arguments: [personId]).map { row in
            AttendedEvent(name: row["name"], kind: EventKind(rawValue: row["kind"]) ?? .other, heldOn: row["held_on"])
        }
    }
}
