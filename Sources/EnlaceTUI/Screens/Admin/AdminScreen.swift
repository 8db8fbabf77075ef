import EnlaceCore
import EnlaceStore

/// The administration's half of the loop: opening it, the tabs, and handing each tab its keys
/// and loads. Every change is one store call made by the tab (`CaseDesk` checks the role).
enum AdminScreen {
    /// Rows: 0 frame, 1 title, 2 tabs, 3 the tab's header, 4... its rows, height-2 message line.
    static let headerRow = 3

    static func page(_ state: AppState) -> Int { max(1, state.height - 6) }

    static func enter(_ state: inout AppState) -> [Effect] {
        state.push(.admin)
        return refresh(&state)
    }

    /// Reads the tab shown again.
    static func refresh(_ state: inout AppState) -> [Effect] {
        switch state.admin.tab {
        case .staff: return StaffTab.load(&state)
        case .partners: return PartnersTab.load(&state)
        case .backups: return BackupsTab.load(&state)
        case .checklists: return ChecklistTab.load(&state)
        case .organization: return OrganizationTab.load(&state)
        }
    }

    static func show(_ tab: AdminTab, _ state: inout AppState) -> [Effect] {
        guard state.admin.tab != tab else { return [] }
        state.admin.tab = tab
        return refresh(&state)
    }

    static func stepTab(_ delta: Int) -> CommandAction {
        { state in show(TabCommands.stepped(AdminTab.allCases, from: state.admin.tab, by: delta), &state) }
    }

    static func move(_ move: ListMove) -> CommandAction {
        { state in
            switch state.admin.tab {
            case .staff: StaffTab.move(move, &state)
            case .partners: PartnersTab.move(move, &state)
            case .backups: BackupsTab.move(move, &state)
            case .checklists: ChecklistTab.move(move, &state)
            case .organization: OrganizationTab.move(move, &state)
            }
            return []
        }
    }

    /// Keys typed into a tab's open form (nil: not the tab's; the registry decides).
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        switch state.admin.tab {
        case .staff: return StaffTab.input(&state, key)
        case .partners: return PartnersTab.input(&state, key)
        case .backups: return nil
        case .checklists: return ChecklistTab.input(&state, key)
        case .organization: return OrganizationTab.input(&state, key)
        }
    }

    /// The keys the tabs' forms take, for help.
    static var keySections: [KeySection] {
        [KeySection(StaffTabText.formSection.text, StaffTab.formKeys.help),
         KeySection(ChecklistTabText.formSection.text, StaffTab.formKeys.help),
         KeySection(OrganizationTabText.formSection.text, StaffTab.formKeys.help)]
    }

    /// The focused field of a tab's open form.
    static func focusedWidget(_ state: AppState) -> WidgetKind? {
        switch state.admin.tab {
        case .staff: return state.admin.staff.form?.form.focusedKind
        case .partners: return state.admin.partners.form?.form.focusedKind
        case .backups: return nil
        case .checklists: return state.admin.checklists.form?.form.focusedKind
        case .organization: return state.admin.organization.form?.focusedKind
        }
    }
}
