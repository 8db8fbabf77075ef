/// The selected row of a list and the first row shown, for lists held whole in memory
/// (search results, a case's timeline, a partner picker). Case lists too large to hold use
/// keyset windows instead (see CaseListState).
public struct ListCursor: Sendable, Equatable {
    public var selected = 0
    public var top = 0

    public init() {}

    /// Moves the selection by `delta` rows among `count`, keeping it within `page` rows of `top`.
    public mutating func move(by delta: Int, count: Int, page: Int) {
        guard count > 0 else { selected = 0; top = 0; return }
        selected = min(max(0, selected + delta), count - 1)
        clamp(count: count, page: page)
    }

    public mutating func moveToStart(count: Int, page: Int) { selected = 0; clamp(count: count, page: page) }
    public mutating func moveToEnd(count: Int, page: Int) { selected = max(0, count - 1); clamp(count: count, page: page) }

    /// Keeps `selected` valid and visible after the rows or the page size changed.
    public mutating func clamp(count: Int, page: Int) {
        let page = max(1, page)
        selected = min(max(0, selected), max(0, count - 1))
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
        top = min(max(0, top), max(0, count - page))
    }

    /// The indices shown on a page.
    public func visible(count: Int, page: Int) -> Range<Int> {
        let start = min(top, max(0, count))
        return start..<min(count, start + max(1, page))
    }

    /// Handles the usual list keys (↑ ↓ PgUp PgDn Home End, Ctrl-K/J). Returns false for others.
    public mutating func handle(_ key: Key, count: Int, page: Int) -> Bool {
        switch key {
        case .up, .ctrl("k"): move(by: -1, count: count, page: page)
        case .down, .ctrl("j"): move(by: 1, count: count, page: page)
        case .pageUp, .alt("v"): move(by: -max(1, page), count: count, page: page)
        case .pageDown, .ctrl("v"): move(by: max(1, page), count: count, page: page)
        case .home, .alt("<"): moveToStart(count: count, page: page)
        case .end, .alt(">"): moveToEnd(count: count, page: page)
        default: return false
        }
        return true
    }
}
