import EnlaceCore

/// One field of a form: its label, what is typed into it, and what the app says about it.
public struct FormField: Sendable, Equatable {
    public enum Input: Sendable, Equatable {
        case text(TextField)
        /// A paragraph editor `rows` high.
        case area(TextArea, rows: Int)
        case choice(ChoiceField)
        case check(Bool)
    }

    public var id: String
    public var label: LocalizedText
    public var required: Bool
    public var input: Input
    /// What is wrong with the value (shown in the error role, in words).
    public var problem: LocalizedText?
    /// How the value was understood ("martes 3 de marzo de 1987"), or a warning.
    public var note: LocalizedText?
    public var noteRole: StyleRole = .success
    /// Shown in an empty field that is not focused.
    public var placeholder: LocalizedText?
    /// Shown greyed; Tab and the arrows pass over it and typing does not change it.
    public var readOnly = false

    public init(_ id: String, _ label: LocalizedText, required: Bool = false, input: Input,
                placeholder: LocalizedText? = nil) {
        self.id = id
        self.label = label
        self.required = required
        self.input = input
        self.placeholder = placeholder
    }

    public static func text(_ id: String, _ label: LocalizedText, required: Bool = false, value: String = "",
                            maxLength: Int = 200, masked: Bool = false, placeholder: LocalizedText? = nil) -> FormField {
        FormField(id, label, required: required, input: .text(TextField(value, maxLength: maxLength, masked: masked)),
                  placeholder: placeholder)
    }

    /// The value as text: typed text, the chosen option's id, "1"/"0" for a tick box.
    public var value: String {
        switch input {
        case .text(let f): return f.text
        case .area(let a, _): return a.text
        case .choice(let c): return c.selectedID ?? ""
        case .check(let on): return on ? "1" : "0"
        }
    }

    public var isChecked: Bool { if case .check(true) = input { return true } else { return false } }

    var rows: Int {
        if case .area(_, let rows) = input { return rows }
        return 1
    }
}

/// What a key did to a form.
public enum FormOutcome: Sendable, Equatable {
    /// The focused field's value changed.
    case edited(field: String)
    /// The focus moved; `left` is the field that lost it (validate it now).
    case moved(left: String)
    /// Enter on the last field, or Ctrl-S anywhere.
    case submit
    /// Not a key for the form (Esc, F-keys...): the screen handles it.
    case ignored
    /// A key the form used without changing anything (cursor movement).
    case consumed
}

/// A form: fields and which one has the focus. Tab/Shift-Tab and Enter move between fields;
/// Up/Down move too, except in a choice (they change it) or a paragraph (they move the cursor).
public struct FormState: Sendable, Equatable {
    public var fields: [FormField]
    public var focus = 0
    /// First drawn row (the form scrolls to keep the focus visible).
    public var scroll = 0
    /// Set when anything was typed: Esc asks before leaving, the draft is saved.
    public var dirty = false

    public init(_ fields: [FormField]) {
        self.fields = fields
    }

    public var focusedID: String? { fields.indices.contains(focus) ? fields[focus].id : nil }

    public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    public subscript(id: String) -> FormField? {
        get { index(of: id).map { fields[$0] } }
        set {
            guard let i = index(of: id), let newValue else { return }
            fields[i] = newValue
        }
    }

    public func value(_ id: String) -> String { self[id]?.value ?? "" }

    /// Replaces the typed text of a text field (or paragraph) without moving the focus.
    public mutating func setText(_ id: String, _ text: String) {
        guard let i = index(of: id) else { return }
        switch fields[i].input {
        case .text(var f): f.text = text; f.cursor = f.text.count; fields[i].input = .text(f)
        case .area(var a, let rows): a.text = text; a.cursor = a.text.count; fields[i].input = .area(a, rows: rows)
        default: break
        }
    }

    public mutating func setProblem(_ id: String, _ problem: LocalizedText?) {
        if let i = index(of: id) { fields[i].problem = problem }
    }

    public mutating func setNote(_ id: String, _ note: LocalizedText?, role: StyleRole = .success) {
        if let i = index(of: id) { fields[i].note = note; fields[i].noteRole = role }
    }

    public mutating func focus(_ id: String) {
        if let i = index(of: id) { focus = i }
    }

    /// Required fields left empty, in order.
    public var missingRequired: [FormField] {
        fields.filter { $0.required && $0.value.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    public enum Move: Sendable { case next, previous, submit, nextOrSubmit }

    /// Keys every form takes, whatever field has the focus.
    public static let keys = KeyMap<Move>([
        KeyBinding([.tab], .next, es: "Campo siguiente", en: "Next field"),
        KeyBinding([.backTab], .previous, es: "Campo anterior", en: "Previous field"),
        KeyBinding([.ctrl("s")], .submit, es: "Guarda el formulario", en: "Saves the form"),
    ])

    /// Keys of a one-line field (text, tick box, a greyed field; a choice takes only Enter, its
    /// arrows change it; a paragraph takes none of them).
    public static let lineKeys = KeyMap<Move>([
        KeyBinding([.enter], .nextOrSubmit, es: "Campo siguiente; en el último, guarda",
                   en: "Next field; on the last one, saves"),
        KeyBinding([.up], .previous, es: "Campo anterior (no en una elección ni un párrafo)",
                   en: "Previous field (not in a choice or a paragraph)"),
        KeyBinding([.down], .next, es: "Campo siguiente (no en una elección ni un párrafo)",
                   en: "Next field (not in a choice or a paragraph)"),
    ])

    /// The key of a tick box.
    public static let checkKeys = KeyMap<Bool>([
        KeyBinding([.char(" "), .char("x"), .char("X")], true, es: "Marca o desmarca la casilla", en: "Ticks or unticks the box"),
    ])

    public mutating func handle(_ key: Key, language: Language, areaWidth: Int = 60) -> FormOutcome {
        guard fields.indices.contains(focus) else { return .ignored }
        let id = fields[focus].id
        if let move = Self.keys.action(for: key) { return go(move) }
        let line = Self.lineKeys.action(for: key)
        if fields[focus].readOnly {
            guard let line else { return .ignored }
            return go(line == .nextOrSubmit ? .next : line)
        }
        switch fields[focus].input {
        case .text(var f):
            if let line { return go(line) }
            let before = f.text
            guard f.handle(key) else { return .ignored }
            fields[focus].input = .text(f)
            if f.text != before { dirty = true; return .edited(field: id) }
            return .consumed
        case .area(var a, let rows):
            let before = a.text
            guard a.handle(key, width: areaWidth) else { return .ignored }
            fields[focus].input = .area(a, rows: rows)
            if a.text != before { dirty = true; return .edited(field: id) }
            return .consumed
        case .choice(var c):
            if line == .nextOrSubmit { return go(.nextOrSubmit) }
            let before = c.selected
            guard c.handle(key, language: language) else { return .ignored }
            fields[focus].input = .choice(c)
            if c.selected != before { dirty = true; return .edited(field: id) }
            return .consumed
        case .check(let on):
            if Self.checkKeys.action(for: key) != nil {
                fields[focus].input = .check(!on)
                dirty = true
                return .edited(field: id)
            }
            if let line { return go(line) }
            return .ignored
        }
    }

    private mutating func go(_ move: Move) -> FormOutcome {
        switch move {
        case .next: return self.move(1)
        case .previous: return self.move(-1)
        case .submit: return .submit
        case .nextOrSubmit: return focus == fields.count - 1 ? .submit : self.move(1)
        }
    }

    /// The kinds of widget a form with these fields shows (for help).
    public var widgetKinds: [WidgetKind] {
        var kinds: [WidgetKind] = [.form]
        for field in fields {
            let kind: WidgetKind
            switch field.input {
            case .text: kind = .textField
            case .area: kind = .textArea
            case .choice: kind = .choice
            case .check: kind = .checkBox
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }

    /// The kind of widget that has the focus.
    public var focusedKind: WidgetKind? {
        guard fields.indices.contains(focus) else { return nil }
        switch fields[focus].input {
        case .text: return .textField
        case .area: return .textArea
        case .choice: return .choice
        case .check: return .checkBox
        }
    }

    private mutating func move(_ delta: Int) -> FormOutcome {
        let left = fields[focus].id
        var next = focus + delta
        while fields.indices.contains(next), fields[next].readOnly { next += delta }
        guard fields.indices.contains(next) else { return .consumed }
        focus = next
        return .moved(left: left)
    }
}

/// Draws a form in a rectangle: label column, input column, and under a field its problem or
/// note when it has one. Required labels carry a "*". Scrolls to keep the focus in view.
public enum FormView {
    /// A problem or note wraps to at most this many rows under its field.
    static let maxNoteRows = 3

    /// The rows of a field's problem or note at `width` columns (one when the width is unknown).
    static func noteLines(_ field: FormField, width: Int?, language: Language) -> [String] {
        guard let text = field.problem ?? field.note else { return [] }
        guard let width else { return [text(language)] }
        let lines = TextWidth.wrap(text(language), width: max(1, width))
        if lines.count <= maxNoteRows { return lines }
        var kept = Array(lines.prefix(maxNoteRows))
        kept[maxNoteRows - 1] = TextWidth.truncate(kept[maxNoteRows - 1] + " " + lines[maxNoteRows...].joined(separator: " "), to: width)
        return kept
    }

    /// The drawn rows of each field (input rows plus its problem or note, wrapped to
    /// `noteWidth` columns when given).
    static func layout(_ form: FormState, noteWidth: Int? = nil, language: Language = .es) -> [(field: Int, rows: Int)] {
        form.fields.enumerated().map { i, f in (i, f.rows + noteLines(f, width: noteWidth, language: language).count) }
    }

    /// The scroll offset that keeps the focused field visible in `height` rows.
    public static func scroll(for form: FormState, height: Int, noteWidth: Int? = nil, language: Language = .es) -> Int {
        let rows = layout(form, noteWidth: noteWidth, language: language)
        var start = 0
        for r in rows where r.field < form.focus { start += r.rows }
        let focusRows = rows.first { $0.field == form.focus }?.rows ?? 1
        var scroll = form.scroll
        if start < scroll { scroll = start }
        if start + focusRows > scroll + height { scroll = start + focusRows - height }
        return max(0, scroll)
    }

    public static func draw(_ form: FormState, in rect: Rect, labelWidth: Int, language: Language,
                            into buffer: inout ScreenBuffer, active: Bool = true) {
        let inputX = rect.x + labelWidth + 1
        let inputWidth = max(4, rect.maxX - inputX)
        let scroll = Self.scroll(for: form, height: rect.height, noteWidth: inputWidth, language: language)
        var row = -scroll
        for (i, field) in form.fields.enumerated() {
            let focused = active && i == form.focus
            let y = rect.y + row
            if row >= 0 && row < rect.height {
                let mark = field.required ? "*" : ""
                let label = TextWidth.truncate(field.label(language), to: labelWidth - TextWidth.columns(of: mark) - 1)
                let used = buffer.put(label, x: rect.x, y: y, role: focused ? .focus : .normal)
                if !mark.isEmpty { buffer.put(mark, x: rect.x + used, y: y, role: .required) }
            }
            switch field.input {
            case .text(let f):
                if row >= 0 && row < rect.height {
                    f.draw(into: &buffer, x: inputX, y: y, width: inputWidth, focused: focused,
                           placeholder: field.placeholder?(language))
                }
            case .area(let a, let rows):
                let top = max(0, row), bottom = min(rect.height, row + rows)
                if bottom > top {
                    if top == row {
                        a.draw(into: &buffer, rect: Rect(x: inputX, y: rect.y + top, width: inputWidth, height: bottom - top), focused: focused)
                    } else {
                        buffer.fill(Rect(x: inputX, y: rect.y + top, width: inputWidth, height: bottom - top), role: .input)
                    }
                }
            case .choice(let c):
                if row >= 0 && row < rect.height {
                    c.draw(into: &buffer, x: inputX, y: y, width: min(inputWidth, 40), focused: focused, language: language,
                           placeholder: field.placeholder?(language) ?? FormText.choose(language))
                }
            case .check(let on):
                if row >= 0 && row < rect.height {
                    buffer.put(on ? "[x]" : "[ ]", x: inputX, y: y, role: focused ? .focus : .input)
                    if focused { buffer.cursor = (inputX + 1, y) }
                    if let p = field.placeholder {
                        buffer.put(TextWidth.truncate(p(language), to: inputWidth - 4), x: inputX + 4, y: y,
                                   role: .muted, maxWidth: inputWidth - 4)
                    }
                }
            }
            if field.readOnly, row >= 0, row < rect.height {
                buffer.paint(Rect(x: rect.x, y: y, width: rect.width, height: min(field.rows, rect.height - row)), role: .muted)
            }
            row += field.rows
            let role = field.problem != nil ? StyleRole.error : field.noteRole
            for line in noteLines(field, width: inputWidth, language: language) {
                if row >= 0 && row < rect.height {
                    buffer.put(line, x: inputX, y: rect.y + row, role: role, maxWidth: inputWidth)
                }
                row += 1
            }
        }
    }
}

/// Words the form widgets show.
public enum FormText: String, MessageCatalog {
    case choose, required, unsavedTitle, unsavedQuestion, yes, no, dialogHint, dialogAreaHint, confirmHint, noticeHint

    public var text: LocalizedText {
        switch self {
        case .choose: return .init(es: "(elija con ↑↓ o escriba)", en: "(choose with ↑↓ or type)")
        case .required: return .init(es: "Falta {field}.", en: "{field} is missing.")
        case .unsavedTitle: return .init(es: "Cambios sin guardar", en: "Unsaved changes")
        case .unsavedQuestion:
            return .init(es: "Hay datos escritos que no se han guardado. ¿Salir sin guardarlos?",
                         en: "Something typed has not been saved. Leave without saving it?")
        case .yes: return .init(es: "Sí", en: "Yes")
        case .no: return .init(es: "No", en: "No")
        case .dialogHint: return .init(es: "Enter acepta · Esc cancela", en: "Enter accepts · Esc cancels")
        case .confirmHint: return .init(es: "S sí · N no · Esc cancela", en: "Y yes · N no · Esc cancels")
        case .noticeHint: return .init(es: "Enter cierra", en: "Enter closes")
        case .dialogAreaHint: return .init(es: "Ctrl-S guarda · Enter nueva línea · Esc cancela",
                                           en: "Ctrl-S saves · Enter new line · Esc cancels")
        }
    }
}
