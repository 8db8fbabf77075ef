import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The store's side of the screen lock (password check, audit) and of search's "open this
/// person's case".
@Suite struct ScreenLockAndOpenCaseTests {
    private func auditCount(_ desk: CaseDesk, action: String, user: Int64) throws -> Int {
        try desk.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = ? AND action = ?",
                             arguments: [user, action]) ?? -1
        }
    }

    @Test func unlockChecksThePasswordAndAuditsLockAndUnlock() throws {
        let seeded = try SeededDesk(people: 30)
        let jorge = try seeded.user("jorge")
        try seeded.desk.recordScreenLock(of: jorge, reason: .privacyKey)
        try seeded.desk.recordScreenLock(of: jorge, reason: .idle)
        #expect(try auditCount(seeded.desk, action: "screenLocked", user: jorge.id) == 2)
        let reasons = try seeded.desk.pool.read { db in
            try String.fetchAll(db, sql: "SELECT reason FROM audit_log WHERE action = 'screenLocked' ORDER BY id")
        }
        #expect(reasons == ["privacyKey", "idle"])
        #expect(throws: StoreError.authenticationFailed) {
            try seeded.desk.verifyPassword(of: jorge, password: "no-es-esta")
        }
        #expect(try auditCount(seeded.desk, action: "signInFailed", user: jorge.id) == 1)
        try seeded.desk.verifyPassword(of: jorge, password: DemoData.password)
        #expect(try auditCount(seeded.desk, action: "unlock", user: jorge.id) == 1)
    }

    @Test func fiveWrongUnlockPasswordsLockTheAccount() throws {
        let seeded = try SeededDesk(people: 30)
        let lucia = try seeded.user("lucia")
        for _ in 1..<CaseDesk.maxFailedAttempts {
            #expect(throws: StoreError.authenticationFailed) {
                try seeded.desk.verifyPassword(of: lucia, password: "equivocada")
            }
        }
        let until = seeded.clock.date.addingTimeInterval(CaseDesk.lockoutDuration)
        #expect(throws: StoreError.accountLocked(until: Date(timeIntervalSince1970: until.timeIntervalSince1970.rounded(.down)))) {
            try seeded.desk.verifyPassword(of: lucia, password: "equivocada")
        }
        // Even the right password waits for the lockout to end.
        #expect(throws: StoreError.self) { try seeded.desk.verifyPassword(of: lucia, password: DemoData.password) }
        seeded.clock.advance(CaseDesk.lockoutDuration + 1)
        try seeded.desk.verifyPassword(of: lucia, password: DemoData.password)
    }

    @Test func mostRecentOpenCaseIsTheNewestNotClosedOneTheActorMaySee() throws {
        let seeded = try SeededDesk(people: 120)
        let maria = try seeded.user("maria")
        let rows = try seeded.desk.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, person_id, status, opened_at, caseworker_id FROM cases ORDER BY person_id")
        }
        let byPerson = Dictionary(grouping: rows, by: { $0["person_id"] as Int64 })
        var checked = 0
        for (person, cases) in byPerson {
            let open = cases.filter { ($0["status"] as String) != "closed" }
                .sorted { (($0["opened_at"] as Int64), ($0["id"] as Int64)) > (($1["opened_at"] as Int64), ($1["id"] as Int64)) }
            let expected: Int64? = open.first?["id"]
            #expect(try seeded.desk.mostRecentOpenCaseId(personId: person, by: maria) == expected)
            checked += 1
        }
        #expect(checked > 50)
        // A person whose cases are all closed has none.
        if let closedOnly = byPerson.first(where: { $0.value.allSatisfy { ($0["status"] as String) == "closed" } }) {
            #expect(try seeded.desk.mostRecentOpenCaseId(personId: closedOnly.key, by: maria) == nil)
        }
        // A caseworker does not get a case assigned to someone else; an admin gets none.
        let jorge = try seeded.user("jorge")
        let lucia = try seeded.user("lucia")
        let luciaOnly = try #require(rows.first { ($0["caseworker_id"] as Int64?) == lucia.id && ($0["status"] as String) != "closed"
            && byPerson[$0["person_id"] as Int64]!.count == 1 })
        #expect(try seeded.desk.mostRecentOpenCaseId(personId: luciaOnly["person_id"], by: jorge) == nil)
        #expect(try seeded.desk.mostRecentOpenCaseId(personId: luciaOnly["person_id"], by: lucia) == luciaOnly["id"])
        #expect(try seeded.desk.mostRecentOpenCaseId(personId: luciaOnly["person_id"], by: try seeded.user("admin")) == nil)
    }
}
