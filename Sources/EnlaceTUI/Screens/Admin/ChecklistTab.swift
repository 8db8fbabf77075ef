import Foundation
import EnlaceCore
import EnlaceStore

/// The checklists tab's half of the loop: pick a checklist, list its items, add or edit one
/// (both languages), move it, retire it; each change one store call (`manageReferenceData`).
enum ChecklistTab {
    static let formPath = FormSlot(get: { $0.admin.checklists.form?.form }, set: { $0.admin.checklists.form?.form = $1 })

    static func load(_ state: inout AppState) -> [Effect] {
        let scope = state.admin.checklists.scope
        return [.run("admin.checklists") { ctx in
            let entries = try ctx.desk.checklistEntries(scope)
            return StateChange { state in show(entries, of: scope, &state); return [] }
        }]
    }

    /// `entries` of `scope`, if it is still the checklist shown; the cursor stays on its item.
    static func show(_ entries: [ChecklistEntry], of scope: ChecklistScope, select id: Int64? = nil, _ state: inout AppState) {
        guard state.admin.checklists.scope == scope else { return }
        let keep = id ?? state.admin.checklists.selected?.id
        state.admin.checklists.entries = entries
        state.admin.checklists.loaded = true
        if let keep, let i = entries.firstIndex(where: { $0.id == keep }) { state.admin.checklists.cursor.selected = i }
        state.admin.checklists.cursor.clamp(count: entries.count, page: AdminScreen.page(state))
    }

    static func move(_ move: ListMove, _ state: inout AppState) {
        state.admin.checklists.cursor.apply(move, count: state.admin.checklists.entries.count, page: AdminScreen.page(state))
    }

    static func stepList(_ delta: Int) -> CommandAction {
        { state in
            let count = ChecklistScope.all.count
            state.admin.checklists.scopeIndex = (state.admin.checklists.scopeIndex + delta + count) % count
            state.admin.checklists.entries = []
            state.admin.checklists.loaded = false
            state.admin.checklists.cursor = ListCursor()
            return load(&state)
        }
    }

    // MARK: availability

    static func notAdmin(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.checklists)(state) { return reason }
        return state.user.has(.admin) ? nil : OrganizationTabText.adminsOnly.text
    }

    static func noItem(_ state: AppState) -> LocalizedText? {
        if let reason = notAdmin(state) { return reason }
        guard let item = state.admin.checklists.selected else { return ChecklistTabText.noItem.text }
        return item.retired ? ReferenceDataText.checklistItemRetired.text : nil
    }

    // MARK: the form

    static func add(_ state: inout AppState) -> [Effect] {
        state.admin.checklists.form = ChecklistForm.make(.add(state.admin.checklists.scope))
        return []
    }

    static func edit(_ state: inout AppState) -> [Effect] {
        guard let item = state.admin.checklists.selected else { return [] }
        state.admin.checklists.form = ChecklistForm.make(.edit(id: item.id, version: item.version), es: item.es, en: item.en)
        return []
    }

    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        AdminFormInput.handle(&state, key, form: formPath, close: { $0.admin.checklists.form = nil }, submit: submit)
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        guard let open = state.admin.checklists.form else { return [] }
        let (es, en) = (open.form.value("es"), open.form.value("en"))
        let scope = state.admin.checklists.scope
        let failure: @Sendable (Error) -> StateChange = { error in
            StateChange { state in AdminFormInput.refused(error, &state, form: formPath); return [] }
        }
        return [.run("admin.checklists.save", failure: failure) { ctx in
            let saved: ChecklistEntry
            switch open.purpose {
            case .add(let scope): saved = try ctx.desk.addChecklistItem(scope, es: es, en: en, by: ctx.user)
            case .edit(let id, let version):
                saved = try ctx.desk.editChecklistItem(id: id, es: es, en: en, version: version, by: ctx.user)
            }
            let entries = try ctx.desk.checklistEntries(saved.scope)
            return StateChange { state in
                state.admin.checklists.form = nil
                show(entries, of: scope, select: saved.id, &state)
                let said: ReferenceDataText = open.purpose == .add(scope) ? .checklistAdded : .checklistEdited
                state.say(said.text, .success)
                return []
            }
        }]
    }

    // MARK: one-key changes

    static func moveItem(_ direction: ChecklistMove) -> CommandAction {
        { state in
            guard let item = state.admin.checklists.selected else { return [] }
            return [.run("admin.checklists.move") { ctx in
                let entries = try ctx.desk.moveChecklistItem(id: item.id, direction, version: item.version, by: ctx.user)
                return StateChange { state in
                    show(entries, of: item.scope, select: item.id, &state)
                    state.say(ReferenceDataText.checklistMoved.text, .success)
                    return []
                }
            }]
        }
    }

    static func retire(_ state: inout AppState) -> [Effect] {
        guard let item = state.admin.checklists.selected else { return [] }
        let text = LocalizedText(es: item.es, en: item.en)
        state.overlay = .dialog(DialogState(title: ChecklistTabText.retire.text,
                                            message: ChecklistTabText.retireQuestion.text.filling(["item": text]),
                                            kind: .confirm) { _, _ in
            [.run("admin.checklists.retire") { ctx in
                _ = try ctx.desk.retireChecklistItem(id: item.id, version: item.version, by: ctx.user)
                let entries = try ctx.desk.checklistEntries(item.scope)
                return StateChange { state in
                    show(entries, of: item.scope, select: item.id, &state)
                    state.say(ReferenceDataText.checklistRetired.text, .success)
                    return []
                }
            }]
        })
        return []
    }
}
