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

    /// Makes a list move (the same for every list, see `ListMove`).
    public mutating func apply(_ move: ListMove, count: Int, page: Int) {
        switch move {
        case .up: self.move(by: -1, count: count, page: page)
        case .down: self.move(by: 1, count: count, page: page)
        case .pageUp: self.move(by: -max(1, page), count: count, page: page)
        case .pageDown: self.move(by: max(1, page), count: count, page: page)
        case .first: moveToStart(count: count, page: page)
        case .last: moveToEnd(count: count, page: page)
        }
    }

    /// Handles the list keys (`ListMove.keys`). Returns false for others.
    public mutating func handle(_ key: Key, count: Int, page: Int) -> Bool {
        guard let move = ListMove(key: key) else { return false }
        apply(move, count: count, page: page)
        return true
    }
}
