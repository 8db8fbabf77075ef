import Foundation

/// A report as JSON: `{"report": id, "title": ..., "language": "es", "suppressed": bool,
/// "notes": [...], "columns": [{"id", "title", "kind"}], "rows": [{column id: value}]}`.
/// Counts and numbers are JSON numbers, a suppressed cell is the string "<5", an empty cell
/// is null, labels are in the chosen language. Keys are sorted so output is stable.
public enum JSONReportWriter {
    public static func object(_ table: ReportTable, language: Language) -> [String: Any] {
        let columns: [[String: Any]] = table.columns.map { column in
            ["id": column.id, "title": column.title(language), "kind": kindName(column.kind)]
        }
        let rows: [[String: Any]] = table.rows.map { row in
            var object: [String: Any] = [:]
            for (column, cell) in zip(table.columns, row) { object[column.id] = value(cell, language) }
            return object
        }
        return ["report": table.id, "title": table.title(language), "language": language.rawValue,
                "suppressed": table.isSuppressed, "notes": table.notes.map { $0(language) },
                "columns": columns, "rows": rows]
    }

    public static func data(_ table: ReportTable, language: Language) throws -> Data {
        try JSONSerialization.data(withJSONObject: object(table, language: language),
                                   options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    public static func json(_ table: ReportTable, language: Language) throws -> String {
        String(decoding: try data(table, language: language), as: UTF8.self) + "\n"
    }

    static func value(_ cell: ReportCell, _ language: Language) -> Any {
        switch cell {
        case .label(let text): return text(language)
        case .text(let s): return s
        case .count(let n): return n
        case .number(let x): return Double(ReportCell.format(x)) ?? x
        case .empty: return NSNull()
        case .suppressed: return SmallCellSuppression.mark
        }
    }

    static func kindName(_ kind: ReportColumnKind) -> String {
        switch kind {
        case .label: return "label"
        case .count: return "count"
        case .statistic: return "statistic"
        case .total: return "total"
        }
    }
}
