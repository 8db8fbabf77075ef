import Foundation

/// What a column of a report holds. Counts are what small-cell suppression looks at; a
/// statistic (a median, a share) is derived from the people counted in another column and is
/// suppressed with it.
public enum ReportColumnKind: Sendable, Equatable {
    /// A label: a status, a month, a partner's name.
    case label
    /// How many cases, people, referrals.
    case count
    /// A number computed over the items counted in the column `basedOn` (its id).
    case statistic(basedOn: String)
    /// A total of other cells of its row; aggregate exports drop it (see `SmallCellSuppression`).
    case total
}

/// One column: a stable id (JSON keys, CSV header in the machine form), a title in both
/// languages, and what it holds.
public struct ReportColumn: Sendable, Equatable {
    public let id: String
    public let title: LocalizedText
    public let kind: ReportColumnKind

    public init(_ id: String, _ title: LocalizedText, _ kind: ReportColumnKind) {
        self.id = id
        self.title = title
        self.kind = kind
    }
}

/// One cell. A label cell carries both languages; a text cell is data (a partner's name, a
/// case number) printed as it is.
public enum ReportCell: Sendable, Equatable {
    case label(LocalizedText)
    case text(String)
    case count(Int)
    case number(Double)
    /// Nothing to say (no response yet, so no median).
    case empty
    /// A count from 1 to 4 hidden in an aggregate export, printed as `SmallCellSuppression.mark`.
    case suppressed

    /// The cell as a person reads it in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .label(let text): return text(language)
        case .text(let s): return s
        case .count(let n): return String(n)
        case .number(let x): return ReportCell.format(x)
        case .empty: return ""
        case .suppressed: return SmallCellSuppression.mark
        }
    }

    /// A number with at most one decimal, a point as separator (machine-readable in CSV).
    static func format(_ x: Double) -> String {
        let rounded = (x * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    public var count: Int? {
        if case .count(let n) = self { return n }
        return nil
    }
}

/// A report as values: title, columns, rows, and the filters it was made with. Writers
/// (`CSVReportWriter`, `JSONReportWriter`, `TextTableWriter`) and screens read it; nothing
/// in it talks to a database.
public struct ReportTable: Sendable, Equatable {
    public let id: String
    public let title: LocalizedText
    public let columns: [ReportColumn]
    public var rows: [[ReportCell]]
    /// "2026-01-01 – 2026-06-30", "caseworker: Jorge" ... in both languages; empty when none.
    public var notes: [LocalizedText]
    /// True once small cells were suppressed (aggregate export).
    public var isSuppressed: Bool

    public init(id: String, title: LocalizedText, columns: [ReportColumn], rows: [[ReportCell]],
                notes: [LocalizedText] = [], isSuppressed: Bool = false) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row has one cell per column")
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.isSuppressed = isSuppressed
    }

    public func columnIndex(_ id: String) -> Int? { columns.firstIndex { $0.id == id } }

    /// The cells of one column, top to bottom.
    public func column(_ id: String) -> [ReportCell] {
        guard let i = columnIndex(id) else { return [] }
        return rows.map { $0[i] }
    }
}
