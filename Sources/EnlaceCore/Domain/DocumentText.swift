/// The words of identity documents and languages: statuses and what is wrong with a value.
public enum DocumentText: String, MessageCatalog {
    case statusHas, statusLost, statusExpired, statusInProcess
    case numberCharacters, numberTooShort, numberTooLong, unknownKind, unknownStatus, unknownLanguage
    case interpreterNeeded, interpreterNotNeeded, noLanguages

    public var text: LocalizedText {
        switch self {
        case .statusHas: return .init(es: "Lo tiene", en: "Has it")
        case .statusLost: return .init(es: "Lo perdió", en: "Lost")
        case .statusExpired: return .init(es: "Vencido", en: "Expired")
        case .statusInProcess: return .init(es: "En trámite", en: "In process")
        case .numberCharacters:
            return .init(es: "El número admite solo letras y dígitos (los espacios y guiones se quitan).",
                         en: "The number takes only letters and digits (spaces and hyphens are dropped).")
        case .numberTooShort:
            return .init(es: "El número necesita al menos {min} letras o dígitos.",
                         en: "The number needs at least {min} letters or digits.")
        case .numberTooLong:
            return .init(es: "El número admite hasta {max} letras o dígitos.",
                         en: "The number allows up to {max} letters or digits.")
        case .unknownKind:
            return .init(es: "Tipo de documento desconocido: «{value}». Use matricula, passport, ine, birthCertificate, itin, driversLicense o workPermit.",
                         en: "Unknown document kind: “{value}”. Use matricula, passport, ine, birthCertificate, itin, driversLicense or workPermit.")
        case .unknownStatus:
            return .init(es: "Estado desconocido: «{value}». Use has, lost, expired o inProcess.",
                         en: "Unknown status: “{value}”. Use has, lost, expired or inProcess.")
        case .unknownLanguage:
            return .init(es: "Lengua desconocida: «{value}». Use es, en, mixteco, zapoteco, purepecha, nahuatl, triqui, tzotzil, mam, kiche, maya u other.",
                         en: "Unknown language: “{value}”. Use es, en, mixteco, zapoteco, purepecha, nahuatl, triqui, tzotzil, mam, kiche, maya or other.")
        case .interpreterNeeded: return .init(es: "Necesita intérprete", en: "Needs an interpreter")
        case .interpreterNotNeeded: return .init(es: "No necesita intérprete", en: "No interpreter needed")
        case .noLanguages: return .init(es: "Sin lenguas registradas", en: "No languages recorded")
        }
    }
}
