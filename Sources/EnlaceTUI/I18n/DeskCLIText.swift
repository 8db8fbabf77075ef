import EnlaceCore

/// Texts of the referral, follow-up and queue commands, in Spanish and English.
public enum DeskCLIText: String, MessageCatalog {
    case unknownCase, badDate, referralDone, followUpDone, followUpNext, needCaseOrQueue
    case detailsMismatch, badAnchor

    public var text: LocalizedText {
        switch self {
        case .unknownCase:
            return .init(es: "No encuentro el caso «{case}»: use su número (2026-000123) o su id.", en: "No case “{case}”: use its number (2026-000123) or id.")
        case .badDate:
            return .init(es: "Fecha no válida en --{option}: «{value}». Use AAAA-MM-DD o AAAA-MM-DD HH:MM.", en: "Invalid date for --{option}: “{value}”. Use YYYY-MM-DD or YYYY-MM-DD HH:MM.")
        case .referralDone:
            return .init(es: "Canalización {id}: {status} (versión {version}).", en: "Referral {id}: {status} (version {version}).")
        case .followUpDone:
            return .init(es: "Seguimiento {id}: {status} (versión {version}).", en: "Follow-up {id}: {status} (version {version}).")
        case .followUpNext:
            return .init(es: "Siguiente seguimiento {id} para el {due}.", en: "Next follow-up {id} due {due}.")
        case .needCaseOrQueue:
            return .init(es: "Indique --case, o use «enlace queue followups».", en: "Give --case, or use “enlace queue followups”.")
        case .badAnchor:
            return .init(es: "--after «{value}» no es una clave de esta cola: copie la última columna de la última línea.", en: "--after “{value}” is not a key of this queue: copy the last column of the last line.")
        case .detailsMismatch:
            return .init(es: "Los datos de --details-json no son de una canalización de {kind}.", en: "The --details-json data is not for a {kind} referral.")
        }
    }
}
