import EnlaceCore
import EnlaceStore

/// The search screen's half of the loop: typing asks the store once the keys stop (one search
/// per pause, not per key), answers to an older query are dropped, the results a person saw
/// are audited once drawn, Enter opens a case.
enum SearchScreen {
    /// Opens the screen; a query typed before is kept and asked again (the data may have moved).
    static func enter(_ state: inout AppState) -> [Effect] {
        state.push(.search)
        state.search.opened = nil
        return refresh(&state)
    }

    /// The query box's keys: a text field's, but Ctrl-E stays the language switch.
    static let queryKeys = TextField.keys.without([.ctrl("e")])

    /// Typing into the query box. Keys that are not editing (Enter, Esc, arrows, F-keys,
    /// Ctrl-E for the language) are left to the registry.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard queryKeys.action(for: key) != nil else { return nil }
        var field = state.search.query
        guard field.handle(key) else { return nil }
        if case .paste(let text) = key, text.count + state.search.query.text.count > SearchLayout.maxQueryLength {
            state.say(.init(es: "La búsqueda admite hasta \(SearchLayout.maxQueryLength) caracteres; se recortó.",
                            en: "The search takes up to \(SearchLayout.maxQueryLength) characters; it was cut."), .warning)
        }
        let changed = field.text != state.search.query.text
        state.search.query = field
        return changed ? ask(&state, keepSelection: false, timing: .whenQuiet) : []
    }

    static func clear(_ state: inout AppState) -> [Effect] {
        state.search.query = TextField("", maxLength: SearchLayout.maxQueryLength)
        return ask(&state, keepSelection: false)
    }

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        state.search.cursor.apply(move, count: state.search.rows.count, page: SearchLayout.pageSize(height: state.height))
        return []
    }

    /// Asks the store for the current query: at once, or (typing) once the keys stop. The
    /// answer is applied only while the query is still the one typed (a slower, older answer is
    /// dropped); once applied, the frame that shows it is drawn, then its `searched` audit row
    /// is written (`CaseDesk.auditShown`): one row per query a person saw results for.
    /// `thenOpen`: Enter came before the answer; the chosen row opens once it is in.
    static func ask(_ state: inout AppState, keepSelection: Bool, timing: TaskTiming = .now,
                    thenOpen: Bool = false) -> [Effect] {
        let query = state.search.query.text
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            state.search.hits = []
            state.search.answeredQuery = query
            state.search.problem = nil
            state.search.cursor = ListCursor()
            return []
        }
        let keep = keepSelection ? state.search.selectedRow.map { identity(state.search, $0) } : nil
        return [.run("search", timing: timing, failure: { error in
            StateChange { state in
                guard state.search.query.text == query else { return [] }
                state.search.hits = []
                state.search.answeredQuery = query
                state.search.problem = DeskTask.describe(error, state.language)
                return []
            }
        }) { ctx in
            let page = try ctx.desk.searchPage(trimmed, by: ctx.user, limit: SearchLayout.limit)
            let hits = page.hits
            let statuses = try ctx.desk.caseStatuses(numbers: hits.flatMap(\.caseNumbers), by: ctx.user)
            return StateChange { state in
                guard state.search.query.text == query else { return [] }
                state.search.hits = hits
                state.search.caseStatuses = statuses
                state.search.answeredQuery = query
                state.search.problem = nil
                let rows = state.search.rows
                var cursor = ListCursor()
                if let keep, let i = rows.firstIndex(where: { identity(state.search, $0) == keep }) {
                    cursor = state.search.cursor
                    cursor.selected = i
                }
                cursor.clamp(count: rows.count, page: SearchLayout.pageSize(height: state.height))
                state.search.cursor = cursor
                let audit = Effect.run("search.audit", timing: .afterFrame) { ctx in
                    try ctx.desk.auditShown(page, by: ctx.user)
                    return .none
                }
                return [audit] + (thenOpen ? openSelected(&state) : [])
            }
        }]
    }

    /// A row's identity across answers: the person and, for a case line, the case number.
    private static func identity(_ search: SearchState, _ row: SearchRow) -> String {
        switch row {
        case .person(let i): return "p\(search.hits[i].personId)"
        case .caseNumber(_, let number, _): return "c" + number
        }
    }

    /// Another terminal changed the data (or Ctrl-R): the same query again, same selection.
    static func refresh(_ state: inout AppState) -> [Effect] {
        ask(&state, keepSelection: true)
    }

    static func resized(_ state: inout AppState) -> [Effect] {
        state.search.cursor.clamp(count: state.search.rows.count, page: SearchLayout.pageSize(height: state.height))
        return []
    }

    /// Enter: a case line opens that case; a person opens the person's newest open case, or
    /// says there is none and how to start an intake.
    static func openSelected(_ state: inout AppState) -> [Effect] {
        // Typed and Enter before the search ran (one burst): the search now, then the open.
        if !state.search.isAnswered { return ask(&state, keepSelection: false, thenOpen: true) }
        guard let row = state.search.selectedRow else { return [] }
        switch row {
        case .caseNumber(_, let number, _):
            return [.run("search.openCase") { ctx in
                let id = try ctx.desk.caseId(for: number)
                return StateChange { state in
                    guard let id else {
                        state.message = StatusMessage(SearchText.caseGone.format(state.language, ["number": number]), role: .warning)
                        return []
                    }
                    return open(&state, .caseDetail(caseId: id))
                }
            }]
        case .person(let i):
            let hit = state.search.hits[i]
            return [.run("search.openPerson") { ctx in
                let id = try ctx.desk.mostRecentOpenCaseId(personId: hit.personId, orClosed: true, by: ctx.user)
                return StateChange { state in
                    guard let id else {
                        state.message = StatusMessage(SearchText.noOpenCase.format(state.language, ["name": hit.listName]), role: .warning)
                        return []
                    }
                    return open(&state, .caseDetail(caseId: id))
                }
            }]
        }
    }

    private static func open(_ state: inout AppState, _ route: Route) -> [Effect] {
        state.search.opened = route
        return ScreenDispatch.open(&state, route)
    }
}
