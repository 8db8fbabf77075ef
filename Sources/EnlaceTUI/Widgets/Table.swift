/// A column of a `Table`: its header and how wide it is.
public struct TableColumn: Sendable, Equatable {
    public enum Width: Sendable, Equatable {
        /// Always this many columns.
        case fixed(Int)
        /// `1/divisor` of the table's width, at most `max` (the caseworker on wide terminals).
        case fraction(divisor: Int, max: Int)
        /// A share (by `weight`) of what the other columns leave, at least `min` and at most
        /// `max`; what a capped column cannot take goes to the other flexible ones.
        case flexible(min: Int, max: Int = .max, weight: Int = 1)
    }

    public var header: String
    public var width: Width
    /// The column shows only when the table is at least this wide (0: always).
    public var shownFrom: Int

    public init(_ header: String, _ width: Width, shownFrom: Int = 0) {
        (self.header, self.width, self.shownFrom) = (header, width, shownFrom)
    }
}

/// One cell of a row: its text and style role (muted, urgent, overdue...).
public struct TableCell: Sendable, Equatable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .normal) {
        (self.text, self.role) = (text, role)
    }
}

/// The one table of the screens (case list, home queue, follow-ups, review lists): a header
/// line, then a row a line, one space between columns, text cut with "…" to its column, each
/// cell in its role, the selected row in the selection role across the whole row (from the
/// frame to the frame, as every list shows it). Pure: columns, a width and rows give exact
/// cells in the buffer.
public struct Table: Sendable {
    public var columns: [TableColumn]
    /// Where the table draws: `x` its first column, `headerRow` the header line (the rows
    /// follow), `width` its columns, `rows` how many rows fit.
    public var x: Int
    public var headerRow: Int
    public var width: Int
    public var rows: Int
    /// Each column's width (0: hidden at this width), from `widths(_:width:)`; a screen may
    /// move one column's room to another.
    public var widths: [Int]

    public init(_ columns: [TableColumn], x: Int, headerRow: Int, width: Int, rows: Int) {
        (self.columns, self.x, self.headerRow, self.width, self.rows) = (columns, x, headerRow, width, rows)
        widths = Self.widths(columns, width: width)
    }

    public var firstRow: Int { headerRow + 1 }

    /// Fixed and fractional columns first; the flexible ones share what is left after them
    /// and the separators (one space between shown columns).
    public static func widths(_ columns: [TableColumn], width: Int) -> [Int] {
        let shown = columns.map { width >= $0.shownFrom }
        var result = zip(columns, shown).map { column, shown -> Int in
            guard shown else { return 0 }
            switch column.width {
            case .fixed(let n): return n
            case .fraction(let divisor, let cap): return min(cap, width / max(1, divisor))
            case .flexible: return 0
            }
        }
        var open = columns.indices.filter { i in
            if case .flexible = columns[i].width { return shown[i] } else { return false }
        }
        var left = width - result.reduce(0, +) - max(0, shown.filter { $0 }.count - 1)
        // Share by weight; a column that reaches its cap keeps it and the rest is shared again.
        while !open.isEmpty {
            let weights = open.map { i -> Int in
                if case .flexible(_, _, let w) = columns[i].width { return max(1, w) } else { return 1 }
            }
            let total = weights.reduce(0, +)
            var shares = weights.map { max(0, left) * $0 / total }
            shares[0] += max(0, left) - shares.reduce(0, +)
            var capped: [Int] = []
            for (k, i) in open.enumerated() {
                guard case .flexible(let low, let high, _) = columns[i].width else { continue }
                result[i] = max(low, min(high, shares[k]))
                if shares[k] > high { capped.append(i) }
            }
            if capped.isEmpty { break }
            left -= capped.reduce(0) { $0 + result[$1] }
            open.removeAll { capped.contains($0) }
        }
        // A minimum raised on a narrow table is taken back from the later flexible columns.
        var excess = result.reduce(0, +) + max(0, shown.filter { $0 }.count - 1) - width
        for i in columns.indices.reversed() where excess > 0 {
            guard shown[i], case .flexible(let low, _, _) = columns[i].width else { continue }
            let give = min(excess, max(0, result[i] - low))
            result[i] -= give
            excess -= give
        }
        return result
    }

    /// The header line.
    public func drawHeader(into buffer: inout ScreenBuffer) {
        put(columns.map(\.header).map { TableCell($0, .header) }, y: headerRow, selected: false, into: &buffer)
    }

    /// The header and the rows (as many as fit); `selected` is the index in `cells`.
    public func draw(_ cells: [[TableCell]], selected: Int?, into buffer: inout ScreenBuffer) {
        drawHeader(into: &buffer)
        for (i, row) in cells.prefix(rows).enumerated() {
            let y = firstRow + i
            if i == selected { buffer.paint(Rect(x: x - 1, y: y, width: width + 2, height: 1), role: .selection) }
            put(row, y: y, selected: i == selected, into: &buffer)
        }
    }

    /// A sentence instead of rows (nothing to show), wrapped, in the muted role.
    public func drawEmpty(_ text: String, into buffer: inout ScreenBuffer) {
        for (i, line) in TextWidth.wrap(text, width: width).prefix(rows).enumerated() {
            buffer.put(line, x: x, y: firstRow + i, role: .muted)
        }
    }

    private func put(_ cells: [TableCell], y: Int, selected: Bool, into buffer: inout ScreenBuffer) {
        var cx = x
        for (cell, w) in zip(cells, widths) where w > 0 {
            buffer.put(TextWidth.pad(cell.text, to: w), x: cx, y: y, role: selected ? .selection : cell.role,
                       maxWidth: max(0, x + width - cx))
            cx += w + 1
        }
    }
}
