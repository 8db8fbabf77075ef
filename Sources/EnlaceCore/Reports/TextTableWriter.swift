import Foundation

/// A report as aligned plain text for a terminal: the title, its notes, a header, a rule and
/// the rows; counts and numbers right-aligned. Widths count characters (the labels are
/// Spanish and English text, no wide characters).
public enum TextTableWriter {
    public static func text(_ table: ReportTable, language: Language) -> String {
        let header = table.columns.map { $0.title(language) }
        let body = table.rows.map { $0.map { $0.text(language) } }
        var widths = header.map(\.count)
        for row in body {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        let rightAligned = table.columns.map { $0.kind != .label }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned[i] ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [table.title(language)]
        lines += table.notes.map { $0(language) }
        lines.append("")
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += body.map(line)
        if body.isEmpty { lines.append(ReportText.noRows(language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
