import Foundation
import EnlaceCore
import EnlaceStore

/// The Elm loop's pure half: `update` turns an event into a new state and effects, `view` draws
/// a state into a buffer. No terminal and no database here.
public struct App: Sendable {
    public let registry: CommandRegistry

    public init(registry: CommandRegistry = .standard) {
        self.registry = registry
    }

    /// The first effects after start: the first page and the count.
    public func start(_ state: inout AppState) -> [Effect] {
        reload(&state)
    }

    public func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
        switch event {
        case .key(let key):
            return handleKey(&state, key)
        case .resize(let w, let h):
            let oldPage = CaseListLayout.pageSize(height: state.height)
            state.width = w
            state.height = h
            if CaseListLayout.pageSize(height: h) != oldPage, !state.isTooSmall {
                return refreshKeepingTop(&state)
            }
            return []
        case .tick(let now):
            state.now = now
            return []
        case .dataChanged:
            return refreshKeepingTop(&state) + [.loadCount(filter: state.caseList.filter)]
        case .windowLoaded(let purpose, let rows):
            return applyWindow(&state, purpose, rows)
        case .countLoaded(let filter, let count):
            if filter == state.caseList.filter {
                state.caseList.count = count
                state.caseList.countKnown = true
            }
            return []
        case .loadFailed(let error):
            state.caseList.loadError = error
            state.message = StatusMessage(TUIText.loadError.format(state.language, ["error": error]), role: .error)
            return []
        }
    }

    // MARK: keys

    private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.message = nil
        switch state.overlay {
        case .help(let scroll):
            return handleHelpKey(&state, key, scroll: scroll)
        case .palette(let palette):
            return handlePaletteKey(&state, key, palette: palette)
        case .none:
            break
        }
        if key == .ctrl("c") {
            state.message = StatusMessage(TUIText.quitHint(state.language), role: .warning)
            return []
        }
        if state.caseList.editingFilter, let effects = handleFilterTyping(&state, key) {
            return effects
        }
        guard let command = registry.command(for: key, in: state.scope) else { return [] }
        return run(&state, command.id)
    }

    /// Runs a command by id, as a key or the palette asks. A disabled command says why.
    public func run(_ state: inout AppState, _ id: CommandID) -> [Effect] {
        guard let command = registry.command(id) else { return [] }
        if let reason = command.disabledReason(state) {
            state.message = StatusMessage(
                TUIText.commandDisabled.format(state.language, ["command": command.label(state.language), "reason": reason(state.language)]),
                role: .warning)
            return []
        }
        let page = CaseListLayout.pageSize(height: state.height)
        var list = state.caseList
        defer { state.caseList = list }
        switch id {
        case .help:
            state.overlay = .help(scroll: 0)
        case .palette:
            state.overlay = .palette(PaletteState())
        case .quit:
            state.shouldQuit = true
        case .switchLanguage:
            state.language = state.language.toggled
            state.message = StatusMessage(TUIText.languageSwitched(state.language), role: .success)
        case .redraw:
            state.caseList = list
            let effects = refreshKeepingTop(&state) + [.loadCount(filter: state.caseList.filter)]
            list = state.caseList
            return effects
        case .moveUp:
            if list.selected > 0 { list.selected -= 1 }
            else if let top = list.rows.first { return [.loadWindow(request(list, top.key, .before, 1), .stepUp)] }
        case .moveDown:
            if list.selected < list.rows.count - 1 { list.selected += 1 }
            else if let bottom = list.rows.last { return [.loadWindow(request(list, bottom.key, .after, 1), .stepDown)] }
        case .pageUp:
            if let top = list.rows.first { return [.loadWindow(request(list, top.key, .before, page), .pageUp)] }
        case .pageDown:
            if let bottom = list.rows.last { return [.loadWindow(request(list, bottom.key, .after, page), .pageDown)] }
        case .moveFirst:
            return [.loadWindow(request(list, nil, .after, page), .first)]
        case .moveLast:
            return [.loadWindow(request(list, nil, .before, page), .last)]
        case .filter:
            list.editingFilter = true
        case .clearFilter:
            list.filter = ""
            list.editingFilter = false
            state.caseList = list
            let effects = reload(&state)
            list = state.caseList
            return effects
        }
        return []
    }

    /// Typing into the filter box. Returns nil for keys that are not text editing, so that
    /// global commands (F1, F10, Ctrl-Q...) still work while the filter is focused.
    private func handleFilterTyping(_ state: inout AppState, _ key: Key) -> [Effect]? {
        var filter = state.caseList.filter
        switch key {
        case .char(let c):
            filter.append(c)
        case .paste(let text):
            filter += text.replacingOccurrences(of: "\n", with: " ")
        case .backspace:
            if filter.isEmpty { return [] }
            filter.removeLast()
        case .enter, .tab, .down:
            state.caseList.editingFilter = false
            return []
        case .escape:
            return nil
        default:
            return nil
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

    private func handleHelpKey(_ state: inout AppState, _ key: Key, scroll: Int) -> [Effect] {
        switch key {
        case .escape, .function(1), .char("?"), .enter, .char("q"):
            state.overlay = .none
        case .down, .ctrl("j"):
            state.overlay = .help(scroll: scroll + 1)
        case .up, .ctrl("k"):
            state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown:
            state.overlay = .help(scroll: scroll + max(1, state.height - 8))
        case .pageUp:
            state.overlay = .help(scroll: max(0, scroll - max(1, state.height - 8)))
        case .home:
            state.overlay = .help(scroll: 0)
        default:
            // Global keys still work with help open (quit, language).
            if let command = registry.command(for: key, in: .global), command.id == .quit || command.id == .switchLanguage {
                return run(&state, command.id)
            }
        }
        return []
    }

    private func handlePaletteKey(_ state: inout AppState, _ key: Key, palette: PaletteState) -> [Effect] {
        var p = palette
        let matches = paletteMatches(state, query: p.query)
        switch key {
        case .escape, .ctrl("p"):
            state.overlay = .none
            return []
        case .enter:
            state.overlay = .none
            guard matches.indices.contains(p.selected) else { return [] }
            return run(&state, matches[p.selected].id)
        case .up, .ctrl("k"):
            p.selected = max(0, p.selected - 1)
        case .down, .ctrl("j"), .tab:
            p.selected = min(max(0, matches.count - 1), p.selected + 1)
        case .backspace:
            if !p.query.isEmpty { p.query.removeLast() }
            p.selected = 0
        case .char(let c):
            p.query.append(c)
            p.selected = 0
        case .paste(let text):
            p.query += text.replacingOccurrences(of: "\n", with: " ")
            p.selected = 0
        default:
            if let command = registry.command(for: key, in: .global), command.id == .quit {
                return run(&state, .quit)
            }
        }
        state.overlay = .palette(p)
        return []
    }

    /// Commands whose label (or help) contains the typed words, accents and case ignored.
    public func paletteMatches(_ state: AppState, query: String) -> [Command] {
        let words = NameFolding.searchForm(query).split(separator: " ")
        return registry.commands(in: state.scope).filter { command in
            let hay = NameFolding.searchForm(command.label(state.language) + " " + command.help(state.language))
            return words.allSatisfy { hay.contains($0) }
        }
    }

    // MARK: windows

    private func request(_ list: CaseListState, _ anchor: CaseListKey?, _ direction: CaseWindowRequest.Direction, _ limit: Int) -> CaseWindowRequest {
        CaseWindowRequest(filter: list.filter, anchor: anchor, direction: direction, limit: limit)
    }

    private func reload(_ state: inout AppState) -> [Effect] {
        let page = CaseListLayout.pageSize(height: state.height)
        state.caseList.countKnown = false
        return [
            .loadWindow(request(state.caseList, nil, .after, page), .first),
            .loadCount(filter: state.caseList.filter),
        ]
    }

    /// Reloads the visible window starting from the same top row, keeping the selection.
    private func refreshKeepingTop(_ state: inout AppState) -> [Effect] {
        let list = state.caseList
        let keep = list.selectedCase?.id
        guard let top = list.rows.first else {
            return [.loadWindow(request(list, nil, .after, CaseListLayout.pageSize(height: state.height)), .refill(keepSelectedID: keep))]
        }
        return [.loadWindow(request(list, top.key, .before, 1), .rowAboveTop(keepSelectedID: keep))]
    }

    private func applyWindow(_ state: inout AppState, _ purpose: WindowPurpose, _ rows: [CaseSummary]) -> [Effect] {
        let page = CaseListLayout.pageSize(height: state.height)
        var list = state.caseList
        defer { state.caseList = list }
        list.loaded = true
        list.loadError = nil
        switch purpose {
        case .first:
            list.rows = rows
            list.selected = 0
        case .last:
            list.rows = rows
            list.selected = max(0, rows.count - 1)
        case .stepDown:
            if let row = rows.first {
                list.rows.append(row)
                if list.rows.count > page { list.rows.removeFirst(list.rows.count - page) }
                list.selected = list.rows.count - 1
            }
        case .stepUp:
            if let row = rows.first {
                list.rows.insert(row, at: 0)
                if list.rows.count > page { list.rows.removeLast(list.rows.count - page) }
                list.selected = 0
            }
        case .pageDown:
            if rows.isEmpty {
                list.selected = max(0, list.rows.count - 1)
            } else {
                let offset = list.selected
                list.rows = Array((list.rows + rows).suffix(page))
                list.selected = rows.count == page ? offset : list.rows.count - 1
            }
        case .pageUp:
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
