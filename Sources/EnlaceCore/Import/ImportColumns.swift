/// What a column of a sign-in sheet holds: one of the intake's person fields, or nothing to
/// bring in. Headers are recognised in Spanish and English, accents and case aside
/// ("Apellido paterno", "Teléfono", "Fecha de nacimiento", "Last name", "DOB").
public enum ImportField: String, CaseIterable, Sendable, Codable {
    case givenNames, firstSurname, secondSurname, fullName, birthDate, approximateAge, sex
    case phone, email, curp, city, usState, zip, originState, originMunicipality, hometownAssociation
    case ignore

    /// Header words (in `NameFolding.searchForm`) that name the field, whole header first.
    static let headers: [ImportField: [String]] = [
        .givenNames: ["nombre", "nombres", "nombre s", "primer nombre", "first name", "given name", "given names", "name first"],
        .firstSurname: ["apellido paterno", "primer apellido", "apellido", "apellidos", "last name", "surname", "family name"],
        .secondSurname: ["apellido materno", "segundo apellido", "second surname", "mother s last name", "maternal surname"],
        .fullName: ["nombre completo", "full name", "nombre y apellidos", "name"],
        .birthDate: ["fecha de nacimiento", "nacimiento", "fecha nac", "f nac", "date of birth", "birth date", "birthdate", "dob"],
        .approximateAge: ["edad", "age"],
        .sex: ["sexo", "genero", "sex", "gender"],
        .phone: ["telefono", "tel", "celular", "cel", "whatsapp", "phone", "phone number", "cell", "mobile"],
        .email: ["correo", "correo electronico", "email", "e mail", "mail"],
        .curp: ["curp"],
        .city: ["ciudad", "city"],
        .usState: ["estado eeuu", "estado ee uu", "state", "us state"],
        .zip: ["codigo postal", "cp", "zip", "zip code"],
        .originState: ["estado de origen", "estado origen", "origen", "state of origin", "origin state", "origin"],
        .originMunicipality: ["municipio", "municipio de origen", "municipality", "hometown"],
        .hometownAssociation: ["club", "club de oriundos", "asociacion", "federacion", "hometown association", "club name"],
    ]

    /// The field a header names, or `.ignore`.
    public static func guess(_ header: String) -> ImportField {
        let folded = NameFolding.searchForm(header)
        guard !folded.isEmpty else { return .ignore }
        for field in allCases where headers[field]?.contains(folded) == true { return field }
        return .ignore
    }

    public var label: LocalizedText {
        switch self {
        case .givenNames: return .init(es: "Nombre(s)", en: "Given names")
        case .firstSurname: return .init(es: "Primer apellido", en: "First surname")
        case .secondSurname: return .init(es: "Segundo apellido", en: "Second surname")
        case .fullName: return .init(es: "Nombre completo", en: "Full name")
        case .birthDate: return .init(es: "Fecha de nacimiento", en: "Date of birth")
        case .approximateAge: return .init(es: "Edad", en: "Age")
        case .sex: return .init(es: "Sexo", en: "Sex")
        case .phone: return .init(es: "Teléfono", en: "Phone")
        case .email: return .init(es: "Correo", en: "Email")
        case .curp: return .init(es: "CURP", en: "CURP")
        case .city: return .init(es: "Ciudad", en: "City")
        case .usState: return .init(es: "Estado (EE. UU.)", en: "State (US)")
        case .zip: return .init(es: "Código postal", en: "ZIP")
        case .originState: return .init(es: "Estado de origen", en: "State of origin")
        case .originMunicipality: return .init(es: "Municipio de origen", en: "Municipality of origin")
        case .hometownAssociation: return .init(es: "Club o federación", en: "Hometown association")
        case .ignore: return .init(es: "(no se importa)", en: "(not imported)")
        }
    }
}

/// Which field each column goes to, by position; guessed from the header row, changed by the
/// person, kept for the next sheet with the same headers.
public struct ImportMapping: Sendable, Equatable, Codable {
    public var fields: [ImportField]

    public init(fields: [ImportField]) { self.fields = fields }

    public static func guess(headers: [String]) -> ImportMapping {
        var used = Set<ImportField>()
        return ImportMapping(fields: headers.map { header in
            let field = ImportField.guess(header)
            guard field != .ignore, used.insert(field).inserted else { return .ignore }
            return field
        })
    }

    /// A name is needed: given names and first surname, or a full name.
    public var missingName: Bool {
        !(fields.contains(.givenNames) && fields.contains(.firstSurname)) && !fields.contains(.fullName)
    }

    /// The key a mapping is kept under: the headers, folded.
    public static func signature(_ headers: [String]) -> String {
        headers.map { NameFolding.searchForm($0) }.joined(separator: "|")
    }
}

/// What importing says in Core.
public enum ImportText: String, MessageCatalog {
    case fileEmpty, fileNotText, noName, tooLong, controlCharacters
    case fileTooLarge, atLineColumn, wrongSeparator, separatorTab, raggedRow, cellTooLong
    case sexUnknown, ageNotNumber

    public var text: LocalizedText {
        switch self {
        case .fileEmpty: return .init(es: "El archivo está vacío.", en: "The file is empty.")
        case .fileNotText:
            return .init(es: "El archivo no es texto (línea {line}): guarde la hoja como CSV desde la hoja de cálculo.",
                         en: "The file is not text (line {line}): save the sheet as CSV from the spreadsheet.")
        case .noName:
            return .init(es: "Ninguna columna tiene el nombre (encabezados, línea {line}): se necesitan «Nombre» y «Apellido» (o «Nombre completo»). Asigne las columnas.",
                         en: "No column holds the name (headers, line {line}): “Nombre” and “Apellido” (or “Nombre completo”) are needed. Assign the columns.")
        case .tooLong: return .init(es: "El texto es demasiado largo ({n} caracteres).", en: "The text is too long ({n} characters).")
        case .controlCharacters:
            return .init(es: "El texto tiene caracteres de control.", en: "The text has control characters.")
        case .fileTooLarge:
            return .init(es: "El archivo pesa {mb} MB; se importan hasta {max} MB. Divida la hoja en partes.",
                         en: "The file is {mb} MB; up to {max} MB is imported. Split the sheet into parts.")
        case .atLineColumn:
            return .init(es: "Línea {line}, columna {column}: {problem}", en: "Line {line}, column {column}: {problem}")
        case .wrongSeparator:
            return .init(es: "Línea {line}: los encabezados quedaron en una sola columna; la hoja parece separada por «{separator}». Indique ese separador.",
                         en: "Line {line}: the headers came out as one column; the sheet seems separated by “{separator}”. Give that separator.")
        case .separatorTab: return .init(es: "tabulador", en: "tab")
        case .raggedRow:
            return .init(es: "Línea {line}: tiene {cells} celdas y los encabezados {expected}. Revise comillas o separadores en esa fila.",
                         en: "Line {line}: it has {cells} cells and the headers {expected}. Check the quotes or separators in that row.")
        case .cellTooLong:
            return .init(es: "Línea {line}, columna {column}: la celda tiene {n} caracteres (hasta {max}). Revise esa fila.",
                         en: "Line {line}, column {column}: the cell has {n} characters (up to {max}). Check that row.")
        case .sexUnknown:
            return .init(es: "No se reconoce «{value}»: use Mujer, Hombre, No binario, Otro (o F, H).",
                         en: "“{value}” is not recognised: use Female, Male, Non-binary, Other (or F, H).")
        case .ageNotNumber:
            return .init(es: "La edad «{value}» no es un número de años.", en: "The age “{value}” is not a number of years.")
        }
    }
}
