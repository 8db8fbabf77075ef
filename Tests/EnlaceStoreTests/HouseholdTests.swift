import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Household links between registered people and next-of-kin contacts: stored once and shown
/// from both sides, refusals (self, duplicate, cycle, not found), audit rows, who may.
@Suite struct HouseholdTests {
    let f: DeskFixture

    init() throws { f = try DeskFixture() }

    private func register(_ given: String, _ first: String, phone: String = "(312) 555-0142") throws -> Int64 {
        try f.desk.registerPerson(PersonDraft(givenNames: given, firstSurname: first, birthDate: "1985-03-12",
                                              phones: [PhoneDraft(phone)]), by: f.supervisor).id
    }

    private func audit(_ id: Int64, _ action: String) throws -> [String] {
        try f.desk.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT changed_fields FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = ? ORDER BY id
                """, arguments: [id, action])
        }
    }

    private func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch StoreError.invalid(_, let text) { return text.en } catch { return "\(error)" }
        return nil
    }

    @Test func aLinkIsStoredOnceShownFromBothSidesAndAudited() throws {
        let rosa = try register("Rosa", "Hernández")
        let ana = try register("Ana", "López", phone: "(773) 555-0199")
        let relative = try f.desk.linkHousehold(personId: rosa, relatedPersonId: ana, as: .child, by: f.supervisor)
        #expect(relative == Relative(personId: ana, name: "López, Ana", relationship: .child, phone: "+17735550199"))
        #expect(try f.desk.household(personId: rosa, by: f.supervisor).relatives.map(\.relationship) == [.child])
        // From Ana's side Rosa is her parent.
        let hers = try f.desk.personPage(id: ana, by: f.supervisor).household.relatives
        #expect(hers.map(\.personId) == [rosa] && hers.map(\.relationship) == [.parent])
        #expect(try f.desk.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM household_links") } == 1)
        #expect(try audit(rosa, "householdLinked") == [#"{"relatedPerson":["","\#(ana)"],"relationship":["","child"]}"#])
        #expect(try audit(ana, "householdLinked") == [#"{"relatedPerson":["","\#(rosa)"],"relationship":["","parent"]}"#])
        // Unlinking from the other side removes it, audited with the relationship it had.
        #expect(try f.desk.unlinkHousehold(personId: ana, relatedPersonId: rosa, by: f.supervisor) == .parent)
        #expect(try f.desk.household(personId: rosa, by: f.supervisor).relatives.isEmpty)
        #expect(try audit(rosa, "householdUnlinked") == [#"{"relatedPerson":["\#(ana)",""],"relationship":["child",""]}"#])
        // ...and it can be linked again.
        try f.desk.linkHousehold(personId: ana, relatedPersonId: rosa, as: .parent, by: f.supervisor)
        #expect(try f.desk.household(personId: rosa, by: f.supervisor).relatives.map(\.relationship) == [.child])
    }

    @Test func selfDuplicateCycleAndMissingPeopleAreRefused() throws {
        let a = try register("Abuela", "Ruiz"), b = try register("Madre", "Ruiz"), c = try register("Nieta", "Ruiz")
        #expect(refusal { try f.desk.linkHousehold(personId: a, relatedPersonId: a, as: .sibling, by: f.supervisor) }
                == "A person cannot be linked to themself.")
        try f.desk.linkHousehold(personId: a, relatedPersonId: b, as: .child, by: f.supervisor)   // B child of A
        try f.desk.linkHousehold(personId: c, relatedPersonId: b, as: .parent, by: f.supervisor)  // B parent of C
        // Any second link of the same pair, either way round, is a duplicate.
        #expect(refusal { try f.desk.linkHousehold(personId: b, relatedPersonId: a, as: .sibling, by: f.supervisor) }
                == "They are already linked: Ruiz, Abuela is this person's parent. Remove that link first if it is wrong.")
        // C parent of A would close A → B → C → A; so would A child of C, read inverted.
        let cycle = "That link would make someone their own ancestor (a cycle of parents and children); check who is whose parent."
        #expect(refusal { try f.desk.linkHousehold(personId: a, relatedPersonId: c, as: .parent, by: f.supervisor) } == cycle)
        #expect(refusal { try f.desk.linkHousehold(personId: c, relatedPersonId: a, as: .child, by: f.supervisor) } == cycle)
        #expect(refusal { try f.desk.linkHousehold(personId: c, relatedPersonId: a, as: .grandchild, by: f.supervisor) } == cycle)
        // A grandparent of C is no cycle; a sibling link neither.
        try f.desk.linkHousehold(personId: c, relatedPersonId: a, as: .grandparent, by: f.supervisor)
        #expect(throws: StoreError.notFound(HouseholdText.personNotFound.filled(["id": "999"]))) {
            try f.desk.linkHousehold(personId: a, relatedPersonId: 999, as: .sibling, by: f.supervisor)
        }
        #expect(try f.desk.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM household_links") } == 3)
        #expect(try audit(a, "householdLinked").count == 2, "refusals write nothing")
        #expect(refusal { try f.desk.unlinkHousehold(personId: a, relatedPersonId: 999, by: f.supervisor) } != nil)
    }

    @Test func whoMayLink() throws {
        let rosa = try register("Rosa", "Hernández"), ana = try register("Ana", "López")
        let opened = try f.desk.openCase(personId: rosa, area: .legal, by: f.supervisor)
        _ = try f.desk.assign(caseId: opened.id, to: f.ben.id, version: opened.version, by: f.supervisor)
        // Rosa is Ben's case: Ana the caseworker may not link her, Ben may, an admin never.
        #expect(throws: StoreError.self) { try f.desk.linkHousehold(personId: rosa, relatedPersonId: ana, as: .child, by: f.ana) }
        #expect(throws: StoreError.self) { try f.desk.linkHousehold(personId: ana, relatedPersonId: rosa, as: .parent, by: f.ana) }
        #expect(throws: StoreError.self) { try f.desk.linkHousehold(personId: rosa, relatedPersonId: ana, as: .child, by: f.admin) }
        try f.desk.linkHousehold(personId: rosa, relatedPersonId: ana, as: .child, by: f.ben)
        #expect(throws: StoreError.self) { try f.desk.unlinkHousehold(personId: rosa, relatedPersonId: ana, by: f.ana) }
    }

    @Test func nextOfKinContactsAreVersionedAndAudited() throws {
        let rosa = try register("Rosa", "Hernández")
        let bad = KinDraft(name: " ", relationship: .sibling, phones: ["12", "abc"], notes: String(repeating: "x", count: 1001))
        do {
            try f.desk.addKinContact(personId: rosa, bad, by: f.supervisor)
            Issue.record("a contact without a name was saved")
        } catch StoreError.validation(let failure) {
            #expect(failure.problems.map(\.field) == ["name", "phones[0]", "phones[1]", "notes"])
        }
        let added = try f.desk.addKinContact(personId: rosa, KinDraft(
            name: "Juan Hernández", relationship: .sibling, phones: ["951 123 4567"], country: .mexico,
            place: "Tlacolula, Oaxaca"), by: f.supervisor)
        #expect(added.phones == ["+529511234567"] && added.version == 1 && added.notes == nil)
        #expect(try audit(rosa, "kinAdded") == [#"{"country":["","mexico"],"name":["","Juan Hernández"],"phones":["","+529511234567"],"place":["","Tlacolula, Oaxaca"],"relationship":["","sibling"]}"#])
        var edit = KinDraft(added)
        edit.phones = ["(312) 555-0100"]
        edit.country = .us
        let edited = try f.desk.updateKinContact(id: added.id, edit, version: added.version, by: f.supervisor)
        #expect(edited.version == 2 && edited.phones == ["+13125550100"])
        #expect(try audit(rosa, "kinEdited") == [#"{"country":["mexico","us"],"phones":["+529511234567","+13125550100"]}"#])
        // The stale version is a conflict and nothing changes.
        #expect(throws: StoreError.conflict) { try f.desk.updateKinContact(id: added.id, edit, version: 1, by: f.supervisor) }
        #expect(throws: StoreError.self) { try f.desk.removeKinContact(id: added.id, by: f.admin) }
        #expect(try f.desk.household(personId: rosa, by: f.supervisor).contacts == [edited])
        try f.desk.removeKinContact(id: added.id, by: f.supervisor)
        #expect(try f.desk.household(personId: rosa, by: f.supervisor).contacts.isEmpty)
        #expect(try audit(rosa, "kinRemoved").first?.contains(#""name":["Juan Hernández",""]"#) == true)
        #expect(throws: StoreError.notFound(HouseholdText.contactNotFound.filled(["id": String(added.id)]))) {
            try f.desk.removeKinContact(id: added.id, by: f.supervisor)
        }
    }

    @Test func theFuneralNextOfKinIsPickedFromTheHousehold() throws {
        let rosa = try register("Rosa", "Hernández")
        let ana = try register("Ana", "López", phone: "(773) 555-0199")
        try f.desk.linkHousehold(personId: rosa, relatedPersonId: ana, as: .child, by: f.supervisor)
        try f.desk.addKinContact(personId: rosa, KinDraft(name: "Juan Hernández", relationship: .sibling,
                                                          phones: ["+52 951 123 4567"]), by: f.supervisor)
        let choices = try f.desk.household(personId: rosa, by: f.supervisor).nextOfKinChoices(.es)
        let juan = try #require(try f.desk.household(personId: rosa, by: f.supervisor).contacts.first)
        #expect(choices == [
            KinChoice(key: "person:\(ana)", contact: NextOfKinContact(name: "López, Ana", relationship: "Hijo o hija", phone: "+17735550199")),
            KinChoice(key: "contact:\(juan.id)",
                      contact: NextOfKinContact(name: "Juan Hernández", relationship: "Hermano o hermana", phone: "+529511234567")),
        ])
        #expect(choices.allSatisfy { $0.contact.isComplete }, "each fills what a funeral referral needs to be sent")
    }

    @Test func thePersonsFileHoldsTheHousehold() throws {
        let rosa = try register("Rosa", "Hernández"), ana = try register("Ana", "López")
        try f.desk.linkHousehold(personId: rosa, relatedPersonId: ana, as: .spouse, by: f.supervisor)
        try f.desk.addKinContact(personId: rosa, KinDraft(name: "Juan Hernández", relationship: .sibling,
                                                          phones: ["+52 951 123 4567"], notes: "Llamar de noche"), by: f.supervisor)
        let file = try f.desk.personFile(id: rosa, by: f.supervisor)
        #expect(file.relatives.map(\.name) == ["López, Ana"] && file.relatives.map(\.relationship) == [.spouse])
        #expect(file.nextOfKin.map(\.notes) == ["Llamar de noche"])
    }

    @Test func linkedDuplicatesShowOnBothRecords() throws {
        let rosa = try register("Rosa", "Hernández"), copy = try register("Rosa", "Hernandes")
        try f.desk.linkPeople(duplicate: copy, survivor: rosa, by: f.supervisor)
        #expect(try f.desk.household(personId: rosa, by: f.supervisor).duplicates == [LinkedRecord(personId: copy, name: "Hernandes, Rosa")])
        #expect(try f.desk.household(personId: copy, by: f.supervisor).survivor == LinkedRecord(personId: rosa, name: "Hernández, Rosa"))
    }
}
