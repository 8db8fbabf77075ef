import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// A stored enum value this build does not know (written by a newer build, a hand edit, a bad
/// import) is reported as `StoreError.corruptValue` naming the table, the column and the value,
/// by every read that decodes it: never turned into a default, never a row silently left out.
@Suite struct CorruptValueTests {
    /// Writes `sql` into the database file from outside the desk, as another program would,
    /// with the schema's CHECK constraints off (they would refuse most bad values).
    static func corrupt(_ f: DeskFixture, _ sql: String, _ arguments: StatementArguments = []) throws {
        let queue = try DatabaseQueue(path: f.desk.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql, arguments: arguments)
        }
        try queue.close()
    }

    /// `body` fails with corruptValue(table, column, value), and both languages name the value.
    static func expectCorrupt(_ table: String, _ column: String, _ value: String,
                              sourceLocation: SourceLocation = #_sourceLocation,
                              _ body: () throws -> Any) {
        let error = caught(body)
        #expect(error == .corruptValue(table: table, column: column, value: value), sourceLocation: sourceLocation)
        for language in Language.allCases {
            let message = error?.message(language) ?? ""
            #expect(message.contains(value) && message.contains("\(table).\(column)"),
                    "\(language): \(message)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Queues

    @Test func aCaseQueueWindowReportsAnUnknownStatus() throws {
        let f = try DeskFixture()
        let good = try f.makeCase(caseworker: f.ana, priority: .urgent)
        let bad = try f.makeCase(caseworker: f.ana)
        #expect(try f.desk.myCases(by: f.ana).map(\.id) == [good, bad])
        try Self.corrupt(f, "UPDATE cases SET status = 'archivado' WHERE id = ?", [bad])
        Self.expectCorrupt("cases", "status", "archivado") { try f.desk.myCases(by: f.ana) }
        // The same row read by the list, a drill-down and the search screen's statuses.
        Self.expectCorrupt("cases", "status", "archivado") {
            try f.desk.caseWindow(CaseWindowRequest(), actor: f.ana)
        }
        Self.expectCorrupt("cases", "status", "archivado") {
            try f.desk.caseStatuses(numbers: ["2026-000001", "2026-000002"], by: f.ana)
        }
        // A window that does not reach the bad row still reads.
        #expect(try f.desk.myCases(by: f.ana, limit: 1).map(\.id) == [good])
    }

    @Test func theUnassignedQueueReportsAnUnknownPriority() throws {
        let f = try DeskFixture()
        let bad = try f.makeCase(caseworker: nil, priority: .high)
        try Self.corrupt(f, "UPDATE cases SET priority = 'altísima' WHERE id = ?", [bad])
        Self.expectCorrupt("cases", "priority", "altísima") { try f.desk.unassignedCases(by: f.ana) }
    }

    @Test func theFollowUpQueueReportsAnUnknownChannel() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let due = Int64(f.clock.date.timeIntervalSince1970) - 3_600
        try Self.corrupt(f, """
            INSERT INTO follow_ups (case_id, due_at, channel, assigned_to, created_at, updated_at)
            VALUES (?, ?, 'paloma', ?, ?, ?)
            """, [caseId, due, f.ana.id, due, due])
        Self.expectCorrupt("follow_ups", "channel", "paloma") {
            try f.desk.followUpsDue(scope: .mine, range: .overdue, by: f.ana)
        }
    }

    @Test func theAwaitingReferralsQueueAndItsReportReportAnUnknownKind() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let sent = Int64(f.clock.date.timeIntervalSince1970) - 10 * 86_400
        try Self.corrupt(f, """
            INSERT INTO referrals (case_id, kind, status, consent_to_share, response_due, sent_at, created_at, updated_at)
            VALUES (?, 'astrologia', 'sent', 1, ?, ?, ?, ?)
            """, [caseId, sent + 86_400, sent, sent, sent])
        Self.expectCorrupt("referrals", "kind", "astrologia") { try f.desk.referralsAwaitingResponse(by: f.ana) }
        Self.expectCorrupt("referrals", "kind", "astrologia") {
            try f.desk.referralsAwaitingByKindAndPartner(by: f.supervisor)
        }
        // The count table the triggers keep carries it too: the period report names that table.
        Self.expectCorrupt("referral_day_counts", "kind", "astrologia") {
            try f.desk.referralsByKindAndStatus(by: f.supervisor)
        }
    }

    // MARK: - Case list and reports

    @Test func theCaseListAndTheReportsReportAnUnknownStatus() throws {
        let f = try DeskFixture()
        let bad = try f.makeCase(caseworker: f.ana, priority: .urgent)
        try Self.corrupt(f, "UPDATE cases SET status = 'enPausa' WHERE id = ?", [bad])
        Self.expectCorrupt("cases", "status", "enPausa") {
            try f.desk.caseWindow(CaseWindowRequest(filter: "2026-000001"), actor: f.supervisor)
        }
        Self.expectCorrupt("case_load_counts", "status", "enPausa") { try f.desk.urgentOpenCaseCounts(by: f.supervisor) }
        Self.expectCorrupt("cases", "status", "enPausa") {
            try f.desk.drillDown(.urgentOpenCases(.any, status: nil), by: f.supervisor)
        }
        Self.expectCorrupt("cases", "status", "enPausa") { try f.desk.exportCaseList(by: f.supervisor) }
    }

    @Test func aReferralResultReportsAnUnknownOutcome() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let at = Int64(f.clock.date.timeIntervalSince1970) - 86_400
        try Self.corrupt(f, """
            INSERT INTO referrals (case_id, kind, status, outcome, consent_to_share, created_at, updated_at)
            VALUES (?, 'legalAid', 'completed', 'milagro', 1, ?, ?)
            """, [caseId, at, at])
        Self.expectCorrupt("referral_day_counts", "outcome", "milagro") { try f.desk.referralResultsByKind(by: f.supervisor) }
    }

    // MARK: - Users and partners

    @Test func anUnknownRoleIsReportedNotTakenForAnUnknownUser() throws {
        let f = try DeskFixture()
        try Self.corrupt(f, "UPDATE user_roles SET role = 'jefa' WHERE user_id = ?", [f.ana.id])
        Self.expectCorrupt("user_roles", "role", "jefa") { try f.desk.myCases(by: f.ana) }
        Self.expectCorrupt("user_roles", "role", "jefa") {
            try f.desk.authenticate(username: "ana", password: "secreto-123")
        }
        // Others are not affected.
        #expect(try f.desk.assignees(by: f.supervisor).map(\.displayName) == ["Ben Caseworker", "Sofía Supervisora"])
    }

    @Test func aPartnerServingAnUnknownKindIsReportedNotDropped() throws {
        let f = try DeskFixture()
        let id = try f.makePartner("Clínica Pilsen", kinds: [.telemedicine])
        try Self.corrupt(f, #"UPDATE partners SET kinds = '["telemedicine","astrologia"]' WHERE id = ?"#, [id])
        Self.expectCorrupt("partners", "kinds", "astrologia") { try f.desk.partner(id: id) }
        Self.expectCorrupt("partners", "kinds", "astrologia") { try f.desk.partners(kind: .telemedicine) }
    }

    // MARK: - The error itself

    /// A record meeting NULL where it needs a value: GRDB's RowDecodingError, read for its column.
    @Test func aNullWhereAValueMustBeNamesItsColumn() throws {
        let f = try DeskFixture()
        let error = caught {
            try f.desk.pool.read { db in
                try CaseStatusRow.decode(try Row.fetchOne(db, sql: "SELECT '2026-000001' AS number, NULL AS status")!)
            }
        }
        #expect(error == .corruptValue(table: "cases", column: "status", value: "NULL"))
        // Without the row at hand (StoreError.wrap), the column and value come from GRDB's text.
        let unwrapped = try f.desk.pool.read { db -> StoreError? in
            do {
                _ = try CaseStatusRow(row: try Row.fetchOne(db, sql: "SELECT 'x' AS number, 'archivado' AS status")!)
                return nil
            } catch {
                return StoreError.wrap(error, path: f.desk.path)
            }
        }
        #expect(unwrapped == .corruptValue(table: "?", column: "status", value: "archivado"))
        let described = StoredValue.describedFields(#"could not decode String from database value NULL - column: "given_names", column index: 2, row: [id:1 given_names:NULL]"#)
        #expect(described.column == "given_names")
        #expect(described.value == "NULL")
    }
}
