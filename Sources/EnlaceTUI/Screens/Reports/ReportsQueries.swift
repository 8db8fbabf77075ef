import Foundation
import EnlaceCore
import EnlaceStore

/// The charts the reports screen shows, read from the store's report queries in one task:
/// each reads count tables kept by triggers, never the case table whole. Every panel names the
/// report (`ReportKind`) and the filter it was read with, so an export writes the same figures.
extension CaseDesk {
    func reportPanels(_ filter: ReportFilter, now: Date, by actor: UserAccount) throws -> [ReportPanel] {
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
        func person(_ name: String?) -> LocalizedText { name.map(LocalizedText.plain) ?? ReviewText.unassigned.text }
        let monthly = Self.monthlyFilter(filter, now: now)
        let flow = try casesPerMonth(monthly, now: now, by: actor)
        let services = try referralsByKindAndStatus(filter, by: actor).sorted {
            (Self.order($0.kind), Self.order($0.status)) < (Self.order($1.kind), Self.order($1.status))
        }
        let times = try partnerResponseTimes(filter, by: actor).filter { $0.medianDays != nil }
        let results = try referralResultsByKind(filter, by: actor).sorted {
            (Self.order($0.kind), Self.order($0.result)) < (Self.order($1.kind), Self.order($1.result))
        }
        let events = Array(try intakesPerEvent(filter, by: actor).reversed())   // oldest first, as months
        func people(_ rows: [PeopleCount]) -> ReportChart {
            .bars(rows.map { ReportBar($0.name.map(LocalizedText.plain) ?? ReportsText.notGiven.text, $0.count) })
        }
        return [
            ReportPanel(title: ReportsText.casesPerMonth.text, note: ReportsText.casesPerMonthNote.text,
                        chart: .grouped(series: [ReportsText.opened.text, ReportsText.closed.text], labels: flow.map(\.label),
                                        values: flow.map { [$0.opened, $0.closed] }),
                        kind: .casesPerMonth, filter: monthly),
            ReportPanel(title: ReportsText.openByStatus.text, note: ReportsText.allOpenNote.text, chart: .bars(byStatus),
                        kind: .openByAge),
            ReportPanel(title: ReportsText.openByAge.text, note: ReportsText.allOpenNote.text, chart: .bars(byAge),
                        kind: .openByAge),
            ReportPanel(title: ReportsText.openByPerson.text, note: ReportsText.nowNote.text,
                        chart: .bars(figures.workload.map { ReportBar(person($0.person.name), $0.openCases) }), kind: .workload),
            ReportPanel(title: ReportsText.overdueByPerson.text, note: ReportsText.nowNote.text,
                        chart: .bars(figures.overdue.map { ReportBar(person($0.caseworkerName), $0.count) }),
                        kind: .overdueFollowUps),
            ReportPanel(title: ReportsText.services.text, note: ReportsText.createdNote.text,
                        chart: .bars(services.map { ReportBar(Self.pair($0.kind.label.text, $0.status.label.text), $0.count) }),
                        kind: .services, filter: filter),
            ReportPanel(title: ReportsText.responseTime.text, note: ReportsText.responseTimeNote.text,
                        chart: .bars(times.map { t in
                            ReportBar(LocalizedText(es: "\(t.kind.label(.es)) (\(t.responses))", en: "\(t.kind.label(.en)) (\(t.responses))"),
                                      Int(t.medianDays!.rounded()))
                        }), kind: .responseTime, filter: filter),
            ReportPanel(title: ReportsText.outcomes.text, note: ReportsText.createdNote.text,
                        chart: .bars(results.map { ReportBar(Self.pair($0.kind.label.text, $0.result.label), $0.count) }),
                        kind: .outcomes, filter: filter),
            ReportPanel(title: ReportsText.peopleByState.text, note: ReportsText.peopleNote.text,
                        chart: people(try peopleByOriginState(filter, by: actor)), kind: .peopleByState, filter: filter),
            ReportPanel(title: ReportsText.peopleByAssociation.text, note: ReportsText.peopleNote.text,
                        chart: people(try peopleByHometownAssociation(filter, by: actor)), kind: .peopleByAssociation,
                        filter: filter),
            ReportPanel(title: ReportsText.intakesPerEvent.text, note: ReportsText.eventsNote.text,
                        chart: .grouped(series: [ReportsText.eventCases.text, ReportsText.eventPeople.text],
                                        labels: events.map { "\($0.name) (\($0.heldOn))" },
                                        values: events.map { [$0.cases, $0.people] }),
                        kind: .intakesPerEvent, filter: filter),
        ]
    }

    /// Cases per month need a period: without a start, the 12 calendar months (UTC) up to the
    /// end of the range (or this month).
    static func monthlyFilter(_ filter: ReportFilter, now: Date) -> ReportFilter {
        guard filter.from == nil else { return filter }
        var f = filter
        let end = filter.to ?? CalendarDate(now)
        let months = end.year * 12 + end.month - 1 - 11
        f.from = CalendarDate(year: months / 12, month: months % 12 + 1, day: 1)
        return f
    }

    static func pair(_ a: LocalizedText, _ b: LocalizedText) -> LocalizedText {
        LocalizedText(es: a(.es) + " · " + b(.es), en: a(.en) + " · " + b(.en))
    }

    static func order<T: CaseIterable & Equatable>(_ value: T) -> Int {
        Array(T.allCases).firstIndex(of: value) ?? 0
    }
}
