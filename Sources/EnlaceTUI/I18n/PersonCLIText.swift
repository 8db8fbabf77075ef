import EnlaceCore

/// What `enlace person` prints.
public enum PersonCLIText: String, MessageCatalog {
    case saved, nothingChanged, possibleDuplicate, badSex

    public var text: LocalizedText {
        switch self {
        case .saved:
            return .init(es: "Registro corregido: {fields}.", en: "Record corrected: {fields}.")
        case .nothingChanged:
            return .init(es: "Nada cambió: el registro ya decía eso.", en: "Nothing changed: the record already said that.")
        case .possibleDuplicate:
            return .init(es: "Posible duplicado: {id} {name} (revíselo; nada se une solo).",
                         en: "Possible duplicate: {id} {name} (check it; nothing is merged by itself).")
        case .badSex:
            return .init(es: "Valor no válido en --sex: «{value}». Use female, male, nonBinary, other o notStated.",
                         en: "Invalid --sex: “{value}”. Use female, male, nonBinary, other or notStated.")
        }
    }
}
