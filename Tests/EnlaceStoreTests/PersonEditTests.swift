import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Correcting a person's record: the intake's checks, versioned, audited with old and new
/// values, the search index kept in step, the duplicate check run again; who may.
@Suite struct PersonEditTests {
    let f: DeskFixture

    init() throws { f = try DeskFixture() }

    private func register(_ given: String, _ first: String, phone: String = "(312) 555-0142",
                          curp: String = "") throws -> Int64 {
        try f.desk.registerPerson(PersonDraft(givenNames: given, firstSurname: first, birthDate: "1985-03-12",
                                              phones: [PhoneDraft(phone)], curp: curp), by: f.supervisor).id
    }

    @Test func aCorrectionIsSavedAuditedAndFoundBySearch() throws {
        let id = try register("Rosa", "Hernandes")
        let before = try f.desk.person(id: id, by: f.supervisor)
        var draft = PersonDraft(before)
        draft.firstSurname = "Hernández"
        draft.phones = [PhoneDraft("+52 55 1234 5678", whatsApp: true)]
        draft.city = "Cicero"
        let saved = try f.desk.updatePerson(id: id, draft, version: before.version, by: f.supervisor)
        #expect(saved.changed == ["firstSurname", "phones", "city"])
        #expect(saved.record.name.firstSurname == "Hernández")
        #expect(saved.record.version == before.version + 1)
        #expect(saved.record.phones.map(\.e164) == ["+525512345678"])
        try f.desk.pool.read { (db: Database) throws in
            let audit = try String.fetchOne(db, sql: """
                SELECT changed_fields FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'edit'
                """, arguments: [id])
            #expect(audit == #"{"city":["","Cicero"],"firstSurname":["Hernandes","Hernández"],"phones":["+13125550142","+525512345678 (WhatsApp)"]}"#)
        }
        // The index follows: the new surname finds her, by phone too; the old spelling by ear still does.
        #expect(try f.desk.search("rosa hernandez", by: f.supervisor).contains { $0.personId == id })
        #expect(try f.desk.search("55 1234 5678", by: f.supervisor).contains { $0.personId == id })
        #expect(try !f.desk.search("3125550142", by: f.supervisor).contains { $0.personId == id })
    }

    @Test func aStaleVersionIsAConflictAndNothingChanges() throws {
        let id = try register("Rosa", "Hernández")
        let read = try f.desk.person(id: id, by: f.supervisor)
        var first = PersonDraft(read)
        first.city = "Cicero"
        _ = try f.desk.updatePerson(id: id, first, version: read.version, by: f.supervisor)
        var second = PersonDraft(read)
        second.city = "Berwyn"
        #expect(throws: StoreError.conflict) {
            try f.desk.updatePerson(id: id, second, version: read.version, by: f.supervisor)
        }
        #expect(try f.desk.person(id: id, by: f.supervisor).city == "Cicero")
        // Saying what is already stored writes nothing.
        let now = try f.desk.person(id: id, by: f.supervisor)
        let same = try f.desk.updatePerson(id: id, PersonDraft(now), version: now.version, by: f.supervisor)
        #expect(same.changed.isEmpty && same.record.version == now.version)
    }

    @Test func badValuesAreRefusedAndDuplicatesShown() throws {
        let taken = "HEGR850312MDFRRS06"
        let other = try register("Rosa", "Hernández", phone: "(773) 555-0199", curp: taken)
        let id = try register("Rosalía", "Gómez")
        let read = try f.desk.person(id: id, by: f.supervisor)
        var bad = PersonDraft(read)
        bad.birthDate = "31/02/1985"
        bad.phones = [PhoneDraft("12")]
        do {
            _ = try f.desk.updatePerson(id: id, bad, version: read.version, by: f.supervisor)
            Issue.record("a bad date and phone were saved")
        } catch StoreError.validation(let failure) {
            #expect(Set(failure.problems.map(\.field)).isSuperset(of: ["birthDate"]))
            #expect(failure.problems.count >= 2)
        }
        var curp = PersonDraft(read)
        curp.curp = taken
        #expect(throws: StoreError.self) { try f.desk.updatePerson(id: id, curp, version: read.version, by: f.supervisor) }
        #expect(try f.desk.person(id: id, by: f.supervisor).version == read.version, "nothing written")
        // The other person's phone: saved, and the other record is offered as a possible duplicate.
        var phone = PersonDraft(read)
        phone.phones = [PhoneDraft("(773) 555-0199")]
        let saved = try f.desk.updatePerson(id: id, phone, version: read.version, by: f.supervisor)
        #expect(saved.duplicates.map(\.personId).contains(other))
        #expect(try f.desk.survivor(of: id) == nil, "never merged by itself")
    }

    @Test func whoMayCorrect() throws {
        let id = try register("Rosa", "Hernández")
        let opened = try f.desk.openCase(personId: id, area: .legal, by: f.supervisor)
        _ = try f.desk.assign(caseId: opened.id, to: f.ben.id, version: opened.version, by: f.supervisor)
        let read = try f.desk.person(id: id, by: f.supervisor)
        var draft = PersonDraft(read)
        draft.city = "Cicero"
        // Ana's colleague Ben has her case: Ana may not; Ben may; an admin never.
        #expect(throws: StoreError.self) { try f.desk.updatePerson(id: id, draft, version: read.version, by: f.ana) }
        #expect(throws: StoreError.self) { try f.desk.updatePerson(id: id, draft, version: read.version, by: f.admin) }
        let saved = try f.desk.updatePerson(id: id, draft, version: read.version, by: f.ben)
        #expect(saved.record.city == "Cicero")
    }
}
