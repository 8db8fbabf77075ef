import EnlaceCore

/// The `?`/F1 overlay: every command of the registry, grouped by where it applies.
enum HelpOverlay {
    /// The lines of help, generated from the registry (also used by tests).
    static func lines(registry: CommandRegistry, language: Language, width: Int) -> [(text: String, role: StyleRole)] {
        var out: [(String, StyleRole)] = []
        let keyWidth = 20
        for scope in CommandScope.allCases {
            let commands = registry.commands.filter { $0.scopes.contains(scope) }
            guard !commands.isEmpty else { continue }
            if !out.isEmpty { out.append(("", .overlay)) }
            out.append((scope.label(language), .header))
            for c in commands {
                let keys = TextWidth.pad(c.keysDisplay(language), to: keyWidth)
                let label = c.label(language)
                let help = c.help(language)
                let textWidth = max(10, width - keyWidth - 1)
                let wrapped = TextWidth.wrap("\(label): \(help)", width: textWidth)
                for (i, line) in wrapped.enumerated() {
                    out.append(((i == 0 ? keys : String(repeating: " ", count: keyWidth)) + " " + line, .overlay))
                }
            }
        }
        return out
    }

    static func draw(_ state: AppState, scroll: Int, registry: CommandRegistry, into buffer: inout ScreenBuffer) {
        let w = min(buffer.width - 4, 96), h = buffer.height - 4
        let rect = Rect(x: (buffer.width - w) / 2, y: 2, width: w, height: h)
        buffer.fill(rect, role: .overlay)
        buffer.box(rect, role: .border, title: TUIText.helpTitle(state.language))
        let inner = w - 4
        let all = lines(registry: registry, language: state.language, width: inner)
        let visible = h - 3
        let maxScroll = max(0, all.count - visible)
        let top = min(scroll, maxScroll)
        for (i, line) in all.dropFirst(top).prefix(visible).enumerated() {
            buffer.put(line.text, x: rect.x + 2, y: rect.y + 1 + i, role: line.role, maxWidth: inner)
        }
        let hint = TUIText.helpClose(state.language) + (maxScroll > 0 ? " · " + TUIText.helpScroll(state.language) : "")
        buffer.put(hint, x: rect.x + 2, y: rect.maxY - 2, role: .muted, maxWidth: inner)
    }
}
