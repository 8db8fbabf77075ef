/// Labels of case values, in Spanish and English.
public enum CaseText: String, MessageCatalog {
    case waitingOnClient, waitingOnProvider, waitingOnConsulate, waitingOnDocuments
    case outcomeResolved, outcomeServiceCompleted, outcomeClientWithdrew, outcomeUnreachable
    case outcomeIneligible, outcomeDuplicate, outcomeTransferred

    public var text: LocalizedText {
        switch self {
        case .waitingOnClient: return .init(es: "Espera a la persona", en: "Waiting on the client")
        case .waitingOnProvider: return .init(es: "Espera al proveedor", en: "Waiting on the provider")
        case .waitingOnConsulate: return .init(es: "Espera al consulado", en: "Waiting on the consulate")
        case .waitingOnDocuments: return .init(es: "Espera documentos", en: "Waiting on documents")
        case .outcomeResolved: return .init(es: "Resuelto", en: "Resolved")
        case .outcomeServiceCompleted: return .init(es: "Servicio completado", en: "Service completed")
        case .outcomeClientWithdrew: return .init(es: "La persona desistió", en: "Client withdrew")
        case .outcomeUnreachable: return .init(es: "Sin contacto tras varios intentos", en: "Unreachable after attempts")
        case .outcomeIneligible: return .init(es: "No elegible", en: "Ineligible")
        case .outcomeDuplicate: return .init(es: "Duplicado", en: "Duplicate")
        case .outcomeTransferred: return .init(es: "Transferido", en: "Transferred")
        }
    }
}
