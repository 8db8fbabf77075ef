import Foundation
import EnlaceCore
import EnlaceStore

/// The charts the reports screen shows, read from the store in one task.
///
/// MERGE NOTE (reports branch): "cases opened per month" is counted here from the case list
/// window (walked newest first until the 12 months are passed) because this branch has no
/// period query. After the reports branch is merged, replace `openedPerMonth` with
/// `desk.casesPerMonth(ReportFilter(from: first day 11 months ago), now:, by:)` shown as
/// `.grouped(series: [opened, closed], ...)`, and append panels for
/// `referralsByKindAndStatus`, `partnerResponseTimes` (median days), `referralResultsByKind`,
/// `peopleByOriginState`, `peopleByHometownAssociation` and `intakesPerEvent` as `.bars`;
/// the view draws every `ReportChart` already.
extension CaseDesk {
    func reportPanels(now: Date, by actor: UserAccount) throws -> [ReportPanel] {
        let figures = try reviewFigures(now: now, by: actor)
        let counts = figures.openCounts
        let statuses = CaseStatus.allCases.filter(\.isOpen)
        let byStatus = statuses.map { s in
            ReportBar(s.label.text, CaseAgeBucket.allCases.reduce(0) { $0 + counts.count(s, $1) })
        }
        let byAge = CaseAgeBucket.allCases.map { b in
            ReportBar(LocalizedText(es: ReportsText.days.format(.es, ["age": b.label]), en: ReportsText.days.format(.en, ["age": b.label])),
                      statuses.reduce(0) { $0 + counts.count($1, b) })
        }
        func person(_ name: String?) -> LocalizedText { name.map { LocalizedText(es: $0, en: $0) } ?? ReviewText.unassigned.text }
        return [
            ReportPanel(title: ReportsText.openedPerMonth.text, note: ReportsText.openedPerMonthNote.text,
                        chart: .trend(try openedPerMonth(now: now, by: actor))),
            ReportPanel(title: ReportsText.openByStatus.text, note: ReportsText.allOpenNote.text, chart: .bars(byStatus)),
            ReportPanel(title: ReportsText.openByAge.text, note: ReportsText.allOpenNote.text, chart: .bars(byAge)),
            ReportPanel(title: ReportsText.openByPerson.text, note: ReportsText.nowNote.text,
                        chart: .bars(figures.workload.map { ReportBar(person($0.person.name), $0.openCases) })),
            ReportPanel(title: ReportsText.overdueByPerson.text, note: ReportsText.nowNote.text,
                        chart: .bars(figures.overdue.map { ReportBar(person($0.caseworkerName), $0.count) })),
        ]
    }

    /// Cases opened in each of the last 12 calendar months (UTC), oldest first, "2026-03".
    func openedPerMonth(now: Date, by actor: UserAccount) throws -> [ReportBar] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let thisMonth = calendar.date(from: calendar.dateComponents([.year, .month], from: now))!
        let months = (0..<12).reversed().map { calendar.date(byAdding: .month, value: -$0, to: thisMonth)! }
        var counts = Array(repeating: 0, count: 12)
        try walkCases(by: actor) { c in
            guard c.openedAt >= months[0] else { return false }
            if let i = months.lastIndex(where: { $0 <= c.openedAt }) { counts[i] += 1 }
            return true
        }
        return zip(months, counts).map { month, n in
            let parts = calendar.dateComponents([.year, .month], from: month)
            return ReportBar(name: String(format: "%04d-%02d", parts.year!, parts.month!), n)
        }
    }
}
