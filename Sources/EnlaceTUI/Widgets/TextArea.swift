/// Several lines of editable text (a case note, a reason). Stored as one string with "\n"
/// between paragraphs; drawn wrapped to the box. Up and Down move by drawn line.
public struct TextArea: Sendable, Equatable {
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    public var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 20_000) {
        self.text = String(text.prefix(maxLength))
        self.cursor = min(text.count, maxLength)
        self.maxLength = maxLength
    }

    public var isBlank: Bool { text.allSatisfy { $0.isWhitespace } }

    /// One drawn line: the characters [start, end) of the text.
    struct VisualLine: Equatable { var start: Int; var end: Int }

    /// The text wrapped to `width` columns: paragraphs break at "\n", long ones at spaces when
    /// possible, else anywhere.
    func visualLines(width: Int) -> [VisualLine] {
        let chars = Array(text)
        let width = max(1, width)
        var lines: [VisualLine] = []
        var lineStart = 0
        var i = 0
        var columns = 0
        var lastSpace: Int? = nil
        while i < chars.count {
            let ch = chars[i]
            if ch == "\n" {
                lines.append(VisualLine(start: lineStart, end: i))
                i += 1
                lineStart = i; columns = 0; lastSpace = nil
                continue
            }
            let w = TextWidth.columns(of: ch)
            if columns + w > width - 1 && i > lineStart {
                // Leave the last column for the cursor; break after the last space if any.
                let breakAt = (lastSpace.map { $0 + 1 } ?? i)
                lines.append(VisualLine(start: lineStart, end: breakAt))
                lineStart = breakAt
                columns = TextWidth.columns(of: String(chars[lineStart..<i]))
                lastSpace = nil
                continue
            }
            if ch == " " { lastSpace = i }
            columns += w
            i += 1
        }
        lines.append(VisualLine(start: lineStart, end: chars.count))
        return lines
    }

    /// The drawn line and column of the cursor.
    func cursorPosition(width: Int) -> (line: Int, column: Int) {
        let lines = visualLines(width: width)
        let chars = Array(text)
        for (n, line) in lines.enumerated() {
            let isLast = n == lines.count - 1
            let nextStartsHere = !isLast && lines[n + 1].start == cursor && line.end == cursor
            if cursor >= line.start && cursor <= line.end && !nextStartsHere {
                return (n, TextWidth.columns(of: String(chars[line.start..<cursor])))
            }
        }
        return (max(0, lines.count - 1), 0)
    }

    public enum Edit: Sendable { case type, paste, newLine, erase, delete, left, right, up, down, lineStart, lineEnd }

    /// The keys `handle` takes (Tab, Ctrl-S and Esc belong to the form or dialog).
    public static let keys = KeyMap<Edit>([
        KeyBinding(patterns: [.typing], .type, es: "Escribe en el párrafo", en: "Types into the paragraph"),
        KeyBinding(patterns: [.paste], .paste, es: "Pega el texto (con sus líneas)", en: "Pastes the text (with its lines)"),
        KeyBinding([.enter], .newLine, es: "Nueva línea", en: "New line"),
        KeyBinding([.backspace, .ctrl("h")], .erase, es: "Borra a la izquierda", en: "Deletes to the left"),
        KeyBinding([.delete, .ctrl("d")], .delete, es: "Borra a la derecha", en: "Deletes to the right"),
        KeyBinding([.left, .ctrl("b")], .left, es: "Cursor a la izquierda", en: "Cursor left"),
        KeyBinding([.right, .ctrl("f")], .right, es: "Cursor a la derecha", en: "Cursor right"),
        KeyBinding([.up], .up, es: "Línea de arriba", en: "Line above"),
        KeyBinding([.down], .down, es: "Línea de abajo", en: "Line below"),
        KeyBinding([.home, .ctrl("a")], .lineStart, es: "Principio de la línea", en: "Start of the line"),
        KeyBinding([.end, .ctrl("e")], .lineEnd, es: "Fin de la línea", en: "End of the line"),
    ])

    /// Applies an editing key (one of `keys`); `width` is the box's, for Up/Down. Returns false
    /// for keys it does not handle (Tab, Ctrl-S, Esc...).
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        guard let edit = Self.keys.action(for: key) else { return false }
        switch (edit, key) {
        case (.type, .char(let c)): insert(String(c))
        case (.paste, .paste(let s)): insert(s.replacingOccurrences(of: "\r\n", with: "\n"))
        case (.type, _), (.paste, _): return false
        case (.newLine, _): insert("\n")
        case (.erase, _):
            guard cursor > 0 else { return true }
            cursor -= 1
            var chars = Array(text); chars.remove(at: cursor); text = String(chars)
        case (.delete, _):
            guard cursor < text.count else { return true }
            var chars = Array(text); chars.remove(at: cursor); text = String(chars)
        case (.left, _): cursor = max(0, cursor - 1)
        case (.right, _): cursor = min(text.count, cursor + 1)
        case (.up, _): moveVertically(-1, width: width)
        case (.down, _): moveVertically(1, width: width)
        case (.lineStart, _):
            let lines = visualLines(width: width)
            cursor = lines[cursorPosition(width: width).line].start
        case (.lineEnd, _):
            let lines = visualLines(width: width)
            cursor = lines[cursorPosition(width: width).line].end
        }
        return true
    }

    public mutating func insert(_ s: String) {
        let clean = s.filter { $0 == "\n" || !($0.asciiValue.map { $0 < 32 } ?? false) }
        let piece = String(clean.prefix(max(0, maxLength - text.count)))
        let chars = Array(text)
        text = String(chars[..<cursor]) + piece + String(chars[cursor...])
        cursor += piece.count
    }

    private mutating func moveVertically(_ delta: Int, width: Int) {
        let lines = visualLines(width: width)
        let pos = cursorPosition(width: width)
        let target = pos.line + delta
        guard lines.indices.contains(target) else {
            cursor = delta < 0 ? 0 : text.count
            return
        }
        let chars = Array(text)
        let line = lines[target]
        var i = line.start, cols = 0
        while i < line.end {
            let w = TextWidth.columns(of: chars[i])
            if cols + w > pos.column { break }
            cols += w; i += 1
        }
        cursor = i
    }

    /// Draws the text wrapped in `rect`, scrolled so the cursor's line shows.
    public func draw(into buffer: inout ScreenBuffer, rect: Rect, focused: Bool, role: StyleRole = .input) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect, role: role)
        let lines = visualLines(width: rect.width)
        let pos = cursorPosition(width: rect.width)
        let top = max(0, pos.line - rect.height + 1)
        let chars = Array(text)
        for (row, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            buffer.put(String(chars[line.start..<line.end]), x: rect.x, y: rect.y + row, role: role, maxWidth: rect.width)
        }
        if focused {
            buffer.cursor = (rect.x + min(pos.column, rect.width - 1), rect.y + pos.line - top)
        }
    }
}
