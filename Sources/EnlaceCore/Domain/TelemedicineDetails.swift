import Foundation

/// Telemedicine referral. Urgency is the referral's common `urgency` (routine, priority,
/// urgent); an emergency is not a referral: the desk shows `ReferralText.emergencyCall911`.
public struct TelemedicineDetails: Codable, Sendable, Equatable {
    public var symptoms: String?
    public var preferredLanguage: SpokenLanguage?
    public var modality: TelemedicineModality?
    public var availability: AvailabilityWindow?
    public var insurance: InsuranceCoverage?

    public init(symptoms: String? = nil, preferredLanguage: SpokenLanguage? = nil,
                modality: TelemedicineModality? = nil, availability: AvailabilityWindow? = nil,
                insurance: InsuranceCoverage? = nil) {
        self.symptoms = symptoms
        self.preferredLanguage = preferredLanguage
        self.modality = modality
        self.availability = availability
        self.insurance = insurance
    }

    public static let requiredToSend: [ReferralField] = [.symptoms, .preferredLanguage, .modality]

    public var missingFieldsToSend: [ReferralField] {
        var missing: [ReferralField] = []
        if (symptoms ?? "").isBlank { missing.append(.symptoms) }
        if preferredLanguage == nil { missing.append(.preferredLanguage) }
        if modality == nil { missing.append(.modality) }
        return missing
    }
}

public enum TelemedicineModality: String, CaseIterable, Sendable, Codable {
    case phone
    case video

    public var label: ReferralText {
        switch self {
        case .phone: return .modalityPhone
        case .video: return .modalityVideo
        }
    }
}

public enum InsuranceCoverage: String, CaseIterable, Sendable, Codable {
    case none
    case medicaid
    case employer
    case other

    public var label: ReferralText {
        switch self {
        case .none: return .insuranceNone
        case .medicaid: return .insuranceMedicaid
        case .employer: return .insuranceEmployer
        case .other: return .insuranceOther
        }
    }
}

/// When the person can take a call: a range of minutes of the day (local time at the desk),
/// on weekdays only or any day, with a free note ("después de las 6, tras el trabajo").
public struct AvailabilityWindow: Codable, Sendable, Equatable, Hashable {
    public var fromMinute: Int
    public var toMinute: Int
    public var weekdaysOnly: Bool
    public var note: String?

    public init(fromMinute: Int, toMinute: Int, weekdaysOnly: Bool = false, note: String? = nil) {
        self.fromMinute = fromMinute
        self.toMinute = toMinute
        self.weekdaysOnly = weekdaysOnly
        self.note = note
    }

    /// Both ends within a day and the start before the end.
    public var isValid: Bool {
        (0...1440).contains(fromMinute) && (0...1440).contains(toMinute) && fromMinute < toMinute
    }
}
