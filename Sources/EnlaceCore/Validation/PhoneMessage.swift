/// Messages about phone numbers typed at the desk.
public enum PhoneMessage: String, MessageCatalog {
    case empty
    case tooLong
    case letters
    case badCharacters
    case plusNotAtStart
    case unsupportedCountry
    case missingAreaCode
    case wrongLengthUS
    case wrongLengthMX
    case wrongLength
    case usAreaCodeStart
    case usAreaCodeReserved
    case usExchangeStart
    case mxStartsWithZeroOrOne
    case countryUS
    case countryMX

    public var text: LocalizedText {
        switch self {
        case .empty:
            return .init(es: "Escriba un teléfono, por ejemplo (312) 555-0142 o +52 55 1234 5678.",
                         en: "Type a phone number, for example (312) 555-0142 or +52 55 1234 5678.")
        case .tooLong:
            return .init(es: "El texto es demasiado largo para ser un teléfono ({count} caracteres).",
                         en: "The text is too long to be a phone number ({count} characters).")
        case .letters:
            return .init(es: "Un teléfono solo lleva números; quite las letras ({letters}).",
                         en: "A phone number has only digits; remove the letters ({letters}).")
        case .badCharacters:
            return .init(es: "El teléfono tiene caracteres no válidos ({characters}); use números, espacios, guiones, puntos o paréntesis.",
                         en: "The phone number has invalid characters ({characters}); use digits, spaces, hyphens, dots or parentheses.")
        case .plusNotAtStart:
            return .init(es: "El signo + solo puede ir al principio, antes de la clave del país.",
                         en: "The + sign can only go first, before the country code.")
        case .unsupportedCountry:
            return .init(es: "Solo se aceptan teléfonos de Estados Unidos (+1) y México (+52); este empieza con +{code}.",
                         en: "Only United States (+1) and Mexico (+52) numbers are accepted; this one starts with +{code}.")
        case .missingAreaCode:
            return .init(es: "Faltan dígitos: escriba también la lada (código de área); el número completo tiene 10 dígitos.",
                         en: "Digits are missing: include the area code; the full number has 10 digits.")
        case .wrongLengthUS:
            return .init(es: "Un teléfono de Estados Unidos tiene 10 dígitos (lada y número); este tiene {count}.",
                         en: "A United States number has 10 digits (area code and number); this one has {count}.")
        case .wrongLengthMX:
            return .init(es: "Un teléfono de México tiene 10 dígitos después del +52; este tiene {count}.",
                         en: "A Mexico number has 10 digits after +52; this one has {count}.")
        case .wrongLength:
            return .init(es: "Un teléfono tiene 10 dígitos; este tiene {count}. Para México escriba +52 al principio.",
                         en: "A phone number has 10 digits; this one has {count}. For Mexico type +52 first.")
        case .usAreaCodeStart:
            return .init(es: "La lada de Estados Unidos ({areaCode}) no puede empezar con 0 ni 1. Si es de México, escriba +52 al principio.",
                         en: "A United States area code ({areaCode}) cannot start with 0 or 1. If it is a Mexico number, type +52 first.")
        case .usAreaCodeReserved:
            return .init(es: "{areaCode} es un número de servicio, no una lada.",
                         en: "{areaCode} is a service number, not an area code.")
        case .usExchangeStart:
            return .init(es: "En un teléfono de Estados Unidos el cuarto dígito no puede ser 0 ni 1 ({exchange}).",
                         en: "In a United States number the fourth digit cannot be 0 or 1 ({exchange}).")
        case .mxStartsWithZeroOrOne:
            return .init(es: "Un teléfono de México no empieza con 0 ni 1 después del +52; quite prefijos antiguos como 01, 044 o 045.",
                         en: "A Mexico number does not start with 0 or 1 after +52; remove old prefixes such as 01, 044 or 045.")
        case .countryUS:
            return .init(es: "Estados Unidos", en: "United States")
        case .countryMX:
            return .init(es: "México", en: "Mexico")
        }
    }
}
