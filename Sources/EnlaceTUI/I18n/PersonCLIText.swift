import EnlaceCore

/// What `enlace person` prints.
public enum PersonCLIText: String, MessageCatalog {
    case saved, nothingChanged, possibleDuplicate, badSex, badFormat, cannotWrite, written

    public var text: LocalizedText {
        switch self {
        case .saved:
            return .init(es: "Registro corregido: {fields}.", en: "Record corrected: {fields}.")
        case .nothingChanged:
            return .init(es: "Nada cambió: el registro ya decía eso.", en: "Nothing changed: the record already said that.")
        case .possibleDuplicate:
            return .init(es: "Posible duplicado: {id} {name} (revíselo; nada se une solo).",
                         en: "Possible duplicate: {id} {name} (check it; nothing is merged by itself).")
        case .badFormat:
            return .init(es: "Formato desconocido: «{value}». Use text o json.", en: "Unknown format: “{value}”. Use text or json.")
        case .cannotWrite:
            return .init(es: "No se pudo escribir {path}: {reason}. No se guardó nada.",
                         en: "Could not write {path}: {reason}. Nothing was written.")
        case .written:
            return .init(es: "Archivo de la persona escrito en {path} (solo usted puede leerlo).",
                         en: "The person's file was written to {path} (only you can read it).")
        case .badSex:
            return .init(es: "Valor no válido en --sex: «{value}». Use female, male, nonBinary, other o notStated.",
                         en: "Invalid --sex: “{value}”. Use female, male, nonBinary, other or notStated.")
        }
    }
}
