import EnlaceCore

/// The organization tab's words (the fields' labels come from the store's catalogs).
public enum OrganizationTabText: String, MessageCatalog {
    case formSection, formTitle, edit, editHelp, adminsOnly, saved, timeZoneHint, lockMinutesHint
    case lockMinutesNotNumber, spanish, english, machineWins, notSet

    public var text: LocalizedText {
        switch self {
        case .formSection: return .init(es: "Formulario de la organización", en: "Organization form")
        case .formTitle: return .init(es: "Datos y ajustes de la organización", en: "The organization's details and settings")
        case .edit: return .init(es: "Editar", en: "Edit")
        case .editHelp:
            return .init(es: "Cambia nombre, contacto, zona horaria, idioma, bloqueo y consulados de la organización.",
                         en: "Changes the organization's name, contact, time zone, language, lock and consulates.")
        case .adminsOnly: return .init(es: "solo la administración cambia esto", en: "only admins change this")
        case .saved: return .init(es: "Datos de la organización guardados.", en: "Organization details saved.")
        case .timeZoneHint: return .init(es: "America/Chicago; vacío: la del equipo", en: "America/Chicago; empty: the machine's")
        case .lockMinutesHint: return .init(es: "1 a 240; vacío: {n}", en: "1 to 240; empty: {n}")
        case .lockMinutesNotNumber: return .init(es: "Escriba un número de minutos, de 1 a 240.", en: "Type a number of minutes, 1 to 240.")
        case .spanish: return .init(es: "Español", en: "Spanish")
        case .english: return .init(es: "Inglés", en: "English")
        case .machineWins:
            return .init(es: "Este equipo usa {n} minutos (lock_minutes de su configuración).",
                         en: "This machine uses {n} minutes (lock_minutes of its config).")
        case .notSet: return .init(es: "sin registrar", en: "not set")
        }
    }
}
