/// What the person's rights (ARCO requests, opposition, legal hold, erasure, retention) say,
/// in the store's refusals, the command line and the screens.
public enum DataRightsText: String, MessageCatalog {
    // Labels of the stored values.
    case kindAccess, kindRectification, kindCancellation, kindOpposition
    case requesterPerson, requesterRepresentative
    case channelInPerson, channelPhone, channelEmail, channelLetter, channelWhatsApp
    case outcomeGranted, outcomePartlyGranted, outcomeDenied, outcomeWithdrawn
    // Standing of a request.
    case daysLeft, overdueBy, answeredInTime, answeredLate
    // Refusals and checks.
    case requestNotFound, requestAnswered, requestOtherPerson, requestNotRectification, askedRequired
    case textTooLong, answeredBeforeReceived, receivedInFuture, representativeRequired
    case noShareRefusal, noContactRefusal, holdReasonRequired, legalHoldRefusal, alreadyErased
    case erasedRecordReadOnly, requestDaysInvalid, retentionYearsInvalid
    // Field labels.
    case fieldKind, fieldRequester, fieldRepresentative, fieldChannel, fieldReceived, fieldAsked
    case fieldDue, fieldAnswered, fieldOutcome, fieldAnswer, fieldHandledBy, fieldRequestDays
    case fieldRetentionYears, fieldNoShare, fieldNoContact, fieldLegalHold
    // Values shown.
    case yes, no, noChannels, noHold, holdSince, erasedName, erasedOn, retentionKeep, requestDaysValue
    case retentionYearsValue, pending, answered, noRequests

    public var text: LocalizedText {
        switch self {
        case .kindAccess: return .init(es: "Acceso", en: "Access")
        case .kindRectification: return .init(es: "Rectificación", en: "Rectification")
        case .kindCancellation: return .init(es: "Cancelación", en: "Cancellation")
        case .kindOpposition: return .init(es: "Oposición", en: "Opposition")
        case .requesterPerson: return .init(es: "La persona", en: "The person")
        case .requesterRepresentative: return .init(es: "Un representante", en: "A representative")
        case .channelInPerson: return .init(es: "En persona", en: "In person")
        case .channelPhone: return .init(es: "Teléfono", en: "Phone")
        case .channelEmail: return .init(es: "Correo electrónico", en: "Email")
        case .channelLetter: return .init(es: "Carta", en: "Letter")
        case .channelWhatsApp: return .init(es: "WhatsApp", en: "WhatsApp")
        case .outcomeGranted: return .init(es: "Procedente", en: "Granted")
        case .outcomePartlyGranted: return .init(es: "Procedente en parte", en: "Partly granted")
        case .outcomeDenied: return .init(es: "Improcedente", en: "Denied")
        case .outcomeWithdrawn: return .init(es: "Desistida", en: "Withdrawn")
        case .daysLeft: return .init(es: "{n} {n|día restante|días restantes}", en: "{n} {n|day|days} left")
        case .overdueBy: return .init(es: "vencida hace {n} {n|día|días}", en: "overdue by {n} {n|day|days}")
        case .answeredInTime: return .init(es: "respondida a tiempo", en: "answered in time")
        case .answeredLate: return .init(es: "respondida fuera de plazo", en: "answered late")
        case .requestNotFound: return .init(es: "No existe la solicitud #{id}.", en: "There is no request #{id}.")
        case .requestAnswered: return .init(es: "La solicitud #{id} ya fue respondida.", en: "Request #{id} was already answered.")
        case .requestOtherPerson: return .init(es: "La solicitud #{id} es de otra persona.", en: "Request #{id} belongs to another person.")
        case .requestNotRectification: return .init(es: "La solicitud #{id} no es de rectificación.", en: "Request #{id} is not a rectification request.")
        case .askedRequired: return .init(es: "Escriba qué se pidió.", en: "Write what was asked.")
        case .textTooLong: return .init(es: "El texto es demasiado largo (máximo {max} caracteres).", en: "The text is too long (at most {max} characters).")
        case .answeredBeforeReceived: return .init(es: "La respuesta no puede ser anterior a la recepción ({date}).", en: "The answer cannot be before the request was received ({date}).")
        case .receivedInFuture: return .init(es: "La fecha de recepción no puede ser futura.", en: "The received date cannot be in the future.")
        case .representativeRequired: return .init(es: "Escriba el nombre del representante.", en: "Write the representative's name.")
        case .noShareRefusal: return .init(es: "No se envió: la persona se opuso a que sus datos se compartan con organizaciones aliadas. La hoja de canalización sí puede imprimirse para ella.", en: "Not sent: the person objected to their data being shared with partners. The referral slip can still be printed for them.")
        case .noContactRefusal: return .init(es: "No se programó: la persona pidió no ser contactada por {channel}.", en: "Not scheduled: the person asked not to be contacted by {channel}.")
        case .holdReasonRequired: return .init(es: "Escriba el motivo de la retención legal.", en: "Write the reason for the legal hold.")
        case .legalHoldRefusal: return .init(es: "No se borró: la persona tiene una retención legal ({reason}). Quítela primero.", en: "Not erased: the person is under a legal hold ({reason}). Clear it first.")
        case .alreadyErased: return .init(es: "Los datos de esta persona ya fueron borrados.", en: "This person's data was already erased.")
        case .erasedRecordReadOnly: return .init(es: "El registro fue borrado; no puede cambiarse.", en: "The record was erased; it cannot be changed.")
        case .requestDaysInvalid: return .init(es: "Los días para responder van de 1 a 365.", en: "Days to answer go from 1 to 365.")
        case .retentionYearsInvalid: return .init(es: "Los años de conservación van de 1 a 100 (0: conservar siempre).", en: "Retention years go from 1 to 100 (0: keep always).")
        case .fieldKind: return .init(es: "Tipo", en: "Kind")
        case .fieldRequester: return .init(es: "Quién pidió", en: "Requested by")
        case .fieldRepresentative: return .init(es: "Representante", en: "Representative")
        case .fieldChannel: return .init(es: "Medio", en: "Channel")
        case .fieldReceived: return .init(es: "Recibida", en: "Received")
        case .fieldAsked: return .init(es: "Qué pidió", en: "What was asked")
        case .fieldDue: return .init(es: "Vence", en: "Due")
        case .fieldAnswered: return .init(es: "Respondida", en: "Answered")
        case .fieldOutcome: return .init(es: "Resultado", en: "Outcome")
        case .fieldAnswer: return .init(es: "Respuesta", en: "Answer")
        case .fieldHandledBy: return .init(es: "Atendió", en: "Handled by")
        case .fieldRequestDays: return .init(es: "Días para responder solicitudes ARCO", en: "Days to answer data requests")
        case .fieldRetentionYears: return .init(es: "Años que se conservan los casos cerrados", en: "Years closed cases are kept")
        case .fieldNoShare: return .init(es: "No compartir con aliados", en: "Do not share with partners")
        case .fieldNoContact: return .init(es: "No contactar por", en: "Do not contact by")
        case .fieldLegalHold: return .init(es: "Retención legal", en: "Legal hold")
        case .yes: return .init(es: "sí", en: "yes")
        case .no: return .init(es: "no", en: "no")
        case .noChannels: return .init(es: "ninguno", en: "none")
        case .noHold: return .init(es: "no", en: "no")
        case .holdSince: return .init(es: "desde {date}: {reason}", en: "since {date}: {reason}")
        case .erasedName: return .init(es: "[datos borrados]", en: "[data erased]")
        case .erasedOn: return .init(es: "Datos borrados el {date}", en: "Data erased on {date}")
        case .retentionKeep: return .init(es: "conservar siempre", en: "keep always")
        case .requestDaysValue: return .init(es: "{n} {n|día|días}", en: "{n} {n|day|days}")
        case .retentionYearsValue: return .init(es: "{n} {n|año|años}", en: "{n} {n|year|years}")
        case .pending: return .init(es: "Pendientes", en: "Pending")
        case .answered: return .init(es: "Respondidas", en: "Answered")
        case .noRequests: return .init(es: "Sin solicitudes ARCO.", en: "No data requests.")
        }
    }
}
