import Foundation

/// A follow-up a caseworker owes a person: a call, a WhatsApp message, an SMS or a visit.
/// `status` moves only through `FollowUpWorkflow.machine`.
public struct FollowUp: Codable, Sendable, Equatable, Identifiable {
    public var id: FollowUpID
    public var caseId: CaseID
    /// The referral that caused it (a declined referral, a no-show), if any.
    public var referralId: ReferralID?
    public var due: Date
    public var channel: FollowUpChannel
    public var note: String
    public var status: FollowUpStatus
    public var result: String?
    public var completedAt: Date?
    public var assignedTo: UserID?
    /// The missed follow-up this one reschedules, if any.
    public var previousId: FollowUpID?
    public var version: Int

    public init(id: FollowUpID, caseId: CaseID, referralId: ReferralID? = nil, due: Date,
                channel: FollowUpChannel, note: String = "", status: FollowUpStatus = .scheduled,
                result: String? = nil, completedAt: Date? = nil, assignedTo: UserID? = nil,
                previousId: FollowUpID? = nil, version: Int = 1) {
        self.id = id
        self.caseId = caseId
        self.referralId = referralId
        self.due = due
        self.channel = channel
        self.note = note
        self.status = status
        self.result = result
        self.completedAt = completedAt
        self.assignedTo = assignedTo
        self.previousId = previousId
        self.version = version
    }

    /// Derived state: due in the past and not done. A missed follow-up was replaced by the
    /// next one, so it is not overdue itself.
    public func isOverdue(at now: Date) -> Bool {
        status == .scheduled && due < now
    }
}

public enum FollowUpStatus: String, CaseIterable, Sendable, Codable {
    case scheduled
    case done
    case missed

    /// Open follow-ups block the closure of their case.
    public var isOpen: Bool { self == .scheduled }

    public var label: FollowUpText {
        switch self {
        case .scheduled: return .statusScheduled
        case .done: return .statusDone
        case .missed: return .statusMissed
        }
    }
}

public enum FollowUpChannel: String, CaseIterable, Sendable, Codable {
    case call
    case whatsapp
    case sms
    case visit

    public var label: FollowUpText {
        switch self {
        case .call: return .channelCall
        case .whatsapp: return .channelWhatsApp
        case .sms: return .channelSMS
        case .visit: return .channelVisit
        }
    }
}
