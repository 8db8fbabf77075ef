/// What a signed-in user may do; enforced by the store. See `domain.md`.
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
}
