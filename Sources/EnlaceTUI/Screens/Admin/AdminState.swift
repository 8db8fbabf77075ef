import EnlaceCore
import EnlaceStore

/// The administration's tabs, in the order of their number keys. Each tab keeps its own state
/// in `AdminState` and its own files (`Admin<Tab>*.swift`); `AdminScreen` and `AdminView` hand
/// it keys, loads and drawing.
public enum AdminTab: Int, CaseIterable, Sendable {
    case staff
    case partners
    case checklists
    case organization
    case backups

    var label: AdminText {
        switch self {
        case .staff: return .tabStaff
        case .partners: return .tabPartners
        case .backups: return .tabBackups
        case .checklists: return .tabChecklists
        case .organization: return .tabOrganization
        }
    }

    var help: AdminText {
        switch self {
        case .staff: return .tabStaffHelp
        case .partners: return .tabPartnersHelp
        case .backups: return .tabBackupsHelp
        case .checklists: return .tabChecklistsHelp
        case .organization: return .tabOrganizationHelp
        }
    }
}

/// The administration screen: staff accounts and, in their tabs, the rest of what an
/// organization runs by itself.
public struct AdminState: Sendable {
    public var tab: AdminTab = .staff
    public var staff = StaffTabState()
    public var partners = PartnersTabState()
    public var backups = BackupsTabState()
    public var checklists = ChecklistTabState()
    public var organization = OrganizationTabState()

    public init() {}
}
