import EnlaceCore

/// What the person screen's "Derechos / Rights" tab says.
public enum PersonRightsTabText: String, MessageCatalog {
    case tabLabel, tabHelp, requestsHeading, erasedBanner, onlySupervisors, noRequestSelected, requestNotPending
    case addLabel, addHelp, answerLabel, answerHelp, shareLabel, shareHelp, channelsLabel, channelsHelp
    case holdLabel, holdHelp, eraseLabel, eraseHelp
    case kindTitle, requesterTitle, representativeTitle, channelTitle, askedTitle, askedMessage
    case outcomeTitle, answerTitle, answerMessage, channelsTitle, channelsMessage, holdTitle, holdMessage
    case eraseTitle, eraseMessage, eraseMismatch, eraseNeedsRequest
    case recorded, answered, oppositionSaved, holdSaved, holdCleared, erased, badChannel, requestLine

    public var text: LocalizedText {
        switch self {
        case .tabLabel: return .init(es: "Derechos", en: "Rights")
        case .tabHelp: return .init(es: "Solicitudes ARCO de la persona con sus plazos, oposición y retención legal; borrado de sus datos.",
                                    en: "The person's data requests with their due dates, opposition and legal hold; erasing their data.")
        case .requestsHeading: return .init(es: "Solicitudes ARCO", en: "Data requests (ARCO)")
        case .erasedBanner: return .init(es: "Datos borrados el {date}: el registro y sus casos quedan anónimos.",
                                         en: "Data erased on {date}: the record and its cases stay anonymous.")
        case .onlySupervisors: return .init(es: "Solo supervisión atiende los derechos ARCO.", en: "Only supervisors handle data rights.")
        case .noRequestSelected: return .init(es: "No hay solicitud elegida.", en: "No request is selected.")
        case .requestNotPending: return .init(es: "La solicitud elegida ya fue respondida.", en: "The selected request was already answered.")
        case .addLabel: return .init(es: "Nueva solicitud", en: "New request")
        case .addHelp: return .init(es: "Supervisión: registra una solicitud ARCO (acceso, rectificación, cancelación u oposición) con su plazo.",
                                    en: "Supervisor: records a data request (access, rectification, cancellation or opposition) with its due date.")
        case .answerLabel: return .init(es: "Responder", en: "Answer")
        case .answerHelp: return .init(es: "Supervisión: registra la respuesta de la solicitud elegida y si llegó a tiempo.",
                                       en: "Supervisor: records the answer of the selected request and whether it came in time.")
        case .shareLabel: return .init(es: "No compartir", en: "Do not share")
        case .shareHelp: return .init(es: "Supervisión: pone o quita la oposición a compartir sus datos con aliados (no se envía ninguna canalización).",
                                      en: "Supervisor: sets or clears the objection to sharing their data with partners (no referral is sent).")
        case .channelsLabel: return .init(es: "No contactar por", en: "Do not contact by")
        case .channelsHelp: return .init(es: "Supervisión: los medios por los que la persona pidió no ser contactada.",
                                         en: "Supervisor: the channels the person asked not to be contacted by.")
        case .holdLabel: return .init(es: "Retención legal", en: "Legal hold")
        case .holdHelp: return .init(es: "Supervisión: pone una retención legal con su motivo (impide borrar), o la quita dejando el motivo vacío.",
                                     en: "Supervisor: sets a legal hold with its reason (prevents erasure), or clears it with an empty reason.")
        case .eraseLabel: return .init(es: "Borrar datos", en: "Erase data")
        case .eraseHelp: return .init(es: "Supervisión: borra los datos de la persona por su solicitud de cancelación elegida; pide escribir su nombre.",
                                      en: "Supervisor: erases the person's data on the selected cancellation request; asks for their name to be typed.")
        case .kindTitle: return .init(es: "¿Qué pide la persona?", en: "What does the person ask?")
        case .requesterTitle: return .init(es: "¿Quién lo pide?", en: "Who asks?")
        case .representativeTitle: return .init(es: "Nombre del representante", en: "The representative's name")
        case .channelTitle: return .init(es: "¿Por qué medio llegó?", en: "How did it arrive?")
        case .askedTitle: return .init(es: "Qué pidió", en: "What was asked")
        case .askedMessage: return .init(es: "Con sus palabras; vence en {n} {n|día|días}.", en: "In their words; due in {n} {n|day|days}.")
        case .outcomeTitle: return .init(es: "Resultado de la solicitud", en: "The request's outcome")
        case .answerTitle: return .init(es: "Respuesta", en: "Answer")
        case .answerMessage: return .init(es: "Qué se respondió (puede quedar vacío).", en: "What was answered (may be empty).")
        case .channelsTitle: return .init(es: "No contactar por", en: "Do not contact by")
        case .channelsMessage: return .init(es: "Medios separados por comas: llamada, whatsapp, sms, visita; vacío: ninguno.",
                                            en: "Channels, comma separated: call, whatsapp, sms, visit; empty: none.")
        case .holdTitle: return .init(es: "Retención legal", en: "Legal hold")
        case .holdMessage: return .init(es: "Motivo (un juicio, una orden); vacío quita la retención.", en: "Reason (a lawsuit, an order); empty clears the hold.")
        case .eraseTitle: return .init(es: "Borrar los datos de {name}", en: "Erase the data of {name}")
        case .eraseMessage: return .init(es: "Se destruyen nombres, teléfonos, correo, CURP, documentos, idiomas, familia, el texto de notas, casos, canalizaciones y seguimientos, y sus búsquedas. Los casos quedan anónimos. No se puede deshacer. Escriba «{name}» para confirmar.",
                                         en: "Names, phones, email, CURP, documents, languages, family, the text of notes, cases, referrals and follow-ups, and searches for them are destroyed. The cases stay anonymous. This cannot be undone. Type “{name}” to confirm.")
        case .eraseMismatch: return .init(es: "No coincide con el nombre; no se borró nada.", en: "It does not match the name; nothing was erased.")
        case .eraseNeedsRequest: return .init(es: "Elija una solicitud de cancelación pendiente (o regístrela con «a»).",
                                              en: "Select a pending cancellation request (or record one with “a”).")
        case .recorded: return .init(es: "Solicitud #{id} registrada; vence el {due}.", en: "Request #{id} recorded; due on {due}.")
        case .answered: return .init(es: "Solicitud #{id} respondida: {standing}.", en: "Request #{id} answered: {standing}.")
        case .oppositionSaved: return .init(es: "Oposición guardada.", en: "Opposition saved.")
        case .holdSaved: return .init(es: "Retención legal puesta.", en: "Legal hold set.")
        case .holdCleared: return .init(es: "Retención legal quitada.", en: "Legal hold cleared.")
        case .erased: return .init(es: "Datos borrados: el registro queda anónimo.", en: "Data erased: the record stays anonymous.")
        case .badChannel: return .init(es: "Medio desconocido: «{word}».", en: "Unknown channel: “{word}”.")
        case .requestLine: return .init(es: "#{id} {kind} · {received} → {due} · {standing}",
                                        en: "#{id} {kind} · {received} → {due} · {standing}")
        }
    }
}
