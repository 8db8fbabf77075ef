import EnlaceCore

/// The answer a dialog gives to its action.
public enum DialogAnswer: Sendable, Equatable {
    case text(String)
    case choice(Choice)
    case confirmed
}

/// What runs when the person accepts a dialog. The dialog is already closed; the action may
/// open it again (with a problem) when the answer will not do.
public typealias DialogAction = @Sendable (inout AppState, DialogAnswer) -> [Effect]

/// A small question over the screen: a line of text (a reason), a paragraph (a note), one
/// option of a list (a caseworker, an outcome), or yes/no.
public struct DialogState: Sendable {
    public enum Kind: Sendable {
        case text(TextField)
        case area(TextArea)
        case choice([Choice], ListCursor)
        case confirm
        /// Something to read (a temporary password, where a file went): Enter closes it.
        case notice
    }

    public var title: LocalizedText
    public var message: LocalizedText?
    public var kind: Kind
    /// Why the last answer was not accepted.
    public var problem: LocalizedText?
    /// An empty text is refused with this problem (nil: empty is fine).
    public var requiredProblem: LocalizedText?
    public let onSubmit: DialogAction

    public init(title: LocalizedText, message: LocalizedText? = nil, kind: Kind,
                requiredProblem: LocalizedText? = nil, onSubmit: @escaping DialogAction) {
        self.title = title
        self.message = message
        self.kind = kind
        self.requiredProblem = requiredProblem
        self.onSubmit = onSubmit
    }

    static func width(_ screenWidth: Int) -> Int { min(screenWidth - 6, 72) }
    static let areaRows = 8
}

/// The keys a dialog takes itself (besides its field's or list's own).
enum DialogKeys {
    enum Answer: Sendable { case cancel, accept, jump, no }

    static let common = KeyMap<Answer>([
        KeyBinding([.escape], .cancel, es: "Cierra el diálogo sin hacer nada", en: "Closes the dialog doing nothing"),
    ])
    static let line = KeyMap<Answer>([
        KeyBinding([.enter, .ctrl("s")], .accept, es: "Acepta lo escrito", en: "Accepts what is typed"),
    ])
    static let paragraph = KeyMap<Answer>([
        KeyBinding([.ctrl("s")], .accept, es: "Guarda el párrafo (Enter es una línea nueva)",
                   en: "Saves the paragraph (Enter is a new line)"),
    ])
    static let list = KeyMap<Answer>([
        KeyBinding([.enter], .accept, es: "Acepta la línea marcada", en: "Accepts the marked line"),
        KeyBinding(patterns: [.typing], .jump, es: "Salta a la siguiente opción que empieza con esa letra",
                   en: "Jumps to the next option starting with that letter"),
    ])
    static let notice = KeyMap<Answer>([
        KeyBinding([.enter], .accept, es: "Cierra el aviso", en: "Closes the notice"),
    ])
    static let confirm = KeyMap<Answer>([
        KeyBinding([.enter, .char("s"), .char("S"), .char("y"), .char("Y")], .accept, es: "Sí", en: "Yes"),
        KeyBinding([.char("n"), .char("N")], .no, es: "No", en: "No"),
    ])

    /// The bindings of a dialog of `kind` (its own, then its field's or list's), one map.
    static func widget(_ kind: DialogState.Kind) -> WidgetKind {
        switch kind {
        case .text: return .textDialog
        case .area: return .noteDialog
        case .choice: return .choiceDialog
        case .confirm: return .confirmDialog
        case .notice: return .noticeDialog
        }
    }
}

extension App {
    func handleDialogKey(_ state: inout AppState, _ key: Key, dialog: DialogState) -> [Effect] {
        var d = dialog
        if DialogKeys.common.action(for: key) == .cancel {
            state.overlay = .none
            return []
        }
        let inner = DialogState.width(state.width) - 4
        switch d.kind {
        case .text(var field):
            if DialogKeys.line.action(for: key) == .accept {
                return submit(&state, d, .text(field.text.trimmingCharacters(in: .whitespaces)))
            }
            if field.handle(key) { d.kind = .text(field); d.problem = nil }
        case .area(var area):
            if DialogKeys.paragraph.action(for: key) == .accept {
                return submit(&state, d, .text(area.text.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
            if area.handle(key, width: inner) { d.kind = .area(area); d.problem = nil }
        case .choice(let options, var cursor):
            let page = max(1, min(options.count, state.height - 10))
            let answer = DialogKeys.list.action(for: key)
            if answer == .accept, options.indices.contains(cursor.selected) {
                return submit(&state, d, .choice(options[cursor.selected]))
            }
            if cursor.handle(key, count: options.count, page: page) {
                d.kind = .choice(options, cursor)
            } else if answer == .jump, case .char(let c) = key {
                let want = NameFolding.searchForm(String(c))
                let start = cursor.selected + 1
                let order = Array(options.indices[min(start, options.count)...]) + Array(options.indices[..<min(start, options.count)])
                if let i = order.first(where: { NameFolding.searchForm(options[$0].label(state.language)).hasPrefix(want) }) {
                    cursor.selected = i
                    cursor.clamp(count: options.count, page: page)
                    d.kind = .choice(options, cursor)
                }
            }
        case .notice:
            if DialogKeys.notice.action(for: key) == .accept { return submit(&state, d, .confirmed) }
        case .confirm:
            switch DialogKeys.confirm.action(for: key) {
            case .accept?:
                return submit(&state, d, .confirmed)
            case .no?:
                state.overlay = .none
                return []
            default: break
            }
        }
        if let command = registry.command(for: key, in: .global), command.id == .quit || command.id == .switchLanguage {
            state.overlay = .dialog(d)
            return run(&state, command.id)
        }
        state.overlay = .dialog(d)
        return []
    }

    private func submit(_ state: inout AppState, _ dialog: DialogState, _ answer: DialogAnswer) -> [Effect] {
        if case .text(let t) = answer, t.isEmpty, let problem = dialog.requiredProblem {
            var d = dialog
            d.problem = problem
            state.overlay = .dialog(d)
            return []
        }
        state.overlay = .none
        return dialog.onSubmit(&state, answer)
    }
}

enum DialogView {
    static func draw(_ state: AppState, dialog: DialogState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let w = DialogState.width(buffer.width)
        let inner = w - 4
        let messageLines = dialog.message.map { TextWidth.wrap($0(lang), width: inner) } ?? []
        let bodyRows: Int
        switch dialog.kind {
        case .text: bodyRows = 1
        case .area: bodyRows = DialogState.areaRows
        case .choice(let options, _): bodyRows = max(1, min(options.count, buffer.height - 10))
        case .confirm, .notice: bodyRows = 0
        }
        // A problem wraps to as many rows as it needs (the hint takes one when there is none).
        let problemLines = dialog.problem.map { TextWidth.wrap($0(lang), width: inner) } ?? []
        let footerRows = max(1, problemLines.count)
        let h = min(buffer.height - 2, messageLines.count + bodyRows + 4 + footerRows)
        let rect = Rect(x: (buffer.width - w) / 2, y: max(1, (buffer.height - h) / 2), width: w, height: h)
        buffer.fill(rect, role: .overlay)
        buffer.box(rect, role: .border, title: dialog.title(lang))
        var y = rect.y + 1
        for line in messageLines.prefix(max(0, h - 3 - footerRows - bodyRows)) {
            buffer.put(line, x: rect.x + 2, y: y, role: .overlay, maxWidth: inner)
            y += 1
        }
        switch dialog.kind {
        case .text(let field):
            field.draw(into: &buffer, x: rect.x + 2, y: y, width: inner, focused: true)
        case .area(let area):
            area.draw(into: &buffer, rect: Rect(x: rect.x + 2, y: y, width: inner, height: bodyRows), focused: true)
        case .choice(let options, let cursor):
            for i in cursor.visible(count: options.count, page: bodyRows) {
                let selected = i == cursor.selected
                buffer.put(TextWidth.pad(options[i].label(lang), to: inner), x: rect.x + 2, y: y + i - cursor.top,
                           role: selected ? .selection : .overlay)
            }
        case .confirm, .notice:
            break
        }
        let hint: String
        switch dialog.kind {
        case .area: hint = FormText.dialogAreaHint(lang)
        case .confirm: hint = FormText.confirmHint(lang)
        case .notice: hint = FormText.noticeHint(lang)
        default: hint = FormText.dialogHint(lang)
        }
        if !problemLines.isEmpty {
            for (i, line) in problemLines.enumerated() {
                buffer.put(line, x: rect.x + 2, y: rect.maxY - 1 - footerRows + i, role: .error, maxWidth: inner)
            }
        } else {
            buffer.put(hint, x: rect.x + 2, y: rect.maxY - 2, role: .muted, maxWidth: inner)
        }
    }
}
