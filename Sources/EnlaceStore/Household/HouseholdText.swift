import EnlaceCore

/// What the store says about households and next-of-kin contacts.
public enum HouseholdText: String, MessageCatalog {
    case countryMexico, countryUS
    case selfLink, duplicateLink, cycle, personNotFound, notLinked, contactNotFound
    case fieldName, fieldPhone, fieldPlace, fieldNotes, nameRequired, tooLong, tooManyPhones

    public var text: LocalizedText {
        switch self {
        case .countryMexico: return .init(es: "México", en: "Mexico")
        case .countryUS: return .init(es: "Estados Unidos", en: "United States")
        case .selfLink:
            return .init(es: "No se puede vincular a una persona consigo misma.", en: "A person cannot be linked to themself.")
        case .duplicateLink:
            return .init(es: "Ya están vinculados: {name} es {relationship} de esta persona. Quite ese vínculo primero si es otro.",
                         en: "They are already linked: {name} is this person's {relationship}. Remove that link first if it is wrong.")
        case .cycle:
            return .init(es: "Ese vínculo haría a una persona ancestro de sí misma (un ciclo de madres, padres e hijos); revise quién es madre o padre de quién.",
                         en: "That link would make someone their own ancestor (a cycle of parents and children); check who is whose parent.")
        case .personNotFound: return .init(es: "No existe la persona {id}.", en: "There is no person {id}.")
        case .notLinked:
            return .init(es: "Las personas {id} y {other} no están vinculadas como familia.",
                         en: "People {id} and {other} are not linked as household.")
        case .contactNotFound:
            return .init(es: "No existe el familiar de contacto {id}.", en: "There is no next-of-kin contact {id}.")
        case .fieldName: return .init(es: "Nombre", en: "Name")
        case .fieldPhone: return .init(es: "Teléfono", en: "Phone")
        case .fieldPlace: return .init(es: "Dónde vive", en: "Where they live")
        case .fieldNotes: return .init(es: "Notas", en: "Notes")
        case .nameRequired: return .init(es: "Escriba el nombre.", en: "Type the name.")
        case .tooLong: return .init(es: "Demasiado largo: hasta {n} caracteres.", en: "Too long: up to {n} characters.")
        case .tooManyPhones: return .init(es: "Hasta 3 teléfonos.", en: "Up to 3 phones.")
        }
    }

    func filled(_ values: [String: String]) -> LocalizedText {
        LocalizedText(es: format(.es, values), en: format(.en, values))
    }
}
