import EnlaceCore

/// Draws the sign-in screen on the shared credentials panel.
public enum SignInView {
    public static func draw(_ state: SignInState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: buffer.height), role: .normal)
        buffer.cursor = nil
        if state.isTooSmall || buffer.width < AppState.minimumWidth || buffer.height < AppState.minimumHeight {
            let text = TUIText.terminalTooSmall.format(lang, [
                "w": "\(AppState.minimumWidth)", "h": "\(AppState.minimumHeight)",
                "cw": "\(buffer.width)", "ch": "\(buffer.height)",
            ])
            for (i, line) in TextWidth.wrap(text, width: max(1, buffer.width)).prefix(buffer.height).enumerated() {
                buffer.put(line, x: 0, y: i, role: .warning)
            }
            return
        }
        var notes: [String] = []
        if let password = state.demoLogins.first?.password {
            let users = state.demoLogins.map { "\($0.username) (\($0.role.label(lang)))" }.joined(separator: ", ")
            notes.append(SignInText.demoLogins.format(lang, ["users": users, "password": password]))
        }
        let panel = CredentialsPanel(
            organization: state.organization, title: SignInText.title(lang),
            lines: [(SignInText.intro(lang), .normal)],
            fields: [(SignInText.usernameLabel(lang), state.username), (SignInText.passwordLabel(lang), state.password)],
            focused: state.focus == .username ? 0 : 1,
            problem: state.problem.map { ($0(lang), StyleRole.error) } ?? (SignInText.hint(lang), .muted),
            footer: [(keys: Key.function(9).display(lang), label: SignInText.language(lang)),
                     (keys: Key.function(10).display(lang), label: SignInText.quit(lang))],
            notes: notes)
        panel.draw(into: &buffer, language: lang)
    }
}
