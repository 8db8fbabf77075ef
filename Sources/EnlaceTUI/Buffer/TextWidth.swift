/// Terminal column widths of text, counted per grapheme cluster (never bytes or Characters):
/// `ñ` is 1 column, `日` is 2, a combining accent 0. Pure Swift so that layout is the same in
/// tests and on screen; the backend still places every cell at its own column, so a terminal
/// that disagrees about one exotic character cannot shift the rest of the line.
public enum TextWidth {
    public static func columns(of character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        if first.value < 0x20 || (first.value >= 0x7F && first.value < 0xA0) { return 0 }
        let props = first.properties
        switch props.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // A variation selector 16 asks for emoji presentation: two columns.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if props.isEmojiPresentation { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    public static func columns(of text: some StringProtocol) -> Int {
        var total = 0
        for ch in text { total += columns(of: ch) }
        return total
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), the ones a terminal draws double.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns. When the text is cut and
    /// `ellipsis` is true, the last column shows "…".
    public static func truncate(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if columns(of: text) <= width { return text }
        let budget = ellipsis ? width - 1 : width
        var out = ""
        var used = 0
        for ch in text {
            let w = columns(of: ch)
            if used + w > budget { break }
            out.append(ch)
            used += w
        }
        return ellipsis ? out + "…" : out
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let missing = width - columns(of: cut)
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }

    /// Splits text into lines of at most `width` columns, breaking at spaces where it can.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var piece = String(word)
                while columns(of: piece) > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    let head = truncate(piece, to: width, ellipsis: false)
                    lines.append(head)
                    piece = String(piece.dropFirst(head.count))
                }
                if line.isEmpty { line = piece }
                else if columns(of: line) + 1 + columns(of: piece) <= width { line += " " + piece }
                else { lines.append(line); line = piece }
            }
            lines.append(line)
        }
        return lines
    }
}
