import Foundation

/// Events of a case's workflow. Stored in the audit trail as the raw value.
public enum CaseEvent: String, CaseIterable, Sendable, Codable, WorkflowValue {
    /// A supervisor assigns a new case to a caseworker.
    case assign
    /// A caseworker takes a new, unassigned case.
    case take
    case wait
    case resume
    case requestClosure
    case approveClosure
    case rejectClosure
    case reopen
    case closeAsDuplicate

    public var label: WorkflowText {
        switch self {
        case .assign: return .caseEventAssign
        case .take: return .caseEventTake
        case .wait: return .caseEventWait
        case .resume: return .caseEventResume
        case .requestClosure: return .caseEventRequestClosure
        case .approveClosure: return .caseEventApproveClosure
        case .rejectClosure: return .caseEventRejectClosure
        case .reopen: return .caseEventReopen
        case .closeAsDuplicate: return .caseEventCloseAsDuplicate
        }
    }

    public var labelText: LocalizedText { label.text }
}

extension CaseStatus: WorkflowValue {
    public var labelText: LocalizedText { label.text }
}

/// What the case guards look at: who acts, whose case it is, and how much work is open.
public struct CaseContext: CaseOwnershipContext, Equatable {
    public var actorId: UserID
    public var caseworkerId: UserID?
    public var openReferrals: Int
    public var openFollowUps: Int
    /// The case's own id, so it cannot be named as its own surviving duplicate.
    public var caseId: CaseID?

    public init(actorId: UserID, caseworkerId: UserID?, openReferrals: Int = 0, openFollowUps: Int = 0,
                caseId: CaseID? = nil) {
        self.actorId = actorId
        self.caseworkerId = caseworkerId
        self.openReferrals = openReferrals
        self.openFollowUps = openFollowUps
        self.caseId = caseId
    }

    /// The context of `caseRecord`, counting the open ones among its referrals and follow-ups.
    public init(actorId: UserID, case caseRecord: Case, referrals: [Referral], followUps: [FollowUp]) {
        self.init(actorId: actorId, caseworkerId: caseRecord.caseworkerId,
                  openReferrals: referrals.filter { $0.caseId == caseRecord.id && $0.status.isOpen }.count,
                  openFollowUps: followUps.filter { $0.caseId == caseRecord.id && $0.status.isOpen }.count,
                  caseId: caseRecord.id)
    }

    public var hasOpenWork: Bool { openReferrals > 0 || openFollowUps > 0 }
}

public typealias CaseMachine = WorkflowMachine<CaseStatus, CaseEvent, CaseContext>

/// The case workflow of `domain.md`, as a table.
public enum CaseWorkflow {
    public static let noOpenWork = WorkflowGuard<CaseContext>(
        name: "noOpenWork", summary: WorkflowText.guardNoOpenWork.text
    ) { _, context in
        guard context.hasOpenWork else { return nil }
        return WorkflowText.refusalOpenWork.text.filling([
            "referrals": LocalizedText.plain(String(context.openReferrals)),
            "followUps": LocalizedText.plain(String(context.openFollowUps)),
        ])
    }

    public static let notItsOwnDuplicate = WorkflowInputCheck<CaseContext>(
        name: "notItsOwnDuplicate", summary: WorkflowText.checkNotOwnDuplicate.text,
        refusal: WorkflowText.refusalOwnDuplicate.text
    ) { context, inputs in
        context.caseId == nil || inputs.duplicateOf != context.caseId
    }

    public static let machine: CaseMachine = {
        let own: WorkflowGuard<CaseContext> = WorkflowGuards.ownOrUnassigned()
        return CaseMachine(
            name: WorkflowText.machineCase.text, entityType: .case, initial: .new,
            rules: [
                .init(from: [.new], event: .assign, to: .active, useCase: .assignCase,
                      inputs: [.assignee], effects: [.assignCaseworker]),
                .init(from: [.new], event: .take, to: .active, useCase: .takeCase,
                      guards: [own], effects: [.assignToActor]),
                // Waiting and resuming are desk work on the case: the role table's `addNote` row.
                .init(from: [.active], event: .wait, to: .waiting, useCase: .addNote,
                      guards: [own], inputs: [.waitingOn], effects: [.recordWaitingOn]),
                .init(from: [.waiting], event: .resume, to: .active, useCase: .addNote,
                      guards: [own], effects: [.clearWaitingOn]),
                .init(from: [.active, .waiting], event: .requestClosure, to: .closureRequested,
                      useCase: .requestClosure, guards: [own, noOpenWork], inputs: [.caseOutcome, .summary],
                      effects: [.recordClosureRequest]),
                .init(from: [.closureRequested], event: .approveClosure, to: .closed,
                      useCase: .approveClosure, guards: [noOpenWork], effects: [.stampClosedAt]),
                .init(from: [.closureRequested], event: .rejectClosure, to: .active,
                      useCase: .rejectClosure, inputs: [.reason], effects: [.clearClosureRequest]),
                .init(from: [.closed], event: .reopen, to: .active, useCase: .reopenCase,
                      inputs: [.reason], effects: [.clearClosure]),
                .init(from: [.new, .active, .waiting, .closureRequested], event: .closeAsDuplicate,
                      to: .closed, useCase: .linkDuplicates, guards: [noOpenWork],
                      inputs: [.duplicateOf], inputChecks: [notItsOwnDuplicate],
                      effects: [.linkDuplicate]),
            ])
    }()
}
