import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Queues checked against what the test computes itself from the rows it wrote, before and
/// after the clock travels; every queue paged in small windows must join up exactly.
@Suite struct QueueTests {
    struct CaseRow { let id: Int64; let caseworker: Int64?; let status: CaseStatus; let priority: CasePriority; let opened: Int64 }
    struct FollowUpRow { let id: Int64; let caseId: Int64; let due: Int64; let status: String; let assignee: Int64 }
    struct ReferralRow { let id: Int64; let caseId: Int64; let status: String; let due: Int64?; let kind: ReferralKind; let partner: Int64 }

    final class World: @unchecked Sendable {
        let f: DeskFixture
        var cases: [CaseRow] = []
        var followUps: [FollowUpRow] = []
        var referrals: [ReferralRow] = []
        var partners: [Int64] = []

        init(seed: UInt64 = 7, caseCount: Int = 90) throws {
            f = try DeskFixture()
            var rng = SplitMix64(seed: seed)
            let now = Int64(f.clock.date.timeIntervalSince1970)
            partners = [try f.makePartner("Clínica Alivio", kinds: ReferralKind.allCases),
                        try f.makePartner("Bufete Popular", kinds: ReferralKind.allCases)]
            let workers: [Int64?] = [f.ana.id, f.ben.id, nil]
            let statuses: [CaseStatus] = [.new, .active, .waiting, .closureRequested, .closed]
            for i in 0..<caseCount {
                let cw = workers.randomElement(using: &rng)!
                let status = statuses.randomElement(using: &rng)!
                let priority = CasePriority.allCases.randomElement(using: &rng)!
                // Every fifth case shares an opening time with the one before: ties break by id.
                let opened = i % 5 == 4 ? cases.last!.opened : now - Int64.random(in: 3600...(100 * 86_400), using: &rng)
                let id = try f.makeCase(caseworker: cw.map { id in [f.ana, f.ben].first { $0.id == id }! },
                                        status: status, priority: priority,
                                        openedAt: Date(timeIntervalSince1970: TimeInterval(opened)))
                cases.append(CaseRow(id: id, caseworker: cw, status: status, priority: priority, opened: opened))
                for _ in 0..<Int.random(in: 0...3, using: &rng) {
                    let due = now + Int64.random(in: (-5 * 86_400)...(5 * 86_400), using: &rng)
                    let st = ["scheduled", "scheduled", "done", "missed"].randomElement(using: &rng)!
                    let who = [f.ana.id, f.ben.id, f.supervisor.id].randomElement(using: &rng)!
                    let fid = try f.desk.pool.write { db -> Int64 in
                        try db.execute(sql: """
                            INSERT INTO follow_ups (case_id, due_at, channel, status, assigned_to, created_at, updated_at)
                            VALUES (?, ?, 'call', ?, ?, 0, 0)
                            """, arguments: [id, due, st, who])
                        return db.lastInsertedRowID
                    }
                    followUps.append(FollowUpRow(id: fid, caseId: id, due: due, status: st, assignee: who))
                }
                for _ in 0..<Int.random(in: 0...2, using: &rng) {
                    let st = ["draft", "sent", "sent", "sent", "accepted", "declined"].randomElement(using: &rng)!
                    let due: Int64? = st == "draft" ? nil : now + Int64.random(in: (-10 * 86_400)...(10 * 86_400), using: &rng)
                    let kind = ReferralKind.allCases.randomElement(using: &rng)!
                    let partner = partners.randomElement(using: &rng)!
                    let rid = try f.desk.pool.write { db -> Int64 in
                        try db.execute(sql: """
                            INSERT INTO referrals (case_id, kind, status, partner_id, response_due, sent_at, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, 0, 0)
                            """, arguments: [id, kind.rawValue, st, partner, due, due.map { $0 - 5 * 86_400 }])
                        return db.lastInsertedRowID
                    }
                    referrals.append(ReferralRow(id: rid, caseId: id, status: st, due: due, kind: kind, partner: partner))
                }
            }
        }

        func caseworker(of caseId: Int64) -> Int64? { cases.first { $0.id == caseId }!.caseworker }
    }

    /// Every row of a queue, paging with `size` rows a window from each last row's key.
    static func all<Row, Key>(size: Int, key: (Row) -> Key, _ page: (Key?, Int) throws -> [Row]) throws -> [Row] {
        var rows: [Row] = []
        var anchor: Key?
        while true {
            let window = try page(anchor, size)
            #expect(window.count <= size)
            rows += window
            if window.count < size { return rows }
            anchor = key(window.last!)
        }
    }

    static func rank(_ p: CasePriority) -> Int { p == .urgent ? 0 : p == .high ? 1 : 2 }

    @Test func caseQueuesMatchTheRowsWritten() throws {
        let w = try World()
        let f = w.f
        for actor in [f.ana, f.ben, f.supervisor] {
            let expected = w.cases.filter { $0.caseworker == actor.id && $0.status != .closed }
                .sorted { (Self.rank($0.priority), $0.opened, $0.id) < (Self.rank($1.priority), $1.opened, $1.id) }
                .map(\.id)
            for size in [1, 4, 50] {
                let got = try Self.all(size: size, key: \.key) { try f.desk.myCases(by: actor, after: $0, limit: $1) }
                #expect(got.map(\.id) == expected, "\(actor.username) size \(size)")
            }
        }
        let unassigned = w.cases.filter { $0.caseworker == nil && $0.status != .closed }
            .sorted { (Self.rank($0.priority), $0.opened, $0.id) < (Self.rank($1.priority), $1.opened, $1.id) }
        let got = try Self.all(size: 3, key: \.key) { try f.desk.unassignedCases(by: f.ana, after: $0, limit: $1) }
        #expect(got.map(\.id) == unassigned.map(\.id))
        #expect(!unassigned.isEmpty)
        #expect(got.first?.personName == "Muñoz Pérez, José Ángel")

        let closures = w.cases.filter { $0.status == .closureRequested }.sorted { ($0.opened, $0.id) < ($1.opened, $1.id) }
        let gotClosures = try Self.all(size: 2, key: \.openedKey) {
            try f.desk.closuresAwaitingApproval(by: f.supervisor, after: $0, limit: $1)
        }
        #expect(gotClosures.map(\.id) == closures.map(\.id))
        #expect(caught { try f.desk.closuresAwaitingApproval(by: f.ana) }?.isNotPermitted == true)
        for actor in [f.volunteer, f.admin] {
            #expect(caught { try f.desk.myCases(by: actor) }?.isNotPermitted == true)
            #expect(caught { try f.desk.unassignedCases(by: actor) }?.isNotPermitted == true)
            #expect(caught { try f.desk.followUpsDue(scope: .mine, range: .overdue, by: actor) }?.isNotPermitted == true)
            #expect(caught { try f.desk.referralsAwaitingResponse(by: actor) }?.isNotPermitted == true)
        }
    }

    @Test func followUpQueuesTravelInTime() throws {
        let w = try World()
        let f = w.f
        var sawOverdue = 0
        for hop in 0..<3 {
            let now = f.clock.date
            let nowS = Int64(now.timeIntervalSince1970)
            let tomorrow = Int64(Calendar.current.date(byAdding: .day, value: 1, to: Calendar.current.startOfDay(for: now))!.timeIntervalSince1970)
            func inRange(_ due: Int64, _ range: FollowUpRange) -> Bool {
                switch range {
                case .overdue: return due < nowS
                case .today: return due >= nowS && due < tomorrow
                case .upcoming: return due >= tomorrow
                }
            }
            for actor in [f.ana, f.supervisor] {
                for scope in FollowUpScope.allCases {
                    for range in FollowUpRange.allCases {
                        let expected = w.followUps.filter { fu in
                            guard fu.status == "scheduled", inRange(fu.due, range) else { return false }
                            switch scope {
                            case .mine: return fu.assignee == actor.id
                            case .team:
                                if actor.role == .supervisor { return true }
                                let cw = w.caseworker(of: fu.caseId)
                                return cw == nil || cw == actor.id
                            }
                        }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map(\.id)
                        // No `now:` given: the store's clock is the one that travelled.
                        let got = try Self.all(size: 4, key: \.key) {
                            try f.desk.followUpsDue(scope: scope, range: range, by: actor, after: $0, limit: $1)
                        }
                        #expect(got.map(\.id) == expected, "hop \(hop) \(actor.username) \(scope) \(range)")
                        if range == .overdue { sawOverdue += expected.count }
                        // Cross-check against Core's definition of overdue.
                        if range == .overdue && scope == .team && actor.role == .supervisor {
                            let core = DerivedStates.overdue(w.followUps.map {
                                FollowUp(id: String($0.id), caseId: String($0.caseId),
                                         due: Date(timeIntervalSince1970: TimeInterval($0.due)), channel: .call,
                                         status: FollowUpStatus(rawValue: $0.status)!)
                            }, at: now)
                            #expect(Set(core.map(\.id)) == Set(got.map { String($0.id) }))
                        }
                    }
                }
            }
            f.clock.advance(2 * 86_400 + 3_600)
        }
        #expect(sawOverdue > 0)
    }

    @Test func referralsAwaitingResponseTravelInTime() throws {
        let w = try World()
        let f = w.f
        var seen = 0
        for hop in 0..<3 {
            let nowS = Int64(f.clock.date.timeIntervalSince1970)
            for actor in [f.ana, f.ben, f.supervisor] {
                for (kind, partner) in [(nil, nil), (ReferralKind.legalAid, nil), (nil, w.partners[0])] as [(ReferralKind?, Int64?)] {
                    let expected = w.referrals.filter { r in
                        guard r.status == "sent", let due = r.due, due < nowS else { return false }
                        if let kind, r.kind != kind { return false }
                        if let partner, r.partner != partner { return false }
                        if actor.role == .supervisor { return true }
                        let cw = w.caseworker(of: r.caseId)
                        return cw == nil || cw == actor.id
                    }.sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }.map(\.id)
                    let got = try Self.all(size: 3, key: \.key) {
                        try f.desk.referralsAwaitingResponse(by: actor, kind: kind, partnerId: partner, after: $0, limit: $1)
                    }
                    #expect(got.map(\.id) == expected, "hop \(hop) \(actor.username) \(String(describing: kind)) \(String(describing: partner))")
                    #expect(got.allSatisfy { $0.status == .sent && $0.responseDue < f.clock.date })
                    seen += expected.count
                }
            }
            f.clock.advance(4 * 86_400)
        }
        #expect(seen > 0)
    }

    /// EXPLAIN QUERY PLAN of every queue window: each table is reached through an index, and
    /// no temporary sort (the index gives the order).
    @Test func queueWindowsNeverScanATable() throws {
        let w = try World(caseCount: 30)
        let f = w.f
        let desk = f.desk
        let key = CaseQueueKey(priorityRank: 1, openedAt: 1_790_000_000, id: 5)
        let due = DueQueueKey(due: 1_795_000_000, id: 3)
        var queries: [(String, CaseDesk.QueueQuery)] = [
            ("mine", desk.caseQueueQuery(assignedTo: f.ana.id, rank: 0, after: nil, limit: 50)),
            ("mine after", desk.caseQueueQuery(assignedTo: f.ana.id, rank: key.priorityRank, after: (key.openedAt, key.id), limit: 50)),
            ("unassigned", desk.caseQueueQuery(assignedTo: nil, rank: 2, after: nil, limit: 50)),
            ("unassigned after", desk.caseQueueQuery(assignedTo: nil, rank: key.priorityRank, after: (key.openedAt, key.id), limit: 50)),
            ("closures", desk.closureQueueQuery(after: nil, limit: 50)),
            ("closures after", desk.closureQueueQuery(after: due, limit: 50)),
        ]
        for scope in FollowUpScope.allCases {
            for range in FollowUpRange.allCases {
                for actor in [f.ana, f.supervisor] {
                    for after in [nil, due] {
                        queries.append(("followups \(scope) \(range) \(actor.username) \(after == nil ? "" : "after")",
                                        desk.followUpQueueQuery(scope: scope, range: range, now: f.clock.date,
                                                                role: actor.role, actor: actor, after: after, limit: 50)))
                    }
                }
            }
        }
        for actor in [f.ana, f.supervisor] {
            for (kind, partner) in [(nil, nil), (ReferralKind.telemedicine, nil), (nil, w.partners[1])] as [(ReferralKind?, Int64?)] {
                for after in [nil, due] {
                    queries.append(("awaiting \(actor.username) \(String(describing: kind)) \(String(describing: partner))",
                                    desk.awaitingQueueQuery(kind: kind, partnerId: partner, now: f.clock.date,
                                                            role: actor.role, actor: actor, after: after, limit: 50)))
                }
            }
        }
        try desk.pool.read { db in
            for (name, query) in queries {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments)
                    .map { $0["detail"] as String }
                // A window after an anchor seeks to it instead of walking from the start.
                if name.hasSuffix("after") && (name.hasPrefix("mine") || name.hasPrefix("unassigned")) {
                    #expect(plan.contains { $0.contains("<expr>=? AND opened_at>?") }, "\(name): \(plan)")
                }
                for line in plan {
                    let scansTable = line.hasPrefix("SCAN ") && !line.contains("USING")
                    #expect(!scansTable, "\(name): \(plan)")
                    #expect(!line.contains("TEMP B-TREE"), "\(name): \(plan)")
                }
                // And the query runs.
                _ = try Row.fetchAll(db, sql: query.sql, arguments: query.arguments)
            }
        }
    }

    @Test func migrationIsAppendedAndRecorded() throws {
        let f = try DeskFixture()
        let applied = try f.desk.appliedMigrations()
        #expect(applied.first == "v1-foundation")
        #expect(applied.contains("v2-referrals-followups"))
        #expect(applied.contains("v4-referrals-queues"))
        #expect(applied.last == CaseDesk.newestSchema)
        #expect(CaseDesk.newestSchema == "v4-referrals-queues" || applied.contains(CaseDesk.newestSchema))
        let indexes = try f.desk.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        for name in ["cases_queue_open", "follow_ups_queue_due", "referrals_queue_kind"] {
            #expect(indexes.contains(name))
        }
    }
}
