/// Terminal charts drawn with block characters: horizontal bars (one series, or several series
/// side by side), and sparklines. Pure: given data and a width they give exact lines, which
/// `draw` puts into a `ScreenBuffer`. Readable without colour: every bar prints its value, and
/// each series of a grouped chart has its own character, named in a legend.
public struct BarItem: Sendable, Equatable {
    public var label: String
    public var value: Int

    public init(_ label: String, _ value: Int) {
        self.label = label
        self.value = value
    }
}

public enum BarChart {
    /// Eighths of a cell, from one eighth to a whole block.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// A bar of `value` scaled so that `maxValue` fills `width` cells, in eighths of a cell.
    /// Any value above zero shows at least one eighth, so a small count never looks like none.
    public static func bar(_ value: Int, maxValue: Int, width: Int) -> String {
        guard value > 0, maxValue > 0, width > 0 else { return "" }
        let total = width * 8
        let units = max(1, min(total, Int((Double(value) * Double(total) / Double(maxValue)).rounded())))
        var out = String(repeating: "█", count: units / 8)
        if units % 8 > 0 { out.append(eighths[units % 8 - 1]) }
        return out
    }

    /// Where the parts of a bar line go: label, bar, value, for a set of items in `width`.
    struct Layout {
        let label: Int
        let bar: Int
        let value: Int
        let top: Int

        init(_ items: [BarItem], width: Int, maxValue: Int?, labelWidth: Int?) {
            value = items.map { String($0.value).count }.max() ?? 1
            label = labelWidth ?? min(items.map { TextWidth.columns(of: $0.label) }.max() ?? 0, max(0, width / 3))
            bar = max(0, width - label - value - 2)
            top = maxValue ?? items.map(\.value).max() ?? 0
        }
    }

    /// One line per item: the label padded to one column for all, the bar, then the value
    /// ("Jorge Ramírez    ████████▌ 17"). Every line is exactly `width` columns.
    /// `maxValue` fixes the scale (several charts on one screen); by default the largest value.
    public static func lines(_ items: [BarItem], width: Int, maxValue: Int? = nil,
                             labelWidth: Int? = nil) -> [String] {
        guard width > 0 else { return [] }
        let layout = Layout(items, width: width, maxValue: maxValue, labelWidth: labelWidth)
        return items.map { item in
            let value = String(item.value)
            let line = TextWidth.pad(item.label, to: layout.label) + " "
                + TextWidth.pad(bar(item.value, maxValue: layout.top, width: layout.bar), to: layout.bar) + " "
                + String(repeating: " ", count: layout.value - value.count) + value
            return TextWidth.pad(line, to: width)
        }
    }

    /// Draws `lines(...)` from (x, y), one row per item: the label in `labelRole`, the bar in
    /// `barRole`, the value in `normal`. Returns the rows used.
    @discardableResult
    public static func draw(_ items: [BarItem], into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int,
                            maxValue: Int? = nil, labelWidth: Int? = nil, barRole: StyleRole = .header,
                            labelRole: StyleRole = .normal) -> Int {
        let layout = Layout(items, width: width, maxValue: maxValue, labelWidth: labelWidth)
        for (i, line) in lines(items, width: width, maxValue: maxValue, labelWidth: labelWidth).enumerated() {
            buffer.put(line, x: x, y: y + i, role: .normal, maxWidth: width)
            buffer.paint(Rect(x: x, y: y + i, width: layout.label, height: 1), role: labelRole)
            let cells = TextWidth.columns(of: bar(items[i].value, maxValue: layout.top, width: layout.bar))
            buffer.paint(Rect(x: x + layout.label + 1, y: y + i, width: cells, height: 1), role: barRole)
        }
        return items.count
    }
}

/// Several series per label, one bar each under the label's line, each series drawn with its
/// own character so that the chart reads the same without colour:
/// ```
/// 2026-03 █████████ 12
///         ▒▒▒▒▒ 7
/// ```
public enum GroupedBarChart {
    /// The character of series 0, 1, 2, ... (whole cells: distinct shapes, not shades of one).
    public static let marks: [Character] = ["█", "▒", "░", "▚"]

    public struct Group: Sendable, Equatable {
        public var label: String
        public var values: [Int]
        public init(_ label: String, _ values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    /// "█ Abiertos  ▒ Cerrados": which character is which series.
    public static func legend(_ names: [String]) -> String {
        names.enumerated().map { "\(marks[$0.offset % marks.count]) \($0.element)" }.joined(separator: "  ")
    }

    /// One line per series of each group; the label on the group's first line. Bars are whole
    /// cells (any value above zero gets one); every line is exactly `width` columns.
    public static func lines(_ groups: [Group], width: Int, maxValue: Int? = nil) -> [String] {
        guard width > 0 else { return [] }
        let label = min(groups.map { TextWidth.columns(of: $0.label) }.max() ?? 0, max(0, width / 3))
        let valueWidth = groups.flatMap(\.values).map { String($0).count }.max() ?? 1
        let barWidth = max(0, width - label - valueWidth - 2)
        let top = maxValue ?? groups.flatMap(\.values).max() ?? 0
        var out: [String] = []
        for group in groups {
            for (s, value) in group.values.enumerated() {
                let cells = value > 0 && top > 0
                    ? max(1, min(barWidth, Int((Double(value) * Double(barWidth) / Double(top)).rounded()))) : 0
                let bar = String(repeating: marks[s % marks.count], count: cells)
                let head = s == 0 ? TextWidth.pad(group.label, to: label) : String(repeating: " ", count: label)
                out.append(TextWidth.pad(head + " " + bar + " " + String(value), to: width))
            }
        }
        return out
    }
}

/// A row of eighth-height blocks, one per value, scaled to the largest: "▁▃█▅·▂". A zero is
/// "·", so an empty month is visible; any value above zero is at least "▁".
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let zero: Character = "·"

    /// The last `width` values (the most recent, when values run oldest to newest).
    public static func line(_ values: [Int], width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let top = shown.max() ?? 0
        return String(shown.map { v -> Character in
            guard v > 0, top > 0 else { return zero }
            let level = Int((Double(v) * 8 / Double(top)).rounded(.up))
            return levels[min(7, max(1, level) - 1)]
        })
    }
}
