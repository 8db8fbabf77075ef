import EnlaceCore

/// The palette's keys (`App.handlePaletteKey` dispatches through them).
enum PaletteKeys {
    enum Action: Sendable { case close, run, up, down, erase, type }

    static let keys = KeyMap<Action>([
        KeyBinding(patterns: [.typing, .paste], .type, es: "Escribe parte del nombre del comando", en: "Types part of the command's name"),
        KeyBinding([.backspace], .erase, es: "Borra la última letra", en: "Erases the last letter"),
        KeyBinding([.up, .ctrl("k")], .up, es: "Comando anterior", en: "Previous command"),
        KeyBinding([.down, .ctrl("j"), .tab], .down, es: "Comando siguiente", en: "Next command"),
        KeyBinding([.enter], .run, es: "Ejecuta el comando marcado", en: "Runs the marked command"),
        KeyBinding([.escape, .ctrl("p")], .close, es: "Cierra la paleta", en: "Closes the palette"),
    ])
}

/// The command palette: type to filter commands by name in the current language.
enum PaletteOverlay {
    static func draw(_ state: AppState, palette: PaletteState, app: App, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let w = min(buffer.width - 8, 70)
        let matches = app.paletteMatches(state, query: palette.query)
        let h = min(buffer.height - 4, max(6, matches.count + 5))
        let rect = Rect(x: (buffer.width - w) / 2, y: 2, width: w, height: h)
        buffer.fill(rect, role: .overlay)
        buffer.box(rect, role: .border, title: TUIText.paletteTitle(lang))
        let inner = w - 4
        buffer.fill(Rect(x: rect.x + 2, y: rect.y + 1, width: inner, height: 1), role: .input)
        let used = buffer.put("> " + palette.query, x: rect.x + 2, y: rect.y + 1, role: .input, maxWidth: inner)
        buffer.cursor = (rect.x + 2 + used, rect.y + 1)
        let visible = h - 4
        if matches.isEmpty {
            buffer.put(TUIText.paletteNoMatch(lang), x: rect.x + 2, y: rect.y + 2, role: .muted, maxWidth: inner)
        }
        let first = max(0, palette.selected - visible + 1)
        for (i, command) in matches.dropFirst(first).prefix(visible).enumerated() {
            let y = rect.y + 2 + i
            let keys = command.keysDisplay(lang)
            let keyWidth = TextWidth.columns(of: keys)
            let selected = first + i == palette.selected
            let disabled = command.disabledReason(state) != nil
            let role: StyleRole = selected ? .selection : (disabled ? .muted : .overlay)
            buffer.put(TextWidth.pad(command.label(lang), to: inner - keyWidth - 1), x: rect.x + 2, y: y, role: role)
            buffer.put(" " + keys, x: rect.x + 2 + inner - keyWidth - 1, y: y, role: selected ? .selection : .key)
        }
        buffer.put(TUIText.paletteHint(lang), x: rect.x + 2, y: rect.maxY - 2, role: .muted, maxWidth: inner)
    }
}
