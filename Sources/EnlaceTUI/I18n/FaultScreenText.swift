import EnlaceCore
import EnlaceStore

/// The message line's words for a database that cannot take a write now. The command line
/// names the file; on an 80-column screen the path would push out what happened, so these
/// say it first and fit the line.
public enum FaultScreenText: String, MessageCatalog {
    case busy, readOnly, diskFull, writeFailed

    public var text: LocalizedText {
        switch self {
        case .busy:
            return .init(es: "La base de datos está ocupada por otro programa. Reintente en unos segundos.",
                         en: "The database is busy in another program. Try again in a few seconds.")
        case .readOnly:
            return .init(es: "No se puede escribir en la base de datos (solo lectura). Revise permisos.",
                         en: "Cannot write to the database (read-only). Check its permissions.")
        case .diskFull:
            return .init(es: "Disco lleno: no se guardó. Libere espacio; lo ya guardado está a salvo.",
                         en: "Disk full: not saved. Free some space; what was saved before is safe.")
        case .writeFailed:
            return .init(es: "No se guardó: límite de espacio o falla del disco. Lo ya guardado está a salvo.",
                         en: "Not saved: a space limit or a failing disk. What was saved before is safe.")
        }
    }

    /// The screen's line for `error`, when it is one of these.
    static func line(_ error: StoreError, _ language: Language) -> String? {
        switch error {
        case .locked: return busy(language)
        case .readOnly: return readOnly(language)
        case .diskFull: return diskFull(language)
        case .writeFailed: return writeFailed(language)
        default: return nil
        }
    }
}
