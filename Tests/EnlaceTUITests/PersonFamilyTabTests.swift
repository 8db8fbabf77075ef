import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The person screen's Family tab driven by keys against a real SQLite demo file: a relative
/// found by name and linked, shown from both records, opened with Enter; a next-of-kin
/// contact added, corrected and removed; a refusal kept in the form; a same-person link made
/// and undone by a supervisor.
@Suite(.serialized)
struct PersonFamilyTabTests {
    static let fixture = ScreenFixture.make(people: 60, seed: 29, name: "family")

    /// A new case of a new person, opened and taken by jorge.
    private func newCase(given: String, first: String, phone: String) throws -> (caseId: Int64, personId: Int64) {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let draft = PersonDraft(givenNames: given, firstSurname: first, secondSurname: "Pérez",
                                birthDate: "12/03/1985", phones: [PhoneDraft(phone)])
        let opened = try desk.registerAndOpen(draft, area: .legal, priority: .normal, description: "Asesoría", by: jorge)
        try desk.take(caseId: opened.id, version: opened.version, by: jorge)
        return (opened.id, opened.personId)
    }

    /// The person of `caseId` on the Family tab, as `username`.
    private func familyTab(of caseId: Int64, as username: String) throws -> AppRuntime {
        let rt = try Self.fixture.runtime(username: username)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: caseId)) }))
        rt.send(.key(.char("f")))
        rt.type(String(PersonTab.family.rawValue + 1))
        #expect(rt.state.person?.tab == .family)
        return rt
    }

    /// `a`, the name searched, the first person found, the relationship typed, Ctrl-S.
    private func link(_ rt: AppRuntime, _ name: String, as relationship: String) {
        rt.type("a")
        rt.type(name)
        rt.send(.key(.enter))     // searches, and moves to the person found
        rt.send(.key(.tab))
        rt.type(relationship)
        rt.send(.key(.ctrl("s")))
    }

    @Test func aChildIsFoundByNameLinkedAndOpened() throws {
        let mother = try newCase(given: "Leocadia", first: "Quiroga", phone: "(312) 555-0161")
        let child = try newCase(given: "Fermín", first: "Quiroga", phone: "(312) 555-0162")
        let rt = try familyTab(of: mother.caseId, as: "jorge")
        var screen = rt.render()
        #expect(screen.shows("[Familia]") || screen.shows("Familia"), "\(screen.text)")
        #expect(screen.shows("Ninguno todavía"), "\(screen.text)")
        link(rt, "Fermín Quiroga", as: "Hij")
        #expect(rt.state.person?.family.form == nil, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.message?.text == "Vinculados: Quiroga Pérez, Fermín es hijo o hija.")
        let relatives = try Self.fixture.desk().household(personId: child.personId, by: try Self.fixture.user(named: "maria")).relatives
        #expect(relatives.map(\.personId) == [mother.personId] && relatives.map(\.relationship) == [.parent])
        screen = rt.render()
        #expect(screen.shows("› Hijo o hija · Quiroga Pérez, Fermín · (312) 555-0162"), "\(screen.text)")
        // A second link of the same pair: the refusal stays in the form, under the person.
        link(rt, "Fermín Quiroga", as: "Herm")
        #expect(rt.state.person?.family.form?.form["related"]?.problem?(.es).contains("Ya están vinculados") == true,
                "\(rt.state.message?.text ?? "")")
        rt.send(.key(.escape))
        rt.send(.key(.enter))    // leave without saving
        #expect(rt.state.person?.family.form == nil)
        // Enter opens the child's own record.
        rt.send(.key(.enter))
        #expect(rt.state.person?.personId == child.personId)
    }

    @Test func aNextOfKinContactIsAddedCorrectedAndRemoved() throws {
        let c = try newCase(given: "Eleuteria", first: "Montaño", phone: "(312) 555-0163")
        let rt = try familyTab(of: c.caseId, as: "jorge")
        rt.type("k")
        rt.type("Juan Montaño")
        rt.send(.key(.tab)); rt.type("Herm")
        rt.send(.key(.tab)); rt.type("951 123")      // not a phone
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.family.form?.form["phone"]?.problem != nil, "the store's problem shows under the phone")
        rt.send(.key(.ctrl("u"))); rt.type("+52 951 123 4567")
        rt.send(.key(.tab)); rt.send(.key(.tab)); rt.type("Méx")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.family.form == nil, "\(rt.state.message?.text ?? "")")
        let desk = try Self.fixture.desk(), maria = try Self.fixture.user(named: "maria")
        let contact = try #require(try desk.household(personId: c.personId, by: maria).contacts.first)
        #expect(contact.name == "Juan Montaño" && contact.relationship == .sibling && contact.country == .mexico)
        let screen = rt.render()
        let shown = screen.shows("› Hermano o hermana · Juan Montaño · +52 951 123 4567")
        #expect(shown, "\(screen.text)")
        rt.type("c")
        rt.send(.key(.tab)); rt.send(.key(.tab)); rt.send(.key(.tab)); rt.send(.key(.tab)); rt.send(.key(.tab))
        rt.type("Tlacolula")
        rt.send(.key(.ctrl("s")))
        #expect(try desk.household(personId: c.personId, by: maria).contacts.first?.place == "Tlacolula")
        rt.type("d")
        rt.send(.key(.enter))
        #expect(try desk.household(personId: c.personId, by: maria).contacts.isEmpty)
        #expect(rt.state.message?.text == "Familiar de contacto quitado: Juan Montaño.")
    }

    @Test func aSupervisorLinksTheSamePersonAndUndoesIt() throws {
        let a = try newCase(given: "Anacleto", first: "Berumen", phone: "(312) 555-0164")
        let b = try newCase(given: "Anacleto", first: "Verumen", phone: "(312) 555-0165")
        let jorge = try familyTab(of: a.caseId, as: "jorge")
        jorge.type("a")
        let choices = jorge.state.person?.family.form?.form["relationship"]
        if case .choice(let c)? = choices?.input {
            #expect(!c.options.contains { $0.id == FamilyForm.samePerson }, "caseworkers link relatives only")
        }
        let rt = try familyTab(of: a.caseId, as: "maria")
        link(rt, "Anacleto Verumen", as: "La misma")
        #expect(try Self.fixture.desk().survivor(of: b.personId) == a.personId, "\(rt.state.message?.text ?? "")")
        let screen = rt.render()
        let shown = screen.shows("Verumen Pérez, Anacleto (duplicado de este registro)")
        #expect(shown, "\(screen.text)")
        rt.type("d")
        rt.send(.key(.enter))
        #expect(try Self.fixture.desk().survivor(of: b.personId) == nil)
    }
}
