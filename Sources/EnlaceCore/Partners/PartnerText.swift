/// Words of the partner directory and of Open Referral (HSDS) files, in Spanish and English.
public enum PartnerText: String, MessageCatalog {
    case costFree, costSlidingScale, costFee, languageSpanish, languageEnglish
    case csvInvalidUTF8, csvUnclosedQuote, csvTextAfterQuote
    case hsdsMissingFile, hsdsNoHeader, hsdsMissingColumn, hsdsFieldCount, hsdsValueRequired
    case hsdsDuplicateId, hsdsUnknownReference, hsdsBadStatus, hsdsUnlinked, hsdsAtLine, hsdsAtColumn

    public var text: LocalizedText {
        switch self {
        case .costFree: return .init(es: "Gratuito", en: "Free")
        case .costSlidingScale: return .init(es: "Escala móvil según ingresos", en: "Sliding scale")
        case .costFee: return .init(es: "Con costo", en: "Fee")
        case .languageSpanish: return .init(es: "Español", en: "Spanish")
        case .languageEnglish: return .init(es: "Inglés", en: "English")
        case .csvInvalidUTF8:
            return .init(es: "el texto no es UTF-8 (byte {byte}); guarde el archivo como CSV UTF-8",
                         en: "the text is not UTF-8 (byte {byte}); save the file as CSV UTF-8")
        case .csvUnclosedQuote:
            return .init(es: "unas comillas abren un campo y no se cierran", en: "a quote opens a field and is never closed")
        case .csvTextAfterQuote:
            return .init(es: "hay texto después de las comillas que cierran el campo",
                         en: "there is text after the quote that closes the field")
        case .hsdsMissingFile:
            return .init(es: "falta este archivo en la carpeta", en: "this file is missing from the folder")
        case .hsdsNoHeader:
            return .init(es: "el archivo está vacío; la primera línea debe nombrar las columnas",
                         en: "the file is empty; its first line must name the columns")
        case .hsdsMissingColumn:
            return .init(es: "falta la columna «{column}»", en: "the column \"{column}\" is missing")
        case .hsdsFieldCount:
            return .init(es: "la línea tiene {found} campos y el encabezado {expected}",
                         en: "the line has {found} fields and the header {expected}")
        case .hsdsValueRequired:
            return .init(es: "«{column}» no puede estar vacío", en: "\"{column}\" cannot be empty")
        case .hsdsDuplicateId:
            return .init(es: "el id «{column}» se repite en el archivo", en: "this {column} appears twice in the file")
        case .hsdsUnknownReference:
            return .init(es: "«{column}» no corresponde a ninguna fila", en: "\"{column}\" matches no row")
        case .hsdsBadStatus:
            return .init(es: "«{column}» debe ser active, inactive, defunct o temporarily closed",
                         en: "\"{column}\" must be active, inactive, defunct or temporarily closed")
        case .hsdsUnlinked:
            return .init(es: "el teléfono no está ligado a ninguna organización, servicio ni ubicación",
                         en: "the phone is linked to no organization, service or location")
        case .hsdsAtLine: return .init(es: ", línea {line}", en: ", line {line}")
        case .hsdsAtColumn: return .init(es: ", columna {column}", en: ", column {column}")
        }
    }
}
