import Foundation

/// Consular orientation referral. The consulate is a partner marked `isConsulate`, or its
/// name when it is not in the directory.
public struct ConsularDetails: Codable, Sendable, Equatable {
    public var procedure: ConsularProcedure?
    public var consulate: String?
    public var appointmentDate: Date?

    public init(procedure: ConsularProcedure? = nil, consulate: String? = nil,
                appointmentDate: Date? = nil) {
        self.procedure = procedure
        self.consulate = consulate
        self.appointmentDate = appointmentDate
    }

    public static let requiredToSend: [ReferralField] = [.procedure, .consulate]

    public var missingFieldsToSend: [ReferralField] {
        var missing: [ReferralField] = []
        if procedure == nil { missing.append(.procedure) }
        if (consulate ?? "").isBlank { missing.append(.consulate) }
        return missing
    }
}

public enum ConsularProcedure: String, CaseIterable, Sendable, Codable {
    case matricula
    case passport
    /// Birth registration of a child born abroad (dual nationality).
    case birthRegistration
    case powerOfAttorney
    /// Voter card issued from abroad.
    case voterCard
    case other

    public var label: ReferralText {
        switch self {
        case .matricula: return .procedureMatricula
        case .passport: return .procedurePassport
        case .birthRegistration: return .procedureBirthRegistration
        case .powerOfAttorney: return .procedurePowerOfAttorney
        case .voterCard: return .procedureVoterCard
        case .other: return .procedureOther
        }
    }
}
