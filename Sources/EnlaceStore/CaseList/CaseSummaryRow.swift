import EnlaceCore
import Foundation
import GRDB

/// One row of the case list, a drill-down or the case list export (`caseSummaryColumns`):
/// the columns as stored; `summary` is the line the screens show.
struct CaseSummaryRow: StoredRecord {
    static let storedTable = "cases"

    var id: Int64
    var number: String
    /// The name columns of the same row.
    var person: PersonNameRow
    var status: CaseStatus
    var priority: CasePriority
    var serviceArea: ServiceArea
    var caseworkerName: String?
    /// Seconds since 1970.
    var openedAt: Int64
    /// A scheduled follow-up of the case is past due.
    var overdue: Bool?
    /// Selected only by the exports that may include it.
    var description: String?

    enum CodingKeys: String, CodingKey {
        case id, number, status, priority, overdue, description, person
        case serviceArea = "service_area", caseworkerName = "caseworker_name", openedAt = "opened_at"
    }

    var summary: CaseSummary {
        CaseSummary(
            id: id, number: number, personName: person.listName,
            status: status, priority: priority, serviceArea: serviceArea,
            caseworkerName: caseworkerName, openedAt: Date(timeIntervalSince1970: TimeInterval(openedAt)),
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
