import EnlaceCore

/// What the store (and the command line and screen on top of it) say about imports.
public enum ImportStoreText: String, MessageCatalog {
    case curpOnEarlierLine, lineField
    case importNotFound, alreadyUndone, undoRefused, changedLine, changedGone, changedEdited, changedHas
    case changedOtherEvent

    public var text: LocalizedText {
        switch self {
        case .curpOnEarlierLine:
            return .init(es: "La misma CURP ya está en la línea {line} de esta hoja.",
                         en: "The same CURP is already on line {line} of this sheet.")
        case .lineField: return .init(es: "Línea {line} · {field}", en: "Line {line} · {field}")
        case .importNotFound: return .init(es: "No existe la importación {id}.", en: "There is no import {id}.")
        case .alreadyUndone: return .init(es: "la importación {id} ya se deshizo.", en: "import {id} was already undone.")
        case .undoRefused:
            return .init(es: "la importación {id} no se deshace: {count} {count|fila cambió|filas cambiaron} desde entonces ({list}). No se cambió nada; corrija esos registros a mano.",
                         en: "import {id} is not undone: {count} {count|row has|rows have} changed since ({list}). Nothing was changed; correct those records by hand.")
        case .changedLine:
            return .init(es: "línea {line}, persona {person}: {what}", en: "line {line}, person {person}: {what}")
        case .changedGone: return .init(es: "el registro ya no existe", en: "the record no longer exists")
        case .changedEdited: return .init(es: "el registro se editó", en: "the record was edited")
        case .changedHas: return .init(es: "tiene datos nuevos en {table}", en: "has new data in {table}")
        case .changedOtherEvent: return .init(es: "asistió a otro evento", en: "attended another event")
        }
    }
}
