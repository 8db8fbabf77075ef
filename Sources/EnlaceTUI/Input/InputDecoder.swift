/// Turns the raw units the terminal delivers (characters and ncurses key codes, already split
/// by the backend) into `Key`s: control characters, Alt combinations, and bracketed paste
/// (`ESC[200~ ... ESC[201~`), which ncurses does not know and hands over as plain characters.
/// Pure and incremental, so tests feed it exactly what a terminal would.
public struct InputDecoder: Sendable {
    public enum Unit: Sendable, Equatable {
        case character(Character)
        case key(Key)          // already decoded by ncurses' keypad (arrows, F-keys...)
        case escapeTimeout     // no byte followed an Esc within the escape delay
    }

    private enum Mode: Sendable { case normal, escape, csi(String), paste(String), pasteEscape(String, String) }
    private var mode: Mode = .normal

    public init() {}

    /// True while the decoder waits for more bytes of an escape sequence; the backend then
    /// reads with a short timeout and sends `.escapeTimeout` if nothing comes.
    public var isPending: Bool {
        if case .escape = mode { return true }
        if case .csi = mode { return true }
        return false
    }

    public var isInPaste: Bool {
        switch mode {
        case .paste, .pasteEscape: return true
        default: return false
        }
    }

    public mutating func feed(_ unit: Unit) -> [Key] {
        switch mode {
        case .normal:
            switch unit {
            case .key(let k): return [k]
            case .escapeTimeout: return []
            case .character(let c): return normal(c)
            }
        case .escape:
            switch unit {
            case .escapeTimeout: mode = .normal; return [.escape]
            case .key(let k): mode = .normal; return [.escape, k]
            case .character("["): mode = .csi(""); return []
            case .character("\u{1B}"): mode = .escape; return [.escape]
            case .character(let c):
                mode = .normal
                if let ctrl = Self.control(c) { return [.escape, ctrl] }
                return [.alt(c)]
            }
        case .csi(let seq):
            switch unit {
            case .escapeTimeout, .key:
                mode = .normal
                return [.alt("[")]
            case .character(let c):
                let s = seq + String(c)
                if c.isLetter || c == "~" {
                    mode = .normal
                    if s == "200~" { mode = .paste(""); return [] }
                    return Self.csiKey(s).map { [$0] } ?? []
                }
                if s.count > 16 { mode = .normal; return [] }
                mode = .csi(s)
                return []
            }
        case .paste(let text):
            switch unit {
            case .character("\u{1B}"): mode = .pasteEscape(text, ""); return []
            case .character(let c): mode = .paste(text + String(c)); return []
            case .key(let k):
                if k == .enter { mode = .paste(text + "\n") }
                return []
            case .escapeTimeout: return []
            }
        case .pasteEscape(let text, let seq):
            guard case .character(let c) = unit else { return [] }
            let s = seq + String(c)
            if s == "[201~" {
                mode = .normal
                return [.paste(Self.cleanPaste(text))]
            }
            if "[201~".hasPrefix(s) { mode = .pasteEscape(text, s); return [] }
            // Not the end marker: keep what came as text (minus the escape itself).
            mode = .paste(text + s)
            return []
        }
    }

    private mutating func normal(_ c: Character) -> [Key] {
        if c == "\u{1B}" { mode = .escape; return [] }
        if let k = Self.control(c) { return [k] }
        return [.char(c)]
    }

    /// Control characters of raw mode: Enter, Tab, Backspace, Ctrl-letter.
    static func control(_ c: Character) -> Key? {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return nil }
        switch v {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            return .ctrl(Character(Unicode.Scalar(v + 0x60)!))
        case 0x00...0x1F: return nil
        default: return nil
        }
    }

    /// CSI sequences that ncurses may pass through undecoded (depends on TERM).
    static func csiKey(_ s: String) -> Key? {
        switch s {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H", "1~", "7~": return .home
        case "F", "4~", "8~": return .end
        case "5~": return .pageUp
        case "6~": return .pageDown
        case "3~": return .delete
        case "2~": return .insert
        case "Z": return .backTab
        case "11~": return .function(1)
        case "12~": return .function(2)
        case "13~": return .function(3)
        case "14~": return .function(4)
        case "15~": return .function(5)
        case "17~": return .function(6)
        case "18~": return .function(7)
        case "19~": return .function(8)
        case "20~": return .function(9)
        case "21~": return .function(10)
        case "23~": return .function(11)
        case "24~": return .function(12)
        default: return nil
        }
    }

    /// Pasted text keeps its line breaks as "\n" and loses every other control character:
    /// C0, DEL, C1 (U+0080-009F, such as the one-character CSI U+009B), and the bidirectional
    /// overrides and isolates that would reorder what is drawn after them.
    static func cleanPaste(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for scalar in text.unicodeScalars {
            defer { lastWasCR = scalar == "\r" }
            if scalar == "\n" && lastWasCR { continue }
            if scalar == "\r" || scalar == "\n" { out.append("\n"); continue }
            if scalar == "\t" { out.append(" "); continue }
            if scalar.properties.generalCategory == .control
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
