import EnlaceCore
import EnlaceStore

/// The checklists tab ("Listas"): which checklist is shown (a kind, or a consular procedure),
/// its items (retired ones too, marked), and the form open over it (a new item or an item's
/// texts).
public struct ChecklistTabState: Sendable {
    /// Index into `ChecklistScope.all`.
    public var scopeIndex = 0
    public var entries: [ChecklistEntry] = []
    public var cursor = ListCursor()
    public var loaded = false
    public var form: ChecklistForm?

    public init() {}

    public var scope: ChecklistScope { ChecklistScope.all[scopeIndex] }

    public var selected: ChecklistEntry? {
        entries.indices.contains(cursor.selected) ? entries[cursor.selected] : nil
    }
}

/// The form of the checklists tab: both texts, required.
public struct ChecklistForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        case add(ChecklistScope)
        /// The item's texts, at this version.
        case edit(id: Int64, version: Int)
    }

    public var purpose: Purpose
    public var form: FormState

    static func make(_ purpose: Purpose, es: String = "", en: String = "") -> ChecklistForm {
        ChecklistForm(purpose: purpose, form: FormState([
            .text("es", ReferenceDataText.checklistTextEs.text, required: true, value: es,
                  maxLength: CaseDesk.maximumChecklistTextLength),
            .text("en", ReferenceDataText.checklistTextEn.text, required: true, value: en,
                  maxLength: CaseDesk.maximumChecklistTextLength),
        ]))
    }
}
