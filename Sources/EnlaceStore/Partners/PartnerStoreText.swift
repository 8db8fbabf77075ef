import EnlaceCore

/// What the store says about the partner directory: field names, problems, import plans.
public enum PartnerStoreText: String, MessageCatalog {
    case labelName, labelKinds, labelServiceAreas, labelAddress, labelCity, labelState, labelPostalCode
    case labelPhone, labelEmail, labelHours, labelLanguages, labelCost, labelAreasServed, labelNotes
    case labelResponseDays, labelConsulate, labelActive
    case nameRequired, textTooLong, stateUnknown, postalCodeInvalid, emailInvalid, responseDaysInvalid
    case importAdd, importChange, importUnchanged, importNothing, importNoKinds

    public var text: LocalizedText {
        switch self {
        case .labelName: return .init(es: "Nombre", en: "Name")
        case .labelKinds: return .init(es: "Canalizaciones que recibe", en: "Referral kinds taken")
        case .labelServiceAreas: return .init(es: "Áreas de servicio", en: "Service areas")
        case .labelAddress: return .init(es: "Dirección", en: "Address")
        case .labelCity: return .init(es: "Ciudad", en: "City")
        case .labelState: return .init(es: "Estado", en: "State")
        case .labelPostalCode: return .init(es: "Código postal", en: "ZIP code")
        case .labelPhone: return .init(es: "Teléfono", en: "Phone")
        case .labelEmail: return .init(es: "Correo", en: "Email")
        case .labelHours: return .init(es: "Horario", en: "Hours")
        case .labelLanguages: return .init(es: "Idiomas", en: "Languages")
        case .labelCost: return .init(es: "Costo", en: "Cost")
        case .labelAreasServed: return .init(es: "Estados o condados que atiende", en: "States or counties served")
        case .labelNotes: return .init(es: "Notas para el personal", en: "Notes for caseworkers")
        case .labelResponseDays: return .init(es: "Días hábiles para responder", en: "Working days to answer")
        case .labelConsulate: return .init(es: "Consulado", en: "Consulate")
        case .labelActive: return .init(es: "Activa", en: "Active")
        case .nameRequired:
            return .init(es: "Escriba el nombre de la organización.", en: "Type the organization's name.")
        case .textTooLong:
            return .init(es: "Admite hasta {max} caracteres en una sola línea.", en: "Takes up to {max} characters on one line.")
        case .stateUnknown:
            return .init(es: "Escriba un estado de EE. UU. (IL o Illinois).", en: "Type a US state (IL or Illinois).")
        case .postalCodeInvalid:
            return .init(es: "El código postal tiene 5 dígitos (o 5+4: 60608-1234).",
                         en: "A ZIP code has 5 digits (or 5+4: 60608-1234).")
        case .emailInvalid:
            return .init(es: "El correo debe verse como nombre@dominio.org.", en: "The email must look like name@domain.org.")
        case .responseDaysInvalid:
            return .init(es: "Escriba de 1 a 60 días hábiles, o déjelo vacío para usar 3.",
                         en: "Type 1 to 60 working days, or leave it empty to use 3.")
        case .importAdd: return .init(es: "Agregar: {name}", en: "Add: {name}")
        case .importChange: return .init(es: "Cambiar: {name} ({fields})", en: "Change: {name} ({fields})")
        case .importUnchanged:
            return .init(es: "Sin cambios: {n} {n|organización|organizaciones}", en: "Unchanged: {n} {n|organization|organizations}")
        case .importNothing:
            return .init(es: "El archivo no trae nada nuevo.", en: "The file brings nothing new.")
        case .importNoKinds:
            return .init(es: "  (ningún servicio dice qué canalizaciones recibe: no aparecerá al canalizar hasta que se edite)",
                         en: "  (no service says which referrals it takes: it will not be offered until edited)")
        }
    }
}
