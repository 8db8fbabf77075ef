import Foundation
import Testing

/// `enlace report` run as a board's script would run it: the built binary against a demo
/// database, signed in with ENLACE_PASSWORD.
@Suite struct ReportCLITests {
    /// RFC 4180 reader written for the test (quoted fields with commas, quotes, CR/LF).
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst(); record.append(field); field = ""; records.append(record); record = []
            } else { field.unicodeScalars.append(c) }
        }
        return records
    }

    @Test func aSupervisorGetsEveryReportAsTableCSVAndJSON() throws {
        let d = try IntakeCLITests.Demo()
        let list = try d.run("maria", ["report", "--list"], lang: "en")
        #expect(list.status == 0)
        let names = list.out.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        #expect(names.contains("open-by-age") && names.contains("cases-per-month") && names.contains("cases"))
        for name in names where name != "cases" {
            let table = try d.run("maria", ["report", name])
            #expect(table.status == 0, "\(name): \(table.err)")
            #expect(table.out.contains("---"), "\(name)")
        }
        let csv = try d.run("maria", ["report", "open-by-age", "--format", "csv", "--bom"])
        // The capture decodes UTF-8 and drops a BOM: look at the first bytes through od.
        #expect(csv.status == 0 && csv.out.hasPrefix("Estado,0-7 días,"))
        let command = "\"$0\" report open-by-age --format csv --bom --db \"$1\" --user maria | head -c 4 | od -An -tx1"
        let bytes = try Spawn.run(["/bin/sh", "-c", command, TmuxSession.binary, d.db], environment: d.env)
        #expect(bytes.output.split(separator: " ").map(String.init).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                == ["ef", "bb", "bf", "45"], "\(bytes.output)")
        let records = Self.parseCSV(csv.out)
        #expect(records.count == 5 && records.allSatisfy { $0.count == 6 })
        #expect(records[1][0] == "Nuevo")
        let json = try d.run("maria", ["report", "services", "--format", "json", "--from", "2020-01-01", "--to", "2030-12-31"], lang: "en")
        #expect(json.status == 0, "\(json.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["report"] as? String == "services" && (object["rows"] as? [Any])?.count == 4)
        #expect((object["notes"] as? [String])?.first == "Period: 2020-01-01 to 2030-12-31")
    }

    @Test func theAggregateExportHidesSmallCellsAndTheCaseListIsAudited() throws {
        let d = try IntakeCLITests.Demo()
        let shared = try d.run("maria", ["report", "services", "--aggregate", "--format", "csv"], lang: "en")
        #expect(shared.status == 0, "\(shared.err)")
        let records = Self.parseCSV(shared.out)
        #expect(!records[0].contains("Total"))
        for cell in records.dropFirst().flatMap({ $0.dropFirst() }) {
            #expect(cell == "<5" || cell == "0" || Int(cell)! >= 5, "\(cell)")
        }
        let refused = try d.run("maria", ["report", "cases", "--aggregate"])
        #expect(refused.status == 65)
        let people = try d.run("maria", ["report", "cases", "--format", "csv"])
        #expect(people.status == 0)
        #expect(Self.parseCSV(people.out).count > 1)
        let audit = try d.run("maria", ["audit"])
        #expect(audit.status == 0 && audit.out.contains("exportPersonLevel"), "\(audit.err)")
    }

    @Test func caseworkerAndKindFiltersNarrowTheReport() throws {
        let d = try IntakeCLITests.Demo()
        let mine = try d.run("maria", ["report", "cases-per-month", "--caseworker", "jorge", "--format", "json"])
        #expect(mine.status == 0, "\(mine.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(mine.out.utf8)) as? [String: Any])
        #expect((object["notes"] as? [String])?.contains { $0.hasPrefix("Responsable: Jorge") } == true)
        let all = try #require(try JSONSerialization.jsonObject(with: Data(try d.run("maria", ["report", "cases-per-month", "--format", "json"]).out.utf8)) as? [String: Any])
        func opened(_ o: [String: Any]) -> Int { (o["rows"] as? [[String: Any]] ?? []).compactMap { $0["opened"] as? Int }.reduce(0, +) }
        #expect(opened(object) > 0 && opened(object) < opened(all))
        let legal = try d.run("maria", ["report", "services", "--kind", "legalAid", "--format", "csv"], lang: "en")
        let records = Self.parseCSV(legal.out)
        #expect(legal.status == 0 && records.count == 2 && records[1][0] == "Legal aid")
        let nobody = try d.run("maria", ["report", "cases-per-month", "--caseworker", "nadie"])
        #expect(nobody.status == 65)
    }

    @Test func refusalsAndBadInputGetTheirExitCodesInTheChosenLanguage() throws {
        let d = try IntakeCLITests.Demo()
        let caseworker = try d.run("jorge", ["report", "workload"])
        #expect(caseworker.status == 77 && caseworker.err.contains("No permitido"))
        let volunteer = try d.run("pedro", ["report", "cases"], lang: "en")
        #expect(volunteer.status == 77)
        #expect(volunteer.out.isEmpty)
        let badDate = try d.run("maria", ["report", "cases-per-month", "--from", "2026-02-30"], lang: "en")
        #expect(badDate.status == 65 && badDate.err.contains("“2026-02-30” is not a valid date"))
        let reversed = try d.run("maria", ["report", "services", "--from", "2026-05-01", "--to", "2026-04-01"])
        #expect(reversed.status == 65 && reversed.err.contains("posterior"))
        let unknown = try d.run("maria", ["report", "nada"])
        #expect(unknown.status == 65 && unknown.err.contains("No hay un informe «nada»"))
        let noDates = try d.run("maria", ["report", "workload", "--from", "2026-01-01"], lang: "en")
        #expect(noDates.status == 65 && noDates.err.contains("does not take --from/--to"))
    }
}
