import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The supervisor's counts, checked against counts the test computes itself from every row.
struct SupervisorCountsTests {
    @Test func openCasesByStatusAndAgeMatchABruteForceCount() throws {
        let s = try SeededDesk(people: 600, seed: 11)
        let maria = try s.user("maria")
        let now = s.clock.date
        // Independent count: every case, its age in whole days, bucketed in Swift.
        let rows = try Self.everyRow(s, "SELECT status, opened_at FROM cases")
        let counts = try s.desk.openCaseCounts(now: now, by: maria)
        var expected: [CaseStatus: [CaseAgeBucket: Int]] = [:]
        for row in rows {
            let status = CaseStatus(rawValue: row["status"])!
            guard status.isOpen else { continue }
            // Whole UTC days between the opening day and today.
            let days = Int(Int64(now.timeIntervalSince1970) / 86_400 - (row["opened_at"] as Int64) / 86_400)
            let bucket: CaseAgeBucket = days <= 7 ? .upToWeek : days <= 30 ? .upToMonth : days <= 90 ? .upToQuarter : .older
            expected[status, default: [:]][bucket, default: 0] += 1
        }
        #expect(counts.counts == expected)
        #expect(counts.total == rows.filter { CaseStatus(rawValue: $0["status"])!.isOpen }.count)
        #expect(counts.total > 0)
        #expect(counts.counts[.closed] == nil)
    }

    @Test func countsFollowEveryWriteToCases() throws {
        let s = try SeededDesk(people: 200, seed: 14)
        let maria = try s.user("maria"), jorge = try s.user("jorge")
        let before = try s.desk.openCaseCounts(by: maria)
        let opened = try s.desk.registerAndOpen(PersonDraft(givenNames: "Ana", firstSurname: "Prueba"), area: .legal,
                                                priority: .normal, description: "", by: jorge)
        let afterOpen = try s.desk.openCaseCounts(by: maria)
        #expect(afterOpen.count(.new, .upToWeek) == before.count(.new, .upToWeek) + 1)
        #expect(afterOpen.total == before.total + 1)
        _ = try s.desk.take(caseId: opened.id, version: opened.version, by: jorge)
        let afterTake = try s.desk.openCaseCounts(by: maria)
        #expect(afterTake.count(.new, .upToWeek) == before.count(.new, .upToWeek))
        #expect(afterTake.count(.active, .upToWeek) == before.count(.active, .upToWeek) + 1)
        #expect(afterTake.total == afterOpen.total)
    }

    @Test func overdueFollowUpsByCaseworkerMatchABruteForceCount() throws {
        let s = try SeededDesk(people: 600, seed: 12)
        let maria = try s.user("maria")
        let now = s.clock.date
        let result = try s.desk.overdueFollowUpsByCaseworker(now: now, by: maria)
        let rows = try Self.everyRow(s, "SELECT assigned_to, status, due_at FROM follow_ups")
        var expected: [Int64?: Int] = [:]
        for row in rows where (row["status"] as String) == "scheduled" && (row["due_at"] as Int64) < Int64(now.timeIntervalSince1970) {
            expected[row["assigned_to"] as Int64?, default: 0] += 1
        }
        #expect(Dictionary(uniqueKeysWithValues: result.map { ($0.caseworkerId, $0.count) }) == expected)
        #expect(result.map(\.count) == result.map(\.count).sorted(by: >))
        #expect(!result.isEmpty, "the demo data has overdue follow-ups")
        #expect(result.contains { $0.caseworkerName != nil })
    }

    @Test(arguments: ["jorge", "pedro", "admin"])
    func onlySupervisorsSeeTheCounts(user: String) throws {
        let s = try SeededDesk(people: 30, seed: 13)
        let actor = try s.user(user)
        #expect(throws: StoreError.self) { try s.desk.openCaseCounts(by: actor) }
        #expect(throws: StoreError.self) { try s.desk.overdueFollowUpsByCaseworker(by: actor) }
    }

    /// Every row `sql` reads, straight from the file: the brute-force side of each check.
    private static func everyRow(_ s: SeededDesk, _ sql: String) throws -> [Row] {
        try s.desk.pool.read { db in try Row.fetchAll(db, sql: sql) }
    }
}
