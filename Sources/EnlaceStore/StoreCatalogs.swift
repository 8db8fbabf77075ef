import EnlaceCore

/// The message catalogs defined in EnlaceStore; the catalog test checks every listed one.
public enum StoreCatalogs {
    public static var all: [CatalogListing] {
        [
            CatalogListing(StoreText.self),
        ]
    }
}

/// Everything the store says to a person: errors and validation messages.
public enum StoreText: String, MessageCatalog {
    // Opening the database file.
    case fileMissing, notADatabase, locked, readOnly, permissionDenied, newerSchema, diskFull
    // Signing in.
    case authenticationFailed, accountLocked
    // Permission, concurrency, anything else.
    case notPermitted, conflict, otherError
    // Users.
    case usernameInvalid, usernameTaken, displayNameRequired, displayNameTooLong
    case passwordTooShort, passwordTooLong
    case firstAdminExists, onlyAdminManagesUsers, onlyAdminSetsOrganization, unknownUser
    case organizationNameInvalid
    // Backups.
    case onlyAdminMakesBackups, backupExists
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
        }
    }
}
