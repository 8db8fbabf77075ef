import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Timings of the case use cases on a demo database (not a timed test: it only prints).
/// Run with `ENLACE_CASE_BENCH_PEOPLE=100000 swift test --filter CaseBenchmark`.
@Suite struct CaseBenchmark {
    static let people = Int(ProcessInfo.processInfo.environment["ENLACE_CASE_BENCH_PEOPLE"] ?? "") ?? 0

    @Test(.enabled(if: people > 0)) func caseUseCasesAtScale() throws {
        let folder = TempFolder()
        let path = folder.file("bench.sqlite")
        let desk = try CaseDesk.open(path: path, create: true)
        _ = try DemoData.seed(into: desk, people: Self.people, seed: 2026)
        let maria = try desk.authenticate(username: "maria", password: DemoData.password)
        let jorge = try desk.authenticate(username: "jorge", password: DemoData.password)
        let pedro = try desk.authenticate(username: "pedro", password: DemoData.password)
        let cases = try desk.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")! }
        print("bench cases people=\(Self.people) cases=\(cases)")

        func measure(_ name: String, runs: Int = 100, _ body: (Int) throws -> Void) rethrows {
            var times: [Double] = []
            for i in 0..<runs {
                let t = DispatchTime.now().uptimeNanoseconds
                try body(i)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
            }
            times.sort()
            let p50 = times[times.count / 2], p99 = times[min(times.count - 1, times.count * 99 / 100)]
            print("bench \(name) runs=\(runs) p50=\(String(format: "%.2f", p50))ms p99=\(String(format: "%.2f", p99))ms")
        }

        var opened: [OpenedCase] = []
        try measure("registerAndOpen") { i in
            opened.append(try desk.registerAndOpen(
                PersonDraft(givenNames: "Bench \(i)", firstSurname: "Pérez", birthDate: "1980-01-01",
                            phones: [PhoneDraft("+1 312 555 \(String(format: "%04d", i))")]),
                area: .legal, by: pedro))
        }
        var versions: [Int64: Int] = [:]
        try measure("take") { i in versions[opened[i].id] = try desk.take(caseId: opened[i].id, version: 1, by: jorge) }
        try measure("wait") { i in
            let id = opened[i].id
            versions[id] = try desk.wait(caseId: id, on: .client, version: versions[id]!, by: jorge)
        }
        try measure("addNote") { i in _ = try desk.addNote(caseId: opened[0].id, body: "Nota \(i)\nsegunda línea", by: jorge) }
        try measure("caseDetail(window 50)") { _ in _ = try desk.caseDetail(id: opened[0].id, timelineLimit: 50, by: maria) }
        try measure("availableActions") { i in _ = try desk.availableActions(caseId: opened[i].id, by: jorge) }
        try measure("auditTrail(case, 100)") { _ in _ = try desk.auditTrail(caseId: opened[0].id, limit: 100, by: maria) }
        try measure("auditTrail(all, 100)") { _ in _ = try desk.auditTrail(caseId: nil, limit: 100, by: maria) }
        let many = try desk.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM cases WHERE status <> 'closed' LIMIT 10000")
        }
        try measure("reassign(\(many.count) cases)", runs: 3) { i in
            _ = try desk.reassign(caseIds: many, to: i % 2 == 0 ? jorge.id : maria.id, by: maria)
        }
    }
}
