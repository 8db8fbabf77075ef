/// What a signed-in user may do; enforced by the store. See `domain.md`. A person may hold
/// several roles (an admin who is also a supervisor); what they may do is the union.
public enum Role: String, CaseIterable, Sendable, Codable {
    case volunteer
    case caseworker
    case supervisor
    case admin

    public var label: DomainText {
        switch self {
        case .volunteer: return .roleVolunteer
        case .caseworker: return .roleCaseworker
        case .supervisor: return .roleSupervisor
        case .admin: return .roleAdmin
        }
    }

    /// The roles by how much case work they reach, widest first: a person's first role in this
    /// order is the one that decides what they see of cases (admin, which sees none, is last).
    public static let byReach: [Role] = [.supervisor, .caseworker, .volunteer, .admin]

    /// The role of `roles` that reaches furthest into case work (`byReach`); volunteer for none.
    public static func primary(of roles: Set<Role>) -> Role {
        byReach.first { roles.contains($0) } ?? .volunteer
    }

    /// `roles` in `byReach` order.
    public static func ordered(_ roles: Set<Role>) -> [Role] {
        byReach.filter { roles.contains($0) }
    }
}
