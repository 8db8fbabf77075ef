import Foundation
import GRDB
import Testing
import EnlaceCore
@testable import EnlaceStore
@testable import EnlaceTUI

/// The supervisor's review driven by keys against a real demo database: the figures on screen
/// are the store's, each drill-down lists the cases the test finds on its own, approving,
/// rejecting and reassigning change the store (audited), and other roles see why not.
@Suite(.serialized)
struct ReviewScreenTests {
    static let shared = ScreenFixture.make(name: "review")

    /// Every case the supervisor sees, newest first, in one read.
    func allCases(_ f: ScreenFixture) throws -> [CaseSummary] {
        try f.desk().caseWindow(CaseWindowRequest(limit: 10_000), actor: f.user(named: "maria"))
    }

    func bucket(_ c: CaseSummary, now: Date = ScreenFixture.now) -> Int {
        let today = Int64(now.timeIntervalSince1970) / 86_400
        let day = Int64(c.openedAt.timeIntervalSince1970) / 86_400
        if day >= today - 7 { return 0 }
        if day >= today - 30 { return 1 }
        if day >= today - 90 { return 2 }
        return 3
    }

    func review(_ f: ScreenFixture, username: String = "maria", width: Int = 80, height: Int = 24,
                language: Language = .es) throws -> AppRuntime {
        let rt = try f.runtime(username: username, width: width, height: height, language: language)
        rt.send(.key(.function(7)))
        return rt
    }

    @Test func figuresOnEverySectionAreTheStoresAt80x24() throws {
        let f = Self.shared
        let rt = try review(f)
        let desk = try f.desk()
        let maria = try f.user(named: "maria")
        #expect(rt.state.screen == .review)
        let closures = try desk.closuresAwaitingApproval(by: maria, limit: 100)
        try #require(!closures.isEmpty)
        var screen = rt.render()
        #expect(screen.heading.contains("[Cierres \(closures.count)] Abiertos"))
        let closureRows = screen.tableLines(under: "Número")
        #expect(closureRows.count == min(18, closures.count), "\(screen.text)")
        for (i, c) in closures.prefix(18).enumerated() {
            #expect(screen.tableLine(i, under: "Número").contains(c.number), "closure row \(i)")
            #expect(screen.tableLine(i, under: "Número").contains(String(c.personName.prefix(12))), "closure row \(i)")
        }
        #expect(screen.role(of: closures[0].number) == .selection)

        // Open cases by status and age: each row's five numbers, as text.
        rt.send(.key(.tab))
        screen = rt.render()
        let counts = try desk.openCaseCounts(now: ScreenFixture.now, by: maria)
        let cases = try allCases(f).filter { $0.status.isOpen }
        #expect(counts.total == cases.count)
        #expect(screen.heading.contains("[Abiertos \(CaseListView.groupDigits(counts.total, .es))]"))
        for (r, status) in ReviewState.openStatuses.enumerated() {
            let mine = cases.filter { $0.status == status }
            let values = (0..<4).map { b in mine.filter { bucket($0) == b }.count } + [mine.count]
            #expect(values == CaseAgeBucket.allCases.map { counts.count(status, $0) } + [mine.count])
            let expected = values.map { ReviewView.pad(String($0), 7) }.joined()
            let row = screen.tableLine(r, under: "Total")
            #expect(row.hasPrefix("│ " + TextWidth.pad(status.label(.es), to: 18)) || row.contains(status.label(.es)))
            #expect(row.contains(expected), "status \(status): \(row)")
        }
        // The age buckets again as a bar chart, with the values printed (mono theme).
        for b in CaseAgeBucket.allCases {
            let n = cases.filter { bucket($0) == b.rawValue }.count
            let line = try #require(screen.find("\(b.label) días")).y
            #expect(screen.line(line).trimmingCharacters(in: .whitespaces).hasSuffix(" \(n)") ||
                    screen.line(line).contains(" \(n) "), "bucket \(b.label)")
        }

        // Overdue follow-ups by caseworker: name, bar, count.
        rt.send(.key(.tab))
        screen = rt.render()
        let overdue = try desk.overdueFollowUpsByCaseworker(now: ScreenFixture.now, by: maria)
        try #require(!overdue.isEmpty)
        for (i, o) in overdue.enumerated() {
            let line = screen.tableLine(i, under: "Responsable")
            #expect(line.contains(o.caseworkerName ?? "Sin asignar"))
            #expect(line.contains(" \(o.count) "), "\(line)")
            #expect(line.contains("█") || line.contains("▏") || line.contains("▌"))
        }

        // Referrals past their response date by kind and partner.
        rt.send(.key(.tab))
        screen = rt.render()
        var byKindPartner: [String: Int] = [:]
        for r in try desk.referralsAwaitingResponse(by: maria, now: ScreenFixture.now, limit: 500) {
            byKindPartner[r.kind.label(.es) + " · " + (r.partnerName ?? "sin aliado"), default: 0] += 1
        }
        try #require(!byKindPartner.isEmpty)
        #expect(screen.heading.contains("[Derivaciones \(byKindPartner.values.reduce(0, +))]"))
        for (label, n) in byKindPartner where screen.find(label) != nil {
            let y = screen.find(label)!.y
            #expect(screen.line(y).contains(" \(n) "), "\(label): \(screen.line(y))")
        }
        #expect(Set(rt.state.review.figures!.referrals.map { $0.kind.label(.es) + " · " + ($0.partner.name ?? "sin aliado") })
                == Set(byKindPartner.keys))

        // Urgent open cases, newest first.
        rt.send(.key(.tab))
        screen = rt.render()
        let urgent = cases.filter { $0.priority == .urgent }
        #expect(rt.state.review.urgent.rows.map(\.id) == Array(urgent.prefix(100).map(\.id)))
        for (i, c) in urgent.prefix(18).enumerated() {
            #expect(screen.tableLine(i, under: "Número").contains("[ ] " + c.number), "urgent row \(i)")
        }

        // Workload per caseworker: open, urgent, closures, overdue.
        rt.send(.key(.tab))
        screen = rt.render()
        for name in ["Jorge Ramírez Soto", "Lucía Hernández Vega"] {
            let own = cases.filter { $0.caseworkerName == name }
            let values = [own.count, own.filter { $0.priority == .urgent }.count,
                          own.filter { $0.status == .closureRequested }.count,
                          overdue.first { $0.caseworkerName == name }?.count ?? 0]
            let y = try #require(screen.find(name)).y
            #expect(screen.line(y).contains(values.map { ReviewView.pad(String($0), 10) }.joined()), "\(name): \(screen.line(y))")
        }
    }

    @Test func drillDownListsTheCasesBehindTheLargestAgeFigure() throws {
        let f = Self.shared
        let rt = try review(f)
        rt.send(.key(.tab))
        let cases = try allCases(f)
        // The largest figure beyond the first week, found by the test on its own.
        var best = (row: 0, column: 1, cases: [CaseSummary]())
        for (r, status) in ReviewState.openStatuses.enumerated() {
            for b in 1...3 {
                let found = cases.filter { $0.status == status && bucket($0) == b }
                if found.count > best.cases.count { best = (r, b, found) }
            }
        }
        try #require(best.cases.count > 3)
        for _ in 0..<best.row { rt.send(.key(.down)) }
        for _ in 0..<best.column { rt.send(.key(.right)) }
        let open = rt.render()
        #expect(open.role(under: CaseAgeBucket.allCases[best.column].label, onRow: open.tableRow(best.row, under: "Total")) == .selection)
        rt.send(.key(.enter))
        let drill = try #require(rt.state.review.drill)
        #expect(drill.rows.map(\.id) == Array(best.cases.prefix(100).map(\.id)))
        let screen = rt.render()
        #expect(screen.underHeading.contains("Casos: \(ReviewState.openStatuses[best.row].label(.es))"))
        #expect(screen.underHeading.contains("(\(best.cases.count))"))
        for (i, c) in best.cases.prefix(18).enumerated() {
            #expect(screen.tableLine(i, under: "Número").contains(c.number), "row \(i)")
        }
        // Esc closes the list and keeps the review; a second Esc goes back.
        rt.send(.key(.escape))
        #expect(rt.state.review.drill == nil)
        #expect(rt.state.screen == .review)
        rt.send(.key(.escape))
        #expect(rt.state.screen == .home)
    }

    @Test func overdueDrillDownListsTheCasesOfThatPersonsOverdueFollowUps() throws {
        let f = Self.shared
        let rt = try review(f)
        rt.send([.tab, .tab])
        let first = try #require(rt.state.review.figures?.overdue.first)
        rt.send(.key(.enter))
        let desk = try f.desk()
        let items = try desk.followUpsDue(scope: .team, range: .overdue, now: ScreenFixture.now,
                                          by: f.user(named: "maria"), limit: 500)
        let expected = Set(items.filter { $0.assignedToName == first.caseworkerName }.map(\.caseId))
        let drill = try #require(rt.state.review.drill)
        #expect(Set(drill.rows.map(\.id)) == expected)
        #expect(rt.render().underHeading.contains("seguimiento vencido de \(first.caseworkerName ?? "Sin asignar")"))
        #expect(drill.rows.allSatisfy { $0.isOverdue })
    }

    @Test func referralDrillDownListsTheCasesOfThoseUnansweredReferrals() throws {
        let f = Self.shared
        let rt = try review(f, language: .en)
        rt.send([.tab, .tab, .tab])
        let first = try #require(rt.state.review.figures?.referrals.first)
        rt.send(.key(.enter))
        let items = try f.desk().referralsAwaitingResponse(by: f.user(named: "maria"), now: ScreenFixture.now, limit: 500)
        let expected = Set(items.filter { $0.kind == first.kind && $0.partnerName == first.partner.name }.map(\.caseId))
        #expect(Set(try #require(rt.state.review.drill).rows.map(\.id)) == expected)
        #expect(first.count == items.filter { $0.kind == first.kind && $0.partnerName == first.partner.name }.count)
        #expect(rt.render().underHeading.contains("\(first.kind.label(.en)) unanswered by \(first.partner.name ?? "no partner")"))
    }

    @Test func workloadDrillDownListsThatCaseworkersOpenCases() throws {
        let f = Self.shared
        let rt = try review(f)
        rt.send([.tab, .tab, .tab, .tab, .tab])
        let row = try #require(rt.state.review.figures?.workload.first { $0.person.name == "Lucía Hernández Vega" })
        let index = try #require(rt.state.review.figures?.workload.firstIndex(of: row))
        for _ in 0..<index { rt.send(.key(.down)) }
        rt.send(.key(.enter))
        let expected = try allCases(f).filter { $0.status.isOpen && $0.caseworkerName == "Lucía Hernández Vega" }
        #expect(rt.state.review.drill?.rows.map(\.id) == Array(expected.prefix(100).map(\.id)))
        #expect(row.openCases == expected.count)
    }

    @Test func referralsSentToNoPartnerListOnlyThoseCases() throws {
        let f = ScreenFixture.make(name: "review-nopartner")
        let now = Int64(ScreenFixture.now.timeIntervalSince1970)
        try f.desk().pool.write { db in
            try db.execute(sql: """
                UPDATE referrals SET partner_id = NULL WHERE id IN (
                  SELECT id FROM referrals WHERE status = 'sent' AND response_due < ? AND kind = 'legalAid' LIMIT 2)
                """, arguments: [now])
        }
        let rt = try review(f)
        rt.send([.tab, .tab, .tab])
        let figures = try #require(rt.state.review.figures?.referrals)
        let index = try #require(figures.firstIndex { $0.kind == .legalAid && $0.partner.id == nil })
        #expect(figures[index].count == 2)
        for _ in 0..<index { rt.send(.key(.down)) }
        rt.send(.key(.enter))
        let items = try f.desk().referralsAwaitingResponse(by: f.user(named: "maria"), now: ScreenFixture.now, limit: 500)
        let expected = Set(items.filter { $0.kind == .legalAid && $0.partnerName == nil }.map(\.caseId))
        #expect(Set(try #require(rt.state.review.drill).rows.map(\.id)) == expected)
        #expect(rt.render().underHeading.contains("sin aliado"))
    }

    @Test func aListExportsItsCasesAuditedWithSensitiveFieldsOnlyWhenConfirmed() throws {
        let f = ScreenFixture.make(name: "review-export")
        let rt = try review(f)
        rt.send([.tab, .tab, .tab, .tab, .tab])
        let index = try #require(rt.state.review.figures?.workload.firstIndex { $0.person.name == "Lucía Hernández Vega" })
        for _ in 0..<index { rt.send(.key(.down)) }
        rt.send(.key(.enter))
        let expected = try allCases(f).filter { $0.status.isOpen && $0.caseworkerName == "Lucía Hernández Vega" }
        rt.send(.key(.char("e")))
        let url = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("casos", .csv(byteOrderMark: false), now: ScreenFixture.now))
        // Then the audit checkpoint of the export (`AuditChainText.withCheckpoint`).
        let said = rt.state.message?.text ?? ""
        #expect(said.hasPrefix("Lista de \(expected.count) casos guardada: \(url.lastPathComponent), en \(rt.outputDirectory.path) · control #"),
                "\(said)")
        #expect(try ReportsScreenTests.mode(url) == 0o600)
        let records = ReportsScreenTests.parseCSV(try String(contentsOf: url, encoding: .utf8))
        #expect(records.first?.first == "Número")
        #expect(records.dropFirst().map { $0[0] } == expected.map(\.number))
        #expect(records.dropFirst().map { $0[1] } == expected.map(\.personName))
        #expect(records.first?.contains("Descripción") == false)
        let audit = try f.desk().pool.read { db in
            try String.fetchAll(db, sql: "SELECT changed_fields FROM audit_log WHERE entity = 'report' AND action = 'exportPersonLevel' ORDER BY id")
        }
        #expect(audit.count == 1)
        #expect(audit.last?.contains("\"rows\":[\"\(expected.count)\"]") == true)
        #expect(audit.last?.contains("\"sensitive\":[\"no\"]") == true)
        // E asks first; "n" writes nothing, "s" writes the descriptions too.
        let sensitive = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("casos-sensibles", .csv(byteOrderMark: false),
                                                                                        now: ScreenFixture.now))
        rt.send(.key(.char("E")))
        guard case .dialog(let confirm) = rt.state.overlay else { Issue.record("no question"); return }
        #expect(confirm.title(.es) == "Exportar con datos sensibles")
        #expect(rt.render().find("descripción de cada caso") != nil)
        rt.send(.key(.char("n")))
        #expect(!FileManager.default.fileExists(atPath: sensitive.path))
        rt.send([.char("E"), .char("s")])
        let withDescriptions = ReportsScreenTests.parseCSV(try String(contentsOf: sensitive, encoding: .utf8))
        #expect(withDescriptions.first?.last == "Descripción")
        #expect(withDescriptions.count == expected.count + 1)
        #expect(try ReportsScreenTests.mode(sensitive) == 0o600)
        let audited = try f.desk().pool.read { db in
            try String.fetchAll(db, sql: "SELECT changed_fields FROM audit_log WHERE entity = 'report' ORDER BY id")
        }
        #expect(audited.count == 2 && audited.last?.contains("\"sensitive\":[\"yes\"]") == true)
        // j: the same list as JSON, audited as well.
        rt.send(.key(.char("j")))
        let json = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("casos", .json, now: ScreenFixture.now))
        #expect(try ReportsScreenTests.mode(json) == 0o600)
        let data = try Data(contentsOf: json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let jsonRows = try #require(object["rows"] as? [Any])
        #expect(jsonRows.count == expected.count)
        #expect(String(decoding: data, as: UTF8.self).contains(expected[0].number))
        let afterJSON = try f.desk().pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'report' AND action = 'exportPersonLevel'") ?? 0
        }
        #expect(afterJSON == 3)
    }

    @Test func approvingAClosureClosesTheCaseWithAnAuditRow() throws {
        let f = ScreenFixture.make(name: "review-approve")
        let rt = try review(f)
        let first = try #require(rt.state.review.closures.first)
        let before = rt.state.review.closures.count
        rt.send(.key(.char("a")))
        var screen = rt.render()
        #expect(screen.find("Aprobar cierre") != nil)
        #expect(screen.find(first.number) != nil)
        rt.send(.key(.char("s")))
        let desk = try f.desk()
        let maria = try f.user(named: "maria")
        #expect(try desk.caseDetail(id: first.id, by: maria).header.status == .closed)
        let trail = try desk.auditTrail(caseId: first.id, by: maria)
        #expect(trail.contains { $0.action == "approveClosure" && $0.to == "closed" && $0.actorId == maria.id })
        screen = rt.render()
        #expect(screen.messageLine.contains("Cierre aprobado: el caso \(first.number) está cerrado."))
        #expect(screen.messageRole == .success)
        #expect(!rt.state.review.closures.contains { $0.id == first.id })
        #expect(rt.state.review.closures.count == before - 1)
        #expect(screen.heading.contains("[Cierres \(before - 1)]"))
    }

    @Test func rejectingAsksForAReasonAndSendsTheCaseBackToActive() throws {
        let f = ScreenFixture.make(name: "review-reject")
        let rt = try review(f, language: .en)
        try #require(rt.state.review.closures.count >= 2)
        rt.send(.key(.down))
        let second = rt.state.review.closures[1]
        rt.send(.key(.char("r")))
        #expect(rt.render().find("Reject closure") != nil)
        rt.send(.key(.enter))        // empty: refused, the dialog stays
        #expect(rt.render().find("Type the reason for rejecting.") != nil)
        let reason = "Falta la firma de José Ángel Muñoz Pérez"
        rt.type(reason)
        rt.send(.key(.enter))
        let desk = try f.desk()
        let maria = try f.user(named: "maria")
        #expect(try desk.caseDetail(id: second.id, by: maria).header.status == .active)
        let trail = try desk.auditTrail(caseId: second.id, by: maria)
        #expect(trail.contains { $0.action == "rejectClosure" && $0.reason == reason && $0.actorId == maria.id })
        #expect(rt.render().messageLine.contains("Closure rejected: case \(second.number) is active again."))
    }

    @Test func aClosureChangedElsewhereIsAConflictInWordsAndTheListIsReadAgain() throws {
        let f = ScreenFixture.make(name: "review-conflict")
        let rt = try review(f)
        let first = try #require(rt.state.review.closures.first)
        // Another supervisor's terminal rejects it meanwhile.
        try f.desk().rejectClosure(caseId: first.id, reason: "Otra terminal", version: first.version, by: f.user(named: "maria"))
        rt.send([.char("a"), .char("s")])
        let screen = rt.render()
        #expect(screen.messageLine.contains("Otra persona cambió el caso \(first.number)"))
        #expect(!rt.state.review.closures.contains { $0.id == first.id })
    }

    @Test func markingSeveralUrgentCasesReassignsThemAllAtOnce() throws {
        let f = ScreenFixture.make(name: "review-reassign")
        let rt = try review(f, width: 120, height: 40)
        rt.send([.tab, .tab, .tab, .tab])
        let rows = rt.state.review.urgent.rows
        try #require(rows.count >= 4)
        let chosen = [rows[0].id, rows[1].id, rows[3].id]
        rt.send([.char(" "), .char(" "), .down, .char(" ")])
        #expect(rt.state.review.urgent.marked == Set(chosen))
        // F7 again reads the figures again and keeps the section and the marks.
        rt.send(.key(.function(7)))
        #expect(rt.state.review.section == .urgent)
        #expect(rt.state.review.urgent.marked == Set(chosen))
        var screen = rt.render()
        #expect(screen.tableLine(0, under: "Número").contains("[x] " + rows[0].number))
        #expect(screen.tableLine(2, under: "Número").contains("[ ] " + rows[2].number))
        #expect(screen.underHeading.contains("3 marcados"))
        rt.send(.key(.char("g")))
        screen = rt.render()
        #expect(screen.find("¿A quién se dan 3 casos?") != nil)
        #expect(screen.find("Lucía Hernández Vega · trabajador social") != nil || screen.find("Lucía Hernández Vega") != nil)
        rt.type("l")
        rt.send(.key(.enter))
        let desk = try f.desk()
        let maria = try f.user(named: "maria")
        for id in chosen {
            #expect(try desk.caseDetail(id: id, by: maria).header.caseworkerName == "Lucía Hernández Vega")
            #expect(try desk.auditTrail(caseId: id, by: maria).contains {
                ($0.action == "reassign" || $0.action == "assign") && $0.actorId == maria.id
            })
        }
        #expect(try desk.caseDetail(id: rows[2].id, by: maria).header.caseworkerName == rows[2].caseworkerName)
        #expect(rt.render().messageLine.contains("3 casos reasignados a Lucía Hernández Vega."))
        #expect(rt.state.review.urgent.marked.isEmpty)
    }

    @Test func aChangeFromAnotherTerminalIsReadAgainKeepingTheSectionAndTheCursor() throws {
        let f = ScreenFixture.make(name: "review-refresh")
        let rt = try review(f)
        let target = try #require(rt.state.review.closures.first)
        let before = try #require(rt.state.review.figures).openCounts.total
        rt.send([.tab, .tab, .tab, .tab])
        try #require(rt.state.review.urgent.rows.count >= 3)
        rt.send([.down, .down])
        let selected = rt.state.review.urgent.rows[2]
        // Another terminal approves a closure.
        try f.desk().approveClosure(caseId: target.id, version: target.version, by: f.user(named: "maria"))
        rt.idle(now: ScreenFixture.now)
        #expect(!rt.state.review.closures.contains { $0.id == target.id })
        #expect(rt.state.review.figures?.openCounts.total == before - 1)
        #expect(rt.state.review.section == .urgent)
        #expect(rt.state.review.urgent.selectedCase?.id == selected.id)
        #expect(rt.render().heading.contains("Abiertos \(before - 1)"))
    }

    @Test(arguments: ["jorge", "pedro"])
    func othersSeeWhyNotAndNoData(username: String) throws {
        let f = Self.shared
        let rt = try review(f, username: username)
        var screen = rt.render()
        #expect(rt.state.screen == .review)
        #expect(screen.text.contains("La revisión es solo para supervisores"))
        #expect(screen.text.contains("Su rol es"))
        #expect(!rt.taskLog.contains("review.load"))
        #expect(rt.state.review.figures == nil)
        #expect(screen.find("[Cierres") == nil)
        rt.send(.key(.char("a")))
        #expect(rt.render().messageLine.contains("Solo los supervisores usan la revisión."))
        // Nor may they export a list of cases: no task, no file.
        for key in ["e", "E"] {
            rt.send(.key(.char(Character(key))))
            #expect(rt.render().messageLine.contains("Solo los supervisores usan la revisión."), "\(key)")
        }
        #expect(!rt.taskLog.contains("review.export"))
        if case .dialog = rt.state.overlay { Issue.record("a dialog opened for \(username)") }
        // In English too, after switching at run time.
        rt.send(.key(.function(9)))
        screen = rt.render()
        #expect(screen.text.contains("The review is for supervisors only"))
        // Reports (F8) refuse the same way.
        rt.send(.key(.function(8)))
        #expect(rt.render().text.contains("Reports are for supervisors only"))
        #expect(!rt.taskLog.contains("reports.load"))
    }

    /// In the monochrome theme nothing depends on colour: the chosen section is bracketed,
    /// the chosen figure is reversed, every bar's value is printed beside it.
    @Test func monoThemeReadsTheSameWithoutColour() throws {
        let mono = try ThemeLoader.shipped("mono")
        let rt = try review(Self.shared)
        rt.send([.tab, .down, .right])
        let screen = rt.render()
        #expect(screen.heading.contains("[Abiertos "))
        #expect(!mono.style(.focus).usesColour && (mono.style(.focus).bold || mono.style(.focus).underline))
        // The selected figure (Activo, 8-30) is drawn reversed, its number as text.
        let counts = try #require(rt.state.review.figures).openCounts
        let active = screen.tableRow(ReviewState.openStatuses.firstIndex(of: .active) ?? -1, under: "Total")
        #expect(screen.line(active ?? -1).contains(CaseStatus.active.label(.es)))
        #expect(screen.role(under: CaseAgeBucket.upToMonth.label, onRow: active) == .selection)
        #expect(mono.style(.selection).reverse)
        #expect(screen.line(active ?? -1).contains(ReviewView.pad(String(counts.count(.active, .upToMonth)), 7)))
        // Bars only repeat numbers printed on the same row.
        for y in screen.headingRow..<screen.messageRow where screen.line(y).contains("█") {
            #expect(screen.line(y).contains { $0.isNumber }, "row \(y): \(screen.line(y))")
        }
    }

    @Test func englishAt120x40ShowsEverySectionWithValuesAsText() throws {
        let f = Self.shared
        let rt = try f.runtime(username: "maria", width: 120, height: 40, language: .en)
        rt.send(.key(.alt("r")))
        var screen = rt.render()
        #expect(screen.heading.contains("Review"))
        #expect(screen.sameRow("Review", "[Closures", "Open", "Workload"))
        rt.send(.key(.tab))
        screen = rt.render()
        #expect(screen.sameRow("Status", "0-7", "90+"))
        #expect(screen.find("Closure requested") != nil || screen.find("Closure") != nil)
        #expect(screen.find("0-7 days") != nil)
        rt.send([.tab, .tab, .tab, .tab])
        screen = rt.render()
        #expect(screen.sameRow("Person", "Overdue"))
        #expect(screen.find("Jorge Ramírez Soto") != nil)
    }
}
