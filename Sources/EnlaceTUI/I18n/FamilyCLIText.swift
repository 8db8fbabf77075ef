import EnlaceCore

/// What `enlace person family` and `enlace person kin` say.
public enum FamilyCLIText: String, MessageCatalog {
    case linked, unlinked, relativesHeader, noRelatives, contactsHeader, noContacts
    case kinAdded, kinEdited, kinUnchanged, kinRemoved, badRelationship, badCountry, notTheirContact
    case notInHousehold, relationshipRequired

    public var text: LocalizedText {
        switch self {
        case .linked:
            return .init(es: "Vinculados: {name} es {relationship} de la persona {person}.",
                         en: "Linked: {name} is the {relationship} of person {person}.")
        case .unlinked:
            return .init(es: "Vínculo quitado: la persona {related} ya no figura como {relationship} de la persona {person}.",
                         en: "Link removed: person {related} is no longer listed as the {relationship} of person {person}.")
        case .relativesHeader:
            return .init(es: "parentesco\tpersona\tnombre\tteléfono", en: "relationship\tperson\tname\tphone")
        case .noRelatives: return .init(es: "Sin familiares registrados.", en: "No registered relatives.")
        case .contactsHeader:
            return .init(es: "id\tversión\tparentesco\tnombre\tteléfonos\tpaís\tdónde vive\tnotas",
                         en: "id\tversion\trelationship\tname\tphones\tcountry\twhere they live\tnotes")
        case .noContacts: return .init(es: "Sin familiares de contacto.", en: "No next-of-kin contacts.")
        case .kinAdded:
            return .init(es: "Familiar de contacto {id} agregado (versión {version}).", en: "Next-of-kin contact {id} added (version {version}).")
        case .kinEdited:
            return .init(es: "Familiar de contacto {id} corregido (versión {version}).", en: "Next-of-kin contact {id} corrected (version {version}).")
        case .kinUnchanged:
            return .init(es: "Nada cambió: el familiar de contacto {id} ya decía eso.", en: "Nothing changed: next-of-kin contact {id} already said that.")
        case .kinRemoved: return .init(es: "Familiar de contacto {id} ({name}) quitado.", en: "Next-of-kin contact {id} ({name}) removed.")
        case .badRelationship:
            return .init(es: "Parentesco desconocido: «{value}». Use {values}.", en: "Unknown relationship: “{value}”. Use {values}.")
        case .badCountry:
            return .init(es: "País desconocido: «{value}». Use mexico o us.", en: "Unknown country: “{value}”. Use mexico or us.")
        case .notTheirContact:
            return .init(es: "El familiar de contacto {id} no es de la persona {person}.",
                         en: "Next-of-kin contact {id} does not belong to person {person}.")
        case .relationshipRequired:
            return .init(es: "Falta --relationship: {values}.", en: "--relationship is missing: {values}.")
        case .notInHousehold:
            return .init(es: "{key} no está en la familia de la persona del caso; vea «enlace person family list» y «enlace person kin list».",
                         en: "{key} is not in the household of the case's person; see “enlace person family list” and “enlace person kin list”.")
        }
    }
}
