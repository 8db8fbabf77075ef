import EnlaceCore

/// The `?`/F1 overlay: every command of the registry, grouped by where it applies.
enum HelpOverlay {
    enum Action: Sendable { case close, up, down, pageUp, pageDown, top }

    /// The keys of this overlay (`App.handleHelpKey` dispatches through them).
    static let keys = KeyMap<Action>([
        KeyBinding([.escape, .function(1), .char("?"), .enter, .char("q")], .close, es: "Cierra la ayuda", en: "Closes help"),
        KeyBinding([.down, .ctrl("j")], .down, es: "Baja una línea", en: "Down one line"),
        KeyBinding([.up, .ctrl("k")], .up, es: "Sube una línea", en: "Up one line"),
        KeyBinding([.pageDown], .pageDown, es: "Baja una página", en: "Down one page"),
        KeyBinding([.pageUp], .pageUp, es: "Sube una página", en: "Up one page"),
        KeyBinding([.home], .top, es: "Al principio", en: "To the top"),
    ])

    static let keyWidth = 20

    /// One binding as help lines: its keys, then its words wrapped beside them.
    private static func entry(_ keys: String, _ text: String, width: Int, indent: Int = 0) -> [(text: String, role: StyleRole)] {
        let keys = String(repeating: " ", count: indent) + keys
        let blank = String(repeating: " ", count: keyWidth)
        let wrapped = TextWidth.wrap(text, width: max(10, width - keyWidth - 1)).map { blank + " " + $0 }
        // Keys wider than their column get a line of their own rather than being cut.
        guard TextWidth.columns(of: keys) <= keyWidth else { return ([keys] + wrapped).map { ($0, .overlay) } }
        return wrapped.enumerated().map { i, line in
            ((i == 0 ? TextWidth.pad(keys, to: keyWidth) + line.dropFirst(keyWidth) : line), .overlay)
        }
    }

    private static func section(_ section: KeySection, language: Language, width: Int) -> [(text: String, role: StyleRole)] {
        [(section.title(language) + ":", .muted)]
            + section.keys.flatMap { entry($0.keysDisplay(language), $0.help(language), width: width, indent: 2) }
    }

    /// The lines of help: the keys of the widget that has the focus now (when one has), then
    /// every command of the registry grouped by where it applies, each screen followed by the
    /// keys its own input takes and the kinds of field it shows, then the keys of each kind of
    /// field and dialog. Generated from the registry and the declared bindings (also used by tests).
    static func lines(registry: CommandRegistry, language: Language, width: Int,
                      focused: WidgetKind? = nil) -> [(text: String, role: StyleRole)] {
        var out: [(text: String, role: StyleRole)] = []
        if let focused {
            out.append((HelpText.now(language), .header))
            out += section(focused.section, language: language, width: width)
        }
        for scope in CommandScope.allCases {
            let commands = registry.commands.filter { $0.scopes.contains(scope) }
            let screen = ScreenID(rawValue: scope.rawValue)
            let own = screen.map(ScreenDispatch.keySections) ?? []
            let widgets = screen.map(ScreenDispatch.widgets) ?? []
            guard !commands.isEmpty || !own.isEmpty else { continue }
            if !out.isEmpty { out.append(("", .overlay)) }
            out.append((scope.label(language), .header))
            for c in commands {
                out += entry(c.keysDisplay(language), "\(c.label(language)): \(c.help(language))", width: width)
            }
            for s in own { out += section(s, language: language, width: width) }
            if !widgets.isEmpty {
                let names = widgets.map { $0.section.title(language) }.joined(separator: ", ")
                out += entry("", HelpText.fields.format(language, ["fields": names]), width: width)
            }
        }
        out.append(("", .overlay))
        out.append((HelpText.widgets(language), .header))
        for kind in WidgetKind.allCases {
            out += section(kind.section, language: language, width: width)
        }
        return out
    }

    static func draw(_ state: AppState, scroll: Int, registry: CommandRegistry, into buffer: inout ScreenBuffer) {
        let w = min(buffer.width - 4, 96), h = buffer.height - 4
        let rect = Rect(x: (buffer.width - w) / 2, y: 2, width: w, height: h)
        buffer.fill(rect, role: .overlay)
        buffer.box(rect, role: .border, title: TUIText.helpTitle(state.language))
        let inner = w - 4
        let all = lines(registry: registry, language: state.language, width: inner, focused: ScreenDispatch.focusedWidget(state))
        let visible = h - 3
        let maxScroll = max(0, all.count - visible)
        let top = min(scroll, maxScroll)
        for (i, line) in all.dropFirst(top).prefix(visible).enumerated() {
            buffer.put(line.text, x: rect.x + 2, y: rect.y + 1 + i, role: line.role, maxWidth: inner)
        }
        let hint = TUIText.helpClose(state.language) + (maxScroll > 0 ? " · " + TUIText.helpScroll(state.language) : "")
        buffer.put(hint, x: rect.x + 2, y: rect.maxY - 2, role: .muted, maxWidth: inner)
    }
}

/// Words of the help overlay and `enlace keys` about keys handled inside screens and fields.
public enum HelpText: String, MessageCatalog {
    case now, fields, widgets, tableTitle, tableHead

    public var text: LocalizedText {
        switch self {
        case .now: return .init(es: "Aquí, ahora", en: "Here, now")
        case .fields: return .init(es: "Campos: {fields} (sus teclas, al final).", en: "Fields: {fields} (their keys, at the end).")
        case .widgets: return .init(es: "Campos, listas y diálogos", en: "Fields, lists and dialogs")
        case .tableTitle: return .init(es: "## Teclas dentro de pantallas y campos", en: "## Keys inside screens and fields")
        case .tableHead: return .init(es: "| Teclas | Dónde | Qué hace |", en: "| Keys | Where | What it does |")
        }
    }

    /// Every declared binding of the screens and widgets, with where it applies (for the
    /// catalog test and `enlace keys`).
    static var sections: [(where: LocalizedText, section: KeySection)] {
        ScreenID.allCases.flatMap { id in
            ScreenDispatch.keySections(id).map { (where: LocalizedText(es: id.scope.label(.es), en: id.scope.label(.en)), section: $0) }
        } + WidgetKind.allCases.map { (where: LocalizedText(es: HelpText.widgets(.es), en: HelpText.widgets(.en)), section: $0.section) }
    }
}
