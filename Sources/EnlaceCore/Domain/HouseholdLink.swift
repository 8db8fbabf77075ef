/// A link between two people of one household. Stored once; `relationship` reads
/// "`relatedPersonId` is the `relationship` of `personId`".
public struct HouseholdLink: Codable, Sendable, Equatable, Hashable {
    public var personId: PersonID
    public var relatedPersonId: PersonID
    public var relationship: HouseholdRelationship

    public init(personId: PersonID, relatedPersonId: PersonID,
                relationship: HouseholdRelationship) {
        self.personId = personId
        self.relatedPersonId = relatedPersonId
        self.relationship = relationship
    }

    /// The same link seen from the other person.
    public var inverse: HouseholdLink {
        HouseholdLink(personId: relatedPersonId, relatedPersonId: personId,
                      relationship: relationship.inverse)
    }
}

public enum HouseholdRelationship: String, CaseIterable, Sendable, Codable {
    case spouse
    case partner
    case child
    case parent
    case sibling
    case grandparent
    case grandchild
    case otherRelative
    case nonRelative

    public var inverse: HouseholdRelationship {
        switch self {
        case .child: return .parent
        case .parent: return .child
        case .grandparent: return .grandchild
        case .grandchild: return .grandparent
        case .spouse, .partner, .sibling, .otherRelative, .nonRelative: return self
        }
    }

    public var label: PersonText {
        switch self {
        case .spouse: return .relationSpouse
        case .partner: return .relationPartner
        case .child: return .relationChild
        case .parent: return .relationParent
        case .sibling: return .relationSibling
        case .grandparent: return .relationGrandparent
        case .grandchild: return .relationGrandchild
        case .otherRelative: return .relationOtherRelative
        case .nonRelative: return .relationNonRelative
        }
    }
}
