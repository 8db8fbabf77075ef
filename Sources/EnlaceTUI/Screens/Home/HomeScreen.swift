import Foundation
import EnlaceCore
import EnlaceStore

/// The home queue's half of the loop: opening, tabs, moves, and windows from the store.
enum HomeScreen {
    /// Rows: 0 frame, 1 title, 2 tabs, 3 column headers, 4... rows, height-2 message line.
    static let firstRow = 4

    static func page(_ state: AppState) -> Int { max(1, state.height - 6) }

    /// Whose follow-ups the home tab counts and lists: a supervisor watches the team's.
    static func followUpScope(_ state: AppState) -> FollowUpScope {
        state.user.role == .supervisor ? .team : .mine
    }

    /// Opens the home queue on top (the global "Mi bandeja" resets the history to it).
    static func enter(_ state: inout AppState) -> [Effect] {
        state.reset(to: .home)
        return refresh(&state)
    }

    /// Reads the counts and the window of the tab shown, keeping the place in it.
    static func refresh(_ state: inout AppState) -> [Effect] {
        [loadCounts()] + load(&state, loaded(state) ? .refresh : .move(.first))
    }

    static func resized(_ state: inout AppState, oldHeight: Int) -> [Effect] {
        guard max(1, oldHeight - 6) != page(state) else { return [] }
        return load(&state, .refresh)
    }

    /// Whether the tab shown has been read before (then a refresh keeps its place).
    static func loaded(_ state: AppState) -> Bool {
        switch state.home.tab {
        case .myCases: return state.home.myCases.loaded
        case .unassigned: return state.home.unassigned.loaded
        case .followUps: return state.home.followUps.loaded
        case .referrals: return state.home.referrals.loaded
        }
    }

    // MARK: tabs

    static func show(_ tab: HomeState.Tab, _ state: inout AppState) -> [Effect] {
        state.home.tab = tab
        return load(&state, loaded(state) ? .refresh : .move(.first))
    }

    static func stepTab(_ delta: Int) -> CommandAction {
        { state in show(TabCommands.stepped(HomeState.Tab.allCases, from: state.home.tab, by: delta), &state) }
    }

    static func openSelected(_ state: inout AppState) -> [Effect] {
        guard let id = state.home.selectedCaseId else { return [] }
        return ScreenDispatch.open(&state, .caseDetail(caseId: id))
    }

    static func noRow(_ state: AppState) -> LocalizedText? {
        state.home.selectedCaseId == nil
            ? .init(es: "No hay ninguna fila seleccionada en esta pestaña.", en: "No row is selected on this tab.") : nil
    }

    // MARK: loading

    static func move(_ move: QueueWindowMove) -> CommandAction {
        { state in load(&state, move) }
    }

    static func load(_ state: inout AppState, _ move: QueueWindowMove) -> [Effect] {
        if state.home.refusal != nil { return [] }
        let size = page(state)
        let pageOf: @Sendable (AppState) -> Int = { page($0) }
        switch state.home.tab {
        case .myCases:
            guard let read = state.home.myCases.plan(move, page: size) else { return [] }
            return [QueueLoad.effect("home.myCases", read, window: \AppState.home.myCases, page: pageOf,
                                     failure: refused) { ctx, after, limit in
                try ctx.desk.myCases(by: ctx.user, after: after, limit: limit)
            }]
        case .unassigned:
            guard let read = state.home.unassigned.plan(move, page: size) else { return [] }
            return [QueueLoad.effect("home.unassigned", read, window: \AppState.home.unassigned, page: pageOf,
                                     failure: refused) { ctx, after, limit in
                try ctx.desk.unassignedCases(by: ctx.user, after: after, limit: limit)
            }]
        case .followUps:
            guard let read = state.home.followUps.plan(move, page: size) else { return [] }
            let scope = followUpScope(state)
            return [QueueLoad.effect("home.followUps", read, window: \AppState.home.followUps, page: pageOf,
                                     failure: refused) { ctx, after, limit in
                try dueByEndOfToday(ctx, scope: scope, after: after, limit: limit)
            }]
        case .referrals:
            guard let read = state.home.referrals.plan(move, page: size) else { return [] }
            return [QueueLoad.effect("home.referrals", read, window: \AppState.home.referrals, page: pageOf,
                                     failure: refused) { ctx, after, limit in
                try ctx.desk.referralsAwaitingResponse(by: ctx.user, now: ctx.now, after: after, limit: limit)
            }]
        }
    }

    /// Overdue follow-ups, then those due later today: one window across both store ranges
    /// (the overdue ones all come first in due order, so one key continues either).
    static func dueByEndOfToday(_ ctx: DeskContext, scope: FollowUpScope, after: DueQueueKey?,
                                limit: Int) throws -> [FollowUpQueueItem] {
        var rows: [FollowUpQueueItem] = []
        if after.map({ $0.due < Int64(ctx.now.timeIntervalSince1970) }) ?? true {
            rows = try ctx.desk.followUpsDue(scope: scope, range: .overdue, now: ctx.now, timeZone: ctx.timeZone, by: ctx.user,
                                             after: after, limit: limit)
        }
        if rows.count < limit {
            rows += try ctx.desk.followUpsDue(scope: scope, range: .today, now: ctx.now, timeZone: ctx.timeZone, by: ctx.user,
                                              after: rows.last?.key ?? after, limit: limit - rows.count)
        }
        return rows
    }

    static func loadCounts() -> Effect {
        .run("home.counts", failure: refused) { ctx in
            let scope: FollowUpScope = ctx.user.role == .supervisor ? .team : .mine
            let counts = try ctx.desk.queueCounts(followUpScope: scope, now: ctx.now, timeZone: ctx.timeZone, by: ctx.user)
            return StateChange { state in
                state.home.counts = counts
                state.home.refusal = nil
                return []
            }
        }
    }

    /// A role without queues (volunteer, admin) gets the reason on screen; other errors go to
    /// the message line.
    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            if case StoreError.notPermitted = error {
                state.home.refusal = DeskTask.describe(error, state.language)
            } else {
                state.message = StatusMessage(
                    HomeText.loadFailed.format(state.language, ["error": DeskTask.describe(error, state.language)]),
                    role: .error)
            }
            return []
        }
    }
}
