import EnlaceCore
import Foundation
import Testing
import EnlaceStore

/// Not a timed test: prints how long the queue windows and referral steps take at a chosen
/// size. Run with `ENLACE_QUEUE_BENCH_PEOPLE=100000 swift test --filter QueueBenchmark`.
@Suite struct QueueBenchmark {
    static let people = Int(ProcessInfo.processInfo.environment["ENLACE_QUEUE_BENCH_PEOPLE"] ?? "") ?? 0

    @Test(.enabled(if: people > 0)) func queuesAtScale() throws {
        let folder = TempFolder()
        let path = folder.file("bench.sqlite")
        let desk = try CaseDesk.open(path: path, create: true)
        let start = Date()
        _ = try DemoData.seed(into: desk, people: Self.people, seed: 2026)
        print("bench seed people=\(Self.people) seconds=\(String(format: "%.1f", Date().timeIntervalSince(start)))")
        let maria = try desk.authenticate(username: "maria", password: DemoData.password)
        let jorge = try desk.authenticate(username: "jorge", password: DemoData.password)

        func measure(_ name: String, runs: Int = 30, _ body: () throws -> Int) rethrows {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<runs {
                let t = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p50 = times[times.count / 2], p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
            print("bench \(name): p50=\(String(format: "%.2f", p50))ms p99=\(String(format: "%.2f", p99))ms rows=\(rows)")
        }
        // Anchors 20 pages deep.
        func deep<R, K>(_ key: (R) -> K, _ page: (K?) throws -> [R]) throws -> K? {
            var anchor: K?
            for _ in 0..<20 {
                let rows = try page(anchor)
                guard let last = rows.last else { break }
                anchor = key(last)
            }
            return anchor
        }
        let mineDeep = try deep(\.key) { try desk.myCases(by: jorge, after: $0, limit: 50) }
        let unassignedDeep = try deep(\.key) { try desk.unassignedCases(by: maria, after: $0, limit: 50) }
        let overdueDeep = try deep(\.key) { try desk.followUpsDue(scope: .team, range: .overdue, by: maria, after: $0, limit: 50) }
        let awaitingDeep = try deep(\.key) { try desk.referralsAwaitingResponse(by: maria, after: $0, limit: 50) }

        try measure("my cases first page (caseworker)") { try desk.myCases(by: jorge, limit: 50).count }
        try measure("my cases 20 pages deep") { try desk.myCases(by: jorge, after: mineDeep, limit: 50).count }
        try measure("unassigned first page") { try desk.unassignedCases(by: maria, limit: 50).count }
        try measure("unassigned 20 pages deep") { try desk.unassignedCases(by: maria, after: unassignedDeep, limit: 50).count }
        try measure("closures awaiting approval") { try desk.closuresAwaitingApproval(by: maria, limit: 50).count }
        for range in FollowUpRange.allCases {
            try measure("follow-ups team \(range) (supervisor)") { try desk.followUpsDue(scope: .team, range: range, by: maria, limit: 50).count }
            try measure("follow-ups team \(range) (caseworker)") { try desk.followUpsDue(scope: .team, range: range, by: jorge, limit: 50).count }
            try measure("follow-ups mine \(range) (caseworker)") { try desk.followUpsDue(scope: .mine, range: range, by: jorge, limit: 50).count }
        }
        try measure("follow-ups overdue 20 pages deep") { try desk.followUpsDue(scope: .team, range: .overdue, by: maria, after: overdueDeep, limit: 50).count }
        try measure("referrals awaiting (supervisor)") { try desk.referralsAwaitingResponse(by: maria, limit: 50).count }
        try measure("referrals awaiting (caseworker)") { try desk.referralsAwaitingResponse(by: jorge, limit: 50).count }
        try measure("referrals awaiting legalAid") { try desk.referralsAwaitingResponse(by: maria, kind: .legalAid, limit: 50).count }
        try measure("referrals awaiting 20 pages deep") { try desk.referralsAwaitingResponse(by: maria, after: awaitingDeep, limit: 50).count }
        try measure("partners telemedicine near IL") { try desk.partners(kind: .telemedicine, nearState: "IL").count }

        let caseId = try #require(try desk.myCases(by: jorge, limit: 1).first?.id)
        try measure("create + send + accept + schedule referral", runs: 20) {
            var r = try desk.createReferral(caseId: caseId, kind: .consularOrientation, partnerId: 1,
                                            reason: "Matrícula", urgency: .routine,
                                            details: .consularOrientation(ConsularDetails(procedure: .matricula)),
                                            consentToShare: true, responseDue: nil, by: jorge)
            let id = Int64(r.id)!
            r = try desk.sendReferral(id: id, by: jorge, version: r.version)
            r = try desk.acceptReferral(id: id, by: jorge, version: r.version)
            r = try desk.scheduleReferral(id: id, appointment: Appointment(at: Date().addingTimeInterval(86_400)),
                                          by: jorge, version: r.version)
            return 4
        }
        try measure("referrals of a case") { try desk.referrals(caseId: caseId, by: jorge).count }
        let referralId = Int64(try desk.referrals(caseId: caseId, by: jorge)[0].id)!
        try measure("referral slip (audited write)") { try desk.referralSlip(id: referralId, language: .es, by: jorge).count }
    }
}
