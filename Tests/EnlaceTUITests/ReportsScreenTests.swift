import Foundation
import GRDB
import Testing
import EnlaceCore
@testable import EnlaceStore
@testable import EnlaceTUI

/// The reports screen against a real demo database: each chart's values are the ones the test
/// counts on its own from the raw rows (cases, referrals, people, events); the filters change
/// them as the test's own counts say; the exports write the report tables, private, readable
/// back cell for cell.
@Suite(.serialized)
struct ReportsScreenTests {
    static let shared = ScreenFixture.make(name: "reports")

    static func rows(_ f: ScreenFixture, _ sql: String) throws -> [Row] {
        try f.desk().pool.read { db in try Row.fetchAll(db, sql: sql) }
    }

    static func day(_ seconds: Int64) -> CalendarDate { CalendarDate(daysSinceEpoch: Int(seconds / 86_400))! }

    func allCases(_ f: ScreenFixture) throws -> [CaseSummary] {
        try f.desk().caseWindow(CaseWindowRequest(limit: 10_000), actor: f.user(named: "maria"))
    }

    /// The row showing `label`, and the value printed at its end.
    func value(_ screen: ScreenBuffer, _ label: String) throws -> Int {
        let y = try #require(screen.find(label), "\(label) on\n\(screen.text)").y
        return try lastNumber(screen.line(y))
    }

    func lastNumber(_ line: String) throws -> Int {
        let words = line.split(separator: " ").filter { $0 != "│" }
        return try #require(words.last.flatMap { Int($0) }, "\(line)")
    }

    func reports(_ f: ScreenFixture = shared, username: String = "maria", width: Int = 80, height: Int = 24,
                 language: Language = .es) throws -> AppRuntime {
        let rt = try f.runtime(username: username, width: width, height: height, language: language)
        rt.send(.key(.function(8)))
        return rt
    }

    /// Tab to the panel of `kind` (the first one showing that report).
    func show(_ rt: AppRuntime, _ kind: ReportKind) throws -> ReportPanel {
        let index = try #require(rt.state.reports.panels.firstIndex { $0.kind == kind })
        while rt.state.reports.selected != index { rt.send(.key(.tab)) }
        return rt.state.reports.panels[index]
    }

    func bars(_ panel: ReportPanel, _ language: Language = .es) -> [String: Int] {
        guard case .bars(let bars) = panel.chart else { return [:] }
        return Dictionary(bars.map { ($0.label(language), $0.value) }, uniquingKeysWith: +)
    }

    /// Opened and closed per month label ("2026-03") of the cases, within [from, to].
    func flow(_ f: ScreenFixture, from: CalendarDate, to: CalendarDate, caseworker: Int64? = nil) throws
        -> (opened: [String: Int], closed: [String: Int]) {
        var opened: [String: Int] = [:], closed: [String: Int] = [:]
        for c in try Self.rows(f, "SELECT opened_at, closed_at, caseworker_id FROM cases") {
            if let caseworker, (c["caseworker_id"] as Int64?) != caseworker { continue }
            let o = Self.day(c["opened_at"])
            if o >= from && o <= to { opened[String(o.iso.prefix(7)), default: 0] += 1 }
            if let at = c["closed_at"] as Int64? {
                let d = Self.day(at)
                if d >= from && d <= to { closed[String(d.iso.prefix(7)), default: 0] += 1 }
            }
        }
        return (opened, closed)
    }

    /// The months from `from`'s to `to`'s, "2026-03".
    func months(_ from: CalendarDate, _ to: CalendarDate) -> [String] {
        (from.year * 12 + from.month - 1...to.year * 12 + to.month - 1).map { String(format: "%04d-%02d", $0 / 12, $0 % 12 + 1) }
    }

    /// Services by "kind · status" of the referrals created within the range.
    func services(_ f: ScreenFixture, from: CalendarDate? = nil, to: CalendarDate? = nil,
                  kind: ReferralKind? = nil) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for r in try Self.rows(f, "SELECT kind, status, created_at FROM referrals") {
            let d = Self.day(r["created_at"])
            if let from, d < from { continue }
            if let to, d > to { continue }
            let k = ReferralKind(rawValue: r["kind"])!
            if let kind, k != kind { continue }
            out[k.label(.es) + " · " + ReferralStatus(rawValue: r["status"])!.label(.es), default: 0] += 1
        }
        return out
    }

    // MARK: - Panels

    @Test func casesOpenedAndClosedPerMonthAreCountedFromTheCases() throws {
        let f = Self.shared
        let rt = try reports(f)
        let screen = rt.render()
        #expect(screen.heading.contains("Informes · Gráfica 1 de 11"))
        #expect(screen.underHeading.contains("Casos abiertos y cerrados por mes"))
        #expect(screen.shows("Sin filtros"))
        let today = CalendarDate(ScreenFixture.now)
        let first = CalendarDate(year: (today.year * 12 + today.month - 12) / 12, month: (today.year * 12 + today.month - 12) % 12 + 1, day: 1)!
        let expected = try flow(f, from: first, to: today)
        let labels = months(first, today)
        #expect(labels.count == 12)
        let panel = rt.state.reports.panels[0]
        #expect(panel.kind == .casesPerMonth && panel.filter.from == first)
        guard case .grouped(_, let shown, let values) = panel.chart else { Issue.record("not grouped"); return }
        #expect(shown == labels)
        #expect(values == labels.map { [expected.opened[$0] ?? 0, expected.closed[$0] ?? 0] })
        #expect(values.map { $0[0] }.reduce(0, +) > 0 && values.map { $0[1] }.reduce(0, +) > 0)
        // At 80x24 the newest 7 months fit, under a line saying how many are above.
        #expect(screen.text.contains("… 5 más arriba"))
        #expect(screen.text.contains("█ abiertos  ▒ cerrados"))
        for label in labels.suffix(7) {
            let y = try #require(screen.find(label), "\(label)").y
            #expect(try lastNumber(screen.line(y)) == expected.opened[label] ?? 0, "\(label) opened")
            #expect(try lastNumber(screen.line(y + 1)) == expected.closed[label] ?? 0, "\(label) closed")
        }
        #expect(screen.find(labels[0]) == nil)
    }

    @Test func openCasesByStatusAndByAgeAreTheStoresCounts() throws {
        let f = Self.shared
        let rt = try reports(f)
        rt.send(.key(.tab))
        var screen = rt.render()
        #expect(screen.underHeading.contains("Casos abiertos por estado"))
        let counts = try f.desk().openCaseCounts(now: ScreenFixture.now, by: f.user(named: "maria"))
        let open = try allCases(f).filter { $0.status.isOpen }
        for status in CaseStatus.allCases where status.isOpen {
            let n = open.filter { $0.status == status }.count
            #expect(try value(screen, status.label(.es)) == n)
            #expect(CaseAgeBucket.allCases.reduce(0) { $0 + counts.count(status, $1) } == n)
        }
        rt.send(.key(.right))
        screen = rt.render()
        #expect(screen.underHeading.contains("Casos abiertos por antigüedad"))
        let today = Int64(ScreenFixture.now.timeIntervalSince1970) / 86_400
        let older = open.filter { Int64($0.openedAt.timeIntervalSince1970) / 86_400 < today - 90 }.count
        #expect(try value(screen, "90+ días") == older)
        // Left from the first chart wraps to the last one.
        rt.send([.left, .left, .left])
        #expect(rt.render().heading.contains("Gráfica 11 de 11"))
        #expect(rt.render().underHeading.contains("Registros por evento"))
    }

    @Test func servicesAndOutcomesByKindAreCountedFromTheReferrals() throws {
        let f = Self.shared
        let rt = try reports(f)
        var panel = try show(rt, .services)
        var screen = rt.render()
        #expect(screen.underHeading.contains("Servicios por tipo y estado"))
        let expected = try services(f)
        #expect(bars(panel) == expected)
        #expect(!expected.isEmpty)
        let top = try #require(expected.max { $0.value < $1.value })
        #expect(try value(screen, top.key) == top.value)

        panel = try show(rt, .outcomes)
        screen = rt.render()
        #expect(screen.underHeading.contains("Resultados por tipo"))
        var outcomes: [String: Int] = [:]
        for r in try Self.rows(f, "SELECT kind, status, outcome FROM referrals WHERE status IN ('completed', 'declined', 'noShow', 'cancelled')") {
            let status: String = r["status"]
            let result = status == "completed"
                ? (r["outcome"] as String?).flatMap(ReferralResult.init(rawValue:)) ?? .completedNoOutcome
                : ReferralResult(rawValue: status)!
            outcomes[ReferralKind(rawValue: r["kind"])!.label(.es) + " · " + result.label(.es), default: 0] += 1
        }
        #expect(bars(panel) == outcomes)
        #expect(!outcomes.isEmpty)
    }

    @Test func partnerResponseTimeIsTheMedianOfWholeDaysPerKind() throws {
        let f = Self.shared
        let rt = try reports(f, width: 120, height: 40, language: .en)
        let panel = try show(rt, .responseTime)
        let screen = rt.render()
        #expect(screen.underHeading.contains("Days to the partner's answer (median)"))
        var days: [ReferralKind: [Int64]] = [:]
        for r in try Self.rows(f, "SELECT kind, sent_at, responded_at FROM referrals WHERE sent_at IS NOT NULL AND responded_at IS NOT NULL") {
            days[ReferralKind(rawValue: r["kind"])!, default: []].append(((r["responded_at"] as Int64) - (r["sent_at"] as Int64)) / 86_400)
        }
        var expected: [String: Int] = [:]
        for (kind, list) in days {
            let s = list.sorted()
            let median = s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
            expected[kind.label(.en) + " (\(s.count))"] = Int(median.rounded())
        }
        #expect(!expected.isEmpty)
        #expect(bars(panel, .en) == expected)
        for (label, value) in expected { #expect(try self.value(screen, label) == value, "\(label)") }
    }

    @Test func peopleByStateAndAssociationAndIntakesPerEventAreCountedFromTheRows() throws {
        let f = Self.shared
        let rt = try reports(f)
        let people = try Self.rows(f, "SELECT origin_state, hometown_association, event_id FROM people")
        var states: [String: Int] = [:], associations: [String: Int] = [:]
        for p in people {
            let code = p["origin_state"] as String? ?? ""
            let name = code.isEmpty ? "Sin dato" : MexicanState(inegiCode: code)?.commonName ?? MexicanState(lookup: code)?.commonName ?? code
            states[name, default: 0] += 1
            let association = p["hometown_association"] as String? ?? ""
            associations[association.isEmpty ? "Sin dato" : association, default: 0] += 1
        }
        var panel = try show(rt, .peopleByState)
        #expect(rt.render().underHeading.contains("Personas por estado de origen"))
        #expect(bars(panel) == states)
        let top = try #require(states.max { $0.value < $1.value })
        #expect(try value(rt.render(), top.key) == top.value)
        panel = try show(rt, .peopleByAssociation)
        #expect(rt.render().underHeading.contains("Personas por asociación de paisanos"))
        #expect(bars(panel) == associations)

        panel = try show(rt, .intakesPerEvent)
        #expect(rt.render().underHeading.contains("Registros por evento"))
        let cases = try Self.rows(f, "SELECT event_id FROM cases WHERE event_id IS NOT NULL")
        let events = try Self.rows(f, "SELECT id, name, held_on FROM events ORDER BY held_on, id")
        guard case .grouped(_, let labels, let values) = panel.chart else { Issue.record("not grouped"); return }
        #expect(labels == events.map { "\($0["name"] as String) (\($0["held_on"] as String))" })
        #expect(values == events.map { e in
            [cases.filter { ($0["event_id"] as Int64) == e["id"] }.count,
             people.filter { ($0["event_id"] as Int64?) == e["id"] }.count]
        })
        #expect(values.contains { $0[0] > 0 })
    }

    // MARK: - Filters

    @Test func aDateRangeChangesTheFiguresToTheRowsOfThatPeriod() throws {
        let f = Self.shared
        let rt = try reports(f)
        let today = CalendarDate(ScreenFixture.now)
        let from = try #require(today.adding(days: -120)), to = try #require(today.adding(days: -20))
        rt.send(.key(.char("d")))
        #expect(rt.render().find("Fecha de inicio") != nil)
        rt.type(from.iso)
        rt.send(.key(.enter))
        #expect(rt.render().find("Fecha final") != nil)
        rt.type(to.iso)
        rt.send(.key(.enter))
        #expect(rt.state.reports.filter == ReportFilter(from: from, to: to))
        var screen = rt.render()
        #expect(screen.shows("Del \(from.iso) al \(to.iso)"))
        let expected = try flow(f, from: from, to: to)
        guard case .grouped(_, let labels, let values) = rt.state.reports.panels[0].chart else { Issue.record("not grouped"); return }
        #expect(labels == months(from, to))
        #expect(values == labels.map { [expected.opened[$0] ?? 0, expected.closed[$0] ?? 0] })
        // Below the filter line, which holds dates too.
        let y = try #require(screen.row(of: labels.last!, from: (screen.row(of: "Del \(from.iso)") ?? 0) + 1))
        #expect(try lastNumber(screen.line(y)) == expected.opened[labels.last!] ?? 0)
        // Services of the period only.
        let panel = try show(rt, .services)
        let inPeriod = try services(f, from: from, to: to)
        #expect(bars(panel) == inPeriod)
        #expect(inPeriod.values.reduce(0, +) < (try services(f)).values.reduce(0, +))
        // Charts as of today say the dates do not apply to them.
        _ = try show(rt, .openByAge)
        screen = rt.render()
        #expect(screen.sameRow("Del \(from.iso) al \(to.iso)", "(esta gráfica no usa: fechas)"))
        // x clears them.
        rt.send(.key(.char("x")))
        #expect(rt.state.reports.filter == ReportFilter())
        #expect(rt.render().messageLine.contains("Filtros quitados."))
    }

    @Test func aBadDateSaysWhyAndKeepsTheText() throws {
        let f = Self.shared
        let rt = try reports(f, language: .en)
        rt.send(.key(.char("d")))
        rt.type("31/02/2026")
        rt.send(.key(.enter))
        guard case .dialog(let dialog) = rt.state.overlay, case .text(let field) = dialog.kind else {
            Issue.record("the start date dialog closed"); return
        }
        #expect(field.text == "31/02/2026")
        #expect(dialog.title(.en) == "Start date")
        let screen = rt.render()
        let problemText = try #require(dialog.problem)
        let problem = problemText(.en)
        #expect(problem.contains("February"))
        #expect(screen.text.contains(String(problem.prefix(30))))
        let at = try #require(screen.find(String(problem.prefix(10))))
        #expect(screen.role(x: at.x, y: at.y) == .error)
        #expect(rt.state.reports.filter == ReportFilter())
        // Corrected, then an end before the start: asked again, both kept.
        for _ in 0..<10 { rt.send(.key(.backspace)) }
        rt.type("2026-03-10")
        rt.send(.key(.enter))
        rt.type("2026-03-01")
        rt.send(.key(.enter))
        guard case .dialog(let again) = rt.state.overlay, case .text(let end) = again.kind else {
            Issue.record("the end date dialog closed"); return
        }
        #expect(end.text == "2026-03-01")
        #expect(again.problem.map { $0(.en) } == "The end date (2026-03-01) is before the start date (2026-03-10).")
        #expect(rt.state.reports.filter == ReportFilter())
    }

    @Test func aCaseworkerAndAReferralKindNarrowTheirCharts() throws {
        let f = Self.shared
        let rt = try reports(f)
        let jorge = try f.user(named: "jorge")
        rt.send(.key(.char("p")))
        guard case .dialog(let dialog) = rt.state.overlay, case .choice(let options, _) = dialog.kind else {
            Issue.record("no person dialog"); return
        }
        let index = try #require(options.firstIndex { $0.id == String(jorge.id) })
        for _ in 0..<index { rt.send(.key(.down)) }
        rt.send(.key(.enter))
        #expect(rt.state.reports.filter.caseworkerId == jorge.id)
        #expect(rt.render().shows("Persona: \(jorge.displayName)"))
        let today = CalendarDate(ScreenFixture.now)
        let first = try #require(rt.state.reports.panels[0].filter.from)
        let expected = try flow(f, from: first, to: today, caseworker: jorge.id)
        guard case .grouped(_, let labels, let values) = rt.state.reports.panels[0].chart else { Issue.record("not grouped"); return }
        #expect(values == labels.map { [expected.opened[$0] ?? 0, expected.closed[$0] ?? 0] })
        #expect(values.map { $0[0] }.reduce(0, +) > 0)

        rt.send(.key(.char("t")))
        for _ in 0...(try #require(ReferralKind.allCases.firstIndex(of: .legalAid))) { rt.send(.key(.down)) }
        rt.send(.key(.enter))
        #expect(rt.state.reports.filter.kind == .legalAid)
        let panel = try show(rt, .services)
        #expect(bars(panel) == (try services(f, kind: .legalAid)))
        #expect(rt.render().shows("Tipo: Asesoría legal"))
    }

    // MARK: - Exports

    /// RFC 4180 records: quoted fields with doubled quotes, CRLF between records.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst()
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    static func cells(_ table: ReportTable, _ language: Language) -> [[String]] {
        [table.columns.map { $0.title(language) }] + table.rows.map { $0.map { $0.text(language) } }
    }

    static func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func csvAndJSONExportsAreTheReportTablePrivateAndTheBOMOnlyWhenAsked() throws {
        let f = ScreenFixture.make(name: "reports-export")
        let rt = try reports(f)
        let maria = try f.user(named: "maria")
        let panel = try show(rt, .peopleByState)
        let table = try f.desk().report(.peopleByState, filter: panel.filter, now: ScreenFixture.now, by: maria)
        rt.send(.key(.char("e")))
        let url = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("informe-people-by-state", .csv(byteOrderMark: false),
                                                                                  now: ScreenFixture.now))
        #expect(rt.render().messageLine.contains("Informe guardado: \(url.lastPathComponent)"))
        let said = rt.state.message?.text ?? ""
        #expect(said.hasPrefix("Informe guardado: \(url.lastPathComponent), en \(rt.outputDirectory.path) · control #"), "\(said)")
        var data = try Data(contentsOf: url)
        #expect(try Self.mode(url) == 0o600)
        #expect(!data.starts(with: [0xEF, 0xBB, 0xBF]))
        var text = try #require(String(data: data, encoding: .utf8))
        #expect(Self.parseCSV(text) == Self.cells(table, .es))
        #expect(text.contains("Michoacán") || text.contains("México") || text.contains("Querétaro"))
        // b: the next CSV starts with the byte order mark, and reads back the same.
        rt.send(.key(.char("b")))
        #expect(rt.render().messageLine.contains("BOM"))
        rt.send(.key(.char("e")))
        data = try Data(contentsOf: url)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        #expect(Self.parseCSV(text) == Self.cells(table, .es))
        // j: JSON of the same table.
        rt.send(.key(.char("j")))
        let json = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("informe-people-by-state", .json, now: ScreenFixture.now))
        #expect(try Self.mode(json) == 0o600)
        #expect(try String(contentsOf: json, encoding: .utf8) == JSONReportWriter.json(table, language: .es))
    }

    @Test func theAggregateExportHidesSmallCells() throws {
        let f = ScreenFixture.make(name: "reports-shared")
        let rt = try reports(f, language: .en)
        let panel = try show(rt, .services)
        rt.send(.key(.char("a")))
        #expect(rt.render().messageLine.contains("Aggregate report (counts under 5 as <5) saved"))
        let url = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("informe-services-agregado", .csv(byteOrderMark: false),
                                                                                  now: ScreenFixture.now))
        #expect(try Self.mode(url) == 0o600)
        let records = Self.parseCSV(try String(contentsOf: url, encoding: .utf8))
        let shared = try f.desk().sharedReport(.services, filter: panel.filter, now: ScreenFixture.now, by: f.user(named: "maria"))
        #expect(records == Self.cells(shared, .en))
        // Every count the full report gives as 1 to 4 is "<5" in the file, and one at least is.
        let full = try f.desk().report(.services, filter: panel.filter, now: ScreenFixture.now, by: f.user(named: "maria"))
        let small = full.rows.flatMap { $0 }.compactMap(\.count).filter { (1...4).contains($0) }.count
        #expect(small > 0)
        #expect(records.flatMap { $0 }.contains("<5"))
        #expect(!records.dropFirst().flatMap { $0 }.contains { Int($0).map { (1...4).contains($0) } ?? false })
    }

    @Test(arguments: ["jorge", "pedro"])
    func othersCannotExportOrFilter(username: String) throws {
        let f = Self.shared
        let rt = try reports(f, username: username)
        let before = try FileManager.default.contentsOfDirectory(atPath: rt.outputDirectory.path)
        for key in ["e", "j", "a", "d"] {
            rt.send(.key(.char(Character(key))))
            #expect(rt.render().messageLine.contains("Solo los supervisores ven los informes."), "\(key)")
        }
        if case .dialog = rt.state.overlay { Issue.record("a dialog opened for \(username)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: rt.outputDirectory.path) == before)
        #expect(!rt.taskLog.contains("reports.export"))
    }

    @Test func englishAt120x40() throws {
        let f = Self.shared
        let rt = try reports(f, width: 120, height: 40, language: .en)
        let screen = rt.render()
        #expect(screen.sameRow("Reports · Chart 1 of 11", "Tab or ←→ change the chart"))
        #expect(screen.heading.contains("Reports · Chart 1 of 11"))
        #expect(screen.underHeading.contains("Cases opened and closed per month"))
        #expect(screen.shows("No filters · d dates · p person · t kind"))
        // Every one of the 12 months fits.
        guard case .grouped(_, let labels, _) = rt.state.reports.panels[0].chart else { Issue.record("not grouped"); return }
        #expect(labels.allSatisfy { screen.find($0) != nil })
        #expect(!screen.text.contains("more above"))
    }
}
