import Foundation

/// Funeral assistance referral for the family of a person who died.
public struct FuneralDetails: Codable, Sendable, Equatable {
    public var deceasedName: String?
    public var dateOfDeath: Date?
    public var placeOfDeath: String?
    public var bodyLocation: BodyLocation?
    /// Name of the hospital, coroner's office or funeral home holding the body.
    public var bodyLocationName: String?
    public var disposition: FuneralDisposition?
    /// Where in Mexico the body or ashes go, when repatriated.
    public var repatriation: MexicanOrigin?
    public var nextOfKin: NextOfKinContact?
    public var funeralHome: String?
    public var consulateNotifiedOn: Date?
    public var supportRequested: [FuneralSupport]

    public init(deceasedName: String? = nil, dateOfDeath: Date? = nil, placeOfDeath: String? = nil,
                bodyLocation: BodyLocation? = nil, bodyLocationName: String? = nil,
                disposition: FuneralDisposition? = nil, repatriation: MexicanOrigin? = nil,
                nextOfKin: NextOfKinContact? = nil, funeralHome: String? = nil,
                consulateNotifiedOn: Date? = nil, supportRequested: [FuneralSupport] = []) {
        self.deceasedName = deceasedName
        self.dateOfDeath = dateOfDeath
        self.placeOfDeath = placeOfDeath
        self.bodyLocation = bodyLocation
        self.bodyLocationName = bodyLocationName
        self.disposition = disposition
        self.repatriation = repatriation
        self.nextOfKin = nextOfKin
        self.funeralHome = funeralHome
        self.consulateNotifiedOn = consulateNotifiedOn
        self.supportRequested = supportRequested
    }

    public static let requiredToSend: [ReferralField] =
        [.deceasedName, .dateOfDeath, .bodyLocation, .disposition, .nextOfKin]

    /// The always-required fields, and the destination when repatriation is requested.
    public var missingFieldsToSend: [ReferralField] {
        var missing: [ReferralField] = []
        if (deceasedName ?? "").isBlank { missing.append(.deceasedName) }
        if dateOfDeath == nil { missing.append(.dateOfDeath) }
        if bodyLocation == nil { missing.append(.bodyLocation) }
        if disposition == nil { missing.append(.disposition) }
        if nextOfKin?.isComplete != true { missing.append(.nextOfKin) }
        if supportRequested.contains(.repatriation),
           (repatriation?.stateCode ?? "").isBlank {
            missing.append(.repatriationDestination)
        }
        return missing
    }
}

public enum BodyLocation: String, CaseIterable, Sendable, Codable {
    case hospital
    case coroner
    case funeralHome

    public var label: ReferralText {
        switch self {
        case .hospital: return .bodyAtHospital
        case .coroner: return .bodyAtCoroner
        case .funeralHome: return .bodyAtFuneralHome
        }
    }
}

public enum FuneralDisposition: String, CaseIterable, Sendable, Codable {
    case burial
    case cremation

    public var label: ReferralText {
        switch self {
        case .burial: return .dispositionBurial
        case .cremation: return .dispositionCremation
        }
    }
}

public enum FuneralSupport: String, CaseIterable, Sendable, Codable {
    case repatriation
    case funeralCosts
    case paperwork
    case consularLiaison
    case emotionalSupport

    public var label: ReferralText {
        switch self {
        case .repatriation: return .supportRepatriation
        case .funeralCosts: return .supportFuneralCosts
        case .paperwork: return .supportPaperwork
        case .consularLiaison: return .supportConsularLiaison
        case .emotionalSupport: return .supportEmotional
        }
    }
}

/// The relative the partner should talk to.
public struct NextOfKinContact: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var relationship: String?
    /// E.164.
    public var phone: String?

    public init(name: String, relationship: String? = nil, phone: String? = nil) {
        self.name = name
        self.relationship = relationship
        self.phone = phone
    }

    /// A name and a way to reach them.
    public var isComplete: Bool { !name.isBlank && !(phone ?? "").isBlank }
}
