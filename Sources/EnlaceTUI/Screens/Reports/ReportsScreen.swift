import Foundation
import EnlaceCore
import EnlaceStore

/// The reports' half of the loop: opening, choosing a chart, the filters, the exports.
enum ReportsScreen {
    static func enter(_ state: inout AppState) -> [Effect] {
        if state.screen == .reports { return refresh(&state) }
        state.push(.reports)
        let keep = state.reports
        state.reports = ReportsState()
        state.reports.selected = keep.selected
        state.reports.filter = keep.filter
        state.reports.caseworkerName = keep.caseworkerName
        state.reports.byteOrderMark = keep.byteOrderMark
        state.reports.refusal = SupervisorGate.refusal(ReportsText.refusal.text, for: state.user.role)
        return refresh(&state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        guard state.reports.refusal == nil else { return [] }
        let filter = state.reports.filter
        return [.run("reports.load", failure: refused) { ctx in
            let panels = try ctx.desk.reportPanels(filter, now: ctx.now, by: ctx.user)
            return StateChange { state in
                guard state.reports.filter == filter else { return [] }
                state.reports.panels = panels
                state.reports.selected = min(state.reports.selected, max(0, panels.count - 1))
                state.reports.loaded = true
                return []
            }
        }]
    }

    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            if let refusal = SupervisorGate.refusal(from: error) {
                state.reports = ReportsState()
                state.reports.refusal = refusal
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    static func step(_ state: inout AppState, by delta: Int) -> [Effect] {
        let n = state.reports.panels.count
        guard n > 0 else { return [] }
        state.reports.selected = (state.reports.selected + delta + n) % n
        return []
    }

    // MARK: - Filters

    /// Asks for the start date, then the end date; a date that does not read is asked again
    /// with the reason, the text kept. Empty: no limit on that side.
    static func askDates(_ state: inout AppState) -> [Effect] {
        askDate(&state, end: false, typed: state.reports.filter.from?.iso ?? "", from: nil)
    }

    private static func askDate(_ state: inout AppState, end: Bool, typed: String, from: CalendarDate?,
                                problem: LocalizedText? = nil) -> [Effect] {
        var dialog = DialogState(title: end ? ReportsText.toTitle.text : ReportsText.fromTitle.text,
                                 message: ReportsText.dateQuestion.text, kind: .text(TextField(typed, maxLength: DateInput.maxInputLength))) { state, answer in
            guard case .text(let text) = answer else { return [] }
            var date: CalendarDate?
            if !text.isEmpty {
                switch DateInput.parse(text, today: CalendarDate(state.now)) {
                case .success(let parsed): date = parsed.date
                case .failure(let problem):
                    return askDate(&state, end: end, typed: text, from: from,
                                   problem: LocalizedText(es: problem.message(.es), en: problem.message(.en)))
                }
            }
            guard end else {
                return askDate(&state, end: true, typed: state.reports.filter.to?.iso ?? "", from: date)
            }
            if let from, let to = date, to < from {
                let values = ["from": from.iso, "to": to.iso]
                return askDate(&state, end: true, typed: text, from: from,
                               problem: LocalizedText(es: ReportsText.fromAfterTo.format(.es, values),
                                                      en: ReportsText.fromAfterTo.format(.en, values)))
            }
            state.reports.filter.from = from
            state.reports.filter.to = date
            return refresh(&state)
        }
        dialog.problem = problem
        state.overlay = .dialog(dialog)
        return []
    }

    /// Whose cases count: everyone, or one person of `assignees`.
    static func askPerson(_ state: inout AppState) -> [Effect] {
        let current = state.reports.filter.caseworkerId
        return [.run("reports.assignees") { ctx in
            let people = try ctx.desk.assignees(by: ctx.user)
            return StateChange { state in
                let choices = [Choice("", ReportsText.anyPerson.text)] + people.map { Choice(String($0.id), name: $0.displayName) }
                var cursor = ListCursor()
                cursor.selected = choices.firstIndex { $0.id == current.map(String.init) } ?? 0
                state.overlay = .dialog(DialogState(title: ReportsText.personTitle.text, message: ReportsText.personQuestion.text,
                                                    kind: .choice(choices, cursor)) { state, answer in
                    guard case .choice(let choice) = answer else { return [] }
                    let person = people.first { String($0.id) == choice.id }
                    state.reports.filter.caseworkerId = person?.id
                    state.reports.caseworkerName = person?.displayName
                    return refresh(&state)
                })
                return []
            }
        }]
    }

    /// Which referrals count: every kind, or one.
    static func askKind(_ state: inout AppState) -> [Effect] {
        let choices = [Choice("", ReportsText.anyKind.text)] + ReferralKind.allCases.map { Choice($0.rawValue, $0.label.text) }
        var cursor = ListCursor()
        cursor.selected = choices.firstIndex { $0.id == (state.reports.filter.kind?.rawValue ?? "") } ?? 0
        state.overlay = .dialog(DialogState(title: ReportsText.kindTitle.text, message: ReportsText.kindQuestion.text,
                                            kind: .choice(choices, cursor)) { state, answer in
            guard case .choice(let choice) = answer else { return [] }
            state.reports.filter.kind = ReferralKind(rawValue: choice.id)
            return refresh(&state)
        })
        return []
    }

    static func clearFilters(_ state: inout AppState) -> [Effect] {
        state.reports.filter = ReportFilter()
        state.reports.caseworkerName = nil
        state.say(ReportsText.filtersCleared.text, .success)
        return refresh(&state)
    }

    // MARK: - Exports

    /// The chart's report as a file: CSV or JSON, or the aggregate for partners (`shared`:
    /// counts under 5 suppressed, totals dropped), CSV.
    static func export(_ state: inout AppState, _ format: ReportExport.Format, shared: Bool = false) -> [Effect] {
        guard let panel = state.reports.panel else { return [] }
        let kind = panel.kind, filter = panel.filter
        return [ReportExport.run(shared ? "reports.exportShared" : "reports.export",
                                 stem: "informe-\(kind.rawValue)" + (shared ? "-agregado" : ""), format,
                                 language: state.language, saved: shared ? ReportsText.exportedShared.text : ReportsText.exported.text) { ctx in
            shared ? try ctx.desk.sharedReport(kind, filter: filter, now: ctx.now, by: ctx.user)
                   : try ctx.desk.report(kind, filter: filter, now: ctx.now, by: ctx.user)
        }]
    }

    static func exportCSV(_ state: inout AppState) -> [Effect] {
        export(&state, .csv(byteOrderMark: state.reports.byteOrderMark))
    }

    static func exportJSON(_ state: inout AppState) -> [Effect] { export(&state, .json) }

    static func exportShared(_ state: inout AppState) -> [Effect] {
        export(&state, .csv(byteOrderMark: state.reports.byteOrderMark), shared: true)
    }

    static func toggleByteOrderMark(_ state: inout AppState) -> [Effect] {
        state.reports.byteOrderMark.toggle()
        state.say(state.reports.byteOrderMark ? ReportsText.bomOn.text : ReportsText.bomOff.text, .success)
        return []
    }
}
