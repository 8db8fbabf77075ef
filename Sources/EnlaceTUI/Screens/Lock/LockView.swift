import EnlaceCore

/// Draws only the lock: the organization, who is signed in, the password field. Nothing of the
/// screen under it (no names, no case numbers, no message line) is drawn.
enum LockView {
    static func draw(_ state: AppState, lock: LockState, registry: CommandRegistry, into buffer: inout ScreenBuffer) {
        let lang = state.language
        var lines: [(String, StyleRole)] = [
            (LockText.signedInAs.format(lang, ["name": state.user.displayName, "role": state.user.rolesLabel(lang)]), .normal),
        ]
        switch lock.reason {
        case .privacyKey: lines.append((LockText.lockedByKey(lang), .muted))
        case .idle: lines.append((LockText.lockedByIdle.format(lang, ["n": "\(state.privacy.idleMinutes)"]), .muted))
        case .sessionEnded: lines.append((LockText.sessionEnded(lang), .warning))
        }
        let panel = CredentialsPanel(
            organization: state.organization, title: LockText.title(lang), lines: lines,
            fields: [(LockText.passwordLabel(lang), lock.password)], focused: 0,
            problem: lock.problem.map { ($0(lang), StyleRole.error) } ?? (LockText.hint(lang), .muted),
            footer: [registry.command(.switchLanguage), registry.command(.quit)].compactMap { $0 }.map {
                (keys: $0.keys.first?.display(lang) ?? "", label: $0.label(lang))
            })
        panel.draw(into: &buffer, language: lang)
    }
}
