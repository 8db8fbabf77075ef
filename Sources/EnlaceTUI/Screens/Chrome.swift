import Foundation
import EnlaceCore

/// The frame every screen shares: title bar with organization, user and time; message line;
/// footer with the hints of this screen, all from the command registry.
enum Chrome {
    static func draw(_ state: AppState, registry: CommandRegistry, into buffer: inout ScreenBuffer) {
        let w = buffer.width, h = buffer.height
        buffer.box(Rect(x: 0, y: 0, width: w, height: h), role: .border)
        // Title bar: left the app and organization, right the user and the time.
        let left = " \(TUIText.appName(state.language)) · \(state.organization) "
        let right = " \(state.user.displayName) (\(state.user.rolesLabel(state.language))) · \(clock(state.now, state.timeZone)) "
        // The person and the time always show; the organization's name gives way when short of room.
        let rightWidth = TextWidth.columns(of: right)
        let rightFits = rightWidth <= w - 12
        let leftRoom = rightFits ? w - 4 - rightWidth : w - 2
        buffer.put(TextWidth.truncate(left, to: leftRoom), x: 1, y: 0, role: .title)
        if rightFits {
            buffer.put(right, x: w - 2 - rightWidth, y: 0, role: .title)
        }
        // Message line.
        if let message = state.message {
            buffer.put(TextWidth.truncate(message.text, to: w - 4), x: 2, y: h - 2, role: message.role)
        }
        // Footer hints on the bottom edge; the last one (quit) always keeps its place.
        let hints = registry.footerHints(in: state.scope, language: state.language, state: state)
        func width(_ hint: (keys: String, label: String)) -> Int {
            TextWidth.columns(of: " " + hint.keys) + TextWidth.columns(of: " " + hint.label + " ")
        }
        let reserved = hints.last.map(width) ?? 0
        var x = 2
        for (i, hint) in hints.enumerated() {
            let isLast = i == hints.count - 1
            if !isLast && x + width(hint) > w - 2 - reserved { continue }
            if x + width(hint) > w - 2 { break }
            x += buffer.put(" " + hint.keys, x: x, y: h - 1, role: .key)
            x += buffer.put(" " + hint.label + " ", x: x, y: h - 1, role: .statusBar)
        }
    }

    /// "14:32": the time in the title bar, computed on every frame, so without a formatter.
    static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Below the minimum size: one clear message, wrapped to fit, and nothing else.
    static func drawTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
        let text = TUIText.terminalTooSmall.format(state.language, [
            "w": "\(AppState.minimumWidth)", "h": "\(AppState.minimumHeight)",
            "cw": "\(buffer.width)", "ch": "\(buffer.height)",
        ])
        let lines = TextWidth.wrap(text, width: max(1, buffer.width))
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (buffer.width - TextWidth.columns(of: line)) / 2)
            buffer.put(line, x: x, y: top + i, role: .warning)
        }
    }
}
