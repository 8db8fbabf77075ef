import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Creates an event (supervisors and admins): checked, stored and audited in one
    /// transaction. The partners present must exist.
    public func addEvent(_ draft: EventDraft, by actor: UserAccount) throws -> EventSummary {
        let valid = try draft.validated(today: today())
        return try write { db in
            try self.permit(.manageEvents, db, actor: actor, case: nil)
            try Self.requirePartners(db, valid.partnerIds)
            let now = self.clock.nowSeconds()
            let partners = String(decoding: try JSONEncoder().encode(valid.partnerIds), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO events (name, kind, held_on, ends_on, place, city, us_state, topic, partners,
                                    created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [valid.name, valid.kind.rawValue, valid.startsOn.iso, valid.endsOn?.iso, valid.place,
                                 valid.city, valid.usState, valid.topic?.rawValue, partners, actor.id, now, now])
            let id = db.lastInsertedRowID
            var fields: [String: [String]] = ["name": ["", valid.name], "kind": ["", valid.kind.rawValue],
                                              "startsOn": ["", valid.startsOn.iso]]
            if let ends = valid.endsOn { fields["endsOn"] = ["", ends.iso] }
            if let topic = valid.topic { fields["topic"] = ["", topic.rawValue] }
            if !valid.partnerIds.isEmpty { fields["partners"] = ["", valid.partnerIds.map(String.init).joined(separator: ",")] }
            try Audit.append(db, actor: actor.id, at: now, entity: "event", entityID: id, action: "created",
                             changedFields: fields)
            return try Self.loadEvent(db, id)
        }
    }

    /// Closes an event (supervisors and admins) at the version the person saw: no more intakes
    /// are tagged with it. Audited with its counts.
    public func closeEvent(id: Int64, version: Int, by actor: UserAccount) throws -> EventSummary {
        try write { db in
            try self.permit(.manageEvents, db, actor: actor, case: nil)
            let event = try Self.loadEvent(db, id)
            guard event.isOpen else {
                throw StoreError.workflowRefused(EventStoreText.alreadyClosed.text.filling(["event": .plain(event.name)]))
            }
            guard event.version == version else { throw StoreError.conflict }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE events SET closed_at = ?, closed_by = ?, updated_at = ?, version = version + 1 WHERE id = ?
                """, arguments: [now, actor.id, now, id])
            try Audit.append(db, actor: actor.id, at: now, entity: "event", entityID: id, action: "closed",
                             from: "open", to: "closed",
                             changedFields: ["people": [String(event.people)], "cases": [String(event.cases)]])
            return try Self.loadEvent(db, id)
        }
    }

    /// The events, newest first: the open ones, or all. Anyone signed in reads them (they hold
    /// no person's data: counts only), so a volunteer can pick the event a terminal runs.
    public func events(includingClosed: Bool = false) throws -> [EventSummary] {
        try read { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM events \(includingClosed ? "" : "WHERE closed_at IS NULL")
                ORDER BY held_on DESC, id DESC LIMIT 500
                """)
            return try ids.map { try Self.loadEvent(db, $0) }
        }
    }

    public func event(id: Int64) throws -> EventSummary {
        try read { db in try Self.loadEvent(db, id) }
    }

    /// People registered at an event: by `user` (this terminal) and by everyone.
    public func eventCounters(id: Int64, user: UserAccount) throws -> EventCounters {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS total, coalesce(sum(created_by = ?), 0) AS mine FROM people WHERE event_id = ?
                """, arguments: [user.id, id])!
            return EventCounters(mine: row["mine"], total: row["total"])
        }
    }

    static func requirePartners(_ db: Database, _ ids: [Int64]) throws {
        for id in ids where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM partners WHERE id = ?)", arguments: [id]) != true {
            throw StoreError.validation(ValidationFailure([
                FieldProblem(field: "partners", label: EventStoreText.fieldPartners.text,
                             message: EventStoreText.partnerUnknown.text.filling(["partner": .plain(String(id))])),
            ]))
        }
    }

    /// An event for intake: it must exist and be open.
    static func requireOpenEvent(_ db: Database, _ id: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, closed_at FROM events WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(EventStoreText.notFound.text.filling(["event": .plain(String(id))]))
        }
        let closedAt: Int64? = row["closed_at"]
        if closedAt != nil {
            throw StoreError.workflowRefused(EventStoreText.closed.text.filling(["event": .plain(row["name"])]))
        }
    }

    static func loadEvent(_ db: Database, _ id: Int64) throws -> EventSummary {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT e.*, (SELECT count(*) FROM people p WHERE p.event_id = e.id) AS people_count,
                        (SELECT count(*) FROM cases c WHERE c.event_id = e.id) AS case_count
            FROM events e WHERE e.id = ?
            """, arguments: [id]) else {
            throw StoreError.notFound(EventStoreText.notFound.text.filling(["event": .plain(String(id))]))
        }
        let partnerIds = (try? JSONDecoder().decode([Int64].self, from: Data((row["partners"] as String? ?? "[]").utf8))) ?? []
        let partners = try partnerIds.compactMap {
            try String.fetchOne(db, sql: "SELECT name FROM partners WHERE id = ?", arguments: [$0])
        }
        let kindText: String = row["kind"]
        let heldOn: String = row["held_on"]
        let closedAt: Int64? = row["closed_at"]
        return EventSummary(
            id: id, name: row["name"], kind: EventKind(rawValue: kindText) ?? .other,
            startsOn: CalendarDate(iso: heldOn) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
            endsOn: (row["ends_on"] as String?).flatMap(CalendarDate.init(iso:)),
            place: row["place"], city: row["city"], usState: row["us_state"],
            topic: (row["topic"] as String?).flatMap(WorkshopTopic.init(rawValue:)), partners: partners,
            closedAt: closedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
            people: row["people_count"], cases: row["case_count"], version: row["version"] ?? 1)
    }
}
