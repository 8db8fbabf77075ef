import EnlaceCore
import Foundation

/// Where a row sits in a case queue: urgent first, then the oldest, then by id.
public struct CaseQueueKey: Sendable, Hashable {
    /// 0 urgent, 1 high, 2 normal.
    public let priorityRank: Int
    public let openedAt: Int64
    public let id: Int64

    public init(priorityRank: Int, openedAt: Int64, id: Int64) {
        self.priorityRank = priorityRank
        self.openedAt = openedAt
        self.id = id
    }
}

/// Where a row sits in a queue ordered by a due time (follow-ups, referrals awaiting
/// response, closures by opening time): soonest (oldest) first, then by id.
public struct DueQueueKey: Sendable, Hashable {
    public let due: Int64
    public let id: Int64

    public init(due: Int64, id: Int64) {
        self.due = due
        self.id = id
    }
}

/// One line of "my cases", "unassigned" or "closures awaiting approval". No sensitive field.
public struct CaseQueueItem: Sendable, Equatable {
    public let id: Int64
    public let number: String
    /// "Muñoz Pérez, José Ángel"
    public let personName: String
    public let status: CaseStatus
    public let priority: CasePriority
    public let openedAt: Date
    public let caseworkerName: String?
    public let version: Int
    public let key: CaseQueueKey
    /// The anchor to continue a queue ordered by opening time (closures).
    public var openedKey: DueQueueKey { DueQueueKey(due: key.openedAt, id: id) }
}

/// One line of the follow-ups queue.
public struct FollowUpQueueItem: Sendable, Equatable {
    public let id: Int64
    public let caseId: Int64
    public let caseNumber: String
    public let personName: String
    public let due: Date
    public let channel: FollowUpChannel
    public let status: FollowUpStatus
    public let assignedToName: String?
    public let referralId: Int64?
    public let version: Int
    public let key: DueQueueKey
}

/// One line of the referrals awaiting response.
public struct ReferralQueueItem: Sendable, Equatable {
    public let id: Int64
    public let caseId: Int64
    public let caseNumber: String
    public let personName: String
    public let kind: ReferralKind
    public let status: ReferralStatus
    public let partnerName: String?
    public let responseDue: Date
    public let sentAt: Date?
    public let caseworkerName: String?
    public let version: Int
    public let key: DueQueueKey
}

/// Whose follow-ups: the actor's own, or the team's (a supervisor: everyone's; a
/// caseworker: those on its own cases and unassigned ones).
public enum FollowUpScope: String, Sendable, CaseIterable {
    case mine
    case team
}

/// Which follow-ups by due time, relative to `now`; the three never overlap:
/// overdue = due before now; today = from now to the end of today; upcoming = from
/// tomorrow on.
public enum FollowUpRange: String, Sendable, CaseIterable {
    case overdue
    case today
    case upcoming
}
