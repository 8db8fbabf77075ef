import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Referrals sent to no partner have their own figure, and a drill-down's cases export as the
/// person-level case list, for supervisors only, audited with the row count.
struct DrillDownExportTests {
    @Test func referralsWithoutPartnerAreTheirOwnFigureNotEveryPartners() throws {
        let s = try SeededDesk(people: 400, seed: 31)
        let maria = try s.user("maria")
        let now = Int64(s.clock.date.timeIntervalSince1970)
        // Two overdue referrals of the kind with most of them lose their partner (none chosen).
        let kindName = try #require(try s.desk.pool.read { db in
            try String.fetchOne(db, sql: """
                SELECT kind FROM referrals WHERE status = 'sent' AND response_due < ? GROUP BY kind ORDER BY count(*) DESC
                """, arguments: [now])
        })
        let kind = try #require(ReferralKind(rawValue: kindName))
        try s.desk.pool.write { db in
            try db.execute(sql: """
                UPDATE referrals SET partner_id = NULL WHERE id IN (
                  SELECT id FROM referrals WHERE status = 'sent' AND response_due < ? AND kind = ? LIMIT 2)
                """, arguments: [now, kindName])
        }
        let counts = try s.desk.referralsAwaitingByKindAndPartner(now: s.clock.date, by: maria)
        let none = try #require(counts.first { $0.kind == kind && $0.partnerId == nil })
        #expect(none.count == 2)
        let expected = Set(try s.desk.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT case_id FROM referrals WHERE status = 'sent' AND response_due < ? AND kind = ?
                  AND partner_id IS NULL
                """, arguments: [now, kindName])
        })
        let anyPartner = try ReportQueryTests.all(s, .referralsAwaiting(kind: kind, partnerId: nil, caseworker: .any), maria)
        for denseLimit in [CaseDesk.drillDownDenseLimit, 0] {
            let rows = try ReportQueryTests.all(s, .referralsAwaitingWithoutPartner(kind: kind, caseworker: .any), maria,
                                                denseLimit: denseLimit)
            #expect(Set(rows.map(\.id)) == expected)
            #expect(rows.count == expected.count)
        }
        #expect(anyPartner.count > expected.count)
    }

    @Test func aDrillDownExportsItsCasesAuditedAndOnlyForSupervisors() throws {
        let s = try SeededDesk(people: 300, seed: 32)
        let maria = try s.user("maria")
        let jorge = try s.user("jorge")
        let figure = ReportDrillDown.caseworkerOpenCases(.user(jorge.id))
        let cases = try ReportQueryTests.all(s, figure, maria, page: 50)
        #expect(!cases.isEmpty)
        let table = try s.desk.exportDrillDown(figure, now: s.clock.date, by: maria)
        #expect(table.column("number") == cases.map { .text($0.number) })
        #expect(table.columnIndex("description") == nil)
        let sensitive = try s.desk.exportDrillDown(figure, includeSensitive: true, now: s.clock.date, by: maria)
        let descriptions = try s.desk.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT number, enlace_open(description, 'cases.description') AS description FROM cases").map {
                ($0["number"] as String, $0["description"] as String)
            })
        }
        #expect(sensitive.column("description") == cases.map { .text(descriptions[$0.number] ?? "") })
        let audit = try ReportQueryTests.rows(s, "SELECT actor_id, action, changed_fields FROM audit_log WHERE entity = 'report' ORDER BY id")
        #expect(audit.count == 2)
        #expect(audit.allSatisfy { ($0["actor_id"] as Int64) == maria.id && ($0["action"] as String) == "exportPersonLevel" })
        let fields = try #require(audit.last?["changed_fields"] as String?)
        #expect(fields.contains("\"rows\":[\"\(cases.count)\"]") && fields.contains("\"sensitive\":[\"yes\"]"))
        for name in ["jorge", "pedro", "admin"] {
            #expect(throws: StoreError.self) { try s.desk.exportDrillDown(figure, by: try s.user(name)) }
        }
        #expect(try ReportQueryTests.rows(s, "SELECT count(*) AS n FROM audit_log WHERE entity = 'report'")[0]["n"] as Int == 2)
    }
}
