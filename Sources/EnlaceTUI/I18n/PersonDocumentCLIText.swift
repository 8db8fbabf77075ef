import EnlaceCore

/// What `enlace person document` and `enlace person languages` print.
public enum PersonDocumentCLIText: String, MessageCatalog {
    case noDocuments, added, edited, nothingChanged, removed, revealed, noNumberToReveal
    case languagesSaved, languagesUnchanged, languagesNone, preferredLine, badInterpreter, expiresShort

    public var text: LocalizedText {
        switch self {
        case .noDocuments: return .init(es: "Sin documentos registrados.", en: "No documents recorded.")
        case .added: return .init(es: "Documento {id} agregado: {document}.", en: "Document {id} added: {document}.")
        case .edited: return .init(es: "Documento {id} cambiado ({fields}): {document}.", en: "Document {id} changed ({fields}): {document}.")
        case .nothingChanged: return .init(es: "Nada cambió: el documento ya decía eso.", en: "Nothing changed: the document already said that.")
        case .removed: return .init(es: "Documento {id} quitado.", en: "Document {id} removed.")
        case .revealed:
            return .init(es: "Se mostraron números completos; quedó registrado quién y cuándo.",
                         en: "Full numbers were shown; who and when was recorded.")
        case .noNumberToReveal:
            return .init(es: "El documento {id} no tiene número registrado.", en: "Document {id} has no number recorded.")
        case .languagesSaved: return .init(es: "Lenguas guardadas: {languages}.", en: "Languages saved: {languages}.")
        case .languagesUnchanged: return .init(es: "Nada cambió: {languages}.", en: "Nothing changed: {languages}.")
        case .languagesNone: return .init(es: "sin lenguas registradas", en: "no languages recorded")
        case .preferredLine: return .init(es: "prefiere {language}", en: "prefers {language}")
        case .badInterpreter:
            return .init(es: "Valor no válido en --interpreter: «{value}». Use yes o no.",
                         en: "Invalid --interpreter: “{value}”. Use yes or no.")
        case .expiresShort: return .init(es: "vence {date}", en: "expires {date}")
        }
    }
}
