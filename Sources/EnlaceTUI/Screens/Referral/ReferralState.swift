import Foundation
import EnlaceCore
import EnlaceStore

/// The referral screen: a new referral (kind first, then its form), a draft being edited, or a
/// referral already sent (its header, fields, checklist and workflow actions).
public struct ReferralState: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Choosing the kind of a new referral.
        case choosingKind
        /// The form of a new referral or of a draft.
        case form
        /// A referral after it was sent (or a draft shown read-only until `e`).
        case view
    }

    public var mode: Mode = .choosingKind
    public var caseId: Int64?
    /// Case number and person, shown in the title.
    public var caseNumber: String?
    public var personName: String?
    /// USPS code of where the person lives: partners there are listed first.
    public var personState: String?
    /// The case person's household: the funeral form picks its next of kin from it.
    public var household: Household?

    // MARK: new referral or draft
    public var kindCursor = ListCursor()
    public var kind: ReferralKind?
    public var form = FormState([])
    /// Partners serving the kind, near the person first.
    public var partners: [Partner] = []
    /// The organization's checklists (read with the partners); the defaults until then.
    public var templates: [ChecklistTemplate] = DocumentChecklist.defaultTemplates
    /// The draft once saved (its id and version); nil until the first Ctrl-S or send.
    public var draft: Referral?

    // MARK: an existing referral
    public var referralId: Int64?
    public var detail: ReferralDetailView?
    public var partner: Partner?
    public var actions: [ReferralAction] = []
    /// The checklist item the cursor is on (view mode).
    public var checklistCursor = 0
    /// First drawn line of the view (it scrolls on short terminals).
    public var scroll = 0

    public init() {}

    public var referral: Referral? { detail?.referral }

    /// The action the workflow offers for `event` now (allowed or refused), if any.
    public func action(_ event: ReferralEvent) -> ReferralAction? {
        actions.first { $0.event == event }
    }
}
