import EnlaceCore
import EnlaceStore

/// The supervisor's review: closures to approve, open cases by status and age, overdue
/// follow-ups and workload per caseworker, urgent cases; each figure opens the cases behind it.
public struct ReviewState: Sendable {
    public enum Section: Int, CaseIterable, Sendable {
        case closures, open, overdue, referrals, urgent, workload
    }

    /// The columns of the workload table that open a list of cases.
    public enum WorkloadColumn: Int, CaseIterable, Sendable {
        case open, urgent, closures, overdue
    }

    public var section: Section = .closures
    /// Why this person may not see the review (words, no data), when so.
    public var refusal: LocalizedText?
    public var loaded = false

    public var closures: [CaseQueueItem] = []
    public var closuresCursor = ListCursor()
    /// No more closures after the last one loaded.
    public var closuresComplete = false

    public var figures: ReviewFigures?
    /// The open-cases table: a row per open status, a column per age bucket and the total (4).
    public var openRow = 0
    public var openColumn = 0
    public var overdueCursor = ListCursor()
    public var referralsCursor = ListCursor()
    public var workloadCursor = ListCursor()
    public var workloadColumn: WorkloadColumn = .open

    /// Urgent open cases, everyone's: the urgent section is this list.
    public var urgent = ReviewCaseList(figure: .urgentOpenCases(nil))
    /// The cases behind the figure the person opened (Enter on a figure); Esc closes it.
    public var drill: ReviewCaseList?

    public init() {}

    /// The open statuses, in the workflow's order: the rows of the open-cases table.
    public static let openStatuses = CaseStatus.allCases.filter(\.isOpen)

    /// The figure under the cursor of the open-cases table.
    public var openFigure: ReviewFigure {
        let status = Self.openStatuses[min(openRow, Self.openStatuses.count - 1)]
        return .openCases(status: status, age: CaseAgeBucket(rawValue: openColumn))
    }

    /// The list of cases the keys act on now: the drill-down, or the urgent section's.
    public var activeList: ReviewCaseList? {
        if let drill { return drill }
        return section == .urgent ? urgent : nil
    }

    public mutating func updateActiveList(_ change: (inout ReviewCaseList) -> Void) {
        if drill != nil { change(&drill!) } else if section == .urgent { change(&urgent) }
    }

    public var selectedClosure: CaseQueueItem? {
        closures.indices.contains(closuresCursor.selected) ? closures[closuresCursor.selected] : nil
    }
}

/// A window of cases behind one figure, loaded a window at a time as the cursor goes down;
/// rows marked with Space are reassigned together.
public struct ReviewCaseList: Sendable {
    public var figure: ReviewFigure
    public var rows: [CaseSummary] = []
    public var cursor = ListCursor()
    public var marked: Set<Int64> = []
    public var loaded = false
    /// No more rows after the last one loaded.
    public var complete = false
    /// The figure's value, when the list was opened from a count (shown in the title).
    public var expected: Int?

    public init(figure: ReviewFigure, expected: Int? = nil) {
        self.figure = figure
        self.expected = expected
    }

    public var selectedCase: CaseSummary? {
        rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
    }

    /// The cases a reassignment takes: the marked ones, or the selected one when none is marked.
    public var reassignTargets: [Int64] {
        if !marked.isEmpty { return rows.map(\.id).filter { marked.contains($0) } + marked.subtracting(rows.map(\.id)).sorted() }
        return selectedCase.map { [$0.id] } ?? []
    }
}
