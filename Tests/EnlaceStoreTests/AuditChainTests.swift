import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The hash-chained audit log: every row chained in its writing transaction, and the verifier
/// naming the first row an attacker with `sqlite3` changed, removed, added or moved.
@Suite struct AuditChainTests {
    let f: DeskFixture

    init() throws {
        f = try DeskFixture()
        // Some history: a person registered with a case, viewed, edited, a note, a search.
        let opened = try f.desk.registerAndOpen(PersonDraft(givenNames: "Rocío", firstSurname: "Guzmán"),
                                                area: .legal, description: "Salarios no pagados", by: f.supervisor)
        let read = try f.desk.person(id: opened.personId, by: f.supervisor)
        var draft = PersonDraft(read)
        draft.firstSurname = "Guzmán Ortega"
        _ = try f.desk.updatePerson(id: opened.personId, draft, version: read.version, by: f.supervisor)
        _ = try f.desk.addNote(caseId: opened.id, body: "Llamó", by: f.supervisor)
        _ = try f.desk.search("rocio", by: f.supervisor)
        _ = try f.desk.caseDetail(id: opened.id, by: f.supervisor)
    }

    private func rowCount(_ desk: CaseDesk) throws -> Int64 {
        try desk.pool.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM audit_log")! }
    }

    /// A copy of the database (WAL folded in first), changed with the real `sqlite3` binary
    /// after dropping the triggers as an attacker would, then verified.
    private func tampered(_ sql: String, checkpoints: [AuditCheckpoint] = [],
                          after: ((Database) throws -> Void)? = nil) throws -> AuditVerification {
        try f.desk.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let copy = f.folder.file("copy-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(atPath: f.folder.file("desk.sqlite"), toPath: copy)
        try SQLiteShell.run(copy, """
            DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_chained;
            \(sql)
            """)
        if let after {
            let queue = try DatabaseQueue(path: copy)
            try queue.write(after)
            try queue.close()
        }
        let desk = try openDesk(copy, create: false, clock: f.clock)
        return try desk.verifyAudit(checkpoints: checkpoints, by: f.supervisor)
    }

    @Test func everyRowIsChainedToTheOneBeforeAndVerifies() throws {
        let result = try f.desk.verifyAudit(by: f.supervisor)
        let last = try rowCount(f.desk)
        #expect(result.firstBreak == nil)
        #expect(result.rows == Int(last) && last > 10)
        #expect(result.head?.id == last && result.head?.hex.count == 64)
        try f.desk.pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, prev_hash, hash, length(salt), length(digest) FROM audit_log ORDER BY id")
            #expect((rows[0][1] as Data) == Data(count: 32))
            for (a, b) in zip(rows, rows.dropFirst()) {
                #expect((b[1] as Data) == (a[2] as Data), "row \(b[0] as Int64) does not follow \(a[0] as Int64)")
            }
            #expect(rows.allSatisfy { ($0[3] as Int) == 16 && ($0[4] as Int) == 32 })
        }
        // The checkpoint a report prints is the last row.
        #expect(try f.desk.auditCheckpoint() == result.head)
    }

    @Test func anEditedValueIsFoundAtItsRow() throws {
        let result = try tampered("UPDATE audit_log SET reason = 'nada que ver' WHERE id = 5;")
        #expect(result.firstBreak == AuditBreak(.edited, row: 5))
    }

    @Test func anEditedActorIsFoundAtItsRow() throws {
        let result = try tampered("UPDATE audit_log SET actor_id = 1 WHERE id = 7 AND actor_id <> 1;"
                                  + "UPDATE audit_log SET at = at - 3600 WHERE id = 7;")
        #expect(result.firstBreak == AuditBreak(.edited, row: 7))
    }

    @Test func deletedRowsAreNamed() throws {
        let result = try tampered("DELETE FROM audit_log WHERE id IN (4, 5);")
        #expect(result.firstBreak == AuditBreak(.deleted, row: 6, from: 4, to: 5))
        #expect(result.firstBreak?.text(.es) == "Fila #6: faltan las filas #4 a #5 (se borraron).")
        let first = try tampered("DELETE FROM audit_log WHERE id = 1;")
        #expect(first.firstBreak == AuditBreak(.deleted, row: 2, from: 1, to: 1))
    }

    @Test func aRowWrittenOutsideEnlaceIsInserted() throws {
        let last = try rowCount(f.desk)
        let result = try tampered("""
            INSERT INTO audit_log (actor_id, at, entity, entity_id, action) VALUES (1, 0, 'person', 1, 'viewed');
            """)
        #expect(result.firstBreak == AuditBreak(.inserted, row: last + 1))
    }

    @Test func aCopiedOrMovedRowIsOutOfOrder() throws {
        let last = try rowCount(f.desk)
        let copied = try tampered("""
            INSERT INTO audit_log (actor_id, at, entity, entity_id, action, from_state, to_state, reason,
                changed_fields, salt, digest, prev_hash, hash)
            SELECT actor_id, at, entity, entity_id, action, from_state, to_state, reason, changed_fields,
                salt, digest, prev_hash, hash FROM audit_log WHERE id = 3;
            """)
        #expect(copied.firstBreak == AuditBreak(.outOfOrder, row: last + 1, from: 2, to: last))
        let moved = try tampered("UPDATE audit_log SET id = 1000 WHERE id = 3;")
        #expect(moved.firstBreak == AuditBreak(.outOfOrder, row: 4, from: 1000, to: 2))
    }

    @Test func aChainRewrittenFromTheStartIsCaughtByACheckpoint() throws {
        let point = try #require(try f.desk.verifyAudit(by: f.supervisor).head)
        let early = try f.desk.pool.read { db in
            AuditCheckpoint(id: 6, hash: Array(try Data.fetchOne(db, sql: "SELECT hash FROM audit_log WHERE id = 6")!))
        }
        // The attacker edits row 3 and computes every hash again (the code is public).
        let rewrite: (Database) throws -> Void = { db in try AuditChain.chainAll(db) }
        let alone = try tampered("UPDATE audit_log SET reason = 'otro' WHERE id = 3;", after: rewrite)
        #expect(alone.firstBreak == nil)
        let checked = try tampered("UPDATE audit_log SET reason = 'otro' WHERE id = 3;", checkpoints: [early, point], after: rewrite)
        #expect(checked.firstBreak == AuditBreak(.rewritten, row: 6))
        #expect(checked.held.isEmpty)
    }

    @Test func aTruncatedTailIsCaughtByACheckpoint() throws {
        let point = try #require(try f.desk.verifyAudit(by: f.supervisor).head)
        let alone = try tampered("DELETE FROM audit_log WHERE id > 6;")
        #expect(alone.firstBreak == nil && alone.rows == 6)
        let checked = try tampered("DELETE FROM audit_log WHERE id > 6;", checkpoints: [point])
        #expect(checked.firstBreak == AuditBreak(.truncated, row: point.id, to: 6))
        // The same checkpoint, typed short, holds on the untouched log.
        let short = try #require(AuditCheckpoint.parse("\(point.id):\(point.hex.prefix(12))"))
        let held = try f.desk.verifyAudit(checkpoints: [short], by: f.supervisor)
        #expect(held.firstBreak == nil && held.held == [short])
    }

    @Test func theTriggersRefuseAnUnchainedRowAndAScrubThatKeepsTheSaltOrMovesAHash() throws {
        #expect(throws: DatabaseError.self) {
            try f.desk.pool.write { try $0.execute(sql: "INSERT INTO audit_log (at, entity, action) VALUES (0, 'x', 'y')") }
        }
        for change in ["reason = 'x'", "reason = 'x', salt = NULL, hash = zeroblob(32)",
                       "salt = NULL, digest = zeroblob(32)", "salt = NULL, prev_hash = zeroblob(32)"] {
            #expect(throws: DatabaseError.self, "\(change)") {
                try f.desk.pool.write { db in
                    try AuditScrub.withPermit(db) { try db.execute(sql: "UPDATE audit_log SET \(change) WHERE id = 3") }
                }
            }
        }
    }

    @Test func aSaltRemovedWithoutAnErasureIsAnEdit() throws {
        let result = try tampered("UPDATE audit_log SET salt = NULL WHERE id = 4;")
        #expect(result.firstBreak == AuditBreak(.edited, row: 4))
    }

    @Test func anErasureKeepsTheChainVerifiableAndNamesWhatItScrubbed() throws {
        let person = try f.desk.registerPerson(PersonDraft(givenNames: "Xóchitl", firstSurname: "Zumárraga"), by: f.supervisor)
        var draft = PersonDraft(try f.desk.person(id: person.id, by: f.supervisor))
        draft.firstSurname = "Zumarraguita"
        _ = try f.desk.updatePerson(id: person.id, draft, version: try f.desk.person(id: person.id, by: f.supervisor).version,
                                    by: f.supervisor)
        _ = try f.desk.search("xochitl zumarraga", by: f.supervisor)
        let request = try f.desk.recordDataRequest(DataRequestInput(
            personId: person.id, kind: .cancellation, channel: .inPerson, asked: "Borrar"), by: f.supervisor)
        let before = try #require(try f.desk.verifyAudit(by: f.supervisor).head)
        _ = try f.desk.erasePerson(id: person.id, request: request.id, by: f.supervisor)

        let result = try f.desk.verifyAudit(checkpoints: [before], by: f.supervisor)
        #expect(result.firstBreak == nil)
        #expect(result.held == [before])
        try f.desk.pool.read { db in
            let scrubbed = try Int64.fetchAll(db, sql: "SELECT id FROM audit_log WHERE salt IS NULL ORDER BY id")
            // The edit's old and new surname, and the search that typed the name.
            #expect(scrubbed.count >= 2)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE salt IS NULL AND action IN ('edit', 'searched')")! >= 2)
            let tombstone = try String.fetchOne(db, sql: """
                SELECT changed_fields FROM audit_log WHERE action = 'erased' AND entity_id = ?
                """, arguments: [person.id])
            let named = RowRanges.decode(AuditScrub.decode(tombstone)?["auditRows"] ?? [])!.flatMap { Array($0) }
            #expect(named == scrubbed)
            #expect(try String.fetchAll(db, sql: "SELECT coalesce(reason,'') || coalesce(changed_fields,'') FROM audit_log")
                        .allSatisfy { !$0.contains("Zumarraguita") && !$0.contains("xochitl") })
        }
        // A scrubbed row's frame is still covered: moving its time is an edit.
        let first = try f.desk.pool.read { try Int64.fetchOne($0, sql: "SELECT min(id) FROM audit_log WHERE salt IS NULL")! }
        let moved = try tampered("UPDATE audit_log SET at = at + 60 WHERE id = \(first);")
        #expect(moved.firstBreak == AuditBreak(.edited, row: first))
    }

    /// A file at "v18-events" with audit rows written before the chain: the migration chains
    /// them in id order, values unchanged, and the next row follows the last of them.
    @Test func aV18FileHasItsRowsChainedInIdOrder() throws {
        let old = OldFile("v18.sqlite")
        try writeOldFile(old.path, upTo: StoreSchema.events, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'sofia', 'Sofía', 'supervisor', ?, 0);
            INSERT INTO user_roles (user_id, role) VALUES (1, 'supervisor');
            INSERT INTO audit_log (id, actor_id, at, entity, entity_id, action, reason) VALUES
                (1, 1, 100, 'user', 1, 'create', NULL), (2, 1, 200, 'person', 7, 'viewed', NULL),
                (3, 1, 300, 'person', NULL, 'searched', 'names: rocio');
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost)])
        let desk = try openDesk(old.path, create: false, clock: old.clock)
        let sofia = try desk.authenticate(username: "sofia", password: "secreto-123")
        let result = try desk.verifyAudit(by: sofia)
        #expect(result.firstBreak == nil && result.rows >= 4)
        try desk.pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, reason, prev_hash, hash FROM audit_log ORDER BY id LIMIT 4")
            #expect(rows.map { $0[0] as Int64 } == [1, 2, 3, 4])
            #expect((rows[2][1] as String?) == "names: rocio")
            #expect((rows[0][2] as Data) == Data(count: 32) && (rows[1][2] as Data) == (rows[0][3] as Data))
            #expect((rows[3][2] as Data) == (rows[2][3] as Data))
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version")! >= 20)
        }
    }

    /// "Who saw this person": the views and changes of the record, the case and a referral,
    /// newest first, with who and the case number; the read itself is the newest line, and the
    /// export is audited as one. Only supervisors.
    @Test func personAccessListsWhoViewedOrChangedTheRecordItsCasesAndReferrals() throws {
        let opened = try f.desk.registerAndOpen(PersonDraft(givenNames: "Lupita", firstSurname: "Ramírez"),
                                                area: .health, description: "Consulta", by: f.ana)
        let (caseId, person) = (opened.id, opened.personId)
        let partner = try f.makePartner("Clínica Alivio", kinds: [.telemedicine])
        let referral = try f.desk.createReferral(
            caseId: caseId, kind: .telemedicine, partnerId: partner, reason: "Dolor", urgency: .routine,
            details: SampleDetails.telemedicine, consentToShare: true, responseDue: nil, by: f.ana)
        f.clock.advance(60)
        _ = try f.desk.person(id: person, by: f.ana)
        f.clock.advance(60)
        _ = try f.desk.referralDetail(id: Int64(referral.id)!, by: f.supervisor)
        _ = try f.desk.referral(id: Int64(referral.id)!, by: f.supervisor)  // a version read: not a view
        f.clock.advance(60)
        let page = try f.desk.personAccess(id: person, by: f.supervisor)
        let lines = page.entries.map { "\($0.who ?? "-")|\($0.kind.rawValue)|\($0.entity)|\($0.action)|\($0.caseNumber ?? "")" }
        let number = try f.desk.pool.read { try String.fetchOne($0, sql: "SELECT number FROM cases WHERE id = ?", arguments: [caseId])! }
        #expect(Array(lines.prefix(4)) == [
            "Sofía Supervisora|viewed|person|viewedAccess|",
            "Sofía Supervisora|viewed|referral|viewed|\(number)",
            "Ana Caseworker|viewed|person|viewed|",
            "Ana Caseworker|changed|referral|create|\(number)",
        ])
        #expect(page.total == page.entries.count)
        #expect(page.checkpoint == (try f.desk.auditCheckpoint()))
        let export = try f.desk.exportPersonAccess(id: person, by: f.supervisor)
        #expect(export.entries.first?.action == "exportedAccess" && export.entries.first?.kind == .exported)
        #expect(export.total == page.total + 1)
        for user in [f.ana, f.admin, f.volunteer] {
            #expect(throws: StoreError.self) { try f.desk.personAccess(id: person, by: user) }
        }
        #expect(throws: StoreError.self) { try f.desk.personAccess(id: 999_999, by: f.supervisor) }
    }

    @Test func onlySupervisorsAndAdminsVerify() throws {
        #expect(try f.desk.verifyAudit(by: f.admin).firstBreak == nil)
        for user in [f.ana, f.volunteer] {
            #expect(throws: StoreError.self) { try f.desk.verifyAudit(by: user) }
        }
    }

    /// Two pools on one file (as two processes), writing from two threads at once: every row
    /// follows the one committed before it.
    @Test func twoWritersAtOnceKeepOneChain() throws {
        let other = try openDesk(f.folder.file("desk.sqlite"), create: false, clock: f.clock)
        let person = try f.desk.registerPerson(PersonDraft(givenNames: "Ana", firstSurname: "Pérez"), by: f.supervisor)
        let desks = [f.desk, other]
        let supervisor = f.supervisor
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for _ in 0..<60 { _ = try? desks[index].person(id: person.id, by: supervisor) }
        }
        let result = try f.desk.verifyAudit(by: f.supervisor)
        #expect(result.firstBreak == nil)
        let views = try f.desk.pool.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'viewed'",
                             arguments: [person.id])!
        }
        #expect(views == 120)
    }
}

/// The real `sqlite3` command line on a file.
enum SQLiteShell {
    static func run(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data((".bail on\n" + sql + "\n").utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if process.terminationStatus != 0 { throw ShellError(message: message) }
    }

    struct ShellError: Error { let message: String }
}
