import Foundation
import EnlaceCore
import EnlaceStore

/// The reports' half of the loop: opening, choosing a chart, reading the figures again.
enum ReportsScreen {
    static func enter(_ state: inout AppState) -> [Effect] {
        if state.screen == .reports { return refresh(&state) }
        state.push(.reports)
        let keep = state.reports.selected
        state.reports = ReportsState()
        state.reports.selected = keep
        state.reports.refusal = SupervisorGate.refusal(ReportsText.refusal.text, for: state.user.role)
        return refresh(&state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        guard state.reports.refusal == nil else { return [] }
        return [.run("reports.load", failure: refused) { ctx in
            let panels = try ctx.desk.reportPanels(now: ctx.now, by: ctx.user)
            return StateChange { state in
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
}
