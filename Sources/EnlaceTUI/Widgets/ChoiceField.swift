import EnlaceCore

/// One option of a choice list: a stable id for the program, words for the person.
public struct Choice: Sendable, Equatable {
    public var id: String
    public var label: LocalizedText
    public init(_ id: String, _ label: LocalizedText) {
        self.id = id
        self.label = label
    }
    /// A name that reads the same in both languages (a person, a partner).
    public init(_ id: String, name: String) {
        self.init(id, LocalizedText.plain(name))
    }
}

/// Pick one of a few options. Up/Down (or Left/Right, Space) change it; typing a letter jumps
/// to the first option starting with what was typed, or with a word starting with it (accents
/// and case ignored). A space typed
/// after letters is part of what was typed ("Red de T"), so names of several words can be typed.
public struct ChoiceField: Sendable, Equatable {
    public var options: [Choice]
    /// nil: nothing chosen yet.
    public var selected: Int?
    /// What was typed to jump, cleared when the selection moves by arrow.
    public var typed = ""

    public init(_ options: [Choice], selected: Int? = nil) {
        self.options = options
        self.selected = selected.flatMap { options.indices.contains($0) ? $0 : nil }
    }

    public init(_ options: [Choice], selectedID: String?) {
        self.init(options, selected: selectedID.flatMap { id in options.firstIndex { $0.id == id } })
    }

    public var selectedID: String? { selected.map { options[$0].id } }
    public var selectedChoice: Choice? { selected.map { options[$0] } }

    public mutating func select(id: String?) {
        selected = id.flatMap { id in options.firstIndex { $0.id == id } }
    }

    public enum Edit: Sendable { case next, space, previous, erase, typeAhead }

    /// The keys `handle` takes.
    public static let keys = KeyMap<Edit>([
        KeyBinding([.down, .right], .next, es: "Opción siguiente", en: "Next option"),
        KeyBinding([.char(" ")], .space, es: "Opción siguiente; tras letras, un espacio de lo escrito",
                   en: "Next option; after letters, a space of what is typed"),
        KeyBinding([.up, .left], .previous, es: "Opción anterior", en: "Previous option"),
        KeyBinding(patterns: [.typing], .typeAhead,
                   es: "Salta a la opción que empieza así, o con una palabra que empieza así (sin acentos)",
                   en: "Jumps to the option starting so, or with a word starting so (accents optional)"),
        KeyBinding([.backspace], .erase, es: "Borra la última letra escrita; sin letras, deja sin elegir",
                   en: "Erases the last letter typed; with none, leaves it unchosen"),
    ])

    public mutating func handle(_ key: Key, language: Language) -> Bool {
        guard !options.isEmpty, let edit = Self.keys.action(for: key) else { return false }
        switch (edit, key) {
        case (.space, _) where !typed.isEmpty:
            typeAhead(" ", language: language)
        case (.next, _), (.space, _):
            typed = ""
            selected = selected.map { ($0 + 1) % options.count } ?? 0
        case (.previous, _):
            typed = ""
            selected = selected.map { ($0 - 1 + options.count) % options.count } ?? options.count - 1
        case (.erase, _):
            if typed.isEmpty { selected = nil } else { typed.removeLast() }
        case (.typeAhead, .char(let c)):
            typeAhead(c, language: language)
        case (.typeAhead, _):
            return false
        }
        return true
    }

    /// Adds `c` to what was typed and jumps to the first option starting with it, else to the
    /// first with a word starting with it ("l" finds "Asesoría legal y derechos"), else to the
    /// first containing it; accents and case do not count. A letter that matches nothing is
    /// dropped.
    private mutating func typeAhead(_ c: Character, language: Language) {
        typed.append(c)
        if let i = Self.bestMatch(typed, in: options.map { $0.label(language) }) {
            selected = i
        } else {
            typed.removeLast()
        }
    }

    /// The option `typed` jumps to among `labels` (see `typeAhead`).
    static func bestMatch(_ typed: String, in labels: [String]) -> Int? {
        let want = NameFolding.searchForm(typed)
        guard !want.isEmpty else { return nil }
        let folded = labels.map { NameFolding.searchForm($0) }
        return folded.firstIndex { $0.hasPrefix(want) }
            ?? folded.firstIndex { (" " + $0).contains(" " + want) }
            ?? folded.firstIndex { $0.contains(want) }
    }

    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, focused: Bool,
                     language: Language, placeholder: String) {
        guard width > 2 else { return }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        let label = selectedChoice.map { $0.label(language) }
        let inner = focused ? width - 4 : width
        let startX = focused ? x + 2 : x
        if focused {
            buffer.put("‹", x: x, y: y, role: .key)
            buffer.put("›", x: x + width - 1, y: y, role: .key)
        }
        if let label {
            buffer.put(TextWidth.truncate(label, to: inner), x: startX, y: y, role: .input, maxWidth: inner)
        } else {
            buffer.put(TextWidth.truncate(placeholder, to: inner), x: startX, y: y, role: .muted, maxWidth: inner)
        }
        if focused { buffer.cursor = (startX, y) }
    }
}
