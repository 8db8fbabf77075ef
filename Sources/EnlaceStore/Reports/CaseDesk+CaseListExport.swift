import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The case list as a person-level table, newest first: number, person, status, priority,
    /// area, caseworker, opened (UTC day), overdue follow-up; the case description only when
    /// `includeSensitive`. Cases opened in the filter's period, of its caseworker. Needs
    /// `.exportPersonLevel` (supervisors); one audit row records who, when, the filter, whether
    /// sensitive fields were included and how many rows were given. No cap: a filter keeps it small.
    public func exportCaseList(_ filter: ReportFilter = ReportFilter(), includeSensitive: Bool = false,
                               by actor: UserAccount) throws -> ReportTable {
        try write { db in
            try self.requirePersonLevel(db, actor)
            var conditions: [String] = []
            var arguments: StatementArguments = [self.clock.nowSeconds()]
            let (lower, upper) = filter.secondsRange
            if let lower { conditions.append("c.opened_at >= ?"); arguments += [lower] }
            if let upper { conditions.append("c.opened_at < ?"); arguments += [upper] }
            if let id = filter.caseworkerId { conditions.append("c.caseworker_id = ?"); arguments += [id] }
            let rows = try CaseSummaryRow.decodeAll(db, sql: """
                SELECT \(Self.caseSummaryColumns), \(SealedColumn.caseDescription.select("c"))
                FROM cases c JOIN people p ON p.id = c.person_id
                LEFT JOIN users u ON u.id = c.caseworker_id
                \(Self.whereClause(conditions))
                ORDER BY c.opened_at DESC, c.id DESC
                """, arguments: arguments)
            let cells: [[ReportCell]] = rows.map { row in
                Self.caseListRow(row.summary, description: includeSensitive ? row.description ?? "" : nil)
            }
            let filterText = [filter.from.map { "from=\($0.iso)" }, filter.to.map { "to=\($0.iso)" },
                              filter.caseworkerId.map { "caseworker=\($0)" }].compactMap { $0 }
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "report", entityID: nil,
                             action: "exportPersonLevel", reason: ReportKind.caseList.rawValue,
                             changedFields: ["rows": [String(cells.count)], "filter": filterText,
                                             "sensitive": [includeSensitive ? "yes" : "no"]])
            var notes = try self.filterNotes(.caseList, filter, now: self.clock.now(), db)
            if includeSensitive { notes.append(ReportText.noteSensitive.text) }
            return ReportTable(id: ReportKind.caseList.rawValue, title: ReportKind.caseList.title.text,
                               columns: Self.caseListColumns(includeSensitive: includeSensitive), rows: cells, notes: notes)
        }
    }

    /// Person-level exports need `.exportPersonLevel` (supervisors).
    func requirePersonLevel(_ db: Database, _ actor: UserAccount) throws {
        let roles = try currentRoles(db, of: actor)
        if case .failure(let refusal) = Permissions.check(.exportPersonLevel,
                                                         actor: ActingUser(roles: roles, userId: String(actor.id))) {
            throw StoreError.notPermitted(refusal.message)
        }
    }

    /// The columns of a person-level case list; the description last, when sensitive.
    static func caseListColumns(includeSensitive: Bool) -> [ReportColumn] {
        var columns = [ReportColumn("number", ReportText.colNumber.text, .label),
                       ReportColumn("person", ReportText.colPerson.text, .label),
                       ReportColumn("status", ReportText.colStatus.text, .label),
                       ReportColumn("priority", ReportText.colPriority.text, .label),
                       ReportColumn("area", ReportText.colArea.text, .label),
                       ReportColumn("caseworker", ReportText.colCaseworker.text, .label),
                       ReportColumn("opened", ReportText.colOpened.text, .label),
                       ReportColumn("overdue", ReportText.colOverdue.text, .label)]
        if includeSensitive { columns.append(ReportColumn("description", ReportText.colDescription.text, .label)) }
        return columns
    }

    /// One case of a person-level case list (`description` only when sensitive fields are given).
    static func caseListRow(_ s: CaseSummary, description: String?) -> [ReportCell] {
        var line: [ReportCell] = [
            .text(s.number), .text(s.personName), .label(s.status.label.text), .label(s.priority.label.text),
            .label(s.serviceArea.label.text),
            s.caseworkerName.map { .text($0) } ?? .label(ReportText.unassigned.text),
            .text(CalendarDate(s.openedAt).iso), .label(s.isOverdue ? ReportText.yes.text : ReportText.no.text),
        ]
        if let description { line.append(.text(description)) }
        return line
    }
}
