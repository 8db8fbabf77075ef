/// An organization in the partner directory: a clinic, a legal aid office, a funeral home,
/// a consulate...
public struct Partner: Codable, Sendable, Equatable, Identifiable {
    public var id: PartnerID
    public var name: String
    public var kindsServed: Set<ReferralKind>
    public var city: String?
    /// USPS code ("IL").
    public var state: String?
    /// E.164.
    public var phone: String?
    public var email: String?
    public var address: String?
    public var isConsulate: Bool
    public var active: Bool

    public init(id: PartnerID, name: String, kindsServed: Set<ReferralKind>, city: String? = nil,
                state: String? = nil, phone: String? = nil, email: String? = nil,
                address: String? = nil, isConsulate: Bool = false, active: Bool = true) {
        self.id = id
        self.name = name
        self.kindsServed = kindsServed
        self.city = city
        self.state = state
        self.phone = phone
        self.email = email
        self.address = address
        self.isConsulate = isConsulate
        self.active = active
    }

    /// Whether a referral of `kind` may go to this partner.
    public func serves(_ kind: ReferralKind) -> Bool { active && kindsServed.contains(kind) }
}
