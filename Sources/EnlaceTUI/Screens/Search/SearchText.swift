import EnlaceCore

/// Texts of the search screen.
public enum SearchText: String, MessageCatalog {
    case title, hint, found, foundNone, reasonsPrefix, caseLine, noCases, typedCaseNumber
    case noOpenCase, caseGone

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Buscar", en: "Search")
        case .hint:
            return .init(es: "Escriba un nombre, apellido, teléfono, CURP o número de caso.",
                         en: "Type a name, surname, phone, CURP or case number.")
        case .found: return .init(es: "{n} {n|persona|personas} · Enter abre · Esc borra", en: "{n} {n|person|people} · Enter opens · Esc clears")
        case .foundNone:
            return .init(es: "Nadie coincide con «{query}». Revise la ortografía o pruebe con un teléfono o la CURP.",
                         en: "Nobody matches “{query}”. Check the spelling or try a phone or the CURP.")
        case .reasonsPrefix: return .init(es: "por", en: "by")
        case .caseLine: return .init(es: "Caso {number}", en: "Case {number}")
        case .noCases: return .init(es: "sin casos que usted pueda ver", en: "no cases you can see")
        case .typedCaseNumber: return .init(es: "número de caso escrito", en: "case number typed")
        case .noOpenCase:
            return .init(es: "{name} no tiene casos que usted pueda ver. Pulse F2 para iniciar un registro.",
                         en: "{name} has no case you can see. Press F2 to start an intake.")
        case .caseGone:
            return .init(es: "El caso {number} ya no existe o no puede verlo.", en: "Case {number} no longer exists or you cannot see it.")
        }
    }
}
