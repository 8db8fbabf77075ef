import EnlaceCore

/// The partners tab's words.
public enum PartnersTabText: String, MessageCatalog {
    case refusal, noPartner, empty, formSection, readOnly
    case columnName, columnKinds, columnPlace, columnPhone, columnStatus, statusActive, statusInactive
    case add, addHelp, edit, editHelp, toggleActive, toggleActiveHelp
    case addTitle, editTitle, saved, deactivated, activated, deactivateQuestion, activateQuestion
    case costUnknown, phonesHint, languagesHint, areasHint, responseHint

    public var text: LocalizedText {
        switch self {
        case .refusal:
            return .init(es: "El directorio completo de organizaciones aliadas lo ven supervisores y administradores.",
                         en: "The whole partner directory is for supervisors and admins.")
        case .noPartner: return .init(es: "no hay una organización seleccionada", en: "no partner is selected")
        case .empty: return .init(es: "Aún no hay organizaciones aliadas: agregue una con a.", en: "No partners yet: add one with a.")
        case .formSection: return .init(es: "Formulario de una organización aliada", en: "Partner form")
        case .readOnly: return .init(es: "solo los administradores cambian el directorio", en: "only admins change the directory")
        case .columnName: return .init(es: "Organización", en: "Partner")
        case .columnKinds: return .init(es: "Canalizaciones", en: "Referrals")
        case .columnPlace: return .init(es: "Lugar", en: "Place")
        case .columnPhone: return .init(es: "Teléfono", en: "Phone")
        case .columnStatus: return .init(es: "Estado", en: "Status")
        case .statusActive: return .init(es: "activa", en: "active")
        case .statusInactive: return .init(es: "inactiva", en: "inactive")
        case .add: return .init(es: "Nueva", en: "New")
        case .addHelp: return .init(es: "Agrega una organización aliada.", en: "Adds a partner.")
        case .edit: return .init(es: "Editar", en: "Edit")
        case .editHelp: return .init(es: "Cambia los datos de la organización seleccionada.", en: "Changes the selected partner's fields.")
        case .toggleActive: return .init(es: "Desactivar/activar", en: "Deactivate/activate")
        case .toggleActiveHelp:
            return .init(es: "Desactiva la organización (deja de ofrecerse al canalizar) o la activa de nuevo.",
                         en: "Deactivates the partner (no longer offered for referrals) or activates it again.")
        case .addTitle: return .init(es: "Nueva organización aliada", en: "New partner")
        case .editTitle: return .init(es: "Organización: {name}", en: "Partner: {name}")
        case .saved: return .init(es: "Guardado: {name}.", en: "Saved: {name}.")
        case .deactivated: return .init(es: "Desactivada: {name}.", en: "Deactivated: {name}.")
        case .activated: return .init(es: "Activada: {name}.", en: "Activated: {name}.")
        case .deactivateQuestion:
            return .init(es: "¿Desactivar {name}? Deja de ofrecerse al canalizar; sigue en las canalizaciones hechas.",
                         en: "Deactivate {name}? It is no longer offered for referrals; it stays on those made.")
        case .activateQuestion: return .init(es: "¿Activar {name} de nuevo?", en: "Activate {name} again?")
        case .costUnknown: return .init(es: "Sin indicar", en: "Not given")
        case .phonesHint: return .init(es: "separados por comas", en: "separated by commas")
        case .languagesHint: return .init(es: "es, en, Mixteco…", en: "es, en, Mixteco…")
        case .areasHint: return .init(es: "separados por punto y coma", en: "separated by semicolons")
        case .responseHint: return .init(es: "vacío: 3", en: "empty: 3")
        }
    }
}
