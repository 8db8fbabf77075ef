import EnlaceCore

/// What the case and people use cases say to a person: field names, validation problems,
/// refusals that are not the workflow's or the role table's.
public enum CaseStoreText: String, MessageCatalog {
    // Field labels (shown before a problem: "Nombre(s): ...").
    case fieldGivenNames, fieldFirstSurname, fieldSecondSurname, fieldPreferredName
    case fieldBirthDate, fieldApproximateAge, fieldSex, fieldPhone, fieldEmail, fieldCURP
    case fieldCity, fieldUSState, fieldZIP, fieldOriginState, fieldOriginMunicipality
    case fieldHometownAssociation, fieldDescription, fieldNote, fieldReason, fieldSummary
    case fieldCaseworker, fieldCase, fieldPerson, fieldPriority
    // Person validation.
    case givenNamesRequired, surnameRequired, textTooLong, controlCharacters
    case approximateAgeRange, emailShape, usStateUnknown, zipShape, originStateUnknown
    case curpTaken, tooManyPhones
    // Cases.
    case descriptionTooLong, noteEmpty, noteTooLong, noteControlCharacters
    case reasonTooLong, assigneeNotDesk, caseNotFound, personNotFound, closedCaseReadOnly
    case survivingCaseNotFound, priorityUnchanged, noCasesGiven
    // Audit.
    case auditNeedsSupervisor
    // The command line's case output.
    case cliCaseOpened, cliWarning, cliNumber, cliStatus, cliArea, cliOpened, cliDaysOpen
    case cliWaitingOn, cliOutcome, cliVersion, cliTimeline, cliUnassigned, cliMoreTimeline
    case cliActionOpen, cliActionChangePriority, cliActionReassign
    case cliDuplicateOf, cliSaved, cliNoteSaved, cliReassigned, cliUnknownCase, cliUnknownUser
    // The intake and referral commands (one use case each).
    case cliConsentInvalid, cliTaken, cliReferralNotSent

    public var text: LocalizedText {
        switch self {
        case .fieldGivenNames: return .init(es: "Nombre(s)", en: "Given names")
        case .fieldFirstSurname: return .init(es: "Primer apellido", en: "First surname")
        case .fieldSecondSurname: return .init(es: "Segundo apellido", en: "Second surname")
        case .fieldPreferredName: return .init(es: "Nombre preferido", en: "Preferred name")
        case .fieldBirthDate: return .init(es: "Fecha de nacimiento", en: "Date of birth")
        case .fieldApproximateAge: return .init(es: "Edad aproximada", en: "Approximate age")
        case .fieldSex: return .init(es: "Sexo", en: "Sex")
        case .fieldPhone: return .init(es: "Teléfono", en: "Phone")
        case .fieldEmail: return .init(es: "Correo electrónico", en: "Email")
        case .fieldCURP: return .init(es: "CURP (clave única)", en: "CURP (Mexican ID)")
        case .fieldCity: return .init(es: "Ciudad", en: "City")
        case .fieldUSState: return .init(es: "Estado (EE. UU.)", en: "US state")
        case .fieldZIP: return .init(es: "Código postal", en: "ZIP code")
        case .fieldOriginState: return .init(es: "Estado de origen", en: "State of origin")
        case .fieldOriginMunicipality: return .init(es: "Municipio de origen", en: "Home municipality")
        case .fieldHometownAssociation: return .init(es: "Club de oriundos", en: "Hometown association")
        case .fieldDescription: return .init(es: "Descripción", en: "Description")
        case .fieldNote: return .init(es: "Nota", en: "Note")
        case .fieldReason: return .init(es: "Motivo", en: "Reason")
        case .fieldSummary: return .init(es: "Resumen", en: "Summary")
        case .fieldCaseworker: return .init(es: "Responsable", en: "Caseworker")
        case .fieldCase: return .init(es: "Caso", en: "Case")
        case .fieldPerson: return .init(es: "Persona", en: "Person")
        case .fieldPriority: return .init(es: "Prioridad", en: "Priority")
        case .givenNamesRequired:
            return .init(es: "Escriba al menos un nombre.", en: "Type at least one given name.")
        case .surnameRequired:
            return .init(es: "Escriba al menos un apellido (el primero o el segundo).",
                         en: "Type at least one surname (first or second).")
        case .textTooLong:
            return .init(es: "Admite hasta {max} caracteres; tiene {count}. Acórtelo.",
                         en: "Allows up to {max} characters; it has {count}. Shorten it.")
        case .controlCharacters:
            return .init(es: "Tiene caracteres de control (como un salto de línea o un tabulador); bórrelos.",
                         en: "Contains control characters (such as a line break or a tab); remove them.")
        case .approximateAgeRange:
            return .init(es: "La edad aproximada debe estar entre 0 y 120 años.",
                         en: "The approximate age must be between 0 and 120 years.")
        case .emailShape:
            return .init(es: "No parece un correo: debe verse como nombre@dominio.com, sin espacios.",
                         en: "Does not look like an email: it should look like name@domain.com, with no spaces.")
        case .usStateUnknown:
            return .init(es: "«{value}» no es un estado de EE. UU.: use las dos letras, como IL o CA.",
                         en: "“{value}” is not a US state: use its two letters, such as IL or CA.")
        case .zipShape:
            return .init(es: "El código postal tiene 5 dígitos (o 5 y 4: 60608-1234).",
                         en: "A ZIP code has 5 digits (or 5 and 4: 60608-1234).")
        case .originStateUnknown:
            return .init(es: "«{value}» no es un estado de México: escriba su nombre, su clave INEGI (01-32) o su clave CURP.",
                         en: "“{value}” is not a Mexican state: type its name, its INEGI code (01-32) or its CURP code.")
        case .curpTaken:
            return .init(es: "Otra persona registrada ya tiene esta CURP; búsquela antes de registrar a alguien nuevo.",
                         en: "Another registered person already has this CURP; search for them before registering someone new.")
        case .tooManyPhones:
            return .init(es: "Se admiten hasta {max} teléfonos.", en: "Up to {max} phones are allowed.")
        case .descriptionTooLong:
            return .init(es: "La descripción admite hasta {max} caracteres; tiene {count}.",
                         en: "The description allows up to {max} characters; it has {count}.")
        case .noteEmpty:
            return .init(es: "La nota está vacía; escriba algo antes de guardarla.",
                         en: "The note is empty; write something before saving it.")
        case .noteTooLong:
            return .init(es: "La nota admite hasta {max} caracteres; tiene {count}. Divídala en varias notas.",
                         en: "A note allows up to {max} characters; this one has {count}. Split it into several notes.")
        case .noteControlCharacters:
            return .init(es: "La nota tiene caracteres de control (solo se admiten saltos de línea y tabuladores); bórrelos.",
                         en: "The note contains control characters (only line breaks and tabs are allowed); remove them.")
        case .reasonTooLong:
            return .init(es: "Admite hasta {max} caracteres; tiene {count}.",
                         en: "Allows up to {max} characters; it has {count}.")
        case .assigneeNotDesk:
            return .init(es: "Solo se asignan casos a responsables o supervisores con cuenta activa.",
                         en: "Cases are assigned only to active caseworkers or supervisors.")
        case .caseNotFound:
            return .init(es: "No existe el caso {case}.", en: "There is no case {case}.")
        case .personNotFound:
            return .init(es: "No existe la persona {person}.", en: "There is no person {person}.")
        case .closedCaseReadOnly:
            return .init(es: "el caso {case} está cerrado; un supervisor debe reabrirlo antes de cambiarlo.",
                         en: "case {case} is closed; a supervisor must reopen it before it can change.")
        case .survivingCaseNotFound:
            return .init(es: "No existe el caso que sobrevive ({case}); revise el número.",
                         en: "The surviving case ({case}) does not exist; check the number.")
        case .priorityUnchanged:
            return .init(es: "El caso ya tiene esa prioridad.", en: "The case already has that priority.")
        case .noCasesGiven:
            return .init(es: "No se indicó ningún caso.", en: "No case was given.")
        case .cliCaseOpened: return .init(es: "Caso abierto: {number}", en: "Case opened: {number}")
        case .cliWarning: return .init(es: "Aviso", en: "Warning")
        case .cliNumber: return .init(es: "Caso", en: "Case")
        case .cliStatus: return .init(es: "Estado", en: "Status")
        case .cliArea: return .init(es: "Área", en: "Area")
        case .cliOpened: return .init(es: "Abierto", en: "Opened")
        case .cliDaysOpen: return .init(es: "{days} {days|día|días}", en: "{days} {days|day|days}")
        case .cliWaitingOn: return .init(es: "En espera de", en: "Waiting on")
        case .cliOutcome: return .init(es: "Resultado", en: "Outcome")
        case .cliVersion: return .init(es: "Versión", en: "Version")
        case .cliTimeline: return .init(es: "Historial (lo más reciente primero)", en: "Timeline (newest first)")
        case .cliUnassigned: return .init(es: "sin asignar", en: "unassigned")
        case .cliMoreTimeline: return .init(es: "… hay entradas más antiguas (use --limit)", en: "… older entries exist (use --limit)")
        case .cliActionOpen: return .init(es: "Caso abierto", en: "Case opened")
        case .cliActionChangePriority: return .init(es: "Cambio de prioridad", en: "Priority changed")
        case .cliActionReassign: return .init(es: "Reasignado", en: "Reassigned")
        case .cliDuplicateOf: return .init(es: "Duplicado de", en: "Duplicate of")
        case .cliSaved: return .init(es: "Caso {number}: {status} (versión {version})", en: "Case {number}: {status} (version {version})")
        case .cliNoteSaved: return .init(es: "Nota guardada en el caso {number}.", en: "Note saved on case {number}.")
        case .cliReassigned: return .init(es: "{count} {count|caso reasignado|casos reasignados} a {user}.", en: "{count} {count|case|cases} reassigned to {user}.")
        case .cliUnknownCase: return .init(es: "No existe el caso «{case}».", en: "There is no case “{case}”.")
        case .cliUnknownUser: return .init(es: "No hay una cuenta activa «{user}».", en: "There is no active account “{user}”.")
        case .cliConsentInvalid:
            return .init(es: "Consentimiento «{value}» no válido: use verbal o written (por escrito).",
                         en: "Consent “{value}” is not valid: use verbal or written.")
        case .cliTaken: return .init(es: "El caso {number} queda a su cargo.", en: "Case {number} is yours now.")
        case .cliReferralNotSent:
            return .init(es: "Se guardó el borrador {id} pero no se envió: {reason}",
                         en: "Draft {id} was saved but not sent: {reason}")
        case .auditNeedsSupervisor:
            return .init(es: "solo un supervisor lee la bitácora de un caso; un administrador solo la de usuarios y respaldos.",
                         en: "only a supervisor reads a case's audit trail; an admin reads only user and backup entries.")
        }
    }
}
