import EnlaceCore

/// The administration screen's words (the shell; each tab has its own catalog).
public enum AdminText: String, MessageCatalog {
    case title
    case open
    case openHelp
    case nextTab, nextTabHelp, previousTab, previousTabHelp
    case tabStaff, tabStaffHelp
    case tabPartners, tabPartnersHelp
    case tabBackups, tabBackupsHelp
    case tabChecklists, tabChecklistsHelp, tabOrganization, tabOrganizationHelp
    case loading
    case onlyOnTab

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Administración", en: "Administration")
        case .open: return .init(es: "Administración", en: "Administration")
        case .openHelp:
            return .init(es: "Abre la administración: personal y sus roles, y lo que la organización configura.",
                         en: "Opens the administration: staff and their roles, and what the organization sets up.")
        case .nextTab: return .init(es: "Pestaña siguiente", en: "Next tab")
        case .nextTabHelp: return .init(es: "Pasa a la pestaña siguiente de la administración.", en: "Moves to the next administration tab.")
        case .previousTab: return .init(es: "Pestaña anterior", en: "Previous tab")
        case .previousTabHelp: return .init(es: "Vuelve a la pestaña anterior.", en: "Goes back to the previous tab.")
        case .tabStaff: return .init(es: "Personal", en: "Staff")
        case .tabStaffHelp:
            return .init(es: "Muestra las cuentas del personal: roles, estado, última entrada.",
                         en: "Shows the staff accounts: roles, status, last sign-in.")
        case .tabPartners: return .init(es: "Socios", en: "Partners")
        case .tabPartnersHelp:
            return .init(es: "Muestra el directorio de organizaciones aliadas: agregar, editar, desactivar.",
                         en: "Shows the partner directory: add, edit, deactivate.")
        case .tabBackups: return .init(es: "Respaldos", en: "Backups")
        case .tabBackupsHelp:
            return .init(es: "Muestra el último respaldo y los recientes; avisa si es viejo; hace uno ahora.",
                         en: "Shows the last and recent backups; warns when it is old; takes one now.")
        case .tabChecklists: return .init(es: "Listas", en: "Checklists")
        case .tabChecklistsHelp:
            return .init(es: "Muestra las listas de documentos de cada tipo de canalización y trámite consular.",
                         en: "Shows the document checklists of each referral kind and consular procedure.")
        case .tabOrganization: return .init(es: "Organización", en: "Organization")
        case .tabOrganizationHelp:
            return .init(es: "Muestra los datos y ajustes de la organización: contacto, zona horaria, idioma, bloqueo, consulados.",
                         en: "Shows the organization's details and settings: contact, time zone, language, lock, consulates.")
        case .loading: return .init(es: "Leyendo…", en: "Reading…")
        case .onlyOnTab: return .init(es: "solo en la pestaña {tab}", en: "only on the {tab} tab")
        }
    }
}
