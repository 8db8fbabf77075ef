/// Labels of audited record types, in Spanish and English.
public enum AuditText: String, MessageCatalog {
    case entityPerson, entityHouseholdLink, entityCase, entityReferral, entityFollowUp
    case entityNote, entityPartner, entityUser, entityEvent, entityReferenceData, entityBackup

    public var text: LocalizedText {
        switch self {
        case .entityPerson: return .init(es: "Persona", en: "Person")
        case .entityHouseholdLink: return .init(es: "Vínculo familiar", en: "Household link")
        case .entityCase: return .init(es: "Caso", en: "Case")
        case .entityReferral: return .init(es: "Canalización", en: "Referral")
        case .entityFollowUp: return .init(es: "Seguimiento", en: "Follow-up")
        case .entityNote: return .init(es: "Nota", en: "Note")
        case .entityPartner: return .init(es: "Organización aliada", en: "Partner")
        case .entityUser: return .init(es: "Usuario", en: "User")
        case .entityEvent: return .init(es: "Evento", en: "Event")
        case .entityReferenceData: return .init(es: "Datos de referencia", en: "Reference data")
        case .entityBackup: return .init(es: "Respaldo", en: "Backup")
        }
    }
}
