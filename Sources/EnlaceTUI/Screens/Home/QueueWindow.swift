import EnlaceStore

/// A row of a store queue: an id, and the keyset key that the next window is read after.
public protocol QueueRow: Sendable {
    associatedtype Key: Sendable & Equatable
    var rowId: Int64 { get }
    var rowKey: Key { get }
}

extension CaseQueueItem: QueueRow {
    public var rowId: Int64 { id }
    public var rowKey: CaseQueueKey { key }
}

extension FollowUpQueueItem: QueueRow {
    public var rowId: Int64 { id }
    public var rowKey: DueQueueKey { key }
}

extension ReferralQueueItem: QueueRow {
    public var rowId: Int64 { id }
    public var rowKey: DueQueueKey { key }
}

/// What a queue window asks the store for: a list move, or the window again from its own
/// anchor (data changed, resized, tab shown again).
public enum QueueWindowMove: Sendable, Equatable {
    case refresh
    case move(ListMove)
}

/// The visible window of a queue that the store pages only forward (keyset `after`). It
/// keeps the rows on screen and the anchors of the windows above, so Up and PgUp past the
/// top read the window above again instead of holding the queue in memory.
public struct QueueWindow<Row: QueueRow>: Sendable {
    /// An earlier window: its anchor, and how many rows the next window started below it.
    struct Earlier: Sendable {
        var anchor: Row.Key?
        var rows: Int
    }

    public var rows: [Row] = []
    public var selected = 0
    /// The key the visible window was read after; nil for the top of the queue.
    public var anchor: Row.Key?
    var earlier: [Earlier] = []
    /// Whether the window has been read at least once.
    public var loaded = false

    public init() {}

    public var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }
    /// Whether the window shows the top of the queue.
    public var atTop: Bool { earlier.isEmpty }

    /// A read the window needs for `move`: read `limit` rows after `anchor`; `walk` asks to
    /// keep reading page after page until the end (End).
    public struct Read: Sendable {
        public var move: QueueWindowMove
        public var anchor: Row.Key?
        public var limit: Int
        public var walk: Bool
    }

    /// What a move needs: nil when the selection moved inside the window (nothing to read).
    public mutating func plan(_ move: QueueWindowMove, page: Int) -> Read? {
        let page = max(1, page)
        switch move {
        case .refresh:
            return Read(move: move, anchor: anchor, limit: page, walk: false)
        case .move(.first):
            return Read(move: move, anchor: nil, limit: page, walk: false)
        case .move(.last):
            return Read(move: move, anchor: rows.last?.rowKey ?? anchor, limit: page, walk: true)
        case .move(.down):
            if selected < rows.count - 1 { selected += 1; return nil }
            guard let last = rows.last else { return nil }
            return Read(move: move, anchor: last.rowKey, limit: 1, walk: false)
        case .move(.up):
            if selected > 0 { selected -= 1; return nil }
            guard let above = earlier.last else { return nil }
            return Read(move: move, anchor: above.anchor, limit: page, walk: false)
        case .move(.pageDown):
            guard let last = rows.last, rows.count >= page else {
                selected = max(0, rows.count - 1)
                return nil
            }
            return Read(move: move, anchor: last.rowKey, limit: page, walk: false)
        case .move(.pageUp):
            guard !earlier.isEmpty else { selected = 0; return nil }
            var back = 0
            var index = earlier.count
            while index > 0 && back < page {
                index -= 1
                back += earlier[index].rows
            }
            return Read(move: move, anchor: earlier[index].anchor, limit: page, walk: false)
        }
    }

    /// Applies what the store answered for `read`. `pages` are the windows read in order (one,
    /// or several for End's walk).
    /// Returns a further read when the answer was not enough (the window's rows are gone).
    @discardableResult
    public mutating func apply(_ read: Read, pages: [[Row]], page: Int) -> Read? {
        let page = max(1, page)
        loaded = true
        let answer = pages.last ?? []
        let keep = selectedRow?.rowId
        switch read.move {
        case .refresh:
            rows = Array(answer.prefix(page))
            if let keep, let i = rows.firstIndex(where: { $0.rowId == keep }) { selected = i }
            if rows.isEmpty && !earlier.isEmpty {
                // The window's rows are gone (done, reassigned): show the window above.
                let above = earlier.removeLast()
                anchor = above.anchor
                return Read(move: .refresh, anchor: anchor, limit: page, walk: false)
            }
        case .move(.first):
            rows = answer
            anchor = nil
            earlier = []
            selected = 0
        case .move(.last):
            var start = rows
            var startAnchor = anchor
            for next in pages where !next.isEmpty {
                earlier.append(Earlier(anchor: startAnchor, rows: start.count))
                startAnchor = start.last?.rowKey ?? startAnchor
                start = next
            }
            rows = start
            anchor = startAnchor
            selected = max(0, rows.count - 1)
        case .move(.down):
            guard let row = answer.first else { return nil }
            earlier.append(Earlier(anchor: anchor, rows: 1))
            anchor = rows.first?.rowKey
            rows = Array(rows.dropFirst()) + [row]
            selected = rows.count - 1
        case .move(.up):
            let oldTop = rows.first?.rowId
            let above = earlier.removeLast()
            anchor = above.anchor
            rows = answer
            let i = oldTop.flatMap { top in rows.firstIndex { $0.rowId == top } } ?? rows.count
            selected = max(0, i - 1)
        case .move(.pageDown):
            guard !answer.isEmpty else { selected = max(0, rows.count - 1); return nil }
            earlier.append(Earlier(anchor: anchor, rows: rows.count))
            anchor = read.anchor
            let offset = selected
            rows = answer
            selected = min(offset, rows.count - 1)
        case .move(.pageUp):
            while let top = earlier.last {
                earlier.removeLast()
                if top.anchor == read.anchor { break }
            }
            anchor = read.anchor
            let offset = selected
            rows = answer
            selected = min(offset, max(0, rows.count - 1))
        }
        selected = min(max(0, selected), max(0, rows.count - 1))
        return nil
    }

    /// The largest number of pages End reads before stopping where it got to.
    public static var walkLimit: Int { 200 }

    /// Runs `read` against `fetch` (rows after an anchor, up to a limit): one window, or for
    /// End the pages until the last.
    public static func perform(_ read: Read, _ fetch: (Row.Key?, Int) throws -> [Row]) throws -> [[Row]] {
        guard read.walk else { return [try fetch(read.anchor, read.limit)] }
        var pages: [[Row]] = []
        var anchor = read.anchor
        for _ in 0..<walkLimit {
            let next = try fetch(anchor, read.limit)
            if next.isEmpty { break }
            pages.append(next)
            if next.count < read.limit { break }
            anchor = next.last!.rowKey
        }
        return pages
    }
}
