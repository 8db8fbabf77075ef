import Foundation

/// Events of a referral's workflow. Stored in the audit trail as the raw value.
public enum ReferralEvent: String, CaseIterable, Sendable, Codable, WorkflowValue {
    case send
    case accept
    case decline
    case schedule
    case reschedule
    case complete
    case markNoShow
    case cancel

    public var label: WorkflowText {
        switch self {
        case .send: return .referralEventSend
        case .accept: return .referralEventAccept
        case .decline: return .referralEventDecline
        case .schedule: return .referralEventSchedule
        case .reschedule: return .referralEventReschedule
        case .complete: return .referralEventComplete
        case .markNoShow: return .referralEventMarkNoShow
        case .cancel: return .referralEventCancel
        }
    }

    public var labelText: LocalizedText { label.text }
}

extension ReferralStatus: WorkflowValue {
    public var labelText: LocalizedText { label.text }
}

/// What the referral guards look at: who acts, whose case it is, consent, missing fields.
public struct ReferralContext: CaseOwnershipContext, Equatable {
    public var actorId: UserID
    public var caseworkerId: UserID?
    public var consentToShare: Bool
    /// Fields required to send that are still empty (`Referral.missingFieldsToSend`).
    public var missingFields: [ReferralField]

    public init(actorId: UserID, caseworkerId: UserID?, consentToShare: Bool,
                missingFields: [ReferralField] = []) {
        self.actorId = actorId
        self.caseworkerId = caseworkerId
        self.consentToShare = consentToShare
        self.missingFields = missingFields
    }

    /// The context of `referral`, whose case is assigned to `caseworkerId`.
    public init(actorId: UserID, caseworkerId: UserID?, referral: Referral) {
        self.init(actorId: actorId, caseworkerId: caseworkerId,
                  consentToShare: referral.consentToShare, missingFields: referral.missingFieldsToSend)
    }
}

public typealias ReferralMachine = WorkflowMachine<ReferralStatus, ReferralEvent, ReferralContext>

/// The referral workflow of `domain.md`, as a table.
public enum ReferralWorkflow {
    public static let consentToShare = WorkflowGuard<ReferralContext>(
        name: "consentToShare", summary: WorkflowText.guardConsentToShare.text,
        refusal: WorkflowText.refusalNoConsent.text
    ) { _, context in context.consentToShare }

    public static let requiredFields = WorkflowGuard<ReferralContext>(
        name: "requiredFields", summary: WorkflowText.guardRequiredFields.text
    ) { _, context in
        guard !context.missingFields.isEmpty else { return nil }
        return WorkflowText.refusalMissingFields.text.filling([
            "fields": LocalizedText.joinedList(context.missingFields.map(\.label.text)),
        ])
    }

    public static let machine: ReferralMachine = {
        let own: WorkflowGuard<ReferralContext> = WorkflowGuards.ownOrUnassigned()
        let open = ReferralStatus.allCases.filter(\.isOpen)
        return ReferralMachine(
            name: WorkflowText.machineReferral.text, entityType: .referral, initial: .draft,
            rules: [
                .init(from: [.draft], event: .send, to: .sent, useCase: .sendReferral,
                      guards: [own, consentToShare, requiredFields], effects: [.stampSentAt]),
                .init(from: [.sent], event: .accept, to: .accepted, useCase: .answerReferral, guards: [own]),
                .init(from: [.sent], event: .decline, to: .declined, useCase: .answerReferral, guards: [own],
                      inputs: [.reason], effects: [.createFollowUp]),
                .init(from: [.accepted], event: .schedule, to: .scheduled, useCase: .scheduleReferral,
                      guards: [own], inputs: [.appointment], effects: [.recordAppointment]),
                .init(from: [.scheduled], event: .reschedule, to: .scheduled, useCase: .scheduleReferral,
                      guards: [own], inputs: [.appointment], effects: [.recordAppointment]),
                .init(from: [.scheduled], event: .complete, to: .completed, useCase: .completeReferral,
                      guards: [own], inputs: [.referralOutcome], effects: [.recordReferralOutcome]),
                .init(from: [.scheduled], event: .markNoShow, to: .noShow, useCase: .completeReferral,
                      guards: [own], effects: [.createFollowUp]),
                .init(from: open, event: .cancel, to: .cancelled, useCase: .cancelReferral, guards: [own],
                      inputs: [.reason]),
            ])
    }()
}
