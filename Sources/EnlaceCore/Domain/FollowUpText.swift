/// Labels of follow-up values, in Spanish and English.
public enum FollowUpText: String, MessageCatalog {
    case statusScheduled, statusDone, statusMissed
    case channelCall, channelWhatsApp, channelSMS, channelVisit

    public var text: LocalizedText {
        switch self {
        case .statusScheduled: return .init(es: "Programado", en: "Scheduled")
        case .statusDone: return .init(es: "Hecho", en: "Done")
        case .statusMissed: return .init(es: "No se logró", en: "Missed")
        case .channelCall: return .init(es: "Llamada", en: "Call")
        case .channelWhatsApp: return .init(es: "WhatsApp", en: "WhatsApp")
        case .channelSMS: return .init(es: "SMS", en: "SMS")
        case .channelVisit: return .init(es: "Visita", en: "Visit")
        }
    }
}
