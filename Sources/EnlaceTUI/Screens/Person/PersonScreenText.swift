import EnlaceCore

/// What the person screen says, in Spanish (formal "usted") and English.
public enum PersonScreenText: String, MessageCatalog {
    case title, titleEdit, loading, loadFailed, editHint, viewHint
    case born, bornUnknown, age, ageApprox, sex, phones, whatsApp, email, curp, lives, origin, association
    case registered, version, none
    case casesHeading, noCases, duplicatesHeading, duplicateLine
    case saving, saved, nothingChanged, savedDuplicates, conflict, problems, editCancelled
    case notSameDone, linkedDone, linkTitle, linkQuestion, onlySupervisors, notADuplicate, notACase, editing
    case notLoaded
    case exportWritten, exportNotWritten
    case onlyOnTab, events

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Persona", en: "Person")
        case .events: return .init(es: "Eventos", en: "Events")
        case .onlyOnTab: return .init(es: "solo en la pestaña {tab}", en: "only on the {tab} tab")
        case .exportWritten:
            return .init(es: "Archivo de la persona (todo lo que se guarda sobre ella) en {file}, carpeta {folder}; solo usted puede leerlo.",
                         en: "The person's file (everything held about them) is {file} in {folder}; only you can read it.")
        case .exportNotWritten:
            return .init(es: "No se pudo escribir {path}: {reason}. No se guardó nada.",
                         en: "Could not write {path}: {reason}. Nothing was written.")
        case .titleEdit: return .init(es: "Corregir los datos de la persona", en: "Correct the person's record")
        case .loading: return .init(es: "Leyendo los datos de la persona…", en: "Reading the person's record…")
        case .loadFailed: return .init(es: "No se pudo abrir a la persona: {error}", en: "Could not open the person: {error}")
        case .editHint: return .init(es: "Ctrl-S guarda · Esc cancela", en: "Ctrl-S saves · Esc cancels")
        case .viewHint: return .init(es: "e corrige · Enter abre el caso", en: "e corrects · Enter opens the case")
        case .born: return .init(es: "Nacimiento", en: "Born")
        case .bornUnknown: return .init(es: "fecha desconocida", en: "date unknown")
        case .age: return .init(es: "{n} años", en: "{n} years old")
        case .ageApprox: return .init(es: "unos {n} años", en: "about {n} years old")
        case .sex: return .init(es: "Sexo", en: "Sex")
        case .phones: return .init(es: "Teléfonos", en: "Phones")
        case .whatsApp: return .init(es: "WhatsApp", en: "WhatsApp")
        case .email: return .init(es: "Correo", en: "Email")
        case .curp: return .init(es: "CURP", en: "CURP")
        case .lives: return .init(es: "Vive en", en: "Lives in")
        case .origin: return .init(es: "Origen", en: "From")
        case .association: return .init(es: "Club o federación", en: "Hometown association")
        case .registered: return .init(es: "Registro", en: "Registered")
        case .version: return .init(es: "versión {n}", en: "version {n}")
        case .none: return .init(es: "—", en: "—")
        case .casesHeading: return .init(es: "Casos", en: "Cases")
        case .noCases: return .init(es: "Sin casos que usted pueda ver.", en: "No cases you may see.")
        case .duplicatesHeading:
            return .init(es: "Posibles duplicados (no se unen solos): n no es la misma persona · l vincular",
                         en: "Possible duplicates (never merged by themselves): n not the same person · l link")
        case .duplicateLine: return .init(es: "{name} · {born} · {why}", en: "{name} · {born} · {why}")
        case .saving: return .init(es: "Guardando…", en: "Saving…")
        case .saved: return .init(es: "Guardado. Cambió: {fields}.", en: "Saved. Changed: {fields}.")
        case .nothingChanged: return .init(es: "No había nada que cambiar.", en: "There was nothing to change.")
        case .savedDuplicates:
            return .init(es: "Guardado. Cambió: {fields}. Hay {n} {n|posible duplicado|posibles duplicados}: revíselos abajo.",
                         en: "Saved. Changed: {fields}. {n} possible {n|duplicate|duplicates}: check below.")
        case .conflict:
            return .init(es: "Otra terminal cambió a esta persona mientras usted escribía. Lo que escribió sigue aquí; se leyó la versión nueva: revise y guarde otra vez.",
                         en: "Another terminal changed this person while you typed. What you typed is still here; the new version was read: check and save again.")
        case .problems: return .init(es: "{n} {n|campo tiene|campos tienen} un problema; se muestra debajo de cada uno.",
                                     en: "{n} {n|field has|fields have} a problem; it shows under each one.")
        case .editCancelled: return .init(es: "Corrección cancelada; nada cambió.", en: "Correction cancelled; nothing changed.")
        case .notSameDone: return .init(es: "Anotado: {name} no es la misma persona.", en: "Noted: {name} is not the same person.")
        case .linkedDone: return .init(es: "{name} quedó vinculado como duplicado de esta persona.", en: "{name} was linked as a duplicate of this person.")
        case .linkTitle: return .init(es: "Vincular como duplicado", en: "Link as duplicate")
        case .linkQuestion:
            return .init(es: "¿Vincular a {name} como duplicado de esta persona? Sus casos se listarán aquí; se puede deshacer.",
                         en: "Link {name} as a duplicate of this person? Their cases will be listed here; it can be undone.")
        case .onlySupervisors: return .init(es: "Solo supervisión vincula duplicados.", en: "Only supervisors link duplicates.")
        case .notADuplicate: return .init(es: "Elija primero un posible duplicado de la lista.", en: "First select a possible duplicate in the list.")
        case .notACase: return .init(es: "Elija primero un caso de la lista.", en: "First select a case in the list.")
        case .editing: return .init(es: "Está corrigiendo los datos: Ctrl-S guarda, Esc cancela.", en: "You are correcting the record: Ctrl-S saves, Esc cancels.")
        case .notLoaded: return .init(es: "Los datos aún no se han leído.", en: "The record has not been read yet.")
        }
    }

    static func fill(_ text: PersonScreenText, _ values: [String: String]) -> LocalizedText {
        LocalizedText(es: text.format(.es, values), en: text.format(.en, values))
    }
}
