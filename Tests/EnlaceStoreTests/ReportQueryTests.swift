import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Every review figure and report, checked against counts the test makes itself from the raw
/// rows (fetched whole and counted in Swift), on a seeded demo database.
struct ReportQueryTests {
    static func rows(_ s: SeededDesk, _ sql: String) throws -> [Row] { try rows(s.desk, sql) }

    static func rows(_ desk: CaseDesk, _ sql: String) throws -> [Row] {
        try desk.pool.read { db in try Row.fetchAll(db, sql: sql) }
    }

    static func day(_ seconds: Int64) -> CalendarDate { CalendarDate(daysSinceEpoch: Int(seconds / 86_400))! }

    @Test func referralsAwaitingByKindAndPartnerMatchTheRows() throws {
        let s = try SeededDesk(people: 600, seed: 21)
        let maria = try s.user("maria")
        let now = Int64(s.clock.date.timeIntervalSince1970)
        var expected: [String: Int] = [:]
        for r in try Self.rows(s, "SELECT kind, status, partner_id, response_due FROM referrals")
        where (r["status"] as String) == "sent" && (r["response_due"] as Int64? ?? Int64.max) < now {
            expected["\(r["kind"] as String)/\(r["partner_id"] as Int64? ?? 0)", default: 0] += 1
        }
        let result = try s.desk.referralsAwaitingByKindAndPartner(now: s.clock.date, by: maria)
        #expect(!result.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: result.map { ("\($0.kind.rawValue)/\($0.partnerId ?? 0)", $0.count) }) == expected)
        #expect(result.map(\.count) == result.map(\.count).sorted(by: >))
        let legal = try s.desk.referralsAwaitingByKindAndPartner(kind: .legalAid, now: s.clock.date, by: maria)
        #expect(legal.allSatisfy { $0.kind == .legalAid })
        #expect(legal.map(\.count).reduce(0, +) == expected.filter { $0.key.hasPrefix("legalAid/") }.values.reduce(0, +))
    }

    @Test func urgentWorkloadAndClosuresMatchTheRows() throws {
        let s = try SeededDesk(people: 600, seed: 22)
        let maria = try s.user("maria")
        let now = Int64(s.clock.date.timeIntervalSince1970)
        let cases = try Self.rows(s, "SELECT id, status, priority, caseworker_id FROM cases")
        var urgent: [CaseStatus: Int] = [:]
        var open: [Int64: Int] = [:], urgentBy: [Int64: Int] = [:], closures: [Int64: Int] = [:]
        var caseworkerOf: [Int64: Int64] = [:]
        for c in cases {
            let status = CaseStatus(rawValue: c["status"])!
            let who = c["caseworker_id"] as Int64? ?? 0
            caseworkerOf[c["id"]] = who
            guard status != .closed else { continue }
            open[who, default: 0] += 1
            if (c["priority"] as String) == "urgent" { urgent[status, default: 0] += 1; urgentBy[who, default: 0] += 1 }
            if status == .closureRequested { closures[who, default: 0] += 1 }
        }
        #expect(try s.desk.urgentOpenCaseCounts(by: maria) == urgent)
        #expect(!urgent.isEmpty)
        let jorge = try s.user("jorge")
        let jorgeUrgent = cases.filter {
            ($0["caseworker_id"] as Int64?) == jorge.id && ($0["priority"] as String) == "urgent" && ($0["status"] as String) != "closed"
        }.count
        #expect(try s.desk.urgentOpenCaseCounts(caseworker: .user(jorge.id), by: maria).values.reduce(0, +) == jorgeUrgent)

        var overdue: [Int64: Int] = [:]
        for f in try Self.rows(s, "SELECT assigned_to, status, due_at FROM follow_ups")
        where (f["status"] as String) == "scheduled" && (f["due_at"] as Int64) < now {
            overdue[f["assigned_to"] as Int64? ?? 0, default: 0] += 1
        }
        var awaiting: [Int64: Int] = [:]
        for r in try Self.rows(s, "SELECT case_id, status, response_due FROM referrals")
        where (r["status"] as String) == "sent" && (r["response_due"] as Int64? ?? Int64.max) < now {
            awaiting[caseworkerOf[r["case_id"]]!, default: 0] += 1
        }
        let workload = try s.desk.workloadByCaseworker(now: s.clock.date, by: maria)
        for w in workload {
            let id = w.caseworkerId ?? 0
            #expect(w.openCases == open[id] ?? 0, "open cases of \(id)")
            #expect(w.urgentCases == urgentBy[id] ?? 0)
            #expect(w.closuresAwaiting == closures[id] ?? 0)
            #expect(w.overdueFollowUps == overdue[id] ?? 0)
            #expect(w.awaitingReferrals == awaiting[id] ?? 0)
        }
        let listed = Set(workload.map { $0.caseworkerId ?? 0 })
        #expect(listed.isSuperset(of: open.keys) && listed.isSuperset(of: overdue.keys) && listed.isSuperset(of: awaiting.keys))
        #expect(workload.contains { $0.caseworkerName == "Jorge Ramírez Soto" || $0.caseworkerId == jorge.id })
        let byCaseworker = try s.desk.closuresAwaitingByCaseworker(by: maria)
        #expect(Dictionary(uniqueKeysWithValues: byCaseworker.map { ($0.caseworkerId ?? 0, $0.count) }) == closures)
    }

    @Test func casesPerMonthMatchTheRowsWithAndWithoutFilters() throws {
        let s = try SeededDesk(people: 600, seed: 23)
        let maria = try s.user("maria"), jorge = try s.user("jorge")
        let from = CalendarDate(year: 2026, month: 2, day: 10)!, to = CalendarDate(year: 2026, month: 9, day: 20)!
        for caseworker in [nil, jorge.id] {
            /// Cases per month label ("2026-03") whose `column` falls within [from, to].
            func tally(_ column: String) throws -> [String: Int] {
                var counts: [String: Int] = [:]
                for c in try Self.rows(s, "SELECT \(column) AS at, caseworker_id FROM cases WHERE \(column) IS NOT NULL") {
                    if let caseworker, (c["caseworker_id"] as Int64?) != caseworker { continue }
                    let d = Self.day(c["at"])
                    if d >= from && d <= to { counts[String(d.iso.prefix(7)), default: 0] += 1 }
                }
                return counts
            }
            let opened = try tally("opened_at"), closed = try tally("closed_at")
            let months = try s.desk.casesPerMonth(ReportFilter(from: from, to: to, caseworkerId: caseworker), by: maria)
            #expect(months.map(\.label) == ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"])
            #expect(months.allSatisfy { $0.opened == opened[$0.label] ?? 0 && $0.closed == closed[$0.label] ?? 0 })
            #expect(months.map(\.opened).reduce(0, +) > 0 && months.map(\.closed).reduce(0, +) > 0)
        }
        // No period: from the first month with a case to this month.
        let all = try s.desk.casesPerMonth(now: s.clock.date, by: maria)
        let total = try Self.rows(s, "SELECT count(*) AS n FROM cases")[0]["n"] as Int
        #expect(all.map(\.opened).reduce(0, +) == total)
        #expect(all.last?.label == String(CalendarDate(s.clock.date).iso.prefix(7)))
    }

    @Test func referralReportsMatchTheRows() throws {
        let s = try SeededDesk(people: 800, seed: 24)
        let maria = try s.user("maria")
        let from = CalendarDate(year: 2026, month: 1, day: 1)!, to = CalendarDate(year: 2026, month: 10, day: 31)!
        let filter = ReportFilter(from: from, to: to)
        let referrals = try Self.rows(s, "SELECT kind, status, outcome, created_at, sent_at, responded_at FROM referrals")
        var byStatus: [String: Int] = [:], results: [String: Int] = [:]
        var days: [String: [Int64]] = [:]
        for r in referrals {
            let kind: String = r["kind"], status: String = r["status"]
            let created = Self.day(r["created_at"])
            if created >= from && created <= to {
                byStatus["\(kind)/\(status)", default: 0] += 1
                if ["completed", "declined", "noShow", "cancelled"].contains(status) {
                    let result = status == "completed" ? (r["outcome"] as String? ?? "completedNoOutcome") : status
                    results["\(kind)/\(result)", default: 0] += 1
                }
            }
            if let sent = r["sent_at"] as Int64?, let answered = r["responded_at"] as Int64? {
                let d = Self.day(sent)
                if d >= from && d <= to { days[kind, default: []].append((answered - sent) / 86_400) }
            }
        }
        let services = try s.desk.referralsByKindAndStatus(filter, by: maria)
        #expect(Dictionary(uniqueKeysWithValues: services.map { ("\($0.kind.rawValue)/\($0.status.rawValue)", $0.count) }) == byStatus)
        let outcomes = try s.desk.referralResultsByKind(filter, by: maria)
        #expect(Dictionary(uniqueKeysWithValues: outcomes.map { ("\($0.kind.rawValue)/\($0.result.rawValue)", $0.count) }) == results)
        #expect(!results.isEmpty)
        let times = try s.desk.partnerResponseTimes(filter, by: maria)
        #expect(times.map(\.kind) == ReferralKind.allCases)
        for t in times {
            let sorted = (days[t.kind.rawValue] ?? []).sorted()
            #expect(t.responses == sorted.count)
            let median: Double? = sorted.isEmpty ? nil : sorted.count % 2 == 1
                ? Double(sorted[sorted.count / 2]) : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            #expect(t.medianDays == median, "\(t.kind)")
        }
        #expect(times.contains { $0.responses > 0 })
        let legal = try s.desk.referralsByKindAndStatus(ReportFilter(from: from, to: to, kind: .legalAid), by: maria)
        #expect(legal.allSatisfy { $0.kind == .legalAid } && !legal.isEmpty)
    }

    @Test func histogramMedianIsTheMiddleValueOrTheMeanOfTheTwo() {
        #expect(HistogramMedian.median([:]) == nil)
        #expect(HistogramMedian.median([3: 1]) == 3)
        #expect(HistogramMedian.median([1: 1, 4: 1]) == 2.5)
        #expect(HistogramMedian.median([1: 2, 9: 1]) == 1)
        #expect(HistogramMedian.median([0: 5, 10: 5]) == 5)
        #expect(HistogramMedian.median([2: 0, 7: 3]) == 7)
    }

    @Test func peopleAndEventReportsMatchTheRows() throws {
        let s = try SeededDesk(people: 600, seed: 25)
        let maria = try s.user("maria")
        let from = CalendarDate(year: 2026, month: 3, day: 1)!
        var states: [String: Int] = [:], associations: [String: Int] = [:]
        for p in try Self.rows(s, "SELECT origin_state, hometown_association, created_at FROM people")
        where Self.day(p["created_at"]) >= from {
            states[p["origin_state"] as String? ?? "", default: 0] += 1
            associations[p["hometown_association"] as String? ?? "", default: 0] += 1
        }
        let byState = try s.desk.peopleByOriginState(ReportFilter(from: from), by: maria)
        #expect(Dictionary(uniqueKeysWithValues: byState.map { ($0.key, $0.count) }) == states)
        #expect(byState.contains { $0.name == "Jalisco" || $0.name == "Guanajuato" || $0.name == "Michoacán" })
        let byAssociation = try s.desk.peopleByHometownAssociation(ReportFilter(from: from), by: maria)
        #expect(Dictionary(uniqueKeysWithValues: byAssociation.map { ($0.key, $0.count) }) == associations)
        #expect(byAssociation.contains { $0.name == nil } && byAssociation.contains { $0.name?.hasPrefix("Club") == true })

        var cases: [Int64: Int] = [:], people: [Int64: Int] = [:]
        for c in try Self.rows(s, "SELECT event_id FROM cases WHERE event_id IS NOT NULL") { cases[c["event_id"], default: 0] += 1 }
        for p in try Self.rows(s, "SELECT event_id FROM people WHERE event_id IS NOT NULL") { people[p["event_id"], default: 0] += 1 }
        let events = try s.desk.intakesPerEvent(by: maria)
        #expect(events.count == (try Self.rows(s, "SELECT count(*) AS n FROM events")[0]["n"] as Int))
        #expect(events.allSatisfy { $0.cases == cases[$0.eventId] ?? 0 && $0.people == people[$0.eventId] ?? 0 })
        #expect(events.contains { $0.cases > 0 })
        let recent = try s.desk.intakesPerEvent(ReportFilter(from: CalendarDate(year: 2026, month: 9, day: 1)), by: maria)
        #expect(recent.allSatisfy { $0.heldOn >= "2026-09-01" } && recent.count < events.count)
    }

    /// Every page of a drill-down, walked to the end.
    static func all(_ s: SeededDesk, _ figure: ReportDrillDown, _ actor: UserAccount, page: Int = 7,
                    denseLimit: Int = CaseDesk.drillDownDenseLimit) throws -> [CaseSummary] {
        var rows: [CaseSummary] = []
        var after: CaseListKey?
        while true {
            let window = try s.desk.drillDown(figure, after: after, limit: page, now: s.clock.date,
                                              denseLimit: denseLimit, by: actor)
            rows += window
            if window.count < page { return rows }
            after = window.last!.key
        }
    }

    @Test func everyDrillDownListsExactlyTheCasesBehindItsFigureNewestFirst() throws {
        let s = try SeededDesk(people: 400, seed: 26)
        let maria = try s.user("maria"), jorge = try s.user("jorge")
        let now = s.clock.date
        let counts = try s.desk.openCaseCounts(now: now, by: maria)
        for status in CaseStatus.allCases where status.isOpen {
            for bucket in CaseAgeBucket.allCases {
                let rows = try Self.all(s, .openCases(status: status, age: bucket), maria)
                #expect(rows.count == counts.count(status, bucket), "\(status) \(bucket)")
                #expect(rows.allSatisfy { $0.status == status })
            }
        }
        let workload = try s.desk.workloadByCaseworker(now: now, by: maria)
        for w in workload {
            let scope = CaseworkerScope.of(w.caseworkerId)
            #expect(try Self.all(s, .caseworkerOpenCases(scope), maria).count == w.openCases)
            #expect(try Self.all(s, .closuresAwaiting(scope), maria).count == w.closuresAwaiting)
            #expect(try Self.all(s, .urgentOpenCases(scope, status: nil), maria).count == w.urgentCases)
        }
        // Cases, not follow-ups: a case with two overdue follow-ups is listed once.
        let overdueCases = Set(try Self.rows(s, """
            SELECT case_id FROM follow_ups WHERE status = 'scheduled' AND due_at < \(Int64(now.timeIntervalSince1970))
              AND assigned_to = \(jorge.id)
            """).map { $0["case_id"] as Int64 })
        let overdue = try Self.all(s, .overdueFollowUps(assignedTo: .user(jorge.id)), maria)
        #expect(Set(overdue.map(\.id)) == overdueCases && overdue.count == overdueCases.count && !overdue.isEmpty)
        // The same cases in the same order when the figure counts as dense (walk the cases,
        // check each) as when it is collected and sorted.
        #expect(try Self.all(s, .overdueFollowUps(assignedTo: .user(jorge.id)), maria, denseLimit: 1) == overdue)
        #expect(overdue.allSatisfy { $0.isOverdue })
        let awaiting = try s.desk.referralsAwaitingByKindAndPartner(now: now, by: maria)
        let first = try #require(awaiting.first)
        let behind = try Self.all(s, .referralsAwaiting(kind: first.kind, partnerId: first.partnerId, caseworker: .any), maria)
        let expectedCases = Set(try Self.rows(s, """
            SELECT case_id FROM referrals WHERE status = 'sent' AND response_due < \(Int64(now.timeIntervalSince1970))
              AND kind = '\(first.kind.rawValue)' AND partner_id IS \(first.partnerId.map(String.init) ?? "NULL")
            """).map { $0["case_id"] as Int64 })
        #expect(Set(behind.map(\.id)) == expectedCases)
        #expect(try Self.all(s, .referralsAwaiting(kind: first.kind, partnerId: first.partnerId, caseworker: .any), maria,
                             denseLimit: 0) == behind)
        // Newest first, no repeats across pages.
        let any = try Self.all(s, .caseworkerOpenCases(.any), maria, page: 11)
        #expect(any.map(\.key) == any.map(\.key).sorted { ($0.openedAt, $0.id) > ($1.openedAt, $1.id) })
        #expect(Set(any.map(\.id)).count == any.count)
    }

    @Test func countTablesFollowEveryWriteAndAReassignmentMovesTheWorkload() throws {
        let s = try SeededDesk(people: 300, seed: 27)
        let maria = try s.user("maria"), jorge = try s.user("jorge"), lucia = try s.user("lucia")
        let before = try s.desk.workloadByCaseworker(by: maria)
        func load(_ id: Int64, _ w: [CaseworkerWorkload]) -> Int { w.first { $0.caseworkerId == id }?.openCases ?? 0 }
        // Reassign every open case of Lucía's shown by the drill-down to Jorge, at once.
        let hers = try Self.all(s, .caseworkerOpenCases(.user(lucia.id)), maria, page: 50)
        #expect(!hers.isEmpty)
        #expect(try s.desk.reassign(caseIds: hers.map(\.id), to: jorge.id, by: maria) == hers.count)
        let after = try s.desk.workloadByCaseworker(by: maria)
        #expect(load(jorge.id, after) == load(jorge.id, before) + hers.count)
        #expect(load(lucia.id, after) == 0)
        // A referral sent and answered is counted in the response times.
        let opened = try s.desk.registerAndOpen(PersonDraft(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez"),
                                                area: .legal, priority: .urgent, description: "", by: jorge)
        let partner = try #require(try s.desk.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM partners WHERE kinds LIKE '%legalAid%' AND active = 1 LIMIT 1") })
        let draft = try s.desk.createReferral(caseId: opened.id, kind: .legalAid, partnerId: partner,
                                              reason: "Asesoría", urgency: .urgent,
                                              details: .legalAid(LegalAidDetails(matter: .asylum)),
                                              consentToShare: true, responseDue: nil, by: jorge)
        let sent = try s.desk.sendReferral(id: Int64(draft.id)!, by: jorge, version: draft.version)
        s.clock.advance(3 * 86_400)
        _ = try s.desk.acceptReferral(id: Int64(sent.id)!, by: jorge, version: sent.version)
        try Self.expectCountTablesMatchTheRows(s.desk)
    }

    /// The trigger-kept tables against the same counts made from scratch.
    static func expectCountTablesMatchTheRows(_ s: CaseDesk) throws {
        let pairs: [(String, String)] = [
            ("SELECT event, day, caseworker_id, n FROM case_flow_days WHERE n <> 0",
             """
             SELECT 'opened' AS event, opened_at / 86400 AS day, ifnull(caseworker_id, 0) AS caseworker_id, count(*) AS n FROM cases GROUP BY 2, 3
             UNION ALL SELECT 'closed', closed_at / 86400, ifnull(caseworker_id, 0), count(*) FROM cases WHERE closed_at IS NOT NULL GROUP BY 2, 3
             """),
            ("SELECT caseworker_id, status, priority, n FROM case_load_counts WHERE n <> 0",
             "SELECT ifnull(caseworker_id, 0), status, priority, count(*) FROM cases GROUP BY 1, 2, 3"),
            ("SELECT day, kind, status, outcome, n FROM referral_day_counts WHERE n <> 0",
             "SELECT created_at / 86400, kind, status, ifnull(outcome, ''), count(*) FROM referrals GROUP BY 1, 2, 3, 4"),
            ("SELECT day, kind, days, n FROM referral_response_days WHERE n <> 0",
             """
             SELECT sent_at / 86400, kind, (responded_at - sent_at) / 86400, count(*) FROM referrals
             WHERE sent_at IS NOT NULL AND responded_at IS NOT NULL GROUP BY 1, 2, 3
             """),
            ("SELECT day, origin_state, association, n FROM people_origin_days WHERE n <> 0",
             "SELECT created_at / 86400, ifnull(origin_state, ''), ifnull(hometown_association, ''), count(*) FROM people GROUP BY 1, 2, 3"),
        ]
        for (kept, fresh) in pairs {
            let a = Set(try rows(s, kept).map { $0.databaseValues.map(\.description).joined(separator: "|") })
            let b = Set(try rows(s, fresh).map { $0.databaseValues.map(\.description).joined(separator: "|") })
            #expect(a == b, "\(kept)")
            #expect(!a.isEmpty)
        }
        let responded = try rows(s, "SELECT count(*) AS n FROM referrals WHERE responded_at IS NOT NULL")[0]["n"] as Int
        #expect(responded > 0)
    }

    @Test func reportTablesCarryTheFiguresAndTheSharedOnesHideSmallCells() throws {
        let s = try SeededDesk(people: 300, seed: 28)
        let maria = try s.user("maria")
        for kind in ReportKind.allCases where !kind.isPersonLevel {
            let table = try s.desk.report(kind, by: maria)
            #expect(table.id == kind.rawValue && table.title == kind.title.text)
            let shared = try s.desk.sharedReport(kind, by: maria)
            #expect(shared.rows.count == table.rows.count)
            #expect(!shared.columns.contains { $0.kind == .total })
            for (row, sharedRow) in zip(table.rows, shared.rows) {
                for (i, column) in shared.columns.enumerated() where column.kind == .count {
                    let original = row[table.columnIndex(column.id)!]
                    if let n = original.count, n >= 1 && n <= 4 { #expect(sharedRow[i] == .suppressed) } else { #expect(sharedRow[i] == original) }
                }
            }
        }
        let open = try s.desk.report(.openByAge, by: maria)
        let counts = try s.desk.openCaseCounts(by: maria)
        #expect(open.column("total").compactMap(\.count).reduce(0, +) == counts.total)
        #expect(throws: StoreError.self) { try s.desk.sharedReport(.caseList, by: maria) }
        // Every shared table is audited as leaving the machine: one row per call, with its rows.
        let shared = try Self.rows(s, "SELECT actor_id, reason, changed_fields FROM audit_log WHERE action = 'exportAggregate' ORDER BY id")
        let kinds = ReportKind.allCases.filter { !$0.isPersonLevel }
        #expect(shared.map { $0["reason"] as String } == kinds.map(\.rawValue))
        #expect(shared.allSatisfy { ($0["actor_id"] as Int64) == maria.id })
        let services = try s.desk.report(.services, by: maria)
        let servicesRow = try #require(shared.first { ($0["reason"] as String) == ReportKind.services.rawValue })
        #expect((servicesRow["changed_fields"] as String).contains("\"rows\":[\"\(services.rows.count)\"]"))
    }

    @Test func theCaseListExportIsAuditedAndLeavesSensitiveFieldsOutUnlessAsked() throws {
        let s = try SeededDesk(people: 200, seed: 29)
        let maria = try s.user("maria")
        let from = CalendarDate(year: 2026, month: 6, day: 1)!
        let plain = try s.desk.report(.caseList, filter: ReportFilter(from: from), by: maria)
        let expected = try Self.rows(s, "SELECT opened_at FROM cases").filter { Self.day($0["opened_at"]) >= from }.count
        #expect(plain.rows.count == expected && expected > 0)
        #expect(!plain.columns.contains { $0.id == "description" })
        let sensitive = try s.desk.exportCaseList(ReportFilter(from: from), includeSensitive: true, by: maria)
        #expect(sensitive.columns.last?.id == "description")
        let audit = try Self.rows(s, "SELECT actor_id, action, reason, changed_fields FROM audit_log WHERE entity = 'report' ORDER BY id")
        #expect(audit.count == 2)
        #expect(audit.allSatisfy { ($0["actor_id"] as Int64) == maria.id && ($0["action"] as String) == "exportPersonLevel" })
        let fields = try #require(audit.last?["changed_fields"] as String?)
        #expect(fields.contains("\"rows\":[\"\(expected)\"]") && fields.contains("\"sensitive\":[\"yes\"]") && fields.contains("from=2026-06-01"))
        // The cases behind a figure, exported whole: the drill-down's rows, audited too.
        let figure = ReportDrillDown.caseworkerOpenCases(.any)
        let behind = try Self.all(s, figure, maria, page: 13)
        let exported = try s.desk.exportDrillDown(figure, now: s.clock.date, by: maria)
        #expect(exported.column("number") == behind.map { .text($0.number) } && behind.count > 13)
        #expect(exported.column("person") == behind.map { .text($0.personName) })
        let last = try Self.rows(s, "SELECT reason, changed_fields FROM audit_log WHERE entity = 'report' ORDER BY id DESC LIMIT 1")[0]
        #expect(last["reason"] as String == ReportKind.caseList.rawValue)
        #expect((last["changed_fields"] as String).contains("caseworkerOpenCases"))
        #expect((last["changed_fields"] as String).contains("\"rows\":[\"\(behind.count)\"]"))
        #expect(throws: StoreError.self) { try s.desk.exportDrillDown(figure, by: try s.user("jorge")) }
    }

    @Test(arguments: ["jorge", "pedro", "admin"])
    func onlySupervisorsGetReportsDrillDownsAndExports(user: String) throws {
        let s = try SeededDesk(people: 40, seed: 30)
        let actor = try s.user(user)
        let before = try Self.rows(s, "SELECT count(*) AS n FROM audit_log WHERE entity = 'report'")[0]["n"] as Int
        for kind in ReportKind.allCases {
            #expect(throws: StoreError.self, "\(kind)") { try s.desk.report(kind, by: actor) }
        }
        #expect(throws: StoreError.self) { try s.desk.exportCaseList(by: actor) }
        #expect(throws: StoreError.self) { try s.desk.drillDown(.urgentOpenCases(.any, status: nil), by: actor) }
        #expect(throws: StoreError.self) { try s.desk.workloadByCaseworker(by: actor) }
        #expect(throws: StoreError.self) { try s.desk.casesPerMonth(by: actor) }
        #expect(throws: StoreError.self) { try s.desk.peopleByHometownAssociation(by: actor) }
        do {
            _ = try s.desk.report(.workload, by: actor)
        } catch let error as StoreError {
            guard case .notPermitted = error else { Issue.record("expected notPermitted, got \(error)"); return }
        }
        #expect(try Self.rows(s, "SELECT count(*) AS n FROM audit_log WHERE entity = 'report'")[0]["n"] as Int == before)
    }
}

/// The drill-down windows are index walks or bounded id sorts, never a scan of every case.
struct ReportQueryPlanTests {
    @Test func drillDownWindowsUseTheirIndexes() throws {
        let s = try SeededDesk(people: 60, seed: 31)
        let now = s.clock.date
        let expectations: [(ReportDrillDown, String)] = [
            (.openCases(status: .active, age: .upToMonth), "cases_queue_status"),
            (.urgentOpenCases(.any, status: nil), "cases_urgent_open"),
            (.caseworkerOpenCases(.user(3)), "cases_caseworker"),
            (.closuresAwaiting(.any), "cases_queue_status"),
            (.overdueFollowUps(assignedTo: .user(3)), "follow_ups_queue_assigned"),
            (.referralsAwaiting(kind: .legalAid, partnerId: nil, caseworker: .any), "referrals_"),
        ]
        let dense: [(ReportDrillDown, String)] = [
            (.overdueFollowUps(assignedTo: .user(3)), "follow_ups_case"),
            (.referralsAwaiting(kind: .legalAid, partnerId: nil, caseworker: .any), "referrals_case"),
        ]
        for (figure, index, isDense) in expectations.map({ ($0.0, $0.1, false) }) + dense.map({ ($0.0, $0.1, true) }) {
            let q = s.desk.drillDownQuery(figure, after: CaseListKey(openedAt: now, id: 99), limit: 19, now: now, dense: isDense)
            let plan = try s.desk.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + q.sql, arguments: q.arguments).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.contains(index) }, "\(figure): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN c") && !$0.contains("INDEX") }, "\(figure): \(plan)")
        }
    }
}
