import EnlaceCore
import Foundation

/// Where a next-of-kin contact lives.
public enum KinCountry: String, CaseIterable, Sendable, Codable {
    case mexico
    case us

    public var label: HouseholdText {
        switch self {
        case .mexico: return .countryMexico
        case .us: return .countryUS
        }
    }

    /// The country a phone typed without a country code belongs to.
    var phoneCountry: PhoneCountry { self == .mexico ? .mx : .us }
}

/// A registered person linked to another as household, seen from that other person.
public struct Relative: Sendable, Equatable, Codable {
    public let personId: Int64
    /// "Muñoz Pérez, José Ángel".
    public let name: String
    /// What this relative is to the person whose household it is ("child": they are their child).
    public let relationship: HouseholdRelationship
    /// Their first phone (E.164), when they have one.
    public let phone: String?
}

/// A next-of-kin contact who is not a registered person, as stored.
public struct KinContact: Sendable, Equatable, Codable {
    public let id: Int64
    public let personId: Int64
    public let name: String
    /// What they are to the person.
    public let relationship: HouseholdRelationship
    /// E.164, the first is the one to call.
    public let phones: [String]
    public let country: KinCountry?
    public let place: String?
    public let notes: String?
    public let version: Int
}

/// A next-of-kin contact as typed: phones as typed (US or Mexico, one without a country code
/// belongs to `country`, US when none), empty texts are none.
public struct KinDraft: Sendable, Equatable {
    public var name: String
    public var relationship: HouseholdRelationship
    public var phones: [String]
    public var country: KinCountry?
    public var place: String
    public var notes: String

    public init(name: String, relationship: HouseholdRelationship, phones: [String] = [],
                country: KinCountry? = nil, place: String = "", notes: String = "") {
        self.name = name
        self.relationship = relationship
        self.phones = phones
        self.country = country
        self.place = place
        self.notes = notes
    }

    /// The draft of a stored contact (for an edit that changes some fields).
    public init(_ contact: KinContact) {
        self.init(name: contact.name, relationship: contact.relationship, phones: contact.phones,
                  country: contact.country, place: contact.place ?? "", notes: contact.notes ?? "")
    }
}

/// A record linked to the person as the same person (duplicates, `linkPeople`).
public struct LinkedRecord: Sendable, Equatable, Codable {
    public let personId: Int64
    public let name: String
}

/// A person's household as the person screen and the funeral referral read it: relatives
/// (registered people), next-of-kin contacts, and the records linked as the same person.
public struct Household: Sendable, Equatable {
    public var relatives: [Relative] = []
    public var contacts: [KinContact] = []
    /// Records linked to this one as its duplicates.
    public var duplicates: [LinkedRecord] = []
    /// The record this one is linked to as a duplicate, if any.
    public var survivor: LinkedRecord?

    public init(relatives: [Relative] = [], contacts: [KinContact] = [], duplicates: [LinkedRecord] = [],
                survivor: LinkedRecord? = nil) {
        self.relatives = relatives
        self.contacts = contacts
        self.duplicates = duplicates
        self.survivor = survivor
    }

    /// Everyone who could be the next of kin of a funeral referral, relatives first, each as the
    /// referral stores it (relationship in `language`) under a key: "person:<id>" for a
    /// relative, "contact:<id>" for a next-of-kin contact.
    public func nextOfKinChoices(_ language: Language) -> [KinChoice] {
        relatives.map {
            KinChoice(key: "person:\($0.personId)",
                      contact: NextOfKinContact(name: $0.name, relationship: $0.relationship.label(language), phone: $0.phone))
        } + contacts.map {
            KinChoice(key: "contact:\($0.id)",
                      contact: NextOfKinContact(name: $0.name, relationship: $0.relationship.label(language), phone: $0.phones.first))
        }
    }
}

/// One possible next of kin of a funeral referral (`Household.nextOfKinChoices`).
public struct KinChoice: Sendable, Equatable {
    public let key: String
    public let contact: NextOfKinContact
}
