import EnlaceCore

/// What the store (and the CLI and screens on top of it) say about events.
public enum EventStoreText: String, MessageCatalog {
    case fieldName, fieldKind, fieldStartsOn, fieldEndsOn, fieldPlace, fieldCity, fieldState, fieldTopic, fieldPartners
    case nameEmpty, nameTooLong, endsBeforeStart, unknownState, topicRequired, partnerUnknown
    case notFound, closed, alreadyClosed
    case created, closedDone, none, open, closedMark, counts

    public var text: LocalizedText {
        switch self {
        case .fieldName: return .init(es: "Nombre del evento", en: "Event name")
        case .fieldKind: return .init(es: "Tipo", en: "Kind")
        case .fieldStartsOn: return .init(es: "Fecha", en: "Date")
        case .fieldEndsOn: return .init(es: "Hasta", en: "Until")
        case .fieldPlace: return .init(es: "Lugar", en: "Place")
        case .fieldCity: return .init(es: "Ciudad", en: "City")
        case .fieldState: return .init(es: "Estado (EE. UU.)", en: "State (US)")
        case .fieldTopic: return .init(es: "Tema del taller", en: "Workshop topic")
        case .fieldPartners: return .init(es: "Organizaciones presentes", en: "Partners present")
        case .nameEmpty: return .init(es: "Escriba el nombre del evento.", en: "Type the event's name.")
        case .nameTooLong: return .init(es: "El nombre admite hasta 120 caracteres.", en: "The name takes up to 120 characters.")
        case .endsBeforeStart:
            return .init(es: "El último día es anterior al primero.", en: "The last day is before the first.")
        case .unknownState:
            return .init(es: "No se reconoce el estado «{state}»: use la clave de dos letras (IL, CA, TX).",
                         en: "Unknown state “{state}”: use the two-letter code (IL, CA, TX).")
        case .topicRequired:
            return .init(es: "Un taller necesita su tema: derechos, documentos consulares, salud, formación cívica u otro.",
                         en: "A workshop needs its topic: rights, consular documents, health, civic training or other.")
        case .partnerUnknown:
            return .init(es: "No existe la organización aliada {partner}.", en: "There is no partner {partner}.")
        case .notFound: return .init(es: "No existe el evento {event}.", en: "There is no event {event}.")
        case .closed:
            return .init(es: "El evento «{event}» ya está cerrado: no se registran más personas en él.",
                         en: "The event “{event}” is closed: no more people are registered at it.")
        case .alreadyClosed: return .init(es: "El evento «{event}» ya estaba cerrado.", en: "The event “{event}” was already closed.")
        case .created: return .init(es: "Evento {id} creado: {event}.", en: "Event {id} created: {event}.")
        case .closedDone:
            return .init(es: "Evento {id} cerrado: {people} {people|persona registrada|personas registradas}, {cases} {cases|caso|casos}.",
                         en: "Event {id} closed: {people} {people|person|people} registered, {cases} {cases|case|cases}.")
        case .none: return .init(es: "No hay eventos abiertos.", en: "There are no open events.")
        case .open: return .init(es: "abierto", en: "open")
        case .closedMark: return .init(es: "cerrado", en: "closed")
        case .counts:
            return .init(es: "{people} {people|persona|personas}, {cases} {cases|caso|casos}",
                         en: "{people} {people|person|people}, {cases} {cases|case|cases}")
        }
    }
}
