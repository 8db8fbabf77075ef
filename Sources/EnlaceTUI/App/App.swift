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

    /// The first effects after start: what the first screen shows.
    public func start(_ state: inout AppState) -> [Effect] {
        let top = state.topKey
        return (ScreenDispatch.refresh(&state) + [IntakeDrafts.offerAtStart()]).map { $0.aimed(at: top) }
    }

    /// Applies an event. Every task it asks for is aimed at the screen on top once the event
    /// is applied (the screen that asked, or the one it opened), so its answer lands there even
    /// if other screens are opened over it meanwhile.
    public func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
        let effects = apply(&state, event)
        let top = state.topKey
        return effects.map { $0.aimed(at: top) }
    }

    private func apply(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
        switch event {
        case .key(let key):
            state.lastInputAt = state.now
            return handleKey(&state, key)
        case .resize(let w, let h):
            let (oldWidth, oldHeight) = (state.width, state.height)
            state.width = w
            state.height = h
            if state.isTooSmall { return [] }
            return ScreenDispatch.resized(&state, oldWidth: oldWidth, oldHeight: oldHeight)
        case .tick(let now):
            state.now = now
            return LockScreen.tick(&state) + IntakeDrafts.idle(&state)
        case .dataChanged:
            // Locked, the data key is wiped: the screen is read again at unlock.
            if state.privacy.isLocked { return [] }
            return ScreenDispatch.refresh(&state)
        case .windowLoaded(let purpose, let rows):
            return CaseListScreen.applyWindow(&state, purpose, rows)
        case .countLoaded(let filter, let count):
            CaseListScreen.countLoaded(&state, filter: filter, count: count)
            return []
        case .loadFailed(let error):
            state.caseList.loadError = error
            state.message = StatusMessage(TUIText.loadError.format(state.language, ["error": error]), role: .error)
            return []
        case .changed(let change):
            return change.apply(&state)
        }
    }

    // MARK: keys

    private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        // A locked screen takes every key first; what is under it stays exactly as it was.
        if state.privacy.isLocked { return handleLockKey(&state, key) }
        // The privacy key works at once, over any overlay or form.
        if registry.commands(for: key, in: .global).contains(where: { $0.id == .lockScreen }) {
            return run(&state, .lockScreen)
        }
        state.message = nil
        switch state.overlay {
        case .help(let scroll):
            return handleHelpKey(&state, key, scroll: scroll)
        case .palette(let palette):
            return handlePaletteKey(&state, key, palette: palette)
        case .dialog(let dialog):
            return handleDialogKey(&state, key, dialog: dialog)
        case .none:
            break
        }
        if key == .ctrl("c") {
            state.message = StatusMessage(TUIText.quitHint(state.language), role: .warning)
            return []
        }
        if let effects = ScreenDispatch.input(&state, key) {
            return effects
        }
        // The screen's own command wins; a disabled one gives way to an enabled global one.
        let candidates = registry.commands(for: key, in: state.scope)
        // With none enabled, the reason said is that of the command this screen shows (a tab's).
        guard let command = candidates.first(where: { $0.disabledReason(state) == nil })
                ?? candidates.first(where: { $0.shownWhen?(state) ?? false }) ?? candidates.first else { return [] }
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
        return command.perform(&state)
    }

    private func handleHelpKey(_ state: inout AppState, _ key: Key, scroll: Int) -> [Effect] {
        let page = max(1, state.height - 8)
        switch HelpOverlay.keys.action(for: key) {
        case .close?:
            state.overlay = .none
        case .down?:
            state.overlay = .help(scroll: scroll + 1)
        case .up?:
            state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown?:
            state.overlay = .help(scroll: scroll + page)
        case .pageUp?:
            state.overlay = .help(scroll: max(0, scroll - page))
        case .top?:
            state.overlay = .help(scroll: 0)
        case nil:
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
        switch (PaletteKeys.keys.action(for: key), key) {
        case (.close?, _):
            state.overlay = .none
            return []
        case (.run?, _):
            state.overlay = .none
            guard matches.indices.contains(p.selected) else { return [] }
            return run(&state, matches[p.selected].id)
        case (.up?, _):
            p.selected = max(0, p.selected - 1)
        case (.down?, _):
            p.selected = min(max(0, matches.count - 1), p.selected + 1)
        case (.erase?, _):
            if !p.query.isEmpty { p.query.removeLast() }
            p.selected = 0
        case (.type?, .char(let c)):
            p.query.append(c)
            p.selected = 0
        case (.type?, .paste(let text)):
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
}
