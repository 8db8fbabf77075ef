import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The person's file (the right of access): everything held, for supervisors only, audited.
@Suite struct PersonFileTests {
    @Test func aSupervisorGetsEverythingHeldAndTheExportIsAudited() throws {
        let d = try SeededDesk(people: 60)
        let maria = try d.user("maria")
        // A person with a sent referral in the demo data.
        let (personId, caseCount, referralCount, partner) = try d.desk.pool.read { (db: Database) throws -> (Int64, Int, Int, String) in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT c.person_id, p.name FROM referrals r JOIN cases c ON c.id = r.case_id
                JOIN partners p ON p.id = r.partner_id WHERE r.sent_at IS NOT NULL ORDER BY r.id LIMIT 1
                """))
            let id: Int64 = row[0]
            return (id, try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE person_id = ?", arguments: [id])!,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM referrals r JOIN cases c ON c.id = r.case_id WHERE c.person_id = ?",
                                     arguments: [id])!, row[1])
        }
        _ = try d.desk.person(id: personId, by: maria)
        let file = try d.desk.personFile(id: personId, by: maria)
        let record = try d.desk.person(id: personId, by: maria)
        #expect(file.record.first { $0.name == "givenNames" }?.value == record.name.givenNames)
        #expect(file.record.first { $0.name == "phones" }?.value.contains(record.phones.first?.e164 ?? "none") == true)
        #expect(file.cases.count == caseCount)
        #expect(file.cases.flatMap(\.referrals).count == referralCount)
        #expect(file.cases.flatMap(\.referrals).contains { $0.partner == partner && $0.sentAt != nil })
        // Who viewed it: the view just made is there, by name.
        #expect(file.access.contains { $0.action == "viewed" && $0.who == "María Elena Rodríguez" && $0.entity == "person" })
        try d.desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'exported'
                """, arguments: [personId]) == 1)
        }
        // Caseworkers and admins may not.
        #expect(throws: StoreError.self) { try d.desk.personFile(id: personId, by: try d.user("jorge")) }
        #expect(throws: StoreError.self) { try d.desk.personFile(id: personId, by: try d.user("admin")) }
        #expect(throws: StoreError.self) { try d.desk.personFile(id: 9_999_999, by: maria) }
    }
}
