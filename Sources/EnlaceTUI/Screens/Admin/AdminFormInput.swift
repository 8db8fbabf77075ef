import EnlaceCore
import EnlaceStore

/// Where a tab keeps its open form: read it, write it back (while it is open).
struct FormSlot: Sendable {
    let get: @Sendable (AppState) -> FormState?
    let set: @Sendable (inout AppState, FormState) -> Void
}

/// Keys typed into a form a tab opens over its list (the checklists' and the organization's):
/// Esc closes it (asking when something was typed), Ctrl-S or Enter on the last field submits,
/// letters never reach the tab's one-key commands.
enum AdminFormInput {
    /// nil: no form is open (the registry decides).
    static func handle(_ state: inout AppState, _ key: Key, form slot: FormSlot,
                       close: @escaping @Sendable (inout AppState) -> Void,
                       submit: (inout AppState) -> [Effect]) -> [Effect]? {
        guard var form = slot.get(state) else { return nil }
        let own = StaffTab.formKeys.action(for: key)
        if own == .leave {
            if !form.dirty {
                close(&state)
                return []
            }
            state.overlay = .dialog(DialogState(title: FormText.unsavedTitle.text, message: FormText.unsavedQuestion.text,
                                                kind: .confirm) { state, _ in
                close(&state)
                return []
            })
            return []
        }
        let outcome = form.handle(key, language: state.language)
        if case .edited(let field) = outcome { form.setProblem(field, nil) }
        slot.set(&state, form)
        switch outcome {
        case .submit:
            if let missing = form.missingRequired.first {
                form.setProblem(missing.id, FormText.required.text)
                form.focus(missing.id)
                slot.set(&state, form)
                return []
            }
            return submit(&state)
        case .edited, .moved, .consumed:
            return []
        case .ignored:
            return own == .swallow ? [] : nil
        }
    }

    /// A refusal of a form's save: each problem under the field it names, else the message
    /// line; nothing typed is lost.
    static func refused(_ error: Error, _ state: inout AppState, form slot: FormSlot) {
        guard var form = slot.get(state) else {
            state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            return
        }
        var problems: [(field: String, text: LocalizedText)] = []
        switch error as? StoreError {
        case .validation(let failure)?: problems = failure.problems.map { ($0.field, $0.message) }
        case .invalid(let field, let text)?: problems = [(field, text)]
        default: break
        }
        let placed = problems.filter { form.index(of: $0.field) != nil }
        guard !placed.isEmpty else {
            state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            return
        }
        for problem in placed { form.setProblem(problem.field, problem.text) }
        form.focus(placed[0].field)
        slot.set(&state, form)
    }
}
