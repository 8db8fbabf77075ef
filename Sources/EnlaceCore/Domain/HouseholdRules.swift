/// The rules a new household link must keep: never a person with themself, one link per pair
/// of people, and no one their own ancestor (a cycle of parent links, child links read
/// inverted, grandparent links counted as ancestry too).
public enum HouseholdRules {
    public enum Refusal: Sendable, Equatable {
        case selfLink
        case duplicate(existing: HouseholdRelationship)
        case cycle
    }

    /// The ancestor and descendant a link states, if it states one.
    public static func descent(_ link: HouseholdLink) -> (ancestor: PersonID, descendant: PersonID)? {
        switch link.relationship {
        case .child, .grandchild: return (link.personId, link.relatedPersonId)
        case .parent, .grandparent: return (link.relatedPersonId, link.personId)
        case .spouse, .partner, .sibling, .otherRelative, .nonRelative: return nil
        }
    }

    /// Why `adding` may not join `existing`, or nil when it may. `existing` are the links
    /// around both people (the whole household is enough; more does no harm).
    public static func refusal(adding link: HouseholdLink, to existing: [HouseholdLink]) -> Refusal? {
        if link.personId == link.relatedPersonId { return .selfLink }
        if let same = existing.first(where: {
            ($0.personId == link.personId && $0.relatedPersonId == link.relatedPersonId)
                || ($0.personId == link.relatedPersonId && $0.relatedPersonId == link.personId)
        }) {
            return .duplicate(existing: same.personId == link.personId ? same.relationship : same.relationship.inverse)
        }
        guard let new = descent(link) else { return nil }
        // A cycle: the new descendant is already an ancestor of the new ancestor.
        var children: [PersonID: [PersonID]] = [:]
        for edge in existing.compactMap(descent) { children[edge.ancestor, default: []].append(edge.descendant) }
        var seen: Set<PersonID> = []
        var stack = [new.descendant]
        while let next = stack.popLast() {
            if next == new.ancestor { return .cycle }
            guard seen.insert(next).inserted else { continue }
            stack += children[next] ?? []
        }
        return nil
    }
}
