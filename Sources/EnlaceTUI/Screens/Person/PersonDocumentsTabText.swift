import EnlaceCore

/// What the person screen's "Documentos e idiomas" tab says.
public enum PersonDocumentsTabText: String, MessageCatalog {
    case tab, tabHelp, languages, interpreter, documentsHeading, empty
    case columnDocument, columnStatus, columnNumber, columnExpires, expiredMark
    case add, addHelp, edit, editHelp, remove, removeTitle, removeHelp, reveal, revealHelp, setLanguages, setLanguagesHelp
    case addTitle, editTitle, languagesTitle, fieldKind, fieldStatus, fieldNumber, fieldClearNumber, fieldExpires
    case fieldSpoken, fieldPreferred, fieldInterpreter, numberKept, numberHint, spokenHint, preferredNone
    case added, edited, unchanged, removed, removeQuestion, revealedNote, noNumber, languagesSaved, languagesUnchanged
    case noDocument, formOpen, conflict, formKeys

    public var text: LocalizedText {
        switch self {
        case .tab: return .init(es: "Documentos e idiomas", en: "Documents and languages")
        case .tabHelp:
            return .init(es: "Muestra los documentos de identidad (números ocultos) y las lenguas; «a» agrega, «v» muestra un número.",
                         en: "Shows identity documents (numbers hidden) and languages; “a” adds, “v” shows a number.")
        case .languages: return .init(es: "Lenguas", en: "Languages")
        case .interpreter: return .init(es: "Intérprete", en: "Interpreter")
        case .documentsHeading: return .init(es: "Documentos de identidad", en: "Identity documents")
        case .empty: return .init(es: "Sin documentos registrados; «a» agrega uno.", en: "No documents recorded; “a” adds one.")
        case .columnDocument: return .init(es: "Documento", en: "Document")
        case .columnStatus: return .init(es: "Estado", en: "Status")
        case .columnNumber: return .init(es: "Número", en: "Number")
        case .columnExpires: return .init(es: "Vence", en: "Expires")
        case .expiredMark: return .init(es: "{date} (vencido)", en: "{date} (past)")
        case .add: return .init(es: "Agregar", en: "Add")
        case .addHelp: return .init(es: "Abre el formulario de un documento nuevo: tipo, estado, número y vencimiento.",
                                    en: "Opens the form of a new document: kind, status, number and expiry.")
        case .edit: return .init(es: "Cambiar", en: "Change")
        case .editHelp: return .init(es: "Abre el documento elegido para cambiarlo (con versión: si otra terminal lo cambió, lo escrito se conserva).",
                                     en: "Opens the selected document to change it (versioned: if another terminal changed it, what was typed is kept).")
        case .remove: return .init(es: "Quitar", en: "Remove")
        case .removeTitle: return .init(es: "Quitar documento", en: "Remove document")
        case .removeHelp: return .init(es: "Quita el documento elegido, después de preguntar; queda en la bitácora.",
                                       en: "Removes the selected document, after asking; it is audited.")
        case .reveal: return .init(es: "Ver número", en: "Show number")
        case .revealHelp:
            return .init(es: "Muestra completo el número del documento elegido hasta que cambie de pestaña o salga; queda registrado quién lo vio.",
                         en: "Shows the selected document's full number until the tab changes or the screen is left; who saw it is recorded.")
        case .setLanguages: return .init(es: "Lenguas", en: "Languages")
        case .setLanguagesHelp: return .init(es: "Cambia las lenguas que habla la persona, la preferida y si necesita intérprete.",
                                             en: "Changes the languages the person speaks, the preferred one and whether they need an interpreter.")
        case .addTitle: return .init(es: "Agregar documento de identidad", en: "Add an identity document")
        case .editTitle: return .init(es: "Cambiar documento: {document}", en: "Change document: {document}")
        case .languagesTitle: return .init(es: "Lenguas de la persona", en: "The person's languages")
        case .fieldKind: return .init(es: "Documento", en: "Document")
        case .fieldStatus: return .init(es: "Estado", en: "Status")
        case .fieldNumber: return .init(es: "Número", en: "Number")
        case .fieldClearNumber: return .init(es: "Borrar el número", en: "Erase the number")
        case .fieldExpires: return .init(es: "Vence", en: "Expires")
        case .fieldSpoken: return .init(es: "Habla", en: "Speaks")
        case .fieldPreferred: return .init(es: "Prefiere", en: "Prefers")
        case .fieldInterpreter: return .init(es: "Necesita intérprete", en: "Needs an interpreter")
        case .numberKept: return .init(es: "guardado {number}; escriba otro para cambiarlo", en: "kept {number}; type another to change it")
        case .numberHint: return .init(es: "solo si hace falta", en: "only where needed")
        case .spokenHint: return .init(es: "mixteco, es, en…", en: "mixteco, es, en…")
        case .preferredNone: return .init(es: "(ninguna)", en: "(none)")
        case .added: return .init(es: "Documento agregado: {document}.", en: "Document added: {document}.")
        case .edited: return .init(es: "Documento cambiado: {document}.", en: "Document changed: {document}.")
        case .unchanged: return .init(es: "Nada cambió: el documento ya decía eso.", en: "Nothing changed: the document already said that.")
        case .removed: return .init(es: "Documento quitado: {document}.", en: "Document removed: {document}.")
        case .removeQuestion: return .init(es: "¿Quitar {document} del registro de la persona?", en: "Remove {document} from the person's record?")
        case .revealedNote: return .init(es: "Número completo a la vista; quedó registrado.", en: "Full number shown; this was recorded.")
        case .noNumber: return .init(es: "Ese documento no tiene número registrado.", en: "That document has no number recorded.")
        case .languagesSaved: return .init(es: "Lenguas guardadas.", en: "Languages saved.")
        case .languagesUnchanged: return .init(es: "Nada cambió en las lenguas.", en: "Nothing changed in the languages.")
        case .noDocument: return .init(es: "No hay documento elegido.", en: "No document is selected.")
        case .formOpen: return .init(es: "Primero guarde (Ctrl-S) o cierre (Esc) el formulario.", en: "First save (Ctrl-S) or close (Esc) the form.")
        case .conflict:
            return .init(es: "Otra persona cambió este registro mientras usted escribía; se leyó de nuevo y lo escrito sigue aquí. Ctrl-S guarda sobre lo nuevo.",
                         en: "Someone else changed this record while you typed; it was read again and what you typed is still here. Ctrl-S saves over the new one.")
        case .formKeys: return .init(es: "Formulario de documento o lenguas", en: "Document or languages form")
        }
    }

    static func fill(_ text: PersonDocumentsTabText, _ values: [String: LocalizedText]) -> LocalizedText {
        text.text.filling(values)
    }
}
