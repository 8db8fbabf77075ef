/// An organization in the partner directory: a clinic, a legal aid office, a funeral home,
/// a consulate...
public struct Partner: Codable, Sendable, Equatable, Identifiable {
    public var id: PartnerID
    public var name: String
    public var kindsServed: Set<ReferralKind>
    /// The broad areas of need it works in (health, education, legal).
    public var serviceAreas: Set<ServiceArea>
    /// Street and number, one line ("1800 S Blue Island Ave"); older rows may hold the whole
    /// address here ("…, Chicago, IL 60608").
    public var address: String?
    public var city: String?
    /// USPS code ("IL").
    public var state: String?
    public var postalCode: String?
    /// E.164 each, the main one first.
    public var phones: [String]
    public var email: String?
    /// When it attends, as people write it ("L-V 9:00-17:00; sáb 10:00-13:00").
    public var hours: String?
    /// Languages spoken: `PartnerLanguage` codes ("es", "en") or the name of a language
    /// ("Mixteco", "K'iche'").
    public var languages: [String]
    public var cost: PartnerCost?
    /// States or counties served, as written ("IL", "Cook County, IL").
    public var areasServed: [String]
    /// For caseworkers: whom to ask for, what to bring, what to know.
    public var notes: String?
    /// Working days the partner usually takes to answer; nil is the desk's default.
    public var responseDays: Int?
    public var isConsulate: Bool
    public var active: Bool
    /// The partner's identifier in an Open Referral (HSDS) directory: the organization id it
    /// was imported with or exported as.
    public var externalId: String?
    public var version: Int

    public init(id: PartnerID, name: String, kindsServed: Set<ReferralKind>, city: String? = nil,
                state: String? = nil, phone: String? = nil, email: String? = nil,
                address: String? = nil, isConsulate: Bool = false, active: Bool = true,
                serviceAreas: Set<ServiceArea> = [], postalCode: String? = nil, phones: [String] = [],
                hours: String? = nil, languages: [String] = [], cost: PartnerCost? = nil,
                areasServed: [String] = [], notes: String? = nil, responseDays: Int? = nil,
                externalId: String? = nil, version: Int = 1) {
        self.id = id
        self.name = name
        self.kindsServed = kindsServed
        self.serviceAreas = serviceAreas
        self.city = city
        self.state = state
        self.postalCode = postalCode
        self.phones = phones.isEmpty ? (phone.map { [$0] } ?? []) : phones
        self.email = email
        self.address = address
        self.hours = hours
        self.languages = languages
        self.cost = cost
        self.areasServed = areasServed
        self.notes = notes
        self.responseDays = responseDays
        self.isConsulate = isConsulate
        self.active = active
        self.externalId = externalId
        self.version = version
    }

    /// The main phone (E.164).
    public var phone: String? { phones.first }

    /// Whether a referral of `kind` may go to this partner.
    public func serves(_ kind: ReferralKind) -> Bool { active && kindsServed.contains(kind) }

    /// The address on one line, for a slip: the street line, then the city, state and ZIP
    /// unless the street line already carries them (rows written before they had columns).
    public var fullAddress: String? {
        let street = address?.trimmingCharacters(in: .whitespaces) ?? ""
        let stateZip = [state, postalCode].compactMap { $0 }.joined(separator: " ")
        var tail = [city, stateZip.isEmpty ? nil : stateZip].compactMap { $0 }
        if let city, street.localizedCaseInsensitiveContains(city) { tail = [] }
        let parts = (street.isEmpty ? [] : [street]) + tail
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// What a partner charges.
public enum PartnerCost: String, CaseIterable, Sendable, Codable {
    case free
    case slidingScale
    case fee

    public var label: PartnerText {
        switch self {
        case .free: return .costFree
        case .slidingScale: return .costSlidingScale
        case .fee: return .costFee
        }
    }
}

/// The languages the directory names by code; any other language is kept as its name.
public enum PartnerLanguage {
    public static let codes = ["es", "en"]

    /// "es" as "Español"/"Spanish", "en" as "Inglés"/"English", any other entry as written.
    public static func label(_ entry: String) -> LocalizedText {
        switch entry {
        case "es": return PartnerText.languageSpanish.text
        case "en": return PartnerText.languageEnglish.text
        default: return .plain(entry)
        }
    }

    /// A typed or imported language as stored: a code for Spanish and English (by code or by
    /// name in either language, accents and case ignored), otherwise the name as written.
    public static func normalized(_ entry: String) -> String {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        switch NameFolding.searchForm(trimmed) {
        case "es", "spa", "espanol", "spanish", "castellano": return "es"
        case "en", "eng", "ingles", "english": return "en"
        default: return trimmed
        }
    }
}
