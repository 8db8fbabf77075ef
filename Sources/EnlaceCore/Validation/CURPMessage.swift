/// Messages about a CURP typed at the desk: problems (errors) and mismatches (warnings).
public enum CURPMessage: String, MessageCatalog {
    case empty
    case wrongLength
    case badCharacters
    case nameLettersExpected
    case dateDigitsExpected
    case impossibleDate
    case badSex
    case unknownStateCode
    case consonantsExpected
    case badDifferentiator
    case checkDigitNotDigit
    case wrongCheckDigit
    case birthDateMismatch
    case sexMismatch
    case sexMale
    case sexFemale
    case bornAbroad

    public var text: LocalizedText {
        switch self {
        case .empty:
            return .init(es: "Escriba la CURP: 18 letras y números.",
                         en: "Type the CURP: 18 letters and digits.")
        case .wrongLength:
            return .init(es: "La CURP tiene 18 caracteres; usted escribió {count}.",
                         en: "A CURP has 18 characters; you typed {count}.")
        case .badCharacters:
            return .init(es: "La CURP solo lleva letras y números; quite: {characters}.",
                         en: "A CURP has only letters and digits; remove: {characters}.")
        case .nameLettersExpected:
            return .init(es: "Los primeros 4 caracteres de la CURP deben ser letras (vienen del nombre).",
                         en: "The first 4 characters of a CURP must be letters (they come from the name).")
        case .dateDigitsExpected:
            return .init(es: "Los caracteres 5 a 10 de la CURP deben ser números: la fecha de nacimiento AAMMDD.",
                         en: "Characters 5 to 10 of a CURP must be digits: the birth date YYMMDD.")
        case .impossibleDate:
            return .init(es: "La fecha de la CURP ({digits}) no existe: {reason}",
                         en: "The date in the CURP ({digits}) does not exist: {reason}")
        case .badSex:
            return .init(es: "El carácter 11 de la CURP debe ser H (hombre) o M (mujer); tiene «{found}».",
                         en: "Character 11 of a CURP must be H (male) or M (female); it has “{found}”.")
        case .unknownStateCode:
            return .init(es: "«{code}» no es una clave de estado de la CURP (por ejemplo JC, DF, NE para nacidos en el extranjero).",
                         en: "“{code}” is not a CURP state code (for example JC, DF, NE for born abroad).")
        case .consonantsExpected:
            return .init(es: "Los caracteres 14 a 16 de la CURP deben ser consonantes; tiene «{found}».",
                         en: "Characters 14 to 16 of a CURP must be consonants; it has “{found}”.")
        case .badDifferentiator:
            return .init(es: "El carácter 17 de la CURP debe ser un número (nacidos antes de 2000) o una letra (desde 2000); tiene «{found}».",
                         en: "Character 17 of a CURP must be a digit (born before 2000) or a letter (from 2000); it has “{found}”.")
        case .checkDigitNotDigit:
            return .init(es: "El último carácter de la CURP es un dígito verificador; tiene «{found}».",
                         en: "The last character of a CURP is a check digit; it has “{found}”.")
        case .wrongCheckDigit:
            return .init(es: "El dígito verificador no corresponde: termina en {found} y debería ser {expected}. Revise cada carácter con el documento.",
                         en: "The check digit does not match: it ends in {found} and should be {expected}. Compare each character with the document.")
        case .birthDateMismatch:
            return .init(es: "La CURP indica nacimiento el {curpDate}, pero la fecha escrita es {typedDate}.",
                         en: "The CURP gives a birth date of {curpDate}, but the typed date is {typedDate}.")
        case .sexMismatch:
            return .init(es: "La CURP indica sexo {curpSex}, pero el escrito es {typedSex}.",
                         en: "The CURP gives sex {curpSex}, but the typed one is {typedSex}.")
        case .sexMale:
            return .init(es: "hombre", en: "male")
        case .sexFemale:
            return .init(es: "mujer", en: "female")
        case .bornAbroad:
            return .init(es: "Nacido en el extranjero", en: "Born abroad")
        }
    }
}
