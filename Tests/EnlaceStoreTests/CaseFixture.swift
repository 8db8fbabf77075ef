import EnlaceCore
import Foundation
import GRDB
@testable import EnlaceStore

/// A new database with one account per role (and a second caseworker), for the case tests.
final class CaseFixture: StaffedDesk, @unchecked Sendable {
    var supervisor: UserAccount { staff[0] }
    var caseworker: UserAccount { staff[1] }
    var otherCaseworker: UserAccount { staff[2] }
    var volunteer: UserAccount { staff[3] }
    var path: String { folder.file("cases.sqlite") }

    init(clock: TestClock = TestClock()) throws {
        try super.init(file: "cases.sqlite", clock: clock, staff: [
            ("sofia", "Sofía Supervisora", .supervisor), ("carlos", "Carlos Caseworker", .caseworker),
            ("olga", "Olga Otra", .caseworker), ("vero", "Vero Voluntaria", .volunteer)])
    }

    var users: [UserAccount] { [admin, supervisor, caseworker, otherCaseworker, volunteer] }

    static func draft(_ given: String = "José María", _ first: String = "Muñoz", _ second: String = "Pérez") -> PersonDraft {
        PersonDraft(givenNames: given, firstSurname: first, secondSurname: second)
    }

    /// A new case (status new, unassigned), opened by the supervisor unless told otherwise.
    func newCase(by actor: UserAccount? = nil, given: String = "Ana") throws -> OpenedCase {
        try desk.registerAndOpen(Self.draft(given, "López", ""), area: .legal, by: actor ?? supervisor)
    }

    /// A case in `status`, with `caseworker` (nil: unassigned, only for `new`), driven there by
    /// the supervisor through the store.
    func caseIn(_ status: CaseStatus, caseworker: UserAccount?) throws -> Int64 {
        let opened = try newCase()
        let id = opened.id
        if status == .new { return id }
        try desk.assign(caseId: id, to: caseworker!.id, version: version(id), by: supervisor)
        switch status {
        case .new, .active: break
        case .waiting:
            try desk.wait(caseId: id, on: .documents, version: version(id), by: supervisor)
        case .closureRequested:
            try desk.requestClosure(caseId: id, outcome: .resolved, summary: "Listo", version: version(id), by: supervisor)
        case .closed:
            try desk.requestClosure(caseId: id, outcome: .resolved, summary: "Listo", version: version(id), by: supervisor)
            try desk.approveClosure(caseId: id, version: version(id), by: supervisor)
        }
        return id
    }

    func version(_ id: Int64) throws -> Int {
        try desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT version FROM cases WHERE id = ?", arguments: [id])! }
    }

    func status(_ id: Int64) throws -> CaseStatus {
        try desk.pool.read { (db: Database) throws in
            CaseStatus(rawValue: try String.fetchOne(db, sql: "SELECT status FROM cases WHERE id = ?", arguments: [id])!)!
        }
    }

    func caseRow(_ id: Int64) throws -> Row {
        try desk.pool.read { (db: Database) throws in try Row.fetchOne(db, sql: """
            SELECT enlace_open(description, 'cases.description') AS description,
                   enlace_open(closure_summary, 'cases.closure_summary') AS closure_summary, *
            FROM cases WHERE id = ?
            """, arguments: [id])! }
    }

    /// Audit rows of a case, oldest first.
    func audit(_ id: Int64) throws -> [Row] {
        try desk.pool.read { (db: Database) throws in
            // A step's typed text is sealed beside the row: read as its reason.
            try Row.fetchAll(db, sql: """
                SELECT coalesce(enlace_open(t.text, 'audit_texts.text'), a.reason) AS reason, a.*
                FROM audit_log a LEFT JOIN audit_texts t ON t.audit_id = a.id
                WHERE a.entity = 'case' AND a.entity_id = ? ORDER BY a.id
                """, arguments: [id])
        }
    }

    func auditCount() throws -> Int {
        try desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log")! }
    }

    func sql(_ text: String, _ arguments: StatementArguments = []) throws {
        try desk.pool.write { (db: Database) throws in try db.execute(sql: text, arguments: arguments) }
    }

    func openReferral(_ caseId: Int64, status: String = "sent") throws {
        try sql("""
            INSERT INTO referrals (case_id, kind, status, created_at, updated_at) VALUES (?, 'legalAid', ?, 0, 0)
            """, [caseId, status])
    }

    func openFollowUp(_ caseId: Int64, status: String = "scheduled") throws {
        try sql("""
            INSERT INTO follow_ups (case_id, due_at, channel, status, created_at, updated_at) VALUES (?, 0, 'call', ?, 0, 0)
            """, [caseId, status])
    }
}

/// A valid CURP from its first 17 characters.
func curp(_ first17: String) -> String { first17 + String(CURP.checkDigit(for: first17)!) }

/// A small seeded generator (SplitMix64), so a failing sequence can be replayed.
typealias SeededRandom = SplitMix64
