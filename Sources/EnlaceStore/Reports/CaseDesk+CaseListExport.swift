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
            try self.requireExport(db, actor)
            var conditions: [String] = []
            var arguments: StatementArguments = [self.clock.nowSeconds()]
            let (lower, upper) = filter.secondsRange
            if let lower { conditions.append("c.opened_at >= ?"); arguments += [lower] }
            if let upper { conditions.append("c.opened_at < ?"); arguments += [upper] }
            if let id = filter.caseworkerId { conditions.append("c.caseworker_id = ?"); arguments += [id] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.caseSummaryColumns), c.description
                FROM cases c JOIN people p ON p.id = c.person_id
                LEFT JOIN users u ON u.id = c.caseworker_id
                \(Self.whereClause(conditions))
                ORDER BY c.opened_at DESC, c.id DESC
                """, arguments: arguments)
            let cells: [[ReportCell]] = rows.compactMap { row in
                guard let summary = Self.summary(row) else { return nil }
                return Self.caseListCells(summary) + (includeSensitive ? [.text(row["description"] ?? "")] : [])
            }
            let filterText = [filter.from.map { "from=\($0.iso)" }, filter.to.map { "to=\($0.iso)" },
                              filter.caseworkerId.map { "caseworker=\($0)" }].compactMap { $0 }
            try self.auditExport(db, actor, what: ReportKind.caseList.rawValue, rows: cells.count,
                                 filter: filterText, sensitive: includeSensitive)
            var notes = try self.filterNotes(.caseList, filter, now: self.clock.now(), db)
            if includeSensitive { notes.append(ReportText.noteSensitive.text) }
            return ReportTable(id: ReportKind.caseList.rawValue, title: ReportKind.caseList.title.text,
                               columns: Self.caseListColumns(includeSensitive: includeSensitive), rows: cells,
                               notes: notes)
        }
    }

    /// Every case behind a review figure, as a person-level table in the case list's columns
    /// (no sensitive field), newest first; read window by window, no cap. Same rule as
    /// `exportCaseList`: supervisors only, one audit row with the figure and the row count.
    public func exportDrillDown(_ figure: ReportDrillDown, now: Date? = nil,
                                by actor: UserAccount) throws -> ReportTable {
        let now = now ?? clock.now()
        return try write { db in
            try self.requireExport(db, actor)
            let dense = try self.isDense(db, figure, now: now, limit: Self.drillDownDenseLimit)
            var summaries: [CaseSummary] = []
            var after: CaseListKey?
            let page = CaseWindowRequest.maximumLimit
            while true {
                let q = self.drillDownQuery(figure, after: after, limit: page, now: now, dense: dense)
                let window = try Row.fetchAll(db, sql: q.sql, arguments: q.arguments).compactMap(Self.summary)
                summaries += window
                guard window.count == page, let last = window.last else { break }
                after = last.key
            }
            try self.auditExport(db, actor, what: "drillDown", rows: summaries.count,
                                 filter: [String(describing: figure)], sensitive: false)
            return ReportTable(id: ReportKind.caseList.rawValue, title: ReportKind.caseList.title.text,
                               columns: Self.caseListColumns(includeSensitive: false),
                               rows: summaries.map(Self.caseListCells),
                               notes: [ReportText.noteAsOf.text.filling(["date": .plain(CalendarDate(now).iso)])])
        }
    }

    // MARK: - Shared by the person-level exports

    /// Refuses anyone the role table does not give `.exportPersonLevel` (supervisors only).
    func requireExport(_ db: Database, _ actor: UserAccount) throws {
        let role = try currentRole(db, of: actor)
        if case .failure(let refusal) = Permissions.check(.exportPersonLevel,
                                                         actor: ActingUser(role: role, userId: String(actor.id))) {
            throw StoreError.notPermitted(refusal.message)
        }
    }

    /// Who exported what, when (the row's time), with which filter, how many rows.
    func auditExport(_ db: Database, _ actor: UserAccount, what: String, rows: Int, filter: [String],
                     sensitive: Bool) throws {
        try Audit.append(db, actor: actor.id, at: clock.nowSeconds(), entity: "report", entityID: nil,
                         action: "exportPersonLevel", reason: what,
                         changedFields: ["rows": [String(rows)], "filter": filter,
                                         "sensitive": [sensitive ? "yes" : "no"]])
    }

    static func caseListColumns(includeSensitive: Bool) -> [ReportColumn] {
        [ReportColumn("number", ReportText.colNumber.text, .label),
         ReportColumn("person", ReportText.colPerson.text, .label),
         ReportColumn("status", ReportText.colStatus.text, .label),
         ReportColumn("priority", ReportText.colPriority.text, .label),
         ReportColumn("area", ReportText.colArea.text, .label),
         ReportColumn("caseworker", ReportText.colCaseworker.text, .label),
         ReportColumn("opened", ReportText.colOpened.text, .label),
         ReportColumn("overdue", ReportText.colOverdue.text, .label)]
            + (includeSensitive ? [ReportColumn("description", ReportText.colDescription.text, .label)] : [])
    }

    static func caseListCells(_ s: CaseSummary) -> [ReportCell] {
        [.text(s.number), .text(s.personName), .label(s.status.label.text), .label(s.priority.label.text),
         .label(s.serviceArea.label.text), s.caseworkerName.map { .text($0) } ?? .label(ReportText.unassigned.text),
         .text(CalendarDate(s.openedAt).iso), .label(s.isOverdue ? ReportText.yes.text : ReportText.no.text)]
    }
}
