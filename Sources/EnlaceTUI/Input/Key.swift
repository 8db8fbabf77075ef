/// A key press as the app sees it, after the backend has decoded the terminal's bytes.
public enum Key: Sendable, Hashable {
    case char(Character)
    case ctrl(Character)      // Ctrl-A ... Ctrl-Z, lowercase letter
    case alt(Character)       // Esc then a key
    case function(Int)        // F1 ... F12
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, insert, escape
    case paste(String)        // bracketed paste, newlines as "\n"

    /// How the key is written in help and footers.
    public func display(_ language: Language) -> String {
        switch self {
        case .char(" "): return language == .es ? "Espacio" : "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .function(let n): return "F\(n)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return language == .es ? "RePág" : "PgUp"
        case .pageDown: return language == .es ? "AvPág" : "PgDn"
        case .home: return language == .es ? "Inicio" : "Home"
        case .end: return language == .es ? "Fin" : "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return language == .es ? "Retroceso" : "Backspace"
        case .delete: return language == .es ? "Supr" : "Del"
        case .insert: return "Ins"
        case .escape: return "Esc"
        case .paste: return language == .es ? "Pegar" : "Paste"
        }
    }

    /// A printable character typed by the person (not a command key).
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}

import EnlaceCore
