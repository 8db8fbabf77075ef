import Foundation

/// Legal aid referral. The deadline or court date drives the suggested urgency.
public struct LegalAidDetails: Codable, Sendable, Equatable {
    public var matter: LegalMatter?
    /// A filing deadline, if any.
    public var deadline: Date?
    public var courtDate: Date?
    public var detained: Bool
    public var detentionFacility: String?
    /// Alien registration number: sensitive, kept only if the person gives it.
    public var aNumber: String?

    public init(matter: LegalMatter? = nil, deadline: Date? = nil, courtDate: Date? = nil,
                detained: Bool = false, detentionFacility: String? = nil, aNumber: String? = nil) {
        self.matter = matter
        self.deadline = deadline
        self.courtDate = courtDate
        self.detained = detained
        self.detentionFacility = detentionFacility
        self.aNumber = aNumber
    }

    public static let requiredToSend: [ReferralField] = [.matter]

    /// The matter, and the facility when the person is detained.
    public var missingFieldsToSend: [ReferralField] {
        var missing: [ReferralField] = []
        if matter == nil { missing.append(.matter) }
        if detained && (detentionFacility ?? "").isBlank { missing.append(.detentionFacility) }
        return missing
    }

    /// The nearest of the deadline and the court date.
    public var nearestDate: Date? {
        [deadline, courtDate].compactMap { $0 }.min()
    }

    /// Urgent when detained or the nearest date is within 7 days (or past); priority within
    /// 30 days; routine otherwise.
    public func suggestedUrgency(at now: Date) -> ReferralUrgency {
        if detained { return .urgent }
        guard let date = nearestDate else { return .routine }
        let days = date.timeIntervalSince(now) / 86_400
        if days <= 7 { return .urgent }
        if days <= 30 { return .priority }
        return .routine
    }
}

public enum LegalMatter: String, CaseIterable, Sendable, Codable {
    case immigrationDefense
    case asylum
    case daca
    case uTVisa
    case laborWageTheft
    case housingEviction
    case family
    case other

    public var label: ReferralText {
        switch self {
        case .immigrationDefense: return .matterImmigrationDefense
        case .asylum: return .matterAsylum
        case .daca: return .matterDACA
        case .uTVisa: return .matterUTVisa
        case .laborWageTheft: return .matterLaborWageTheft
        case .housingEviction: return .matterHousingEviction
        case .family: return .matterFamily
        case .other: return .matterOther
        }
    }
}
