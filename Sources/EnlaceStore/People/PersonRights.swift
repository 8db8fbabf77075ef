import EnlaceCore
import Foundation
import GRDB

/// What the desk holds about a person's rights: opposition, legal hold, whether (and when)
/// their data was erased, and their ARCO requests, newest first.
public struct PersonRights: Sendable, Equatable {
    public var opposition: DataOpposition
    public var hold: LegalHold?
    public var erasedAt: Date?
    public var requests: [DataRequest]
    /// The organization's days to answer, for a request about to be recorded.
    public var requestDays: Int

    public static let none = PersonRights(opposition: .none, hold: nil, erasedAt: nil, requests: [], requestDays: DataRequest.defaultDays)
}

/// A request to record (`CaseDesk.recordDataRequest`).
public struct DataRequestInput: Sendable, Equatable {
    public var personId: Int64
    public var kind: DataRequestKind
    public var requester: DataRequester
    public var representative: String?
    public var channel: DataRequestChannel
    /// nil: today.
    public var receivedOn: CalendarDate?
    public var asked: String

    public init(personId: Int64, kind: DataRequestKind, requester: DataRequester = .person,
                representative: String? = nil, channel: DataRequestChannel, receivedOn: CalendarDate? = nil,
                asked: String) {
        self.personId = personId
        self.kind = kind
        self.requester = requester
        self.representative = representative
        self.channel = channel
        self.receivedOn = receivedOn
        self.asked = asked
    }
}

/// Reading rows of `data_requests` and `person_rights`.
enum RightsRows {
    static let requestColumns = """
        r.id, r.person_id, r.kind, r.requester, \(SealedColumn.requestRepresentative.select("r")), r.channel,
        r.received_on, \(SealedColumn.requestAsked.select("r")), r.due_on, r.answered_on, r.outcome,
        \(SealedColumn.requestAnswer.select("r")), ru.display_name AS recorded_name, au.display_name AS answered_name
        FROM data_requests r LEFT JOIN users ru ON ru.id = r.recorded_by LEFT JOIN users au ON au.id = r.answered_by
        """

    static func request(_ row: Row) throws -> DataRequest {
        func date(_ column: String) throws -> CalendarDate? {
            guard let text: String = row[column] else { return nil }
            guard let date = CalendarDate(iso: text) else {
                throw StoreError.corruptValue(table: "data_requests", column: column, value: text)
            }
            return date
        }
        return DataRequest(
            id: row["id"], personId: row["person_id"],
            kind: try StoredValue.decode(DataRequestKind.self, row, "kind", table: "data_requests"),
            requester: try StoredValue.decode(DataRequester.self, row, "requester", table: "data_requests"),
            representative: row["representative"],
            channel: try StoredValue.decode(DataRequestChannel.self, row, "channel", table: "data_requests"),
            receivedOn: try date("received_on")!, asked: row["asked"], dueOn: try date("due_on")!,
            answeredOn: try date("answered_on"),
            outcome: try StoredValue.decodeOptional(DataRequestOutcome.self, row, "outcome", table: "data_requests"),
            answer: row["answer"], recordedBy: row["recorded_name"], answeredBy: row["answered_name"])
    }

    static func load(_ db: Database, id: Int64) throws -> DataRequest {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(requestColumns) WHERE r.id = ?", arguments: [id]) else {
            throw StoreError.notFound(DataRightsText.requestNotFound.text.filling(["id": .plain(String(id))]))
        }
        return try request(row)
    }

    /// The person's rights as stored (`PersonRights.none` parts when there is no row).
    static func rights(_ db: Database, personId: Int64) throws -> PersonRights {
        var rights = PersonRights.none
        rights.requestDays = try Int.fetchOne(db, sql: "SELECT request_days FROM organization WHERE id = 1") ?? DataRequest.defaultDays
        if let row = try Row.fetchOne(db, sql: """
            SELECT p.no_share, p.no_contact, p.hold_reason, p.hold_set_at, u.display_name, p.erased_at
            FROM person_rights p LEFT JOIN users u ON u.id = p.hold_set_by WHERE p.person_id = ?
            """, arguments: [personId]) {
            let stored: String = row[1]
            guard let channels = DataOpposition.channels(stored: stored) else {
                throw StoreError.corruptValue(table: "person_rights", column: "no_contact", value: stored)
            }
            rights.opposition = DataOpposition(noShare: row[0], noContact: channels)
            if let reason: String = row[2], let at: Int64 = row[3] {
                rights.hold = LegalHold(reason: reason, setAt: Date(timeIntervalSince1970: TimeInterval(at)), setBy: row[4])
            }
            rights.erasedAt = (row[5] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        rights.requests = try Row.fetchAll(db, sql: """
            SELECT \(requestColumns) WHERE r.person_id = ? ORDER BY r.received_on DESC, r.id DESC LIMIT 100
            """, arguments: [personId]).map(request)
        return rights
    }

    /// Makes sure the person has a `person_rights` row.
    static func ensureRow(_ db: Database, personId: Int64) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO person_rights (person_id) VALUES (?)", arguments: [personId])
    }

    /// When the person's data was erased (nil: it was not).
    static func erasedAt(_ db: Database, personId: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT erased_at FROM person_rights WHERE person_id = ?", arguments: [personId])
    }
}
