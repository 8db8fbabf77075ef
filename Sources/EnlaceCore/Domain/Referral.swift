import Foundation

/// A referral of a case to a partner for one of the four first-class kinds. The common fields
/// live here; the kind's own fields live in `details` (kept as JSON by the store). `status`
/// moves only through `ReferralWorkflow.machine`.
public struct Referral: Codable, Sendable, Equatable, Identifiable {
    public var id: ReferralID
    public var caseId: CaseID
    public var status: ReferralStatus
    public var partnerId: PartnerID?
    public var reason: String
    public var urgency: ReferralUrgency
    /// The person agreed to share the needed data with this partner.
    public var consentToShare: Bool
    /// When the partner should have answered; past it a sent referral is "awaiting response".
    public var responseDueDate: Date?
    public var appointment: Appointment?
    public var outcome: ReferralOutcome?
    public var outcomeNote: String?
    public var sentAt: Date?
    public var createdAt: Date
    public var createdBy: UserID?
    public var details: ReferralDetails
    /// The documents to gather, starting from the kind's default checklist.
    public var checklist: [ChecklistItem]
    public var version: Int

    public init(
        id: ReferralID, caseId: CaseID, status: ReferralStatus = .draft, partnerId: PartnerID? = nil,
        reason: String = "", urgency: ReferralUrgency = .routine, consentToShare: Bool = false,
        responseDueDate: Date? = nil, appointment: Appointment? = nil,
        outcome: ReferralOutcome? = nil, outcomeNote: String? = nil, sentAt: Date? = nil,
        createdAt: Date, createdBy: UserID? = nil, details: ReferralDetails,
        checklist: [ChecklistItem]? = nil, version: Int = 1
    ) {
        self.id = id
        self.caseId = caseId
        self.status = status
        self.partnerId = partnerId
        self.reason = reason
        self.urgency = urgency
        self.consentToShare = consentToShare
        self.responseDueDate = responseDueDate
        self.appointment = appointment
        self.outcome = outcome
        self.outcomeNote = outcomeNote
        self.sentAt = sentAt
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.details = details
        self.checklist = checklist ?? DocumentChecklist.defaultItems(for: details)
        self.version = version
    }

    public var kind: ReferralKind { details.kind }

    /// The fields still missing before the referral can be sent: the common ones (partner,
    /// reason) and the kind's. Consent is checked separately by the workflow.
    public var missingFieldsToSend: [ReferralField] {
        var missing: [ReferralField] = []
        if (partnerId ?? "").isBlank { missing.append(.partner) }
        if reason.isBlank { missing.append(.reason) }
        return missing + details.missingFieldsToSend
    }

    /// A sent referral whose response due date has passed (derived state).
    public func isAwaitingResponse(at now: Date) -> Bool {
        guard status == .sent, let due = responseDueDate else { return false }
        return due < now
    }
}

extension String {
    /// Empty or only white space.
    var isBlank: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}

/// Where a referral stands. Stored as the raw value.
public enum ReferralStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case sent
    case accepted
    case declined
    case scheduled
    case completed
    case noShow
    case cancelled

    /// Open referrals block the closure of their case.
    public var isOpen: Bool {
        switch self {
        case .draft, .sent, .accepted, .scheduled: return true
        case .declined, .completed, .noShow, .cancelled: return false
        }
    }

    public var label: ReferralText {
        switch self {
        case .draft: return .statusDraft
        case .sent: return .statusSent
        case .accepted: return .statusAccepted
        case .declined: return .statusDeclined
        case .scheduled: return .statusScheduled
        case .completed: return .statusCompleted
        case .noShow: return .statusNoShow
        case .cancelled: return .statusCancelled
        }
    }
}

/// How soon the partner should act. An emergency is not a referral: the desk tells the
/// person to call 911 (`ReferralText.emergencyCall911`).
public enum ReferralUrgency: String, CaseIterable, Sendable, Codable, Comparable {
    case routine
    case priority
    case urgent

    public var rank: Int {
        switch self {
        case .routine: return 0
        case .priority: return 1
        case .urgent: return 2
        }
    }

    public static func < (a: ReferralUrgency, b: ReferralUrgency) -> Bool { a.rank < b.rank }

    public var label: ReferralText {
        switch self {
        case .routine: return .urgencyRoutine
        case .priority: return .urgencyPriority
        case .urgent: return .urgencyUrgent
        }
    }
}

/// An appointment with a partner.
public struct Appointment: Codable, Sendable, Equatable, Hashable {
    public var at: Date
    public var place: String?
    public var note: String?

    public init(at: Date, place: String? = nil, note: String? = nil) {
        self.at = at
        self.place = place
        self.note = note
    }
}

/// What came of a referral once its appointment happened.
public enum ReferralOutcome: String, CaseIterable, Sendable, Codable {
    case serviceProvided
    case partiallyProvided
    case notProvided
    case referredElsewhere

    public var label: ReferralText {
        switch self {
        case .serviceProvided: return .outcomeServiceProvided
        case .partiallyProvided: return .outcomePartiallyProvided
        case .notProvided: return .outcomeNotProvided
        case .referredElsewhere: return .outcomeReferredElsewhere
        }
    }
}
