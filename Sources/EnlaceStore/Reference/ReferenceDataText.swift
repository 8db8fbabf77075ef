import EnlaceCore

/// What the store (and the CLI and screens on top of it) say about checklists and the
/// organization's settings.
public enum ReferenceDataText: String, MessageCatalog {
    case checklistItemNotFound, checklistItemRetired, checklistTextRequired, checklistTextInvalid
    case checklistTextEs, checklistTextEn, checklistProcedureMismatch
    case checklistAdded, checklistEdited, checklistMoved, checklistRetired, checklistRetiredMark, checklistEmpty
    case timeZoneLabel, timeZoneInvalid, lockMinutesLabel, lockMinutesInvalid, languageLabel
    case consulatesLabel, notAConsulate, consulateUnknown, consulateAmbiguous
    case machineDefault, lockMinutesValue, noConsulates

    public var text: LocalizedText {
        switch self {
        case .checklistItemNotFound:
            return .init(es: "No existe ese documento de lista.", en: "There is no such checklist item.")
        case .checklistItemRetired:
            return .init(es: "Ese documento está retirado; ya no se mueve.", en: "That item is retired; it no longer moves.")
        case .checklistTextRequired:
            return .init(es: "Escriba el texto (se necesita en español y en inglés).",
                         en: "Type the text (it is needed in Spanish and in English).")
        case .checklistTextInvalid:
            return .init(es: "El texto admite hasta 200 caracteres en una sola línea.",
                         en: "The text takes up to 200 characters on one line.")
        case .checklistTextEs: return .init(es: "Texto en español", en: "Spanish text")
        case .checklistTextEn: return .init(es: "Texto en inglés", en: "English text")
        case .checklistProcedureMismatch:
            return .init(es: "Solo la orientación consular tiene trámites: indique uno para ella y ninguno para los demás tipos.",
                         en: "Only consular orientation has procedures: give one for it and none for the other kinds.")
        case .checklistAdded: return .init(es: "Documento agregado a la lista.", en: "Item added to the checklist.")
        case .checklistEdited: return .init(es: "Documento cambiado.", en: "Item changed.")
        case .checklistMoved: return .init(es: "Orden de la lista cambiado.", en: "Checklist order changed.")
        case .checklistRetired:
            return .init(es: "Documento retirado: las canalizaciones nuevas ya no lo piden; las anteriores lo conservan.",
                         en: "Item retired: new referrals no longer ask for it; earlier ones keep it.")
        case .checklistRetiredMark: return .init(es: "retirado", en: "retired")
        case .checklistEmpty: return .init(es: "(lista vacía)", en: "(empty checklist)")
        case .timeZoneLabel: return .init(es: "Zona horaria", en: "Time zone")
        case .timeZoneInvalid:
            return .init(es: "«{zone}» no es una zona horaria IANA conocida (por ejemplo America/Chicago).",
                         en: "“{zone}” is not a known IANA time zone (for example America/Chicago).")
        case .lockMinutesLabel: return .init(es: "Bloqueo por inactividad", en: "Idle lock")
        case .lockMinutesInvalid:
            return .init(es: "Indique de 1 a 240 minutos.", en: "Give 1 to 240 minutes.")
        case .languageLabel: return .init(es: "Idioma predeterminado", en: "Default language")
        case .consulatesLabel: return .init(es: "Consulados que atienden su zona", en: "Consulates serving its area")
        case .notAConsulate:
            return .init(es: "{ids} no es un consulado activo del directorio.",
                         en: "{ids} is not an active consulate of the directory.")
        case .consulateUnknown:
            return .init(es: "Ningún consulado coincide con «{name}».", en: "No consulate matches “{name}”.")
        case .consulateAmbiguous:
            return .init(es: "Varios consulados coinciden con «{name}»: {names}. Use su número.",
                         en: "Several consulates match “{name}”: {names}. Use its number.")
        case .machineDefault: return .init(es: "la del equipo", en: "the machine's")
        case .lockMinutesValue: return .init(es: "{n} minutos", en: "{n} minutes")
        case .noConsulates: return .init(es: "ninguno elegido", en: "none chosen")
        }
    }
}
