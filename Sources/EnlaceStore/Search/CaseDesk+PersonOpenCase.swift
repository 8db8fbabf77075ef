import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The id of the most recently opened case of a person (or of its linked duplicates) that
    /// is not closed and that `actor` may see; nil when there is none. Search opens it when a
    /// person, not a case, is chosen. Admins see no cases (nil).
    /// With `orClosed`, a person whose cases are all closed gives the newest closed one (the
    /// history is worth seeing); an open case still comes first.
    public func mostRecentOpenCaseId(personId: Int64, orClosed: Bool = false, by actor: UserAccount) throws -> Int64? {
        try read { db in
            let visibility = try self.visibility(db, of: actor)
            if case .none = visibility { return nil }
            var conditions = ["c.person_id IN (SELECT ? UNION ALL SELECT duplicate_id FROM person_links WHERE survivor_id = ?)"]
            if !orClosed { conditions.append("c.status <> 'closed'") }
            var arguments: StatementArguments = [personId, personId]
            Self.appendVisibility(visibility, to: &conditions, &arguments)
            return try Int64.fetchOne(db, sql: """
                SELECT c.id FROM cases c WHERE \(conditions.joined(separator: " AND "))
                ORDER BY c.status = 'closed', c.opened_at DESC, c.id DESC LIMIT 1
                """, arguments: arguments)
        }
    }
}

extension CaseDesk {
    /// The status of each case number `actor` may see (others are left out): the search screen
    /// shows it beside the case numbers of a hit. Reads by the unique number index, a few rows.
    public func caseStatuses(numbers: [String], by actor: UserAccount) throws -> [String: CaseStatus] {
        guard !numbers.isEmpty else { return [:] }
        return try read { db in
            let visibility = try self.visibility(db, of: actor)
            if case .none = visibility { return [:] }
            var conditions = ["c.number IN (\(Self.placeholders(numbers.count)))"]
            var arguments = StatementArguments(numbers)
            Self.appendVisibility(visibility, to: &conditions, &arguments)
            var statuses: [String: CaseStatus] = [:]
            for row in try CaseStatusRow.decodeAll(
                db, sql: "SELECT c.number, c.status FROM cases c WHERE \(conditions.joined(separator: " AND "))",
                arguments: arguments) {
                statuses[row.number] = row.status
            }
            return statuses
        }
    }
}
