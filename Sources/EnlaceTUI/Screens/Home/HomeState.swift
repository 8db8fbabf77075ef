import EnlaceStore

/// The home queue ("Mi bandeja"): four tabs, each a window of a store queue, and the counts
/// on the tabs.
public struct HomeState: Sendable {
    public enum Tab: Int, CaseIterable, Sendable {
        case myCases, unassigned, followUps, referrals

        var label: HomeText {
            switch self {
            case .myCases: return .tabMyCases
            case .unassigned: return .tabUnassigned
            case .followUps: return .tabFollowUps
            case .referrals: return .tabReferrals
            }
        }
    }

    public var tab: Tab = .myCases
    public var myCases = QueueWindow<CaseQueueItem>()
    public var unassigned = QueueWindow<CaseQueueItem>()
    public var followUps = QueueWindow<FollowUpQueueItem>()
    public var referrals = QueueWindow<ReferralQueueItem>()
    public var counts: QueueCounts?
    /// Why the store shows this person no queue (a volunteer, an admin); nil when it does.
    public var refusal: String?

    public init() {}

    /// The case of the selected row of the tab shown.
    public var selectedCaseId: Int64? {
        switch tab {
        case .myCases: return myCases.selectedRow?.id
        case .unassigned: return unassigned.selectedRow?.id
        case .followUps: return followUps.selectedRow?.caseId
        case .referrals: return referrals.selectedRow?.caseId
        }
    }

    /// The count shown on a tab; nil while unknown.
    public func count(_ tab: Tab) -> Int? {
        guard let counts else { return nil }
        switch tab {
        case .myCases: return counts.myCases
        case .unassigned: return counts.unassigned
        case .followUps: return counts.followUpsDue
        case .referrals: return counts.referralsAwaiting
        }
    }
}
