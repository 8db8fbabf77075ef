import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The case list as it stands on the case list screen for `filter` (name, surname, case
    /// number...; "" for every case), newest first, in the person-level export's columns (no
    /// sensitive field). Read window by window through `caseWindow`, so it lists exactly what
    /// the screen pages through. Needs `.exportPersonLevel` (supervisors); one audit row
    /// records who, when, the filter and how many rows were given.
    public func exportFilteredCaseList(filter: String, by actor: UserAccount) throws -> ReportTable {
        try read { db in try self.requirePersonLevel(db, actor) }
        var cases: [CaseSummary] = []
        var anchor: CaseListKey?
        while true {
            let page = try caseWindow(CaseWindowRequest(filter: filter, anchor: anchor, direction: .after,
                                                        limit: CaseWindowRequest.maximumLimit), actor: actor)
            cases += page
            guard page.count == CaseWindowRequest.maximumLimit, let last = page.last else { break }
            anchor = last.key
        }
        try write { db in
            try self.requirePersonLevel(db, actor)
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "report", entityID: nil,
                             action: "exportPersonLevel", reason: ReportKind.caseList.rawValue,
                             changedFields: ["rows": [String(cases.count)], "filter": filter.isEmpty ? [] : ["text=" + filter],
                                             "sensitive": ["no"]])
        }
        var notes = [ReportText.noteAsOf.text.filling(["date": .plain(CalendarDate(clock.now()).iso)])]
        if !filter.isEmpty { notes.append(LocalizedText(es: "Filtro: «\(filter)».", en: "Filter: “\(filter)”.")) }
        return ReportTable(id: ReportKind.caseList.rawValue, title: ReportKind.caseList.title.text,
                           columns: Self.caseListColumns(includeSensitive: false),
                           rows: cases.map { Self.caseListRow($0, description: nil) }, notes: notes)
    }
}
