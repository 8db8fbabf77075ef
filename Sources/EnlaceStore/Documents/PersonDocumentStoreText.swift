import EnlaceCore

/// What the store says about identity documents and languages.
public enum PersonDocumentStoreText: String, MessageCatalog {
    case fieldKind, fieldStatus, fieldNumber, fieldExpires, fieldLanguages, fieldPreferredLanguage
    case documentNotFound, curpIsOnTheRecord

    public var text: LocalizedText {
        switch self {
        case .fieldKind: return .init(es: "Documento", en: "Document")
        case .fieldStatus: return .init(es: "Estado", en: "Status")
        case .fieldNumber: return .init(es: "Número", en: "Number")
        case .fieldExpires: return .init(es: "Vence", en: "Expires")
        case .fieldLanguages: return .init(es: "Lenguas", en: "Languages")
        case .fieldPreferredLanguage: return .init(es: "Lengua preferida", en: "Preferred language")
        case .documentNotFound:
            return .init(es: "No existe el documento {id}; revise el número en la lista de documentos.",
                         en: "There is no document {id}; check the number in the list of documents.")
        case .curpIsOnTheRecord:
            return .init(es: "La CURP se guarda en el registro de la persona (enlace person edit --curp), no como documento.",
                         en: "The CURP is kept on the person's record (enlace person edit --curp), not as a document.")
        }
    }
}
