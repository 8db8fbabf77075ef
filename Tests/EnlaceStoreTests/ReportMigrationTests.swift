import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct ReportMigrationTests {
    /// A file at "v6-case-counts" opens at "v7-reports" with its count tables filled from the
    /// rows already there, and the partner's answer time taken from the audit log.
    @Test func aV6FileGetsItsReportCountsAndResponseTimesFromTheAuditLog() throws {
        let old = OldFile("v6.sqlite")
        let path = old.path, clock = old.clock, now = old.now
        let sent = now - 10 * 86_400, answered = now - 6 * 86_400
        try writeOldFile(path, upTo: StoreSchema.caseCounts, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'sofia', 'Sofía', 'supervisor', ?, 0);
            INSERT INTO people (id, given_names, first_surname, origin_state, hometown_association,
                search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'Rocío', 'Guzmán', '14', 'Club Jalisco de Chicago', 'rocio guzman', 'x', ?, ?),
                   (2, 'José Ángel', 'Muñoz', NULL, NULL, 'jose angel munoz', 'y', ?, ?);
            INSERT INTO cases (id, number, person_id, status, priority, service_area, caseworker_id,
                opened_at, updated_at, closed_at)
            VALUES (1, '2026-000001', 1, 'active', 'urgent', 'health', 1, ?, ?, NULL),
                   (2, '2026-000002', 2, 'closed', 'normal', 'legal', NULL, ?, ?, ?);
            INSERT INTO referrals (id, case_id, kind, status, consent_to_share, response_due, sent_at,
                created_at, updated_at)
            VALUES (1, 1, 'telemedicine', 'accepted', 1, ?, ?, ?, ?);
            INSERT INTO audit_log (actor_id, at, entity, entity_id, action, from_state, to_state)
            VALUES (1, ?, 'referral', 1, 'accept', 'sent', 'accepted');
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost), sent, sent, sent, sent,
                     sent, sent, sent - 86_400, sent, now, sent + 7 * 86_400, sent, sent, sent, answered])
        let desk = try openDesk(path, create: false, clock: clock)
        #expect(try desk.appliedMigrations().contains(StoreSchema.reports))
        try ReportQueryTests.expectCountTablesMatchTheRows(desk)
        let sofia = try desk.authenticate(username: "sofia", password: "secreto-123")
        let times = try desk.partnerResponseTimes(by: sofia)
        #expect(times.first { $0.kind == .telemedicine } == ResponseTime(kind: .telemedicine, responses: 1, medianDays: 4))
        #expect(try desk.urgentOpenCaseCounts(by: sofia) == [.active: 1])
        let byState = try desk.peopleByOriginState(by: sofia)
        #expect(byState.map(\.name) == [nil, "Jalisco"] || byState.map(\.name) == ["Jalisco", nil])
    }
}
