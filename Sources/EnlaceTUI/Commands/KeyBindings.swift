import EnlaceCore

/// A key (or a class of keys) that a screen's `input` or a widget matches itself, before the
/// command registry sees it: typing into a field, Tab in a form, Space on a tick box.
public enum KeyPattern: Sendable, Hashable {
    case key(Key)
    /// Any printable character typed (letters, digits, punctuation, a space).
    case typing
    /// A bracketed paste.
    case paste
    /// A digit 1...9.
    case digit

    public func matches(_ key: Key) -> Bool {
        switch (self, key) {
        case (.key(let k), _): return k == key
        case (.typing, .char): return true
        case (.paste, .paste): return true
        case (.digit, .char(let c)): return c.wholeNumberValue.map { (1...9).contains($0) } ?? false
        default: return false
        }
    }

    /// Whether it names one key (it wins over a class of keys).
    var isExact: Bool { if case .key = self { return true } else { return false } }

    public func display(_ language: Language) -> String {
        switch self {
        case .key(let k): return k.display(language)
        case .typing: return language == .es ? "Letras" : "Letters"
        case .paste: return language == .es ? "Pegar" : "Paste"
        case .digit: return "1-9"
        }
    }
}

/// One binding a screen or widget handles: its keys, what it does in both languages (for help
/// and `enlace keys`), and the action its `input` runs. The input dispatches through these, so
/// a key cannot be handled without being declared (as huh's `KeyBinds()` / bubbles' `help.KeyMap`).
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [KeyPattern]
    public let help: LocalizedText
    public let action: Action

    public init(_ keys: [Key], _ action: Action, es: String, en: String) {
        self.init(patterns: keys.map(KeyPattern.key), action, es: es, en: en)
    }

    public init(patterns: [KeyPattern], _ action: Action, es: String, en: String) {
        self.keys = patterns
        self.action = action
        self.help = LocalizedText(es: es, en: en)
    }
}

/// What help shows of a binding: keys and words, without the action.
public struct KeyHelp: Sendable {
    public let keys: [KeyPattern]
    public let help: LocalizedText

    public func keysDisplay(_ language: Language) -> String {
        keys.map { $0.display(language) }.joined(separator: " ")
    }

    public func matches(_ key: Key) -> Bool { keys.contains { $0.matches(key) } }
}

/// The bindings of one screen part or widget, in the order help lists them.
public struct KeyMap<Action: Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// The action of `key`: a binding naming the key wins over a class of keys ("Letters").
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains { $0.isExact && $0.matches(key) } }?.action
            ?? bindings.first { $0.keys.contains { $0.matches(key) } }?.action
    }

    /// The same bindings without `keys` (a screen that leaves them to the registry).
    public func without(_ keys: [Key]) -> KeyMap {
        KeyMap(bindings.compactMap { b in
            let left = b.keys.filter { p in !keys.contains { p == .key($0) } }
            return left.isEmpty ? nil : KeyBinding(patterns: left, b.action, es: b.help.es, en: b.help.en)
        })
    }

    public var help: [KeyHelp] { bindings.map { KeyHelp(keys: $0.keys, help: $0.help) } }
}

/// A titled group of bindings in help: a part of a screen ("Candidatos") or a kind of widget.
public struct KeySection: Sendable {
    public let title: LocalizedText
    public let keys: [KeyHelp]

    public init(_ title: LocalizedText, _ keys: [KeyHelp]) {
        self.title = title
        self.keys = keys
    }
}

/// The kinds of widget whose keys help lists once, for every screen that shows them.
public enum WidgetKind: String, CaseIterable, Sendable {
    case form, textField, textArea, choice, checkBox, list, textDialog, noteDialog, choiceDialog, confirmDialog, noticeDialog
    case helpOverlay, palette

    public var section: KeySection {
        switch self {
        case .form:
            return KeySection(.init(es: "Formularios", en: "Forms"), FormState.keys.help + FormState.lineKeys.help)
        case .textField:
            return KeySection(.init(es: "Campo de texto", en: "Text field"), TextField.keys.help)
        case .textArea:
            return KeySection(.init(es: "Párrafo (nota, descripción)", en: "Paragraph (note, description)"), TextArea.keys.help)
        case .choice:
            return KeySection(.init(es: "Elección (‹ ›)", en: "Choice (‹ ›)"), ChoiceField.keys.help)
        case .checkBox:
            return KeySection(.init(es: "Casilla [x]", en: "Tick box [x]"), FormState.checkKeys.help)
        case .list:
            return KeySection(.init(es: "Listas", en: "Lists"), ListCursor.keys.help)
        case .textDialog:
            return KeySection(.init(es: "Diálogo con una línea", en: "Dialog with a line"),
                              DialogKeys.common.help + DialogKeys.line.help + TextField.keys.help)
        case .noteDialog:
            return KeySection(.init(es: "Diálogo con un párrafo", en: "Dialog with a paragraph"),
                              DialogKeys.common.help + DialogKeys.paragraph.help + TextArea.keys.help)
        case .choiceDialog:
            return KeySection(.init(es: "Diálogo con una lista", en: "Dialog with a list"),
                              DialogKeys.common.help + DialogKeys.list.help + ListCursor.keys.help)
        case .confirmDialog:
            return KeySection(.init(es: "Pregunta sí/no", en: "Yes/no question"), DialogKeys.common.help + DialogKeys.confirm.help)
        case .noticeDialog:
            return KeySection(.init(es: "Aviso", en: "Notice"), DialogKeys.common.help + DialogKeys.notice.help)
        case .helpOverlay:
            return KeySection(.init(es: "Esta ayuda", en: "This help"), HelpOverlay.keys.help)
        case .palette:
            return KeySection(.init(es: "Paleta de comandos", en: "Command palette"), PaletteKeys.keys.help)
        }
    }
}

extension ListCursor {
    public enum Move: Sendable { case up, down, pageUp, pageDown, first, last }

    /// The keys `handle` takes in a list held in memory (search results, a timeline, a picker).
    public static let keys = KeyMap<Move>([
        KeyBinding([.up, .ctrl("k")], .up, es: "Línea anterior", en: "Previous line"),
        KeyBinding([.down, .ctrl("j")], .down, es: "Línea siguiente", en: "Next line"),
        KeyBinding([.pageUp, .alt("v")], .pageUp, es: "Página anterior", en: "Previous page"),
        KeyBinding([.pageDown, .ctrl("v")], .pageDown, es: "Página siguiente", en: "Next page"),
        KeyBinding([.home, .alt("<")], .first, es: "Primera línea", en: "First line"),
        KeyBinding([.end, .alt(">")], .last, es: "Última línea", en: "Last line"),
    ])
}
