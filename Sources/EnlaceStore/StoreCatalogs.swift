import EnlaceCore

/// The message catalogs defined in EnlaceStore; the catalog test checks every listed one.
public enum StoreCatalogs {
    public static var all: [CatalogListing] {
        [
            CatalogListing(StoreText.self),
            CatalogListing(CaseStoreText.self),
            CatalogListing(StaffText.self),
            CatalogListing(PartnerStoreText.self),
            CatalogListing(BackupText.self),
            CatalogListing(BackupSettingsText.self),
            CatalogListing(ReferenceDataText.self),
            CatalogListing(HouseholdText.self),
            CatalogListing(EventStoreText.self),
            CatalogListing(ImportStoreText.self),
            CatalogListing(PersonDocumentStoreText.self),
            CatalogListing(KeysText.self),
        ]
    }
}

/// Everything the store says to a person: errors and validation messages.
public enum StoreText: String, MessageCatalog {
    // Opening the database file.
    case fileMissing, notADatabase, locked, readOnly, permissionDenied, newerSchema, diskFull, writeFailed
    // Signing in.
    case authenticationFailed, accountLocked
    // Permission, concurrency, anything else.
    case notPermitted, conflict, otherError, corruptValue
    // Users.
    case usernameInvalid, usernameTaken, displayNameRequired, displayNameTooLong
    case passwordTooShort, passwordTooLong
    case firstAdminExists, onlyAdminManagesUsers, onlyAdminSetsOrganization, unknownUser
    case organizationNameInvalid
    // Backups.
    case onlyAdminMakesBackups, backupExists
    // Referrals, follow-ups and queues.
    case workflowRefused, caseNotFound, referralNotFound, followUpNotFound, partnerNotFound
    case partnerDoesNotServe, caseIsClosed, textInvalid, checklistItemUnknown
    case assigneeInvalid, onlySupervisorSeesClosures, followUpNoteDeclined, followUpNoteNoShow
    case responseDueBeforeNow, noCaseContentForRole, detailsKindMismatch
    // The referral slip handed to the person.
    case slipTitle, slipFor, slipCase, slipService, slipProcedure, slipPartner, slipAddress
    case slipPhone, slipHours, slipAppointment, slipPlace, slipNoAppointment, slipDocuments, slipNoDocuments
    case slipWhatToSay, slipWhatToSayBody, slipFooter
    // Demo data.
    case demoNeedsEmptyDatabase, demoPeopleCount
    // Search and duplicates: why a record matched.
    case reasonCURP, reasonCaseNumber, reasonPhone, reasonPhoneDigits, reasonDocumentNumber
    case reasonBirthDate, reasonExactName, reasonSurnameOnly, reasonGivenNameOnly
    case reasonAccentInsensitive, reasonNamePrefix, reasonNickname, reasonPhonetic
    case reasonPartialName, reasonSameNameBirthDate, reasonSameNameBirthYear
    case reasonSameSurnamesBirthDate, reasonSameFullName, reasonLinkedDuplicate
    // Search and duplicates: refusals.
    case adminSearchesNoPeople, onlyIntakeMarksDistinct, onlySupervisorLinks, personNotFound
    case linkSamePerson, linkSurvivorIsDuplicate, linkDuplicateHasDuplicates, linkAlreadyLinked
    case notLinked, probeEmpty
    // Search and duplicates: outcomes, for the command line and screens.
    case searchNoResults, duplicatesNone, peopleLinked, peopleUnlinked, peopleMarkedDistinct
    // The organization's contact details (v9) and the slip's way to reach it.
    case organizationNameLabel, organizationPhone, organizationAddress, organizationEmail
    case organizationAddressInvalid, organizationEmailInvalid, organizationSaved, organizationNoContact
    case organizationNothingToChange
    case slipEmail

    public var text: LocalizedText {
        switch self {
        case .fileMissing:
            return .init(
                es: "No existe la base de datos {path}. Revise la ruta o pida crearla.",
                en: "There is no database at {path}. Check the path or ask to create it.")
        case .notADatabase:
            return .init(
                es: "{path} no es una base de datos de Enlace o está dañado. Elija otro archivo o restaure una copia de seguridad.",
                en: "{path} is not an Enlace database, or it is damaged. Choose another file or restore a backup.")
        case .locked:
            return .init(
                es: "La base de datos {path} está ocupada por otro programa. Espere unos segundos y vuelva a intentar.",
                en: "The database {path} is busy in another program. Wait a few seconds and try again.")
        case .readOnly:
            return .init(
                es: "No se puede escribir en {path} (solo lectura). Revise los permisos del archivo y de su carpeta.",
                en: "Cannot write to {path} (read-only). Check the permissions of the file and its folder.")
        case .permissionDenied:
            return .init(
                es: "Sin permiso para abrir {path}. Revise los permisos del archivo y de su carpeta.",
                en: "No permission to open {path}. Check the permissions of the file and its folder.")
        case .newerSchema:
            return .init(
                es: "{path} es de una versión más nueva de Enlace (esquema {found}; esta versión llega a {supported}). Actualice Enlace; el archivo no se modificó.",
                en: "{path} belongs to a newer Enlace (schema {found}; this version knows up to {supported}). Update Enlace; the file was not changed.")
        case .diskFull:
            return .init(
                es: "El disco está lleno: no se pudo guardar en {path}. Libere espacio; lo ya guardado está a salvo.",
                en: "The disk is full: could not save to {path}. Free some space; what was already saved is safe.")
        case .writeFailed:
            return .init(
                es: "No se pudo escribir en {path}: se llegó a un límite de espacio (cuota o tamaño de archivo) o el disco falla. Avise a quien administra el equipo; lo ya guardado está a salvo.",
                en: "Could not write to {path}: a space limit (quota or file size) was reached, or the disk is failing. Tell whoever runs the computer; what was already saved is safe.")
        case .authenticationFailed:
            return .init(
                es: "Usuario o contraseña incorrectos.",
                en: "Wrong user name or password.")
        case .accountLocked:
            return .init(
                es: "Cuenta bloqueada por demasiados intentos fallidos, hasta las {time}. Pida ayuda a un administrador si no puede esperar.",
                en: "Account locked after too many failed attempts, until {time}. Ask an admin for help if you cannot wait.")
        case .notPermitted:
            return .init(
                es: "No permitido: {reason}",
                en: "Not allowed: {reason}")
        case .conflict:
            return .init(
                es: "Otra persona cambió este registro mientras usted lo editaba. Revise sus cambios y guarde de nuevo.",
                en: "Someone else changed this record while you were editing it. Review your changes and save again.")
        case .corruptValue:
            return .init(
                es: "La base de datos tiene un valor que esta versión no reconoce: «{value}» en {table}.{column}. No se cambió nada; avise a quien administra Enlace.",
                en: "The database holds a value this version does not know: “{value}” in {table}.{column}. Nothing was changed; tell whoever runs Enlace.")
        case .otherError:
            return .init(
                es: "Error de la base de datos: {detail}",
                en: "Database error: {detail}")
        case .usernameInvalid:
            return .init(
                es: "El usuario debe tener de 2 a 32 caracteres: letras sin acento, números, punto, guion o guion bajo.",
                en: "The user name needs 2 to 32 characters: unaccented letters, digits, dot, hyphen or underscore.")
        case .usernameTaken:
            return .init(
                es: "Ese nombre de usuario ya existe; elija otro.",
                en: "That user name already exists; choose another.")
        case .displayNameRequired:
            return .init(
                es: "Escriba el nombre completo de la persona usuaria.",
                en: "Type the user's full name.")
        case .displayNameTooLong:
            return .init(
                es: "El nombre completo admite hasta 100 caracteres.",
                en: "The full name allows up to 100 characters.")
        case .passwordTooShort:
            return .init(
                es: "La contraseña necesita al menos 8 caracteres.",
                en: "The password needs at least 8 characters.")
        case .passwordTooLong:
            return .init(
                es: "La contraseña admite hasta 256 caracteres.",
                en: "The password allows up to 256 characters.")
        case .firstAdminExists:
            return .init(
                es: "ya hay usuarios; un administrador debe crear las cuentas nuevas.",
                en: "users already exist; an admin must create new accounts.")
        case .onlyAdminManagesUsers:
            return .init(
                es: "solo un administrador crea o cambia cuentas de usuario.",
                en: "only an admin creates or changes user accounts.")
        case .onlyAdminSetsOrganization:
            return .init(
                es: "solo un administrador cambia los datos de la organización.",
                en: "only an admin changes the organization's settings.")
        case .unknownUser:
            return .init(
                es: "su cuenta ya no está activa; vuelva a iniciar sesión.",
                en: "your account is no longer active; sign in again.")
        case .organizationNameInvalid:
            return .init(
                es: "El nombre de la organización necesita de 1 a 120 caracteres.",
                en: "The organization's name needs 1 to 120 characters.")
        case .onlyAdminMakesBackups:
            return .init(
                es: "solo un administrador hace copias de seguridad.",
                en: "only an admin makes backups.")
        case .backupExists:
            return .init(
                es: "Ya existe un archivo con ese nombre; elija otro para la copia.",
                en: "A file with that name already exists; choose another name for the backup.")
        case .workflowRefused:
            return .init(es: "No se puede: {reason}", en: "Cannot do that: {reason}")
        case .caseNotFound:
            return .init(es: "No existe ese caso; revise el número.", en: "There is no such case; check the number.")
        case .referralNotFound:
            return .init(es: "No existe esa canalización; revise el número.", en: "There is no such referral; check the number.")
        case .followUpNotFound:
            return .init(es: "No existe ese seguimiento; revise el número.", en: "There is no such follow-up; check the number.")
        case .partnerNotFound:
            return .init(es: "No existe esa organización aliada en el directorio.", en: "That partner is not in the directory.")
        case .partnerDoesNotServe:
            return .init(es: "{partner} no atiende canalizaciones de {kind} (o está inactiva). Elija otra organización.", en: "{partner} does not take {kind} referrals (or is inactive). Choose another partner.")
        case .caseIsClosed:
            return .init(es: "el caso está cerrado; un supervisor debe reabrirlo primero.", en: "the case is closed; a supervisor must reopen it first.")
        case .textInvalid:
            return .init(es: "El campo «{field}» admite hasta {max} caracteres y ningún carácter de control.", en: "The field “{field}” allows up to {max} characters and no control characters.")
        case .checklistItemUnknown:
            return .init(es: "La lista de documentos de esta canalización no tiene «{item}».", en: "This referral's document checklist has no “{item}”.")
        case .assigneeInvalid:
            return .init(es: "El seguimiento se asigna a un usuario activo con rol de trabajador social o supervisor.", en: "A follow-up is assigned to an active caseworker or supervisor.")
        case .onlySupervisorSeesClosures:
            return .init(es: "solo un supervisor ve los cierres por aprobar.", en: "only a supervisor sees closures awaiting approval.")
        case .followUpNoteDeclined:
            return .init(es: "La organización rechazó la canalización: llamar a la persona y buscar otra opción.", en: "The partner declined the referral: call the person and find another option.")
        case .followUpNoteNoShow:
            return .init(es: "La persona no llegó a su cita: llamar para saber qué pasó y reagendar.", en: "The person missed the appointment: call to learn why and reschedule.")
        case .responseDueBeforeNow:
            return .init(es: "La fecha para responder ya pasó; elija una fecha futura.", en: "The response due date has already passed; choose a future date.")
        case .noCaseContentForRole:
            return .init(es: "su rol no da acceso al contenido de los casos.", en: "your role gives no access to case content.")
        case .detailsKindMismatch:
            return .init(es: "Los datos de la canalización no corresponden a su tipo ({kind}).", en: "The referral's details do not match its kind ({kind}).")
        case .slipTitle:
            return .init(es: "HOJA DE CANALIZACIÓN", en: "REFERRAL SLIP")
        case .slipFor:
            return .init(es: "Para", en: "For")
        case .slipCase:
            return .init(es: "Número de caso", en: "Case number")
        case .slipService:
            return .init(es: "Servicio", en: "Service")
        case .slipProcedure:
            return .init(es: "Trámite", en: "Procedure")
        case .slipPartner:
            return .init(es: "Organización", en: "Organization")
        case .slipAddress:
            return .init(es: "Dirección", en: "Address")
        case .slipPhone:
            return .init(es: "Teléfono", en: "Phone")
        case .slipHours:
            return .init(es: "Horario", en: "Hours")
        case .slipAppointment:
            return .init(es: "Cita", en: "Appointment")
        case .slipPlace:
            return .init(es: "Lugar", en: "Place")
        case .slipNoAppointment:
            return .init(es: "todavía sin cita; le avisaremos", en: "no appointment yet; we will let you know")
        case .slipDocuments:
            return .init(es: "Documentos que debe llevar", en: "Documents to bring")
        case .slipNoDocuments:
            return .init(es: "ninguno en la lista", en: "none on the list")
        case .slipWhatToSay:
            return .init(es: "Qué decir al llegar", en: "What to say when you arrive")
        case .slipWhatToSayBody:
            return .init(es: "«Vengo canalizado por {org} para {service}. Mi número de caso es {number}.»", en: "“{org} referred me for {service}. My case number is {number}.”")
        case .slipFooter:
            return .init(es: "Si no puede asistir, avísenos para reagendar: {org}.", en: "If you cannot attend, tell us so we can reschedule: {org}.")
        case .demoNeedsEmptyDatabase:
            return .init(
                es: "los datos de demostración solo se cargan en una base de datos vacía, sin usuarios.",
                en: "demo data only goes into an empty database, with no users.")
        case .demoPeopleCount:
            return .init(
                es: "El número de personas de demostración debe estar entre 1 y 5.000.000.",
                en: "The number of demo people must be between 1 and 5,000,000.")
        case .reasonCURP:
            return .init(es: "misma CURP", en: "same CURP")
        case .reasonCaseNumber:
            return .init(es: "número de caso", en: "case number")
        case .reasonPhone:
            return .init(es: "mismo teléfono", en: "same phone")
        case .reasonPhoneDigits:
            return .init(es: "últimos dígitos del teléfono", en: "last digits of the phone")
        case .reasonDocumentNumber:
            return .init(es: "número de documento (matrícula, pasaporte, INE)",
                         en: "document number (matrícula, passport, INE)")
        case .reasonBirthDate:
            return .init(es: "fecha de nacimiento", en: "birth date")
        case .reasonExactName:
            return .init(es: "nombre y apellido exactos", en: "exact given name and surname")
        case .reasonSurnameOnly:
            return .init(es: "solo apellido", en: "surname only")
        case .reasonGivenNameOnly:
            return .init(es: "solo nombre de pila", en: "given name only")
        case .reasonAccentInsensitive:
            return .init(es: "sin acentos o ñ escrita como n", en: "accents left out or ñ typed as n")
        case .reasonNamePrefix:
            return .init(es: "inicio del nombre", en: "start of the name")
        case .reasonNickname:
            return .init(es: "apodo o nombre que abrevia (Chuy = Jesús)", en: "nickname (Chuy = Jesús)")
        case .reasonPhonetic:
            return .init(es: "suena igual (b/v, s/z, ll/y, h, g/j, x/j)",
                         en: "sounds alike (b/v, s/z, ll/y, h, g/j, x/j)")
        case .reasonPartialName:
            return .init(es: "coinciden todas las palabras menos una",
                         en: "all words but one match")
        case .reasonSameNameBirthDate:
            return .init(es: "nombre parecido y misma fecha de nacimiento",
                         en: "similar name and same birth date")
        case .reasonSameNameBirthYear:
            return .init(es: "nombre parecido y año de nacimiento cercano",
                         en: "similar name and close birth year")
        case .reasonSameSurnamesBirthDate:
            return .init(es: "mismos apellidos y misma fecha de nacimiento",
                         en: "same surnames and same birth date")
        case .reasonSameFullName:
            return .init(es: "nombre completo parecido", en: "similar full name")
        case .reasonLinkedDuplicate:
            return .init(es: "registro duplicado vinculado", en: "linked duplicate record")
        case .adminSearchesNoPeople:
            return .init(es: "la cuenta de administración no ve datos de personas.",
                         en: "admin accounts do not see people's records.")
        case .onlyIntakeMarksDistinct:
            return .init(es: "solo personal de casos o supervisión decide si dos registros son personas distintas.",
                         en: "only caseworkers and supervisors decide that two records are different people.")
        case .onlySupervisorLinks:
            return .init(es: "solo supervisión vincula o desvincula registros duplicados.",
                         en: "only supervisors link or unlink duplicate records.")
        case .personNotFound:
            return .init(es: "No existe la persona {id}.", en: "There is no person {id}.")
        case .linkSamePerson:
            return .init(es: "Elija dos registros distintos.", en: "Choose two different records.")
        case .linkSurvivorIsDuplicate:
            return .init(es: "El registro que queda ({id}) ya es duplicado de otro; vincule con ese otro.",
                         en: "The surviving record ({id}) is itself a duplicate; link to the one it points to.")
        case .linkDuplicateHasDuplicates:
            return .init(es: "El registro {id} tiene duplicados vinculados; desvincúlelos primero o déjelo como el que queda.",
                         en: "Record {id} has linked duplicates; unlink them first or keep it as the survivor.")
        case .linkAlreadyLinked:
            return .init(es: "El registro {id} ya está vinculado como duplicado.",
                         en: "Record {id} is already linked as a duplicate.")
        case .notLinked:
            return .init(es: "El registro {id} no está vinculado como duplicado de {survivor}.",
                         en: "Record {id} is not linked as a duplicate of {survivor}.")
        case .probeEmpty:
            return .init(es: "Escriba al menos nombre y primer apellido, un teléfono o una CURP.",
                         en: "Type at least a given name and first surname, a phone or a CURP.")
        case .searchNoResults:
            return .init(es: "Nadie coincide con la búsqueda.", en: "Nobody matches the search.")
        case .duplicatesNone:
            return .init(es: "No hay posibles duplicados.", en: "No possible duplicates.")
        case .peopleLinked:
            return .init(es: "El registro {duplicate} quedó vinculado como duplicado de {survivor}.",
                         en: "Record {duplicate} is now linked as a duplicate of {survivor}.")
        case .peopleUnlinked:
            return .init(es: "El registro {duplicate} ya no está vinculado a {survivor}.",
                         en: "Record {duplicate} is no longer linked to {survivor}.")
        case .peopleMarkedDistinct:
            return .init(es: "Anotado: {a} y {b} son personas distintas; no se volverá a preguntar.",
                         en: "Noted: {a} and {b} are different people; this will not be asked again.")
        case .organizationNameLabel:
            return .init(es: "Nombre de la organización", en: "Organization name")
        case .organizationPhone:
            return .init(es: "Teléfono de la organización", en: "Organization phone")
        case .organizationAddress:
            return .init(es: "Dirección de la organización", en: "Organization address")
        case .organizationEmail:
            return .init(es: "Correo de la organización", en: "Organization email")
        case .organizationAddressInvalid:
            return .init(es: "La dirección admite hasta 200 caracteres en una sola línea.",
                         en: "The address allows up to 200 characters on one line.")
        case .organizationEmailInvalid:
            return .init(es: "El correo debe tener la forma nombre@dominio.org.",
                         en: "The email must look like name@domain.org.")
        case .organizationSaved:
            return .init(es: "Datos de la organización guardados.", en: "Organization details saved.")
        case .organizationNothingToChange:
            return .init(es: "Indique qué cambiar: --name, --phone, --address, --email, --time-zone, --language, --lock-minutes o --consulate.",
                         en: "Say what to change: --name, --phone, --address, --email, --time-zone, --language, --lock-minutes or --consulate.")
        case .organizationNoContact:
            return .init(es: "sin registrar", en: "not set")
        case .slipEmail:
            return .init(es: "Correo", en: "Email")
        }
    }
}
