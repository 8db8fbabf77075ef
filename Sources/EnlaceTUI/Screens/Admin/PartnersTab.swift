import Foundation
import EnlaceCore
import EnlaceStore

/// The partners tab's half of the loop: the directory, the form for a new partner or one's
/// fields, and deactivating / activating; each change one store call with the version seen.
enum PartnersTab {
    static func load(_ state: inout AppState) -> [Effect] {
        [.run("admin.partners", failure: refused) { ctx in
            let partners = try ctx.desk.partnerDirectory(by: ctx.user)
            return StateChange { state in
                let keep = state.admin.partners.selectOnLoad ?? state.admin.partners.selected?.id
                state.admin.partners.selectOnLoad = nil
                state.admin.partners.partners = partners
                state.admin.partners.loaded = true
                state.admin.partners.refusal = nil
                if let keep, let i = partners.firstIndex(where: { $0.id == keep }) { state.admin.partners.cursor.selected = i }
                state.admin.partners.cursor.clamp(count: partners.count, page: AdminScreen.page(state))
                return []
            }
        }]
    }

    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            if case StoreError.notPermitted = error {
                state.admin.partners = PartnersTabState()
                state.admin.partners.refusal = PartnersTabText.refusal.text
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    static func move(_ move: ListMove, _ state: inout AppState) {
        state.admin.partners.cursor.apply(move, count: state.admin.partners.partners.count, page: AdminScreen.page(state))
    }

    static func notAdmin(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.partners)(state) { return reason }
        return state.user.has(.admin) ? nil : PartnersTabText.readOnly.text
    }

    static func noSelection(_ state: AppState) -> LocalizedText? {
        if let reason = notAdmin(state) { return reason }
        return state.admin.partners.selected == nil ? PartnersTabText.noPartner.text : nil
    }

    static func newPartner(_ state: inout AppState) -> [Effect] {
        state.admin.partners.form = PartnerForm.make(.add, PartnerDraft(name: ""))
        return []
    }

    static func editPartner(_ state: inout AppState) -> [Effect] {
        guard let p = state.admin.partners.selected, let id = Int64(p.id) else { return [] }
        state.admin.partners.form = PartnerForm.make(.edit(id: id, version: p.version), PartnerDraft(p))
        return []
    }

    /// Keys typed into the open form: the staff form's own keys (Esc asks when something was
    /// typed; letters run no command), then the form's.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var open = state.admin.partners.form else { return nil }
        let own = StaffTab.formKeys.action(for: key)
        if own == .leave {
            if !open.form.dirty {
                state.admin.partners.form = nil
                return []
            }
            state.overlay = .dialog(DialogState(title: FormText.unsavedTitle.text, message: FormText.unsavedQuestion.text,
                                                kind: .confirm) { state, _ in
                state.admin.partners.form = nil
                return []
            })
            return []
        }
        switch open.form.handle(key, language: state.language) {
        case .submit:
            state.admin.partners.form = open
            return submit(&state)
        case .edited(let field):
            open.form.setProblem(field, nil)
            state.admin.partners.form = open
            return []
        case .moved, .consumed:
            state.admin.partners.form = open
            return []
        case .ignored:
            return own == .swallow ? [] : nil
        }
    }

    /// Ctrl-S, or Enter on the last field: one store call. Every problem the store finds goes
    /// under its field; a conflict reloads the list and keeps the form as typed.
    static func submit(_ state: inout AppState) -> [Effect] {
        guard let open = state.admin.partners.form else { return [] }
        let draft = open.draft
        let purpose = open.purpose
        return [.run("admin.partners.save", failure: formRefused) { ctx in
            let saved: Partner
            switch purpose {
            case .add: saved = try ctx.desk.addPartner(draft, by: ctx.user)
            case .edit(let id, let version): saved = try ctx.desk.editPartner(id: id, draft, version: version, by: ctx.user)
            }
            return StateChange { state in
                state.admin.partners.form = nil
                state.say(PartnersTabText.saved.text.filling(["name": .plain(saved.name)]), .success)
                state.admin.partners.selectOnLoad = saved.id
                return load(&state)
            }
        }]
    }

    static let formRefused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            guard var open = state.admin.partners.form else { return [] }
            if case StoreError.validation(let failure)? = error as? StoreError {
                for problem in failure.problems {
                    let id = problem.field.hasPrefix("phones[") ? "phones" : problem.field
                    if open.form.index(of: id) != nil { open.form.setProblem(id, problem.message) }
                }
                if let first = failure.problems.first {
                    open.form.focus(first.field.hasPrefix("phones[") ? "phones" : first.field)
                }
                state.admin.partners.form = open
                return []
            }
            state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            return []
        }
    }

    static func toggleActive(_ state: inout AppState) -> [Effect] {
        guard let p = state.admin.partners.selected, let id = Int64(p.id) else { return [] }
        let question: PartnersTabText = p.active ? .deactivateQuestion : .activateQuestion
        let said: PartnersTabText = p.active ? .deactivated : .activated
        state.overlay = .dialog(DialogState(title: PartnersTabText.toggleActive.text,
                                            message: question.text.filling(["name": .plain(p.name)]),
                                            kind: .confirm) { _, _ in
            [.run("admin.partners.active") { ctx in
                let saved = try ctx.desk.setPartnerActive(id: id, active: !p.active, version: p.version, by: ctx.user)
                return StateChange { state in
                    state.say(said.text.filling(["name": .plain(saved.name)]), .success)
                    return load(&state)
                }
            }]
        })
        return []
    }
}
