import Foundation

/// The fields of a referral that depend on its kind. Encoded as
/// `{"kind": "<ReferralKind raw value>", "details": {...}}` so the store can keep it as JSON
/// next to a `kind` column.
public enum ReferralDetails: Sendable, Equatable {
    case telemedicine(TelemedicineDetails)
    case legalAid(LegalAidDetails)
    case funeralAssistance(FuneralDetails)
    case consularOrientation(ConsularDetails)

    public var kind: ReferralKind {
        switch self {
        case .telemedicine: return .telemedicine
        case .legalAid: return .legalAid
        case .funeralAssistance: return .funeralAssistance
        case .consularOrientation: return .consularOrientation
        }
    }

    /// Empty details of `kind`, for a new draft.
    public static func empty(_ kind: ReferralKind) -> ReferralDetails {
        switch kind {
        case .telemedicine: return .telemedicine(TelemedicineDetails())
        case .legalAid: return .legalAid(LegalAidDetails())
        case .funeralAssistance: return .funeralAssistance(FuneralDetails())
        case .consularOrientation: return .consularOrientation(ConsularDetails())
        }
    }

    /// The kind's fields always required to send (for documentation and forms).
    public static func requiredToSend(_ kind: ReferralKind) -> [ReferralField] {
        switch kind {
        case .telemedicine: return TelemedicineDetails.requiredToSend
        case .legalAid: return LegalAidDetails.requiredToSend
        case .funeralAssistance: return FuneralDetails.requiredToSend
        case .consularOrientation: return ConsularDetails.requiredToSend
        }
    }

    /// The kind's fields still missing, including those required only in some situations
    /// (a detention facility when the person is detained...).
    public var missingFieldsToSend: [ReferralField] {
        switch self {
        case .telemedicine(let d): return d.missingFieldsToSend
        case .legalAid(let d): return d.missingFieldsToSend
        case .funeralAssistance(let d): return d.missingFieldsToSend
        case .consularOrientation(let d): return d.missingFieldsToSend
        }
    }
}

extension ReferralDetails: Codable {
    private enum CodingKeys: String, CodingKey { case kind, details }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(ReferralKind.self, forKey: .kind)
        switch kind {
        case .telemedicine: self = .telemedicine(try c.decode(TelemedicineDetails.self, forKey: .details))
        case .legalAid: self = .legalAid(try c.decode(LegalAidDetails.self, forKey: .details))
        case .funeralAssistance: self = .funeralAssistance(try c.decode(FuneralDetails.self, forKey: .details))
        case .consularOrientation: self = .consularOrientation(try c.decode(ConsularDetails.self, forKey: .details))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .telemedicine(let d): try c.encode(d, forKey: .details)
        case .legalAid(let d): try c.encode(d, forKey: .details)
        case .funeralAssistance(let d): try c.encode(d, forKey: .details)
        case .consularOrientation(let d): try c.encode(d, forKey: .details)
        }
    }
}

/// A field a referral may need before it is sent; used to tell the caseworker what is missing.
public enum ReferralField: String, CaseIterable, Sendable, Codable {
    // Common to every kind.
    case partner, reason
    // Telemedicine.
    case symptoms, preferredLanguage, modality, availability, insurance
    // Legal aid.
    case matter, deadline, detentionFacility
    // Funeral assistance.
    case deceasedName, dateOfDeath, placeOfDeath, bodyLocation, disposition
    case repatriationDestination, nextOfKin, funeralHome, supportRequested
    // Consular orientation.
    case procedure, consulate, appointmentDate

    public var label: ReferralText {
        switch self {
        case .partner: return .fieldPartner
        case .reason: return .fieldReason
        case .symptoms: return .fieldSymptoms
        case .preferredLanguage: return .fieldPreferredLanguage
        case .modality: return .fieldModality
        case .availability: return .fieldAvailability
        case .insurance: return .fieldInsurance
        case .matter: return .fieldMatter
        case .deadline: return .fieldDeadline
        case .detentionFacility: return .fieldDetentionFacility
        case .deceasedName: return .fieldDeceasedName
        case .dateOfDeath: return .fieldDateOfDeath
        case .placeOfDeath: return .fieldPlaceOfDeath
        case .bodyLocation: return .fieldBodyLocation
        case .disposition: return .fieldDisposition
        case .repatriationDestination: return .fieldRepatriationDestination
        case .nextOfKin: return .fieldNextOfKin
        case .funeralHome: return .fieldFuneralHome
        case .supportRequested: return .fieldSupportRequested
        case .procedure: return .fieldProcedure
        case .consulate: return .fieldConsulate
        case .appointmentDate: return .fieldAppointmentDate
        }
    }
}
