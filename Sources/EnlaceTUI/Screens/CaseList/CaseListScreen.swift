import EnlaceCore
import EnlaceStore

/// The case list's half of the loop: opening, keys, and windows arriving from the store.
enum CaseListScreen {
    static func enter(_ state: inout AppState) -> [Effect] {
        state.push(.caseList)
        return reload(&state)
    }

    /// A list move: a step inside the window moves the selection; past its edge, a page or an
    /// end asks the store for the window (one row for a step).
    static func move(_ move: ListMove) -> CommandAction {
        { state in
            let list = state.caseList
            let (top, bottom, rows) = (list.rows.first?.key, list.rows.last?.key, page(state))
            switch move {
            case .up:
                if list.selected > 0 { state.caseList.selected -= 1; return [] }
                return top.map { [.loadWindow(request(list, $0, .before, 1), .move(.up))] } ?? []
            case .down:
                if list.selected < list.rows.count - 1 { state.caseList.selected += 1; return [] }
                return bottom.map { [.loadWindow(request(list, $0, .after, 1), .move(.down))] } ?? []
            case .pageUp: return top.map { [.loadWindow(request(list, $0, .before, rows), .move(.pageUp))] } ?? []
            case .pageDown: return bottom.map { [.loadWindow(request(list, $0, .after, rows), .move(.pageDown))] } ?? []
            case .first: return [.loadWindow(request(list, nil, .after, rows), .move(.first))]
            case .last: return [.loadWindow(request(list, nil, .before, rows), .move(.last))]
            }
        }
    }

    /// The whole list for the filter typed (not only the rows on screen), as a person-level
    /// file in the output folder; the store checks the role and audits it.
    static func export(_ state: inout AppState, _ format: ReportExport.Format) -> [Effect] {
        let filter = state.caseList.filter
        return [ReportExport.run("caseList.export", stem: "casos", format, language: state.language,
                                 saved: ReviewText.exported.text) { ctx in
            try ctx.desk.exportFilteredCaseList(filter: filter, by: ctx.user)
        }]
    }

    static func clearFilter(_ state: inout AppState) -> [Effect] {
        state.caseList.filter = ""
        state.caseList.editingFilter = false
        return reload(&state)
    }

    enum FilterKey: Sendable { case type, erase, leave }

    /// The keys of the filter box while it is being typed.
    static let filterKeys = KeyMap<FilterKey>([
        KeyBinding(patterns: [.typing, .paste], .type, es: "Escribe en el filtro (la lista se filtra al escribir)",
                   en: "Types into the filter (the list filters as you type)"),
        KeyBinding([.backspace], .erase, es: "Borra la última letra del filtro", en: "Erases the filter's last letter"),
        KeyBinding([.enter, .tab, .down], .leave, es: "Deja el filtro y vuelve a la lista", en: "Leaves the filter for the list"),
    ])

    /// Typing into the filter box. Returns nil for keys that are not text editing, so that
    /// global commands (F1, F10, Ctrl-Q...) still work while the filter is focused.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard state.caseList.editingFilter, let action = filterKeys.action(for: key) else { return nil }
        var filter = state.caseList.filter
        switch (action, key) {
        case (.type, .char(let c)):
            filter.append(c)
        case (.type, .paste(let text)):
            filter += text.replacingOccurrences(of: "\n", with: " ")
        case (.type, _):
            return nil
        case (.erase, _):
            if filter.isEmpty { return [] }
            filter.removeLast()
        case (.leave, _):
            state.caseList.editingFilter = false
            return []
        }
        if filter.count > CaseListLayout.maxFilterLength {
            filter = String(filter.prefix(CaseListLayout.maxFilterLength))
            state.message = StatusMessage(
                LocalizedText(es: "El filtro admite hasta \(CaseListLayout.maxFilterLength) caracteres; se recortó.",
                              en: "The filter takes up to \(CaseListLayout.maxFilterLength) characters; it was cut.")(state.language),
                role: .warning)
        }
        if filter == state.caseList.filter { return [] }
        state.caseList.filter = filter
        return reload(&state)
    }

    static func page(_ state: AppState) -> Int { CaseListLayout.pageSize(height: state.height) }

    static func request(_ list: CaseListState, _ anchor: CaseListKey?, _ direction: CaseWindowRequest.Direction, _ limit: Int) -> CaseWindowRequest {
        CaseWindowRequest(filter: list.filter, anchor: anchor, direction: direction, limit: limit)
    }

    /// The first page and the count for the current filter.
    static func reload(_ state: inout AppState) -> [Effect] {
        state.caseList.countKnown = false
        return [
            .loadWindow(request(state.caseList, nil, .after, page(state)), .move(.first)),
            .loadCount(filter: state.caseList.filter),
        ]
    }

    /// Another terminal changed something: the visible window again from the same top row, and
    /// the count.
    static func refresh(_ state: inout AppState) -> [Effect] {
        refreshKeepingTop(&state) + [.loadCount(filter: state.caseList.filter)]
    }

    static func resized(_ state: inout AppState, oldHeight: Int) -> [Effect] {
        if CaseListLayout.pageSize(height: state.height) != CaseListLayout.pageSize(height: oldHeight) {
            return refreshKeepingTop(&state)
        }
        return []
    }

    /// Reloads the visible window starting from the same top row, keeping the selection.
    static func refreshKeepingTop(_ state: inout AppState) -> [Effect] {
        let list = state.caseList
        let keep = list.selectedCase?.id
        guard let top = list.rows.first else {
            return [.loadWindow(request(list, nil, .after, page(state)), .refill(keepSelectedID: keep))]
        }
        return [.loadWindow(request(list, top.key, .before, 1), .rowAboveTop(keepSelectedID: keep))]
    }

    static func countLoaded(_ state: inout AppState, filter: String, count: Int?) {
        if filter == state.caseList.filter {
            state.caseList.count = count
            state.caseList.countKnown = true
        }
    }

    static func applyWindow(_ state: inout AppState, _ purpose: WindowPurpose, _ rows: [CaseSummary]) -> [Effect] {
        let page = page(state)
        var list = state.caseList
        defer { state.caseList = list }
        list.loaded = true
        list.loadError = nil
        switch purpose {
        case .move(.first):
            list.rows = rows
            list.selected = 0
        case .move(.last):
            list.rows = rows
            list.selected = max(0, rows.count - 1)
        case .move(.down):
            if let row = rows.first {
                list.rows.append(row)
                if list.rows.count > page { list.rows.removeFirst(list.rows.count - page) }
                list.selected = list.rows.count - 1
            }
        case .move(.up):
            if let row = rows.first {
                list.rows.insert(row, at: 0)
                if list.rows.count > page { list.rows.removeLast(list.rows.count - page) }
                list.selected = 0
            }
        case .move(.pageDown):
            if rows.isEmpty {
                list.selected = max(0, list.rows.count - 1)
            } else {
                let offset = list.selected
                list.rows = Array((list.rows + rows).suffix(page))
                list.selected = rows.count == page ? offset : list.rows.count - 1
            }
        case .move(.pageUp):
            if rows.isEmpty {
                list.selected = 0
            } else {
                let offset = list.selected
                list.rows = Array((rows + list.rows).prefix(page))
                list.selected = rows.count == page ? offset : 0
            }
        case .rowAboveTop(let keep):
            let anchor = rows.first?.key
            return [.loadWindow(request(list, anchor, .after, page), .refill(keepSelectedID: keep))]
        case .refill(let keep):
            list.rows = rows
            if let keep, let i = rows.firstIndex(where: { $0.id == keep }) {
                list.selected = i
            } else {
                list.selected = min(list.selected, max(0, rows.count - 1))
            }
        }
        list.selected = min(max(0, list.selected), max(0, list.rows.count - 1))
        return []
    }
}
