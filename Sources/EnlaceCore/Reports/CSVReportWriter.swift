import Foundation

/// RFC 4180 CSV: one header line of column titles, then one line per row; fields holding a
/// comma, a double quote, CR or LF are quoted (a quote inside doubled); lines end with CRLF.
/// UTF-8, with the byte order mark some spreadsheet programs need to read accents when asked.
public enum CSVReportWriter {
    public static let byteOrderMark = "\u{FEFF}"

    public static func csv(_ table: ReportTable, language: Language, byteOrderMark bom: Bool = false) -> String {
        var out = bom ? byteOrderMark : ""
        out += line(table.columns.map { $0.title(language) })
        for row in table.rows {
            out += line(row.map { $0.text(language) })
        }
        return out
    }

    public static func data(_ table: ReportTable, language: Language, byteOrderMark bom: Bool = false) -> Data {
        Data(csv(table, language: language, byteOrderMark: bom).utf8)
    }

    /// One record, CRLF included.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it must be.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
