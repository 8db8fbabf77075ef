import Foundation
import EnlaceCore
import EnlaceStore

/// Measures each operation `samples` times on a seeded database, with inputs drawn from a
/// seeded generator, through the same CaseDesk API the app uses.
struct BenchRunner {
    let desk: CaseDesk
    let samples: Int
    let supervisor: UserAccount
    let caseworker: UserAccount
    var random: SplitMix

    static let surnames = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez",
                           "Sánchez", "Ramírez", "Cruz", "Muñoz", "Núñez", "Vázquez", "Jiménez", "Gutiérrez"]
    static let givenNames = ["José", "María", "Juan", "Guadalupe", "Francisco", "Rosa", "Jesús", "Ana",
                             "Miguel", "Leticia", "Antonio", "Carmen", "Alejandro", "Verónica"]

    init(desk: CaseDesk, samples: Int, seed: UInt64) throws {
        self.desk = desk
        self.samples = samples
        random = SplitMix(seed: seed)
        let logins = DemoData.logins
        func login(_ role: Role) throws -> UserAccount {
            let l = logins.first { $0.role == role }!
            return try desk.authenticate(username: l.username, password: l.password)
        }
        supervisor = try login(.supervisor)
        caseworker = try login(.caseworker)
    }

    private func time(_ name: String, _ count: Int, _ body: (Int) throws -> Void) rethrows -> LatencySummary {
        var durations: [UInt64] = []
        durations.reserveCapacity(count)
        for i in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            try body(i)
            durations.append(DispatchTime.now().uptimeNanoseconds - start)
        }
        return LatencySummary(name: name, nanoseconds: durations)
    }

    mutating func runAll() throws -> [LatencySummary] {
        var results: [LatencySummary] = []
        let n = samples
        let sup = supervisor, cw = caseworker, desk = desk

        // Intake: register a person and open a case, one transaction with its audit rows.
        var drafts: [PersonDraft] = []
        for i in 0..<n {
            let given = random.pick(Self.givenNames), s1 = random.pick(Self.surnames), s2 = random.pick(Self.surnames)
            let phone = String(format: "(312) 5%02d-%04d", i % 100, Int(random.next() % 10_000))
            drafts.append(PersonDraft(givenNames: given, firstSurname: s1, secondSurname: s2,
                                      birthDate: String(format: "%04d-%02d-%02d", 1950 + Int(random.next() % 50),
                                                        1 + Int(random.next() % 12), 1 + Int(random.next() % 28)),
                                      phones: [PhoneDraft(phone)], city: "Chicago", usState: "IL",
                                      originState: "Guanajuato"))
        }
        var registered: [Int64] = []
        results.append(try time("intake.registerAndOpen", n) { i in
            registered.append(try desk.registerAndOpen(drafts[i], area: .health, priority: .normal, description: "bench", by: cw).personId)
        })

        results += try caseScreen(n)

        // The case list: first page, deep pages (anchored at a case found by its number), filters.
        let page = 19
        results.append(try time("caseList.firstPage", n) { _ in
            _ = try desk.caseWindow(CaseWindowRequest(filter: "", anchor: nil, direction: .after, limit: page), actor: sup)
        })
        var anchors: [CaseListKey] = []
        let lastPage = try desk.caseWindow(CaseWindowRequest(filter: "", anchor: nil, direction: .before, limit: 1), actor: sup)
        let firstPage = try desk.caseWindow(CaseWindowRequest(filter: "", anchor: nil, direction: .after, limit: 1), actor: sup)
        if let oldest = lastPage.first, let newest = firstPage.first {
            let span = newest.openedAt.timeIntervalSince(oldest.openedAt)
            for _ in 0..<n {
                let at = oldest.openedAt.addingTimeInterval(span * Double(random.next() % 1000) / 1000)
                anchors.append(CaseListKey(openedAt: at, id: Int64.max))
            }
        }
        if !anchors.isEmpty {
            results.append(try time("caseList.deepPage", n) { i in
                _ = try desk.caseWindow(CaseWindowRequest(filter: "", anchor: anchors[i], direction: .after, limit: page), actor: sup)
            })
        }
        let surnames = (0..<n).map { _ in random.pick(Self.surnames) }
        results.append(try time("caseList.filter.surname", n) { i in
            _ = try desk.caseWindow(CaseWindowRequest(filter: surnames[i], anchor: nil, direction: .after, limit: page), actor: sup)
        })
        let fullNames = (0..<n).map { _ in random.pick(Self.givenNames) + " " + random.pick(Self.surnames) }
        results.append(try time("caseList.filter.givenAndSurname", n) { i in
            _ = try desk.caseWindow(CaseWindowRequest(filter: fullNames[i], anchor: nil, direction: .after, limit: page), actor: sup)
        })
        results.append(try time("caseList.filter.unaccented", n) { i in
            _ = try desk.caseWindow(CaseWindowRequest(filter: NameFolding.searchForm(surnames[i]), anchor: nil, direction: .after, limit: page), actor: sup)
        })

        // Search kinds beside their raw queries: SearchBench. Here, a caseworker's scoped search
        // with its audit row (what `enlace find` does in one call).
        results.append(try time("search.caseworkerScope", n) { i in _ = try desk.search(fullNames[i], by: cw, limit: page) })

        // Duplicate candidates for a person being typed at intake.
        let probes = (0..<n).map { i in
            DuplicateProbe(givenNames: random.pick(Self.givenNames), firstSurname: surnames[i],
                           secondSurname: random.pick(Self.surnames),
                           birthDate: CalendarDate(year: 1950 + Int(random.next() % 50), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28)),
                           phones: [String(format: "(312) 555-%04d", Int(random.next() % 10_000))])
        }
        results.append(try time("dupes.candidates", n) { i in _ = try desk.duplicateCandidates(for: probes[i], by: cw, limit: 10) })

        // Queues, one window each.
        results.append(try time("queue.myCases", n) { _ in _ = try desk.myCases(by: cw, limit: page) })
        results.append(try time("queue.unassigned", n) { _ in _ = try desk.unassignedCases(by: cw, limit: page) })
        results.append(try time("queue.followUps.teamOverdue", n) { _ in
            _ = try desk.followUpsDue(scope: .team, range: .overdue, by: sup, limit: page)
        })
        results.append(try time("queue.followUps.mineToday", n) { _ in
            _ = try desk.followUpsDue(scope: .mine, range: .today, by: cw, limit: page)
        })
        results.append(try time("queue.referralsAwaitingResponse", n) { _ in
            _ = try desk.referralsAwaitingResponse(by: sup, limit: page)
        })
        results.append(try time("queue.closuresAwaitingApproval", n) { _ in
            _ = try desk.closuresAwaitingApproval(by: sup, limit: page)
        })

        // Supervisor counts.
        let countSamples = max(5, n / 10)
        results.append(try time("counts.openByStatusAndAge", countSamples) { _ in _ = try desk.openCaseCounts(by: sup) })
        results.append(try time("counts.overdueByCaseworker", countSamples) { _ in
            _ = try desk.overdueFollowUpsByCaseworker(by: sup)
        })
        results += try reviewAndReports(countSamples)
        // Erasing a person on request (merges the search indexes' segments: grows with them).
        let erased = Array(registered.prefix(max(1, min(5, n))))
        let requests = try erased.map { person in
            try desk.recordDataRequest(DataRequestInput(personId: person, kind: .cancellation, channel: .inPerson,
                                                        asked: "bench"), by: sup).id
        }
        results.append(try time("rights.erasePerson", erased.count) { i in
            _ = try desk.erasePerson(id: erased[i], request: requests[i], by: sup)
        })
        return results
    }

    /// Opening a case screen with 50 notes and 10 referrals (the case and its timeline, and
    /// every referral with its details): the same case shape read with its values sealed and
    /// written in clear (as a file made before encryption), to show what decryption costs.
    func caseScreen(_ count: Int) throws -> [LatencySummary] {
        var cases: [Int64] = []
        for copy in 0..<2 {
            let opened = try desk.registerAndOpen(
                PersonDraft(givenNames: "Caso", firstSurname: "Cifrado", secondSurname: copy == 0 ? "Uno" : "Dos"),
                area: .legal, description: "Asesoría migratoria y seguimiento de una audiencia", by: supervisor)
            for i in 0..<50 {
                _ = try desk.addNote(caseId: opened.id, body: "Nota \(i): la persona llamó para preguntar por su audiencia y sus documentos.",
                                     by: supervisor)
            }
            for i in 0..<10 {
                _ = try desk.createReferral(
                    caseId: opened.id, kind: .legalAid, partnerId: nil, reason: "Canalización \(i)", urgency: .routine,
                    details: .legalAid(LegalAidDetails(matter: .immigrationDefense, detained: i % 2 == 0,
                                                       detentionFacility: "Centro de detención \(i)", aNumber: "A12345678\(i)")),
                    consentToShare: true, responseDue: nil, by: supervisor)
            }
            cases.append(opened.id)
        }
        try desk.benchWriteCaseInClear(caseId: cases[1])
        let open: (Int64) throws -> Void = { id in
            _ = try desk.caseDetail(id: id, timelineLimit: 60, audited: false, by: supervisor)
            _ = try desk.referrals(caseId: id, by: supervisor)
        }
        return [try time("caseScreen.50notes10referrals.sealed", count) { _ in try open(cases[0]) },
                try time("caseScreen.50notes10referrals.clear", count) { _ in try open(cases[1]) }]
    }

    /// The supervisor's review figures, their drill-down windows, and every report.
    mutating func reviewAndReports(_ count: Int) throws -> [LatencySummary] {
        let sup = supervisor, desk = desk, page = 19
        let caseworkerId = caseworker.id
        var results: [LatencySummary] = []
        results.append(try time("review.referralsAwaitingByKindAndPartner", count) { _ in
            _ = try desk.referralsAwaitingByKindAndPartner(by: sup)
        })
        results.append(try time("review.urgentOpen", count) { _ in _ = try desk.urgentOpenCaseCounts(by: sup) })
        results.append(try time("review.workload", count) { _ in _ = try desk.workloadByCaseworker(by: sup) })
        let figures: [(String, ReportDrillDown)] = [
            ("drill.openActive8to30", .openCases(status: .active, age: .upToMonth)),
            ("drill.caseworkerOpen", .caseworkerOpenCases(.user(caseworkerId))),
            ("drill.urgentOpen", .urgentOpenCases(.any, status: nil)),
            ("drill.overdueFollowUps", .overdueFollowUps(assignedTo: .user(caseworkerId))),
            ("drill.referralsAwaiting", .referralsAwaiting(kind: .legalAid, partnerId: nil, caseworker: .any)),
        ]
        for (name, figure) in figures {
            results.append(try time(name, count) { _ in _ = try desk.drillDown(figure, limit: page, by: sup) })
        }
        let year = CalendarDate(Date())
        let lastYear = ReportFilter(from: year.adding(days: -365), to: year)
        for kind in ReportKind.allCases where !kind.isPersonLevel {
            results.append(try time("report.\(kind.rawValue)", count) { _ in
                _ = try desk.report(kind, filter: kind.acceptsDateRange ? lastYear : ReportFilter(), by: sup)
            })
        }
        results.append(try time("report.casesPerMonth.caseworker", count) { _ in
            _ = try desk.report(.casesPerMonth, filter: ReportFilter(caseworkerId: caseworkerId), by: sup)
        })
        return results
    }
}

/// The bench's seeded generator (`SplitMix64`) with its own pick (modulo, as the bench has
/// always drawn), so that bench inputs repeat run after run.
struct SplitMix {
    private var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
