import Foundation

/// One row of the audit trail: who did what to which record, when, from which state to which,
/// and why. The store writes exactly one per transition, in the same transaction.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var actorId: UserID
    public var actorRole: Role?
    public var at: Date
    public var entityType: AuditEntityType
    public var entityId: String
    /// A workflow event's raw value ("approveClosure") or a plain action ("create", "view").
    public var action: String
    public var from: String?
    public var to: String?
    public var reason: String?
    /// Names of the fields the action changed (never their values: no sensitive data here).
    public var changedFields: [String]

    public init(actorId: UserID, actorRole: Role? = nil, at: Date, entityType: AuditEntityType,
                entityId: String, action: String, from: String? = nil, to: String? = nil,
                reason: String? = nil, changedFields: [String] = []) {
        self.actorId = actorId
        self.actorRole = actorRole
        self.at = at
        self.entityType = entityType
        self.entityId = entityId
        self.action = action
        self.from = from
        self.to = to
        self.reason = reason
        self.changedFields = changedFields
    }
}

public enum AuditEntityType: String, CaseIterable, Sendable, Codable {
    case person
    case householdLink
    case `case`
    case referral
    case followUp
    case note
    case partner
    case user
    case event
    case referenceData
    case backup

    public var label: AuditText {
        switch self {
        case .person: return .entityPerson
        case .householdLink: return .entityHouseholdLink
        case .case: return .entityCase
        case .referral: return .entityReferral
        case .followUp: return .entityFollowUp
        case .note: return .entityNote
        case .partner: return .entityPartner
        case .user: return .entityUser
        case .event: return .entityEvent
        case .referenceData: return .entityReferenceData
        case .backup: return .entityBackup
        }
    }
}
