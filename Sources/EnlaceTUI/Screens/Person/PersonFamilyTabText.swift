import EnlaceCore

/// The person screen's Family tab, and the funeral form's pick from the family.
public enum FamilyText: String, MessageCatalog {
    case pickLabel, pickHint, pickNone
    case tab, tabHelp, hint
    case relativesHeading, noRelatives, contactsHeading, noContacts, duplicatesHeading, survivorLine, duplicateLine
    case linkTitle, addContactTitle, editContactTitle, formSection
    case fieldSearch, searchHint, fieldPerson, personHint, fieldRelationship, samePerson
    case fieldPhone2, fieldCountry, countryNone
    case searching, found, foundNone, searchFirst
    case linkedDone, linkedSameDone, unlinkedDone, unlinkedSameDone, contactAdded, contactEdited, contactRemoved
    case removeTitle, removeLinkQuestion, removeContactQuestion, unlinkSameQuestion
    case nothingSelected, notAContact, notAPerson, onlySupervisors
    case add, addHelp, addContact, addContactHelp, edit, editHelp, remove, removeHelp, open, openHelp

    public var text: LocalizedText {
        switch self {
        case .pickLabel: return .init(es: "De la familia", en: "From the family")
        case .pickHint:
            return .init(es: "O elija aquí a un familiar: llena nombre, parentesco y teléfono de arriba.",
                         en: "Or choose a relative here: it fills the name, relationship and phone above.")
        case .pickNone:
            return .init(es: "Sin familiares anotados; se agregan en la pestaña Familia de la persona.",
                         en: "No relatives recorded; add them on the person's Family tab.")
        case .tab: return .init(es: "Familia", en: "Family")
        case .tabHelp:
            return .init(es: "Familiares registrados, familiares de contacto y registros vinculados como la misma persona.",
                         en: "Registered relatives, next-of-kin contacts and records linked as the same person.")
        case .hint: return .init(es: "a vincula · k contacto · d quita · Enter abre", en: "a links · k contact · d removes · Enter opens")
        case .relativesHeading: return .init(es: "Familiares registrados", en: "Registered relatives")
        case .noRelatives: return .init(es: "Ninguno todavía: «a» vincula a una persona registrada.", en: "None yet: “a” links a registered person.")
        case .contactsHeading: return .init(es: "Familiares de contacto (no registrados)", en: "Next-of-kin contacts (not registered)")
        case .noContacts: return .init(es: "Ninguno todavía: «k» agrega uno.", en: "None yet: “k” adds one.")
        case .duplicatesHeading: return .init(es: "Registros vinculados como la misma persona", en: "Records linked as the same person")
        case .survivorLine: return .init(es: "Este registro es duplicado de {name}", en: "This record is a duplicate of {name}")
        case .duplicateLine: return .init(es: "{name} (duplicado de este registro)", en: "{name} (duplicate of this record)")
        case .linkTitle: return .init(es: "Vincular a otra persona registrada", en: "Link another registered person")
        case .formSection: return .init(es: "Formularios de la pestaña Familia", en: "Family tab forms")
        case .addContactTitle: return .init(es: "Nuevo familiar de contacto", en: "New next-of-kin contact")
        case .editContactTitle: return .init(es: "Corregir familiar de contacto", en: "Correct next-of-kin contact")
        case .fieldSearch: return .init(es: "Buscar", en: "Search")
        case .searchHint: return .init(es: "nombre, teléfono o CURP; Enter busca", en: "name, phone or CURP; Enter searches")
        case .fieldPerson: return .init(es: "Persona", en: "Person")
        case .personHint: return .init(es: "primero busque arriba", en: "search above first")
        case .fieldRelationship: return .init(es: "Es su…", en: "Is their…")
        case .samePerson: return .init(es: "La misma persona (duplicado; supervisión)", en: "The same person (duplicate; supervisors)")
        case .fieldPhone2: return .init(es: "Otro teléfono", en: "Other phone")
        case .fieldCountry: return .init(es: "País donde vive", en: "Country they live in")
        case .countryNone: return .init(es: "No se sabe", en: "Not known")
        case .searching: return .init(es: "Buscando…", en: "Searching…")
        case .found:
            return .init(es: "{n} {n|persona encontrada|personas encontradas}: elija en «Persona».",
                         en: "{n} {n|person|people} found: choose under “Person”.")
        case .foundNone: return .init(es: "Nadie encontrado con «{text}»; pruebe de otra forma.", en: "No one found for “{text}”; try another way.")
        case .searchFirst: return .init(es: "Busque y elija primero a la persona.", en: "Search for and choose the person first.")
        case .linkedDone: return .init(es: "Vinculados: {name} es {relationship}.", en: "Linked: {name} is their {relationship}.")
        case .linkedSameDone: return .init(es: "{name} quedó vinculado como la misma persona.", en: "{name} was linked as the same person.")
        case .unlinkedDone: return .init(es: "Vínculo con {name} quitado.", en: "The link with {name} was removed.")
        case .unlinkedSameDone:
            return .init(es: "{name} ya no está vinculado como la misma persona.", en: "{name} is no longer linked as the same person.")
        case .contactAdded: return .init(es: "Familiar de contacto agregado: {name}.", en: "Next-of-kin contact added: {name}.")
        case .contactEdited: return .init(es: "Familiar de contacto corregido: {name}.", en: "Next-of-kin contact corrected: {name}.")
        case .contactRemoved: return .init(es: "Familiar de contacto quitado: {name}.", en: "Next-of-kin contact removed: {name}.")
        case .removeTitle: return .init(es: "Quitar", en: "Remove")
        case .removeLinkQuestion:
            return .init(es: "¿Quitar el vínculo con {name}? Se puede volver a vincular.", en: "Remove the link with {name}? It can be linked again.")
        case .removeContactQuestion:
            return .init(es: "¿Quitar a {name} de los familiares de contacto?", en: "Remove {name} from the next-of-kin contacts?")
        case .unlinkSameQuestion:
            return .init(es: "¿Deshacer el vínculo de {name} como la misma persona? Cada registro vuelve a tener sus casos.",
                         en: "Undo linking {name} as the same person? Each record gets its own cases back.")
        case .nothingSelected: return .init(es: "Elija primero una línea de la lista.", en: "First select a line of the list.")
        case .notAContact: return .init(es: "Elija primero un familiar de contacto.", en: "First select a next-of-kin contact.")
        case .notAPerson: return .init(es: "Esa línea no es una persona registrada.", en: "That line is not a registered person.")
        case .onlySupervisors:
            return .init(es: "Solo supervisión deshace un vínculo de la misma persona.", en: "Only supervisors undo a same-person link.")
        case .add: return .init(es: "Vincular persona", en: "Link person")
        case .addHelp:
            return .init(es: "Busca a otra persona registrada por su nombre y la vincula como familiar, o (supervisión) como la misma persona.",
                         en: "Finds another registered person by name and links them as a relative, or (supervisors) as the same person.")
        case .addContact: return .init(es: "Familiar de contacto", en: "Next-of-kin contact")
        case .addContactHelp:
            return .init(es: "Agrega un familiar de contacto que no está registrado: nombre, parentesco, teléfonos, dónde vive, notas.",
                         en: "Adds a next-of-kin contact who is not registered: name, relationship, phones, where they live, notes.")
        case .edit: return .init(es: "Corregir contacto", en: "Correct contact")
        case .editHelp: return .init(es: "Corrige el familiar de contacto elegido.", en: "Corrects the selected next-of-kin contact.")
        case .remove: return .init(es: "Quitar", en: "Remove")
        case .removeHelp:
            return .init(es: "Quita el vínculo o el contacto elegido, tras preguntar (queda en la bitácora; se puede volver a agregar).",
                         en: "Removes the selected link or contact, after asking (audited; it can be added again).")
        case .open: return .init(es: "Abrir ficha", en: "Open record")
        case .openHelp: return .init(es: "Abre la ficha de la persona elegida.", en: "Opens the selected person's record.")
        }
    }

    static func fill(_ text: FamilyText, _ values: [String: LocalizedText]) -> LocalizedText {
        text.text.filling(values)
    }
}
