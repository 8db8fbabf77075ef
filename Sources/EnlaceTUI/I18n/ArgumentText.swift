import EnlaceCore

/// What the command line says about its own arguments before any command runs: bytes that
/// are not text, and the argument parser's refusals (unknown option, missing value...), in the
/// person's language. The parser's usage lines follow as it prints them.
public enum ArgumentText: String, MessageCatalog {
    case notUTF8
    case unknownOption, unexpectedArgument, missingArgument, missingValue, invalidValue, otherProblem
    case seeHelp, didYouMean, validValues

    public var text: LocalizedText {
        switch self {
        case .notUTF8:
            return .init(es: "El argumento {n} no es texto UTF-8 válido: revise la codificación de la terminal (LANG=es_MX.UTF-8) o del programa que llama a Enlace.",
                         en: "Argument {n} is not valid UTF-8 text: check the encoding of the terminal (LANG=en_US.UTF-8) or of the program calling Enlace.")
        case .unknownOption:
            return .init(es: "Opción desconocida: {value}.", en: "Unknown option: {value}.")
        case .unexpectedArgument:
            return .init(es: "Argumento de más o desconocido: «{value}».", en: "Unexpected or unknown argument: “{value}”.")
        case .missingArgument:
            return .init(es: "Falta un argumento: {value}.", en: "Missing argument: {value}.")
        case .missingValue:
            return .init(es: "Falta el valor de {value}.", en: "Missing value for {value}.")
        case .invalidValue:
            return .init(es: "«{value}» no es un valor válido para {option}.", en: "“{value}” is not a valid value for {option}.")
        case .otherProblem:
            return .init(es: "La orden no es válida: {detail}", en: "The command is not valid: {detail}")
        case .validValues:
            return .init(es: "Use uno de estos: {values}.", en: "Use one of: {values}.")
        case .didYouMean:
            return .init(es: "¿Quiso decir {value}?", en: "Did you mean {value}?")
        case .seeHelp:
            return .init(es: "Vea las opciones con: {help}", en: "See the options with: {help}")
        }
    }
}
