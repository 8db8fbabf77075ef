import EnlaceCore
import EnlaceStore

/// The person screen's Family tab: one cursor over the relatives, the next-of-kin contacts
/// and the records linked as the same person (from `PersonPage.household`), and the form
/// open over them.
public struct PersonFamilyState: Sendable {
    /// One selectable line of the tab.
    public enum Row: Sendable, Equatable {
        case relative(Relative)
        case contact(KinContact)
        /// A record linked to this one as its duplicate.
        case duplicate(LinkedRecord)
        /// The record this one is linked to as a duplicate.
        case survivor(LinkedRecord)

        /// The registered person the row is, if it is one (Enter opens them).
        public var personId: Int64? {
            switch self {
            case .relative(let r): return r.personId
            case .duplicate(let d), .survivor(let d): return d.personId
            case .contact: return nil
            }
        }
    }

    public var cursor = ListCursor()
    public var form: FamilyForm?

    public init() {}

    public static func rows(_ household: Household) -> [Row] {
        household.relatives.map(Row.relative) + household.contacts.map(Row.contact)
            + household.duplicates.map(Row.duplicate) + (household.survivor.map { [Row.survivor($0)] } ?? [])
    }
}

/// A form of the Family tab: a relative or record to link (typed name, the people found,
/// the relationship), or a next-of-kin contact to add or correct.
public struct FamilyForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case link
        case addContact
        case editContact(id: Int64, version: Int)
    }

    public var purpose: Purpose
    public var form: FormState
    /// The people the last search found (link form), and what was searched.
    public var hits: [SearchHit] = []
    public var searched = ""

    /// The relationship choice's value that links the record as the same person.
    public static let samePerson = "samePerson"
}
