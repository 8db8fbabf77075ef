import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Intake drafts (`v8-drafts`): kept per user and kind, replaced, deleted, never seen by
/// another user; and the consent recorded at intake.
struct DraftStoreTests {
    @Test func aDraftIsKeptReplacedAndDeletedByItsOwnerOnly() throws {
        let seeded = try SeededDesk(people: 20)
        let desk = seeded.desk
        #expect(try desk.appliedMigrations().contains("v8-drafts"))
        let jorge = try seeded.user("jorge"), lucia = try seeded.user("lucia")
        #expect(try desk.draft(kind: "intake", by: jorge) == nil)
        try desk.saveDraft(kind: "intake", payload: #"{"givenNames":"José Ángel"}"#, by: jorge)
        let first = try #require(try desk.draft(kind: "intake", by: jorge))
        #expect(first.payload == #"{"givenNames":"José Ángel"}"#)
        #expect(first.updatedAt == Date(timeIntervalSince1970: seeded.clock.date.timeIntervalSince1970.rounded(.down)))
        // Another user has none, and writing theirs does not touch Jorge's.
        #expect(try desk.draft(kind: "intake", by: lucia) == nil)
        try desk.saveDraft(kind: "intake", payload: "{}", by: lucia)
        seeded.clock.advance(60)
        try desk.saveDraft(kind: "intake", payload: #"{"givenNames":"José Ángel Muñoz"}"#, by: jorge)
        let second = try #require(try desk.draft(kind: "intake", by: jorge))
        #expect(second.payload.contains("Muñoz"))
        #expect(second.updatedAt > first.updatedAt)
        #expect(try desk.draft(kind: "intake", by: lucia)?.payload == "{}")
        try desk.deleteDraft(kind: "intake", by: jorge)
        #expect(try desk.draft(kind: "intake", by: jorge) == nil)
        #expect(try desk.draft(kind: "intake", by: lucia) != nil)
    }

    @Test func badDraftsAreRefusedInWords() throws {
        let seeded = try SeededDesk(people: 5)
        let jorge = try seeded.user("jorge")
        #expect(throws: StoreError.self) { try seeded.desk.saveDraft(kind: "bad kind; DROP", payload: "{}", by: jorge) }
        let huge = String(repeating: "x", count: CaseDesk.maxDraftBytes + 1)
        do {
            try seeded.desk.saveDraft(kind: "intake", payload: huge, by: jorge)
            Issue.record("a huge draft was kept")
        } catch let error as StoreError {
            #expect(error.message(.es).contains("demasiado grande"))
        }
    }

    @Test func consentIsRecordedWithTheRecordKeptAndAudited() throws {
        let seeded = try SeededDesk(people: 5)
        let jorge = try seeded.user("jorge")
        let opened = try seeded.desk.registerAndOpen(
            PersonDraft(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez"),
            area: .legal, by: jorge)
        #expect(try seeded.desk.latestConsent(personId: opened.personId) == nil)
        try seeded.desk.recordConsent(personId: opened.personId, method: .written, scope: [.contact], by: jorge)
        let consent = try #require(try seeded.desk.latestConsent(personId: opened.personId))
        #expect(consent.method == .written)
        #expect(consent.scope == [.keepRecord, .contact])
        #expect(consent.recordedBy == jorge.id)
        let audited = try seeded.desk.pool.read { db in
            try String.fetchOne(db, sql: "SELECT to_state FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'consent'",
                                arguments: [opened.personId])
        }
        #expect(audited == "written:keepRecord,contact")
        // An admin may not record consent (no case content); an unknown person is refused.
        let admin = try seeded.user("admin")
        #expect(throws: StoreError.self) {
            try seeded.desk.recordConsent(personId: opened.personId, method: .verbal, scope: [], by: admin)
        }
        #expect(throws: StoreError.self) {
            try seeded.desk.recordConsent(personId: 999_999, method: .verbal, scope: [], by: jorge)
        }
    }

    @Test func consentGivenAtIntakeIsWrittenWithThePersonAndTheCaseOrNotAtAll() throws {
        let seeded = try SeededDesk(people: 5)
        let jorge = try seeded.user("jorge")
        let given = ConsentGiven(method: .verbal, scope: [.shareWithPartners])
        let opened = try seeded.desk.registerAndOpen(
            PersonDraft(givenNames: "Guadalupe", firstSurname: "Tlacuilo", secondSurname: "Xochitl"),
            area: .health, consent: given, by: jorge)
        let consent = try #require(try seeded.desk.latestConsent(personId: opened.personId))
        #expect(consent.method == .verbal && consent.scope == [.keepRecord, .shareWithPartners])
        // A second case for the same person records the consent given this time.
        let again = try seeded.desk.openCase(personId: opened.personId, area: .legal,
                                             consent: ConsentGiven(method: .written, scope: [.contact]), by: jorge)
        #expect(again.personId == opened.personId)
        #expect(try seeded.desk.latestConsent(personId: opened.personId)?.method == .written)
        // A refused intake (a name missing) writes no person, no case and no consent.
        let before = try seeded.desk.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM person_consents") ?? 0 }
        #expect(throws: StoreError.self) {
            try seeded.desk.registerAndOpen(PersonDraft(givenNames: "", firstSurname: "Sinnombre"), area: .health,
                                            consent: given, by: jorge)
        }
        // A volunteer may register; an admin may not, and nothing of the attempt is kept.
        let admin = try seeded.user("admin")
        #expect(throws: StoreError.self) {
            try seeded.desk.registerAndOpen(PersonDraft(givenNames: "Ana", firstSurname: "Admin"), area: .health,
                                            consent: given, by: admin)
        }
        let after = try seeded.desk.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM person_consents") ?? 0 }
        #expect(after == before)
    }
}
