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
/// to the first option starting with what was typed (accents and case ignored). A space typed
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

    public mutating func handle(_ key: Key, language: Language) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .char(" ") where !typed.isEmpty:
            typeAhead(" ", language: language)
        case .down, .right, .char(" "):
            typed = ""
            selected = selected.map { ($0 + 1) % options.count } ?? 0
        case .up, .left:
            typed = ""
            selected = selected.map { ($0 - 1 + options.count) % options.count } ?? options.count - 1
        case .backspace:
            if typed.isEmpty { selected = nil } else { typed.removeLast() }
        case .char(let c):
            typeAhead(c, language: language)
        default:
            return false
        }
        return true
    }

    /// Adds `c` to what was typed and jumps to the first option starting with it (or else
    /// containing it); a letter that matches nothing is dropped.
    private mutating func typeAhead(_ c: Character, language: Language) {
        typed.append(c)
        let want = NameFolding.searchForm(typed)
        if let i = options.firstIndex(where: { NameFolding.searchForm($0.label(language)).hasPrefix(want) }) {
            selected = i
        } else if let i = options.firstIndex(where: { NameFolding.searchForm($0.label(language)).contains(want) }) {
            selected = i
        } else {
            typed.removeLast()
        }
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
