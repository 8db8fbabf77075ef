/// Showing what a person typed inside a message without letting invisible or control
/// characters reach the terminal.
enum VisibleText {
    /// The character itself when it draws something; otherwise its code points as U+XXXX.
    static func character(_ c: Character) -> String {
        if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory.isVisible }) { return String(c) }
        return c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }

    /// A text with every invisible or control character replaced by "?" (spaces kept).
    static func text(_ s: String) -> String {
        String(s.unicodeScalars.map {
            $0.properties.generalCategory.isVisible || $0 == " " ? Character($0) : "?"
        })
    }
}

extension Unicode.GeneralCategory {
    /// Whether a character of this category draws something on screen.
    var isVisible: Bool {
        switch self {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
