import EnlaceCore

/// One line of editable text with a cursor: the input of every form, prompt and search box.
/// Pure: keys in, text out; `draw` shows the part around the cursor when the text is wider
/// than the box.
public struct TextField: Sendable, Equatable {
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// Position in characters (grapheme clusters), 0...text.count.
    public var cursor: Int
    public var maxLength: Int
    /// Drawn as bullets (passwords).
    public var masked: Bool

    public init(_ text: String = "", maxLength: Int = 200, masked: Bool = false) {
        self.text = String(text.prefix(maxLength))
        self.cursor = min(text.count, maxLength)
        self.maxLength = maxLength
        self.masked = masked
    }

    public var isEmpty: Bool { text.isEmpty }

    public enum Edit: Sendable { case type, paste, erase, delete, left, right, start, end, cutToStart, cutWord }

    /// The keys `handle` takes (a field's own; Tab, Enter and the rest belong to the form).
    public static let keys = KeyMap<Edit>([
        KeyBinding(patterns: [.typing], .type, es: "Escribe en el campo", en: "Types into the field"),
        KeyBinding(patterns: [.paste], .paste, es: "Pega el texto (en una línea)", en: "Pastes the text (on one line)"),
        KeyBinding([.backspace, .ctrl("h")], .erase, es: "Borra a la izquierda", en: "Deletes to the left"),
        KeyBinding([.delete, .ctrl("d")], .delete, es: "Borra a la derecha", en: "Deletes to the right"),
        KeyBinding([.left, .ctrl("b")], .left, es: "Cursor a la izquierda", en: "Cursor left"),
        KeyBinding([.right, .ctrl("f")], .right, es: "Cursor a la derecha", en: "Cursor right"),
        KeyBinding([.home, .ctrl("a")], .start, es: "Al principio", en: "To the start"),
        KeyBinding([.end, .ctrl("e")], .end, es: "Al final", en: "To the end"),
        KeyBinding([.ctrl("u")], .cutToStart, es: "Borra hasta el principio", en: "Deletes to the start"),
        KeyBinding([.ctrl("w")], .cutWord, es: "Borra la palabra anterior", en: "Deletes the word before"),
    ])

    /// Applies an editing key (one of `keys`). Returns false for keys that are not editing
    /// (Tab, Enter, F-keys, Up/Down...), which the form or screen then handles.
    public mutating func handle(_ key: Key) -> Bool {
        guard let edit = Self.keys.action(for: key) else { return false }
        switch (edit, key) {
        case (.type, .char(let c)):
            insert(String(c))
        case (.paste, .paste(let pasted)):
            insert(pasted.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
        case (.erase, _):
            guard cursor > 0 else { return true }
            cursor -= 1
            remove(at: cursor)
        case (.delete, _):
            guard cursor < text.count else { return true }
            remove(at: cursor)
        case (.left, _):
            cursor = max(0, cursor - 1)
        case (.right, _):
            cursor = min(text.count, cursor + 1)
        case (.start, _):
            cursor = 0
        case (.end, _):
            cursor = text.count
        case (.cutToStart, _):
            text = String(text.dropFirst(cursor))
            cursor = 0
        case (.cutWord, _):
            let chars = Array(text)
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            text = String(chars[..<start]) + String(chars[cursor...])
            cursor = start
        case (.type, _), (.paste, _):
            return false
        }
        return true
    }

    /// Inserts at the cursor, cut to `maxLength`. Returns whether anything was cut.
    @discardableResult
    public mutating func insert(_ s: String) -> Bool {
        let clean = String(s.filter { !$0.isNewline && !($0.asciiValue.map { $0 < 32 } ?? false) })
        let room = max(0, maxLength - text.count)
        let piece = String(clean.prefix(room))
        let chars = Array(text)
        text = String(chars[..<cursor]) + piece + String(chars[cursor...])
        cursor += piece.count
        return piece.count < clean.count
    }

    private mutating func remove(at index: Int) {
        var chars = Array(text)
        chars.remove(at: index)
        text = String(chars)
    }

    /// What is shown: the text, or bullets for a password.
    public var shown: String { masked ? String(repeating: "•", count: text.count) : text }

    /// Draws the field in `width` columns at (x, y); with `focused`, places the terminal cursor.
    /// A long text scrolls so the cursor stays visible. An empty, unfocused field shows
    /// `placeholder` in the muted role.
    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, focused: Bool,
                     role: StyleRole = .input, placeholder: String? = nil) {
        guard width > 0 else { return }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        if text.isEmpty, let placeholder, !focused {
            buffer.put(placeholder, x: x, y: y, role: .muted, maxWidth: width)
            return
        }
        let chars = Array(shown)
        // Start far enough right that the cursor fits: walk left from the cursor.
        var start = cursor
        var used = 1 // the cursor cell
        while start > 0 {
            let w = TextWidth.columns(of: chars[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        let visible = String(chars[start...])
        buffer.put(visible, x: x, y: y, role: role, maxWidth: width)
        if focused {
            buffer.cursor = (x + TextWidth.columns(of: String(chars[start..<cursor])), y)
        }
    }
}
