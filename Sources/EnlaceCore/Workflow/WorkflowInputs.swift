import Foundation

/// An input a transition needs from the actor.
public enum WorkflowInput: String, CaseIterable, Sendable, Codable {
    case reason
    case summary
    case caseOutcome
    case referralOutcome
    case appointment
    case result
    case duplicateOf
    case assignee
    case waitingOn
    case nextDue

    public var label: WorkflowText {
        switch self {
        case .reason: return .inputReason
        case .summary: return .inputSummary
        case .caseOutcome: return .inputCaseOutcome
        case .referralOutcome: return .inputReferralOutcome
        case .appointment: return .inputAppointment
        case .result: return .inputResult
        case .duplicateOf: return .inputDuplicateOf
        case .assignee: return .inputAssignee
        case .waitingOn: return .inputWaitingOn
        case .nextDue: return .inputNextDue
        }
    }
}

/// The values an actor gave with an event. Texts count as given only when not blank.
public struct WorkflowInputs: Sendable, Equatable {
    public var reason: String?
    public var summary: String?
    public var caseOutcome: CaseOutcome?
    public var referralOutcome: ReferralOutcome?
    public var appointment: Appointment?
    public var result: String?
    public var duplicateOf: CaseID?
    public var assignee: UserID?
    public var waitingOn: WaitingOn?
    public var nextDue: Date?

    public static let none = WorkflowInputs()

    public init(reason: String? = nil, summary: String? = nil, caseOutcome: CaseOutcome? = nil,
                referralOutcome: ReferralOutcome? = nil, appointment: Appointment? = nil,
                result: String? = nil, duplicateOf: CaseID? = nil, assignee: UserID? = nil,
                waitingOn: WaitingOn? = nil, nextDue: Date? = nil) {
        self.reason = reason
        self.summary = summary
        self.caseOutcome = caseOutcome
        self.referralOutcome = referralOutcome
        self.appointment = appointment
        self.result = result
        self.duplicateOf = duplicateOf
        self.assignee = assignee
        self.waitingOn = waitingOn
        self.nextDue = nextDue
    }

    public func provides(_ input: WorkflowInput) -> Bool {
        switch input {
        case .reason: return !(reason ?? "").isBlank
        case .summary: return !(summary ?? "").isBlank
        case .caseOutcome: return caseOutcome != nil
        case .referralOutcome: return referralOutcome != nil
        case .appointment: return appointment != nil
        case .result: return !(result ?? "").isBlank
        case .duplicateOf: return !(duplicateOf ?? "").isBlank
        case .assignee: return !(assignee ?? "").isBlank
        case .waitingOn: return waitingOn != nil
        case .nextDue: return nextDue != nil
        }
    }
}

/// Something the store must do when it applies a transition, besides changing the status.
public enum WorkflowEffect: String, CaseIterable, Sendable, Codable {
    /// Set the case's caseworker to the `assignee` input.
    case assignCaseworker
    /// Set the case's caseworker to the acting user.
    case assignToActor
    case recordWaitingOn
    case clearWaitingOn
    /// Keep the outcome code and closure summary; clear the wait.
    case recordClosureRequest
    case clearClosureRequest
    /// Stamp the closing time.
    case stampClosedAt
    /// Clear the closing time, keeping the previous outcome in the audit trail.
    case clearClosure
    /// Set `duplicateOf` to the surviving case, the outcome to `duplicate`, stamp the closing
    /// time and clear the wait.
    case linkDuplicate
    case stampSentAt
    case recordAppointment
    case recordReferralOutcome
    /// Create a follow-up for the case's caseworker.
    case createFollowUp
    case recordResult
    /// Create the next follow-up, due at the `nextDue` input.
    case createNextFollowUp

    /// Fields of the record the effect changes (for the audit entry).
    public var changedFields: [String] {
        switch self {
        case .assignCaseworker, .assignToActor: return ["caseworkerId"]
        case .recordWaitingOn, .clearWaitingOn: return ["waitingOn"]
        case .recordClosureRequest: return ["outcome", "closureSummary", "waitingOn"]
        case .clearClosureRequest: return ["outcome", "closureSummary"]
        case .stampClosedAt: return ["closedAt"]
        case .clearClosure: return ["closedAt", "outcome", "closureSummary"]
        case .linkDuplicate: return ["duplicateOf", "outcome", "closedAt", "waitingOn"]
        case .stampSentAt: return ["sentAt"]
        case .recordAppointment: return ["appointment"]
        case .recordReferralOutcome: return ["outcome", "outcomeNote"]
        case .createFollowUp, .createNextFollowUp: return []
        case .recordResult: return ["result", "completedAt"]
        }
    }

    public var label: WorkflowText {
        switch self {
        case .assignCaseworker: return .effectAssignCaseworker
        case .assignToActor: return .effectAssignToActor
        case .recordWaitingOn: return .effectRecordWaitingOn
        case .clearWaitingOn: return .effectClearWaitingOn
        case .recordClosureRequest: return .effectRecordClosureRequest
        case .clearClosureRequest: return .effectClearClosureRequest
        case .stampClosedAt: return .effectStampClosedAt
        case .clearClosure: return .effectClearClosure
        case .linkDuplicate: return .effectLinkDuplicate
        case .stampSentAt: return .effectStampSentAt
        case .recordAppointment: return .effectRecordAppointment
        case .recordReferralOutcome: return .effectRecordReferralOutcome
        case .createFollowUp: return .effectCreateFollowUp
        case .recordResult: return .effectRecordResult
        case .createNextFollowUp: return .effectCreateNextFollowUp
        }
    }
}
