import EnlaceStore

/// The case list: a window of rows that fits the screen, never the whole table.
public struct CaseListState: Sendable {
    public var filter = ""
    public var editingFilter = false
    public var rows: [CaseSummary] = []
    public var selected = 0
    /// Matches for the current filter; nil while unknown or too many to count cheaply.
    public var count: Int?
    public var countKnown = false
    public var loadError: String?
    public var loaded = false

    public init() {}

    public var selectedCase: CaseSummary? {
        rows.indices.contains(selected) ? rows[selected] : nil
    }
}

/// Why a window of cases was asked for; decides how the answer replaces the rows on screen.
public enum WindowPurpose: Sendable, Equatable {
    case move(ListMove)
    /// First half of a refresh that keeps the top row: the row just above it.
    case rowAboveTop(keepSelectedID: Int64?)
    /// Second half: the rows from the top row on.
    case refill(keepSelectedID: Int64?)
}
