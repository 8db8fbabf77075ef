import EnlaceCore
import Foundation
import GRDB

/// The columns every case line reads, decoded from the same row as the record that holds
/// it (a key that names no column is read from the row itself): the case list, drill-downs,
/// exports (`CaseSummaryRow`) and the case queues (`CaseQueueRow`).
struct CaseCore: Decodable {
    var id: Int64
    var number: String
    /// The name columns of the same row.
    var person: PersonNameRow
    var status: CaseStatus
    var priority: CasePriority
    var caseworkerName: String?
    /// Seconds since 1970.
    var openedAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, number, status, priority, person
        case caseworkerName = "caseworker_name", openedAt = "opened_at"
    }
}

/// One row of the case list, a drill-down or the case list export (`caseSummaryColumns`):
/// the columns as stored; `summary` is the line the screens show.
struct CaseSummaryRow: StoredRecord {
    static let storedTable = "cases"

    /// The case line's columns of the same row.
    var core: CaseCore
    var serviceArea: ServiceArea
    /// A scheduled follow-up of the case is past due.
    var overdue: Bool?
    /// Selected only by the exports that may include it.
    var description: String?

    enum CodingKeys: String, CodingKey {
        case core, overdue, description
        case serviceArea = "service_area"
    }

    var summary: CaseSummary {
        CaseSummary(
            id: core.id, number: core.number, personName: core.person.listName,
            status: core.status, priority: core.priority, serviceArea: serviceArea,
            caseworkerName: core.caseworkerName, openedAt: Date(timeIntervalSince1970: TimeInterval(core.openedAt)),
            isOverdue: overdue ?? false)
    }

    /// The case lines of `sql` (which selects these columns), in its order.
    static func summaries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [CaseSummary] {
        try decodeAll(db, sql: sql, arguments: arguments).map(\.summary)
    }
}

/// A case's free-text description, read apart from its list line (exports that include it).
struct CaseDescriptionRow: StoredRecord {
    static let storedTable = "cases"
    var id: Int64
    var description: String?
}
