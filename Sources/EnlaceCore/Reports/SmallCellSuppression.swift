/// The rule for figures shared outside the organization (a federation, a partner): counts
/// only, and no cell small enough to single a person out.
///
/// - A count from 1 to 4 is replaced by `suppressed`, printed "<5".
/// - A count of 0 stays 0: it says that nobody is in the cell, which points at no one.
/// - Counts of 5 and more are shown.
/// - A statistic (median days, ...) computed over a count that is suppressed is suppressed
///   too, and one computed over zero items stays empty.
/// - Totals are dropped: columns of kind `.total` are removed, and reports never carry a
///   total row. A total published beside a suppressed cell would give it back by
///   subtraction (a row 3 + 7 = 10 with 3 hidden is still 10 − 7).
/// - Label cells and text cells are kept as they are; person-level reports are refused
///   (`ReportKind.isPersonLevel`), they are not for sharing.
public enum SmallCellSuppression {
    /// What a suppressed cell shows.
    public static let mark = "<5"
    /// Counts below this (and above zero) are suppressed.
    public static let threshold = 5

    /// Whether a count may be shown in an aggregate export.
    public static func isShown(_ count: Int) -> Bool { count == 0 || count >= threshold }

    /// The table as it may be shared.
    public static func apply(to table: ReportTable) -> ReportTable {
        let kept = table.columns.indices.filter { table.columns[$0].kind != .total }
        let columns = kept.map { table.columns[$0] }
        let rows: [[ReportCell]] = table.rows.map { row in
            kept.map { i -> ReportCell in
                let cell = row[i]
                switch table.columns[i].kind {
                case .count:
                    if let n = cell.count, !isShown(n) { return .suppressed }
                    return cell
                case .statistic(let basedOn):
                    guard let base = table.columnIndex(basedOn), let n = row[base].count else { return cell }
                    return isShown(n) && n > 0 ? cell : (n == 0 ? .empty : .suppressed)
                case .label, .total:
                    return cell
                }
            }
        }
        return ReportTable(id: table.id, title: table.title, columns: columns, rows: rows,
                           notes: table.notes + [ReportText.noteSuppressed.text], isSuppressed: true)
    }
}
