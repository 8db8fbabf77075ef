import Foundation
import EnlaceCore
import EnlaceStore

/// The staff tab's half of the loop: the list of accounts, the form for a new account or an
/// account's roles, and the one-key changes (deactivate, activate, unlock, a new temporary
/// password), each one store call. A temporary password is made here at the edge (the
/// system's random source) and shown once, in a dialog, for the admin to give in person.
enum StaffTab {
    static func load(_ state: inout AppState) -> [Effect] {
        [.run("admin.staff", failure: refused) { ctx in
            let members = try ctx.desk.staff(by: ctx.user)
            return StateChange { state in
                let keep = state.admin.staff.selected?.id
                state.admin.staff.members = members
                state.admin.staff.loaded = true
                state.admin.staff.refusal = nil
                if let keep, let i = members.firstIndex(where: { $0.id == keep }) { state.admin.staff.cursor.selected = i }
                state.admin.staff.cursor.clamp(count: members.count, page: AdminScreen.page(state))
                return []
            }
        }]
    }

    /// Not an admin: the reason in words, and no accounts.
    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            if case StoreError.notPermitted = error {
                state.admin.staff = StaffTabState()
                state.admin.staff.refusal = StaffTabText.refusal.text
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    static func move(_ move: ListMove, _ state: inout AppState) {
        state.admin.staff.cursor.apply(move, count: state.admin.staff.members.count, page: AdminScreen.page(state))
    }

    static func noSelection(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.staff)(state) { return reason }
        return state.admin.staff.selected == nil ? StaffTabText.noAccount.text : nil
    }

    static func notAdmin(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.staff)(state) { return reason }
        return state.user.has(.admin) ? nil : StaffTabText.refusal.text
    }

    // MARK: forms

    static func newAccount(_ state: inout AppState) -> [Effect] {
        state.admin.staff.form = StaffForm.newAccount()
        return []
    }

    static func editRoles(_ state: inout AppState) -> [Effect] {
        guard let member = state.admin.staff.selected else { return [] }
        state.admin.staff.form = StaffForm.roles(of: member)
        return []
    }

    enum FormKey: Sendable { case leave, swallow }

    /// The form's own keys (besides the form's and its fields').
    static let formKeys = KeyMap<FormKey>([
        KeyBinding([.escape], .leave, es: "Cierra el formulario (pregunta si hay algo escrito)",
                   en: "Closes the form (asks when something was typed)"),
        KeyBinding(patterns: [.typing], .swallow, es: "Con el formulario abierto, las letras no ejecutan comandos",
                   en: "While the form is open, letters run no commands"),
    ])

    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var open = state.admin.staff.form else { return nil }
        let own = formKeys.action(for: key)
        if own == .leave {
            if !open.form.dirty {
                state.admin.staff.form = nil
                return []
            }
            state.overlay = .dialog(DialogState(title: FormText.unsavedTitle.text, message: FormText.unsavedQuestion.text,
                                                kind: .confirm) { state, _ in
                state.admin.staff.form = nil
                return []
            })
            return []
        }
        let outcome = open.form.handle(key, language: state.language)
        switch outcome {
        case .submit:
            state.admin.staff.form = open
            return submit(&state)
        case .edited(let field):
            open.form.setProblem(field, nil)
            state.admin.staff.form = open
            return []
        case .moved, .consumed:
            state.admin.staff.form = open
            return []
        case .ignored:
            return own == .swallow ? [] : nil
        }
    }

    /// Ctrl-S, or Enter on the last box: the account or its roles, in one store call. What the
    /// store refuses goes under its field; the form stays as typed.
    static func submit(_ state: inout AppState) -> [Effect] {
        guard var open = state.admin.staff.form else { return [] }
        if let missing = open.form.missingRequired.first {
            open.form.setProblem(missing.id, FormText.required.text)
            open.form.focus(missing.id)
            state.admin.staff.form = open
            return []
        }
        let roles = open.roles
        guard !roles.isEmpty else {
            let first = "role.\(Role.byReach[0].rawValue)"
            open.form.setProblem(first, StaffText.rolesRequired.text)
            open.form.focus(first)
            state.admin.staff.form = open
            return []
        }
        switch open.purpose {
        case .newAccount:
            let username = open.form.value("username").trimmingCharacters(in: .whitespaces)
            let displayName = open.form.value("displayName")
            return [.run("admin.staff.create", failure: formRefused) { ctx in
                var random = SystemRandomNumberGenerator()
                let temporary = TemporaryPassword.generate(using: &random)
                let account = try ctx.desk.createUser(by: ctx.user, username: username, displayName: displayName,
                                                      roles: roles, password: temporary, temporary: true)
                return StateChange { state in
                    state.admin.staff.form = nil
                    state.overlay = .dialog(passwordDialog(.createdTitle, username: account.username, temporary: temporary))
                    return load(&state)
                }
            }]
        case .roles(let username, let version):
            return [.run("admin.staff.roles", failure: formRefused) { ctx in
                let member = try ctx.desk.changeStaff(username: username, .roles(roles), by: ctx.user, version: version)
                return StateChange { state in
                    state.admin.staff.form = nil
                    state.say(StaffTabText.rolesSaved.text.filling(["user": .plain(member.username),
                                                                    "roles": LocalizedText(es: member.rolesLabel(.es), en: member.rolesLabel(.en))]), .success)
                    return load(&state)
                }
            }]
        }
    }

    /// A refusal of the form: under the field it names, else on the message line; nothing
    /// typed is lost.
    static let formRefused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            let text = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
            if case StoreError.invalid(let field, _)? = error as? StoreError, var open = state.admin.staff.form,
               case let id = field == "roles" ? "role.\(Role.byReach[0].rawValue)" : field, open.form.index(of: id) != nil {
                open.form.setProblem(id, text)
                open.form.focus(id)
                state.admin.staff.form = open
            } else {
                state.message = StatusMessage(text(state.language), role: .error)
            }
            return []
        }
    }

    /// The temporary password, shown once: Enter closes it.
    static func passwordDialog(_ title: StaffTabText, username: String, temporary: String) -> DialogState {
        DialogState(title: title.text,
                    message: StaffTabText.temporaryMessage.text.filling(["user": .plain(username), "password": .plain(temporary)]),
                    kind: .confirm) { _, _ in [] }
    }

    // MARK: one-key changes

    static func toggleActive(_ state: inout AppState) -> [Effect] {
        guard let member = state.admin.staff.selected else { return [] }
        let wanted: StaffChange = member.active ? .deactivate : .activate
        let said: StaffTabText = member.active ? .deactivated : .activated
        let question: StaffTabText = member.active ? .deactivateQuestion : .activateQuestion
        state.overlay = .dialog(DialogState(title: (member.active ? StaffTabText.deactivate : .activate).text,
                                            message: question.text.filling(["user": .plain(member.username), "name": .plain(member.displayName)]),
                                            kind: .confirm) { state, _ in
            [change(username: member.username, wanted, version: member.version, said: said)]
        })
        return []
    }

    static func unlock(_ state: inout AppState) -> [Effect] {
        guard let member = state.admin.staff.selected else { return [] }
        return [change(username: member.username, .unlock, version: member.version, said: .unlocked)]
    }

    static func resetPassword(_ state: inout AppState) -> [Effect] {
        guard let member = state.admin.staff.selected else { return [] }
        state.overlay = .dialog(DialogState(title: StaffTabText.reset.text,
                                            message: StaffTabText.resetQuestion.text.filling(["user": .plain(member.username)]),
                                            kind: .confirm) { _, _ in
            [.run("admin.staff.reset") { ctx in
                var random = SystemRandomNumberGenerator()
                let temporary = TemporaryPassword.generate(using: &random)
                try ctx.desk.changeStaff(username: member.username, .resetPassword(temporary: temporary), by: ctx.user,
                                         version: member.version)
                return StateChange { state in
                    state.overlay = .dialog(passwordDialog(.resetTitle, username: member.username, temporary: temporary))
                    return load(&state)
                }
            }]
        })
        return []
    }

    static func change(username: String, _ change: StaffChange, version: Int, said: StaffTabText) -> Effect {
        .run("admin.staff.change") { ctx in
            try ctx.desk.changeStaff(username: username, change, by: ctx.user, version: version)
            return StateChange { state in
                state.say(said.text.filling(["user": .plain(username)]), .success)
                return load(&state)
            }
        }
    }
}
