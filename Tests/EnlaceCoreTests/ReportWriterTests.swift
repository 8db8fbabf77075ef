import EnlaceCore
import Foundation
import Testing

/// The report writers and the small-cell rule, checked against a CSV parser written here from
/// RFC 4180 (not the writer's code) and against JSONSerialization.
struct ReportWriterTests {
    /// RFC 4180 reader: fields separated by commas, records by CRLF; a quoted field may hold
    /// commas, CR, LF and doubled quotes.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    static let tricky = [
        "José Ángel Muñoz Pérez",
        "Hernández, María de Jesús",
        "El \"Chuy\" Núñez",
        "línea uno\nlínea dos",
        "retorno\r\nde carro",
        "Peña Ñandú; ü ç",
        "",
    ]

    static func table() -> ReportTable {
        ReportTable(
            id: "test", title: LocalizedText(es: "Prueba, con «comillas»", en: "Test, with \"quotes\""),
            columns: [ReportColumn("name", LocalizedText(es: "Nombre, completo", en: "Full name"), .label),
                      ReportColumn("n", LocalizedText(es: "Casos", en: "Cases"), .count)],
            rows: tricky.enumerated().map { i, name in [.text(name), .count(i)] })
    }

    @Test(arguments: [false, true])
    func csvReadsBackIdenticalAccentsCommasQuotesAndNewLines(bom: Bool) {
        let csv = CSVReportWriter.csv(Self.table(), language: .es, byteOrderMark: bom)
        #expect(csv.hasPrefix("\u{FEFF}") == bom)
        #expect(csv.hasSuffix("\r\n"))
        let body = bom ? String(csv.unicodeScalars.dropFirst()) : csv
        let records = Self.parseCSV(body)
        #expect(records.first == ["Nombre, completo", "Casos"])
        #expect(records.dropFirst().map { $0[0] } == Self.tricky)
        #expect(records.dropFirst().map { $0[1] } == Self.tricky.indices.map(String.init))
        // UTF-8 bytes, not another encoding: "Á" is C3 81.
        let data = CSVReportWriter.data(Self.table(), language: .es, byteOrderMark: bom)
        #expect(String(decoding: data, as: UTF8.self) == csv)
        #expect(data.starts(with: bom ? [0xEF, 0xBB, 0xBF, 0x22] : [0x22]))
        #expect(data.firstRange(of: Data([0xC3, 0x81])) != nil)
    }

    @Test func csvQuotesOnlyWhatMustBeQuoted() {
        #expect(CSVReportWriter.field("Muñoz") == "Muñoz")
        #expect(CSVReportWriter.field("a,b") == "\"a,b\"")
        #expect(CSVReportWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReportWriter.field("a\nb") == "\"a\nb\"")
        #expect(CSVReportWriter.field("a\rb") == "\"a\rb\"")
        #expect(CSVReportWriter.line(["1", "x,y"]) == "1,\"x,y\"\r\n")
    }

    @Test func jsonCarriesNumbersLabelsAndSuppressedCells() throws {
        let shared = SmallCellSuppression.apply(to: Self.table())
        let data = try JSONReportWriter.data(shared, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["report"] as? String == "test")
        #expect(object["suppressed"] as? Bool == true)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == Self.tricky.map { $0 })
        #expect(rows[0]["n"] as? Int == 0)
        #expect(rows[1]["n"] as? String == "<5")
        #expect(rows[5]["n"] as? Int == 5)
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["title"] as? String } == ["Full name", "Cases"])
    }

    static func counts(_ values: [Int]) -> ReportTable {
        ReportTable(
            id: "t", title: LocalizedText(es: "t", en: "t"),
            columns: [ReportColumn("k", LocalizedText(es: "k", en: "k"), .label),
                      ReportColumn("a", LocalizedText(es: "a", en: "a"), .count),
                      ReportColumn("median", LocalizedText(es: "m", en: "m"), .statistic(basedOn: "a")),
                      ReportColumn("total", LocalizedText(es: "T", en: "T"), .total)],
            rows: values.map { [.text("row \($0)"), .count($0), $0 == 0 ? .empty : .number(2.5), .count($0 + 10)] })
    }

    @Test func smallCellsFromOneToFourAreSuppressedFiveAndSixShownZeroKept() {
        let shared = SmallCellSuppression.apply(to: Self.counts([0, 1, 4, 5, 6]))
        #expect(shared.columns.map(\.id) == ["k", "a", "median"], "totals are dropped")
        #expect(shared.column("a") == [.count(0), .suppressed, .suppressed, .count(5), .count(6)])
        #expect(shared.column("median") == [.empty, .suppressed, .suppressed, .number(2.5), .number(2.5)])
        #expect(shared.column("k") == Self.counts([0, 1, 4, 5, 6]).column("k"))
        #expect(shared.rows.map { $0[1].text(.es) } == ["0", "<5", "<5", "5", "6"])
        #expect(shared.isSuppressed)
        #expect(SmallCellSuppression.isShown(4) == false)
        #expect(SmallCellSuppression.isShown(5) && SmallCellSuppression.isShown(6) && SmallCellSuppression.isShown(0))
    }

    @Test func noSuppressedCellCanBeRecoveredFromWhatIsShown() {
        // A row 3 + 7 with its total 10 would give the 3 back: no column of kind total survives.
        let shared = SmallCellSuppression.apply(to: Self.counts([3, 7]))
        #expect(!shared.columns.contains { $0.kind == .total })
        #expect(shared.rows.allSatisfy { row in !row.contains(.count(3)) && !row.contains(.count(13)) })
    }

    @Test func textTableAlignsCountsAndSaysWhenEmpty() {
        let text = TextTableWriter.text(Self.counts([5, 120]), language: .es)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "t")
        #expect(lines.contains { $0.hasPrefix("row 5") && $0.contains("    5") })
        let empty = TextTableWriter.text(ReportTable(id: "e", title: LocalizedText(es: "Vacío", en: "Empty"),
                                                     columns: Self.counts([]).columns, rows: []), language: .es)
        #expect(empty.contains("(sin datos)"))
    }

    @Test func everyReportHasATitleInBothLanguagesAndADistinctName() {
        #expect(Set(ReportKind.allCases.map(\.rawValue)).count == ReportKind.allCases.count)
        for kind in ReportKind.allCases {
            #expect(!kind.title.text.es.isEmpty && !kind.title.text.en.isEmpty && kind.title.text.es != kind.title.text.en)
        }
        #expect(ReportKind.allCases.filter(\.isPersonLevel) == [.caseList])
    }

    @Test func filterDaysAreWholeUTCDaysBothEndsIncluded() {
        let f = ReportFilter(from: CalendarDate(year: 2026, month: 3, day: 1), to: CalendarDate(year: 2026, month: 3, day: 31))
        let (lower, upper) = f.secondsRange
        #expect(lower == Int64(CalendarDate(year: 2026, month: 3, day: 1)!.daysSinceEpoch) * 86_400)
        #expect(upper == Int64(CalendarDate(year: 2026, month: 4, day: 1)!.daysSinceEpoch) * 86_400)
        #expect(f.dayRange.upper! - f.dayRange.lower! == 30)
    }
}
