import Foundation

/// Events of a follow-up's workflow. Stored in the audit trail as the raw value.
public enum FollowUpEvent: String, CaseIterable, Sendable, Codable, WorkflowValue {
    case complete
    case miss

    public var label: WorkflowText {
        switch self {
        case .complete: return .followUpEventComplete
        case .miss: return .followUpEventMiss
        }
    }

    public var labelText: LocalizedText { label.text }
}

extension FollowUpStatus: WorkflowValue {
    public var labelText: LocalizedText { label.text }
}

/// What the follow-up guards look at: who acts and whose case it is.
public struct FollowUpContext: CaseOwnershipContext, Equatable {
    public var actorId: UserID
    public var caseworkerId: UserID?
    /// When the follow-up was due, so the next one comes after it.
    public var due: Date?

    public init(actorId: UserID, caseworkerId: UserID?, due: Date? = nil) {
        self.actorId = actorId
        self.caseworkerId = caseworkerId
        self.due = due
    }
}

public typealias FollowUpMachine = WorkflowMachine<FollowUpStatus, FollowUpEvent, FollowUpContext>

/// The follow-up workflow of `domain.md`, as a table. A missed follow-up creates the next
/// one (effect `createNextFollowUp`, due at the `nextDue` input).
public enum FollowUpWorkflow {
    public static let nextDueAfterDue = WorkflowInputCheck<FollowUpContext>(
        name: "nextDueAfterDue", summary: WorkflowText.checkNextDueAfterDue.text,
        refusal: WorkflowText.refusalNextDueNotAfter.text
    ) { context, inputs in
        guard let due = context.due, let next = inputs.nextDue else { return true }
        return next > due
    }

    public static let machine: FollowUpMachine = {
        let own: WorkflowGuard<FollowUpContext> = WorkflowGuards.ownOrUnassigned()
        return FollowUpMachine(
            name: WorkflowText.machineFollowUp.text, entityType: .followUp, initial: .scheduled,
            rules: [
                .init(from: [.scheduled], event: .complete, to: .done, useCase: .completeFollowUp,
                      guards: [own], inputs: [.result], effects: [.recordResult]),
                .init(from: [.scheduled], event: .miss, to: .missed, useCase: .missFollowUp,
                      guards: [own], inputs: [.nextDue], inputChecks: [nextDueAfterDue],
                      effects: [.createNextFollowUp]),
            ])
    }()
}
