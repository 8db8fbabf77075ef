/// The broad area of a person's need, from the seed documents.
public enum ServiceArea: String, CaseIterable, Sendable, Codable {
    case health
    case education
    case legal

    public var label: DomainText {
        switch self {
        case .health: return .areaHealth
        case .education: return .areaEducation
        case .legal: return .areaLegal
        }
    }
}

/// The four first-class referral kinds.
public enum ReferralKind: String, CaseIterable, Sendable, Codable {
    case telemedicine
    case legalAid
    case funeralAssistance
    case consularOrientation

    public var label: DomainText {
        switch self {
        case .telemedicine: return .kindTelemedicine
        case .legalAid: return .kindLegalAid
        case .funeralAssistance: return .kindFuneralAssistance
        case .consularOrientation: return .kindConsularOrientation
        }
    }
}
