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
        let label: (SignInState.Field) -> String = { field in
            switch field {
            case .username: return SignInText.usernameLabel(lang)
            case .displayName: return SignInText.displayNameLabel(lang)
            case .password:
                if case .newPassword = state.mode { return SignInText.newPasswordLabel(lang) }
                return SignInText.passwordLabel(lang)
            case .passwordAgain: return SignInText.passwordAgainLabel(lang)
            }
        }
        let title: String, intro: [String], hint: String
        switch state.mode {
        case .signIn:
            (title, intro, hint) = (SignInText.title(lang), [SignInText.intro(lang)], SignInText.hint(lang))
        case .firstAdmin(let path):
            (title, intro, hint) = (SignInText.firstAdminTitle(lang),
                                    [SignInText.firstAdminIntro.format(lang, ["path": path]), SignInText.firstAdminCreate(lang)],
                                    SignInText.firstAdminHint(lang))
        case .recoveryWords(_, let words, let notes):
            let numbered = words.enumerated().map { "\($0.offset + 1) \($0.element)" }
            let rows = stride(from: 0, to: numbered.count, by: 6).map {
                numbered[$0..<min($0 + 6, numbered.count)].map { $0.padding(toLength: 10, withPad: " ", startingAt: 0) }
                    .joined()
            }
            (title, intro, hint) = (SignInText.recoveryTitle(lang),
                                    [SignInText.recoveryIntro(lang)] + rows + [SignInText.recoveryKeep(lang)]
                                        + notes.map { $0(lang) },
                                    SignInText.recoveryHint(lang))
        case .newPassword(let account, _):
            (title, intro, hint) = (SignInText.newPasswordTitle(lang),
                                    [SignInText.newPasswordIntro.format(lang, ["name": account.displayName]),
                                     PasswordMessage.rules(lang)],
                                    SignInText.newPasswordHint(lang))
        }
        let panel = CredentialsPanel(
            organization: state.organization, title: title,
            lines: intro.map { ($0, StyleRole.normal) },
            fields: state.fields.map { (label($0), state[$0]) },
            focused: state.fields.firstIndex(of: state.focus) ?? 0,
            problem: state.problem.map { ($0(lang), StyleRole.error) } ?? (hint, .muted),
            footer: [(keys: Key.function(9).display(lang), label: SignInText.language(lang)),
                     (keys: Key.function(10).display(lang), label: SignInText.quit(lang))],
            notes: notes)
        panel.draw(into: &buffer, language: lang)
    }
}
