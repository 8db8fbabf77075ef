import EnlaceCore
import Foundation

/// What the referral form holds when it is saved or sent: the draft's fields and the
/// checklist's ticks, for a new draft of a case or for a draft being edited.
public struct ReferralDraftInput: Sendable, Equatable {
    /// Which draft the form writes.
    public enum Target: Sendable, Equatable {
        /// A new draft of the case.
        case new(caseId: Int64)
        /// The draft being edited, at the version the person read.
        case draft(id: Int64, version: Int)
    }

    public var target: Target
    public var kind: ReferralKind
    public var partnerId: Int64?
    public var reason: String
    public var urgency: ReferralUrgency
    public var details: ReferralDetails
    public var consentToShare: Bool
    public var responseDue: Date?
    /// Documents of the checklist ticked (true) or not (false), by key; the others keep theirs.
    public var ticks: [String: Bool]

    public init(_ target: Target, kind: ReferralKind, partnerId: Int64?, reason: String,
                urgency: ReferralUrgency, details: ReferralDetails, consentToShare: Bool,
                responseDue: Date?, ticks: [String: Bool] = [:]) {
        self.target = target
        self.kind = kind
        self.partnerId = partnerId
        self.reason = reason
        self.urgency = urgency
        self.details = details
        self.consentToShare = consentToShare
        self.responseDue = responseDue
        self.ticks = ticks
    }
}

/// What saving the referral form did.
public struct SavedReferral: Sendable, Equatable {
    /// The referral as stored: sent, or the saved draft.
    public let referral: Referral
    /// When asked to send and the send workflow refused (consent or required fields missing):
    /// the refusal, typed. The draft is saved; nothing was sent.
    public let notSent: WorkflowRefusal?

    public var isSent: Bool { referral.status == .sent }
}
