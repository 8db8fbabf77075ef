/// A partner as typed in a form, given on the command line or read from a directory file:
/// everything but the identity, the active flag and the version. The store validates it.
public struct PartnerDraft: Sendable, Equatable {
    public var name: String
    public var kindsServed: Set<ReferralKind>
    public var serviceAreas: Set<ServiceArea>
    public var address: String?
    public var city: String?
    public var state: String?
    public var postalCode: String?
    /// As written ("(312) 555-0123"); stored as E.164.
    public var phones: [String]
    public var email: String?
    public var hours: String?
    public var languages: [String]
    public var cost: PartnerCost?
    public var areasServed: [String]
    public var notes: String?
    public var responseDays: Int?
    public var isConsulate: Bool

    public init(name: String, kindsServed: Set<ReferralKind> = [], serviceAreas: Set<ServiceArea> = [],
                address: String? = nil, city: String? = nil, state: String? = nil, postalCode: String? = nil,
                phones: [String] = [], email: String? = nil, hours: String? = nil, languages: [String] = [],
                cost: PartnerCost? = nil, areasServed: [String] = [], notes: String? = nil,
                responseDays: Int? = nil, isConsulate: Bool = false) {
        self.name = name
        self.kindsServed = kindsServed
        self.serviceAreas = serviceAreas
        self.address = address
        self.city = city
        self.state = state
        self.postalCode = postalCode
        self.phones = phones
        self.email = email
        self.hours = hours
        self.languages = languages
        self.cost = cost
        self.areasServed = areasServed
        self.notes = notes
        self.responseDays = responseDays
        self.isConsulate = isConsulate
    }

    /// The partner's fields, to edit.
    public init(_ partner: Partner) {
        self.init(name: partner.name, kindsServed: partner.kindsServed, serviceAreas: partner.serviceAreas,
                  address: partner.address, city: partner.city, state: partner.state,
                  postalCode: partner.postalCode, phones: partner.phones, email: partner.email,
                  hours: partner.hours, languages: partner.languages, cost: partner.cost,
                  areasServed: partner.areasServed, notes: partner.notes, responseDays: partner.responseDays,
                  isConsulate: partner.isConsulate)
    }
}

/// The fields of a partner by name, as audited (`changed_fields`) and as named in problems.
public enum PartnerField: String, CaseIterable, Sendable {
    case name, kinds, serviceAreas, address, city, state, postalCode, phones, email, hours, languages
    case cost, areasServed, notes, responseDays, isConsulate, active

    /// The fields an Open Referral (HSDS) file carries; an import changes only these.
    public static let carriedByHSDS: [PartnerField] = [
        .name, .kinds, .address, .city, .state, .postalCode, .phones, .email, .hours, .languages,
        .cost, .areasServed, .active,
    ]
}
