import EnlaceCore

/// The screen of the sign-in and of the lock: the organization in the frame's title, a centred
/// block with a title, a few lines, labelled fields (user name, masked password), one line for
/// a problem or a hint, and the keys that work in the footer.
struct CredentialsPanel {
    var organization: String
    var title: String
    var lines: [(String, StyleRole)]
    var fields: [(label: String, field: TextField)]
    var focused: Int
    var problem: (String, StyleRole)?
    var footer: [(keys: String, label: String)]
    /// Lines under the block (the demo logins).
    var notes: [String] = []

    static let maxWidth = 64

    func draw(into buffer: inout ScreenBuffer, language: Language) {
        let w = buffer.width, h = buffer.height
        buffer.box(Rect(x: 0, y: 0, width: w, height: h), role: .border)
        let head = organization.isEmpty ? " \(TUIText.appName(language)) " : " \(TUIText.appName(language)) · \(organization) "
        buffer.put(TextWidth.truncate(head, to: w - 4), x: 1, y: 0, role: .title)

        let width = min(Self.maxWidth, w - 6)
        let x = (w - width) / 2
        let labelWidth = min(width / 2, (fields.map { TextWidth.columns(of: $0.label) }.max() ?? 0) + 1)
        let wrapped = lines.flatMap { line in TextWidth.wrap(line.0, width: width).map { ($0, line.1) } }
        let problemLines = problem.map { p in TextWidth.wrap(p.0, width: width).map { ($0, p.1) } } ?? []
        let noteLines = notes.flatMap { TextWidth.wrap($0, width: width) }
        let height = 2 + wrapped.count + 1 + fields.count * 2 + problemLines.count + (noteLines.isEmpty ? 0 : 1 + noteLines.count)
        var y = max(2, (h - 1 - height) / 2)

        buffer.put(title, x: x, y: y, role: .header, maxWidth: width)
        y += 2
        for (text, role) in wrapped where y < h - 2 {
            buffer.put(text, x: x, y: y, role: role, maxWidth: width)
            y += 1
        }
        y += 1
        for (i, item) in fields.enumerated() where y < h - 2 {
            buffer.put(item.label, x: x, y: y, role: i == focused ? .focus : .normal, maxWidth: labelWidth)
            item.field.draw(into: &buffer, x: x + labelWidth, y: y, width: width - labelWidth, focused: i == focused)
            y += 2
        }
        for (text, role) in problemLines where y < h - 2 {
            buffer.put(text, x: x, y: y, role: role, maxWidth: width)
            y += 1
        }
        if !noteLines.isEmpty { y += 1 }
        for text in noteLines where y < h - 2 {
            buffer.put(text, x: x, y: y, role: .muted, maxWidth: width)
            y += 1
        }

        var fx = 2
        for hint in footer {
            let keyText = " " + hint.keys
            let labelText = " " + hint.label + " "
            if fx + TextWidth.columns(of: keyText) + TextWidth.columns(of: labelText) > w - 2 { break }
            fx += buffer.put(keyText, x: fx, y: h - 1, role: .key)
            fx += buffer.put(labelText, x: fx, y: h - 1, role: .statusBar)
        }
    }
}
