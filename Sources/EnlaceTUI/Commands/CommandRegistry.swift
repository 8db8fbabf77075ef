import EnlaceCore

/// The single source for key dispatch, footer hints, the help overlay, the command palette and
/// `enlace keys`. A command that is not here does not exist.
public struct CommandRegistry: Sendable {
    public let commands: [Command]

    public init(commands: [Command]) {
        self.commands = commands
    }

    public static let standard = CommandRegistry(commands: StandardCommands.all)

    public func command(_ id: CommandID) -> Command? {
        commands.first { $0.id == id }
    }

    /// Commands that apply on a screen of `scope` (its own and the global ones).
    public func commands(in scope: CommandScope) -> [Command] {
        commands.filter { $0.scopes.contains(scope) || $0.scopes.contains(.global) }
    }

    /// The command a key runs on a screen of `scope`; the screen's own commands win.
    public func command(for key: Key, in scope: CommandScope) -> Command? {
        commands(for: key, in: scope).first
    }

    /// Every command a key could run on a screen of `scope`: the screen's own first, then the
    /// global ones.
    public func commands(for key: Key, in scope: CommandScope) -> [Command] {
        commands.filter { $0.scopes.contains(scope) && $0.keys.contains(key) }
            + (scope == .global ? [] : commands.filter { $0.scopes.contains(.global) && $0.keys.contains(key) })
    }

    /// Footer hints: help first, then this screen's own commands, then the other global ones
    /// (F-key screens first), quit last (the footer keeps it and help even when the rest must give way).
    /// With `state`, a command the screen shows only sometimes (a tab's) is left out when not.
    public func footerHints(in scope: CommandScope, language: Language, state: AppState? = nil) -> [(keys: String, label: String)] {
        let own = scope == .global ? [] : commands.filter { c in
            c.inFooter && c.scopes.contains(scope) && (state.map { s in c.shownWhen?(s) ?? true } ?? true)
        }
        let global = commands.filter { $0.inFooter && $0.scopes.contains(.global) }
        let first = global.filter { $0.id == .help }
        let last = global.filter { $0.id == .quit }
        // The screens reached by F2, F3, F4... first, in key order; the palette and language after.
        func functionNumber(_ c: Command) -> Int {
            for key in c.keys { if case .function(let n) = key { return n } }
            return 99
        }
        let middle = global.filter { $0.id != .help && $0.id != .quit }
            .enumerated().sorted { (functionNumber($0.element), $0.offset) < (functionNumber($1.element), $1.offset) }
            .map(\.element)
        return (first + own + middle + last).map { (keys: $0.keys.first?.display(language) ?? "", label: $0.label(language)) }
    }

    /// What `enlace keys` prints: every command (`markdown`), then every key handled inside a
    /// screen or a field, from the bindings the screens and widgets declare and dispatch through.
    public func keysMarkdown(_ language: Language) -> String {
        var out = markdown(language) + "\n" + HelpText.tableTitle(language) + "\n\n" + HelpText.tableHead(language) + "\n|---|---|---|\n"
        for (place, section) in HelpText.sections {
            for binding in section.keys {
                let keys = binding.keys.map { "`\($0.display(language))`" }.joined(separator: " ")
                out += "| \(keys) | \(place(language)) · \(section.title(language)) | \(binding.help(language)) |\n"
            }
        }
        return out
    }

    /// Every command as a Markdown table, for `enlace keys` and the docs.
    public func markdown(_ language: Language) -> String {
        let head = language == .es
            ? "| Comando | Teclas | Dónde | Qué hace |\n|---|---|---|---|\n"
            : "| Command | Keys | Where | What it does |\n|---|---|---|---|\n"
        let rows = commands.map { c -> String in
            let keys = c.keys.map { "`\($0.display(language))`" }.joined(separator: " ")
            let scopes = c.scopes.sorted { $0.rawValue < $1.rawValue }.map { $0.label(language) }.joined(separator: ", ")
            return "| \(c.label(language)) | \(keys) | \(scopes) | \(c.help(language)) |"
        }
        let title = language == .es ? "# Teclas de Enlace\n\n" : "# Enlace keys\n\n"
        return title + head + rows.joined(separator: "\n") + "\n"
    }
}

extension CommandScope {
    public func label(_ language: Language) -> String {
        switch self {
        case .global: return TUIText.scopeGlobal(language)
        case .home: return TUIText.scopeHome(language)
        case .caseList: return TUIText.scopeCaseList(language)
        case .search: return TUIText.scopeSearch(language)
        case .intake: return TUIText.scopeIntake(language)
        case .caseDetail: return TUIText.scopeCaseDetail(language)
        case .referral: return TUIText.scopeReferral(language)
        case .followUps: return TUIText.scopeFollowUps(language)
        case .review: return TUIText.scopeReview(language)
        case .reports: return TUIText.scopeReports(language)
        case .admin: return AdminText.title(language)
        case .person: return PersonScreenText.title(language)
        case .importSheet: return ImportDeskText.title(language)
        }
    }
}
