import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Every case behind a figure (`drillDown`'s cases, newest first) as the person-level case
    /// list table: the same columns as `exportCaseList`, the case description only when
    /// `includeSensitive`. Needs `.exportPersonLevel` (supervisors); one audit row records who,
    /// when, the figure, whether sensitive fields were included and how many rows were given.
    public func exportDrillDown(_ figure: ReportDrillDown, includeSensitive: Bool = false, now: Date? = nil,
                                by actor: UserAccount) throws -> ReportTable {
        let now = now ?? clock.now()
        return try write { db in
            try self.requirePersonLevel(db, actor)
            let dense = try self.isDense(db, figure, now: now, limit: Self.drillDownDenseLimit)
            var cases: [CaseSummary] = []
            var after: CaseListKey?
            while true {
                let q = self.drillDownQuery(figure, after: after, limit: CaseWindowRequest.maximumLimit, now: now, dense: dense)
                let page = try CaseSummaryRow.summaries(db, sql: q.sql, arguments: q.arguments)
                cases += page
                guard page.count == CaseWindowRequest.maximumLimit, let last = page.last else { break }
                after = last.key
            }
            var descriptions: [Int64: String] = [:]
            if includeSensitive {
                for start in stride(from: 0, to: cases.count, by: 500) {
                    let ids = cases[start..<min(cases.count, start + 500)].map(\.id)
                    for row in try CaseDescriptionRow.decodeAll(
                        db, sql: "SELECT id, \(SealedColumn.caseDescription.select()) FROM cases WHERE id IN (\(Self.placeholders(ids.count)))",
                        arguments: StatementArguments(ids)) {
                        descriptions[row.id] = row.description
                    }
                }
            }
            let rows = cases.map { Self.caseListRow($0, description: includeSensitive ? descriptions[$0.id] ?? "" : nil) }
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "report", entityID: nil,
                             action: "exportPersonLevel", reason: ReportKind.caseList.rawValue,
                             changedFields: ["rows": [String(rows.count)], "figure": [String(describing: figure)],
                                             "sensitive": [includeSensitive ? "yes" : "no"]])
            var notes = [ReportText.noteAsOf.text.filling(["date": .plain(CalendarDate(now).iso)])]
            if includeSensitive { notes.append(ReportText.noteSensitive.text) }
            return ReportTable(id: ReportKind.caseList.rawValue, title: ReportKind.caseList.title.text,
                               columns: Self.caseListColumns(includeSensitive: includeSensitive), rows: rows, notes: notes)
        }
    }
}
