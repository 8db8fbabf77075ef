import EnlaceCore
import Foundation
import GRDB

/// One of a person's cases as the person screen lists it.
public struct PersonCaseLine: Sendable, Equatable {
    public let id: Int64
    public let number: String
    public let status: CaseStatus
    public let area: ServiceArea?
}

/// What the person screen shows: the record, who registered it, and the cases the reader may
/// see (the person's and its linked duplicates', open first, newest first).
public struct PersonPage: Sendable, Equatable {
    public let record: PersonRecord
    /// The display name of who registered the person (nil when unknown).
    public let registeredBy: String?
    public let cases: [PersonCaseLine]
    /// Relatives, next-of-kin contacts and linked records (the Family tab).
    public var household = Household()
    /// Requests, opposition, legal hold, erasure (`personPageRights`: the requests and the
    /// hold only for supervisors).
    public var rights: PersonRights = .none
    /// Identity documents (numbers masked) and languages (`CaseDesk+PersonDocuments`).
    public let documents: PersonDocumentsPage
    /// The events and workshops the person came to, newest first.
    public var events: [AttendedEvent] = []
}

extension CaseDesk {
    /// A person's record with their visible cases, in one transaction (audited as `viewed`,
    /// with the permissions of `person(id:by:)`).
    public func personPage(id: Int64, by actor: UserAccount) throws -> PersonPage {
        try write { db in
            let record = try self.viewPerson(db, id: id, by: actor)
            let registeredBy = try record.createdBy.flatMap {
                try String.fetchOne(db, sql: "SELECT display_name FROM users WHERE id = ?", arguments: [$0])
            }
            var conditions = ["c.person_id IN (SELECT ? UNION ALL SELECT duplicate_id FROM person_links WHERE survivor_id = ?)"]
            var arguments: StatementArguments = [id, id]
            let visibility = try self.visibility(db, of: actor)
            var cases: [PersonCaseLine] = []
            if case .none = visibility {} else {
                Self.appendVisibility(visibility, to: &conditions, &arguments)
                let rows = try Row.fetchAll(db, sql: """
                    SELECT c.id, c.number, c.status, c.service_area AS area FROM cases c WHERE \(conditions.joined(separator: " AND "))
                    ORDER BY c.status = 'closed', c.opened_at DESC, c.id DESC LIMIT 50
                    """, arguments: arguments)
                cases = rows.compactMap { row in
                    guard let status = CaseStatus(rawValue: row["status"]) else { return nil }
                    let area: String? = row["area"]
                    return PersonCaseLine(id: row["id"], number: row["number"], status: status,
                                          area: area.flatMap(ServiceArea.init(rawValue:)))
                }
            }
            var page = PersonPage(record: record, registeredBy: registeredBy, cases: cases,
                                  documents: try self.documentsPage(db, personId: id))
            page.household = try self.household(db, personId: id)
            page.rights = try self.personPageRights(db, personId: id, by: actor)
            page.events = try self.eventsAttended(db, personId: id)
            return page
        }
    }
}
