import EnlaceStore

/// The follow-ups screen: one view (today, overdue, upcoming) of the actor's or the team's
/// scheduled follow-ups, as a keyset window, with the notes of the rows on screen.
public struct FollowUpsState: Sendable {
    public var range: FollowUpRange = .today
    public var scope: FollowUpScope = .mine
    public var list = QueueWindow<FollowUpQueueItem>()
    /// Notes of the visible rows, by follow-up id.
    public var notes: [Int64: String] = [:]
    /// Why the store shows this person no follow-ups (a volunteer, an admin); nil when it does.
    public var refusal: String?

    public init() {}

    public var selected: FollowUpQueueItem? { list.selectedRow }

    /// The views in the order of their keys (1, 2, 3).
    public static let ranges: [FollowUpRange] = [.today, .overdue, .upcoming]
}

extension FollowUpRange {
    var label: FollowUpsText {
        switch self {
        case .today: return .viewToday
        case .overdue: return .viewOverdue
        case .upcoming: return .viewUpcoming
        }
    }
}
