import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The person screen driven by keys against a real SQLite demo file: opened from a case,
/// corrected through the edit form (one `updatePerson`), a conflict from another desk, a
/// caseworker refused on a colleague's person, and a possible duplicate after a save.
@Suite(.serialized)
struct PersonScreenTests {
    static let fixture = ScreenFixture.make(people: 120, seed: 23, name: "person")

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

    /// Opens the case as `username`, then its person with `f`, as a person would.
    private func openPerson(fromCase caseId: Int64, as username: String = "jorge") throws -> AppRuntime {
        let rt = try Self.fixture.runtime(username: username)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: caseId)) }))
        #expect(rt.state.screen == .caseDetail)
        rt.send(.key(.char("f")))
        #expect(rt.state.screen == .person)
        return rt
    }

    /// Moves the form's focus to `id` with Tab, clears the field and types `text`.
    private func retype(_ rt: AppRuntime, _ id: String, _ text: String) {
        guard let target = rt.state.person?.form?.index(of: id) else { Issue.record("no field \(id)"); return }
        var keys = 0
        while let focus = rt.state.person?.form?.focus, focus != target, keys < 40 {
            rt.send(.key(focus < target ? .tab : .backTab))
            keys += 1
        }
        rt.send(.key(.end))
        rt.send(.key(.ctrl("u")))
        rt.type(text)
    }

    @Test func opensFromTheCaseShowsTheRecordAndSavesASurnameAndPhoneCorrection() throws {
        let c = try newCase(given: "Rosario", first: "Cruz", phone: "(312) 555-0141")
        let rt = try openPerson(fromCase: c.caseId)
        var screen = rt.render()
        #expect(screen.shows("Persona · Rosario Cruz Pérez"), "\(screen.text)")
        #expect(screen.shows("12 de marzo de 1985"), "\(screen.text)")
        #expect(screen.shows("(312) 555-0141"), "\(screen.text)")
        #expect(screen.shows("versión 1"), "\(screen.text)")
        let number = try #require(rt.state.person?.file?.cases.first?.number)
        #expect(screen.shows(number), "the person's case is listed")
        #expect(screen.underHeading.contains("[1 Datos]"), "the tab shown is bracketed: \(screen.underHeading)")
        #expect(screen.line(under: "[1 Datos]").contains("Rosario Cruz Pérez"), "the record starts under the tabs")

        rt.send(.key(.char("e")))
        #expect(rt.state.person?.form?.value("firstSurname") == "Cruz")
        retype(rt, "firstSurname", "De la Cruz")
        retype(rt, "phone", "312 555 0177")
        rt.send(.key(.tab))
        #expect(rt.state.person?.form?["phone"]?.note?(.es).contains("(312) 555-0177") == true, "phone read back in local format as it is left")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.form == nil, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.message?.text.contains("Primer apellido") == true, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.person?.changed == ["firstSurname", "phones"])

        let stored = try Self.fixture.desk().person(id: c.personId, by: try Self.fixture.user(named: "maria"))
        #expect(stored.name.firstSurname == "De la Cruz")
        #expect(stored.phones.map(\.e164) == ["+13125550177"])
        #expect(stored.version == 2)
        screen = rt.render()
        #expect(screen.shows("Rosario De la Cruz Pérez"), "\(screen.text)")
        #expect(screen.shows("versión 2"), "\(screen.text)")

        // Enter on the case opens it.
        rt.send(.key(.enter))
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.caseId == c.caseId)
    }

    @Test func aConflictFromAnotherDeskKeepsWhatWasTyped() throws {
        let c = try newCase(given: "Ofelia", first: "Santos", phone: "(312) 555-0142")
        let rt = try openPerson(fromCase: c.caseId)
        rt.send(.key(.char("e")))
        retype(rt, "firstSurname", "Santoz")
        // Another desk corrects the email meanwhile.
        let desk = try Self.fixture.desk()
        let maria = try Self.fixture.user(named: "maria")
        var draft = PersonDraft(try desk.person(id: c.personId, by: maria))
        draft.email = "ofelia@example.org"
        _ = try desk.updatePerson(id: c.personId, draft, version: 1, by: maria)

        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.form?.value("firstSurname") == "Santoz", "what was typed stays")
        #expect(rt.state.message?.text.contains("Otra terminal") == true, "\(rt.state.message?.text ?? "")")
        #expect(try desk.person(id: c.personId, by: maria).name.firstSurname == "Santos", "nothing written")
        #expect(rt.state.person?.formVersion == 2, "the new version was read")

        // Saving again, knowingly, writes over the new version.
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.form == nil, "\(rt.state.message?.text ?? "")")
        let after = try desk.person(id: c.personId, by: maria)
        #expect(after.name.firstSurname == "Santoz")
        #expect(after.version == 3)
    }

    @Test func aCaseworkerOnAColleaguesPersonIsRefusedWithTheReason() throws {
        let c = try newCase(given: "Tomasa", first: "Lira", phone: "(312) 555-0143")
        let desk = try Self.fixture.desk()
        let lucia = try Self.fixture.user(named: "lucia")
        var reason = ""
        do { _ = try desk.person(id: c.personId, by: lucia); Issue.record("lucia should be refused") } catch {
            reason = DeskTask.describe(error, .es)
        }
        #expect(!reason.isEmpty)
        let rt = try Self.fixture.runtime(username: "lucia")
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .person(personId: c.personId)) }))
        #expect(rt.state.person?.file == nil)
        #expect(rt.state.person?.loadError?.contains(reason) == true, "\(rt.state.person?.loadError ?? "")")
        let screen = rt.render()
        #expect(screen.shows("No se pudo abrir a la persona"), "\(screen.text)")
        rt.send(.key(.char("e")))
        #expect(rt.state.person?.form == nil, "no form over a record not read")
    }

    @Test func anotherPersonsPhoneShowsAPossibleDuplicateAndNotTheSamePersonIsRemembered() throws {
        let a = try newCase(given: "Guadalupe", first: "Ibarra", phone: "(312) 555-0144")
        let b = try newCase(given: "Herminio", first: "Zavala", phone: "(312) 555-0145")
        let rt = try openPerson(fromCase: a.caseId)
        rt.send(.key(.char("e")))
        retype(rt, "phone", "(312) 555-0145")
        rt.send(.key(.ctrl("s")))
        let duplicates = rt.state.person?.duplicates ?? []
        #expect(duplicates.contains { $0.personId == b.personId }, "\(rt.state.message?.text ?? "")")
        var screen = rt.render()
        #expect(screen.shows("Posibles duplicados"), "\(screen.text)")
        #expect(screen.shows("⚠ Zavala Pérez, Herminio"), "\(screen.text)")
        // Down from the case to the candidate, then "not the same person".
        while rt.state.person?.selectedDuplicate?.personId != b.personId, (rt.state.person?.cursor.selected ?? 99) < 20 {
            rt.send(.key(.down))
        }
        rt.send(.key(.char("l")))
        if case .dialog = rt.state.overlay { Issue.record("a caseworker cannot link") }
        rt.send(.key(.char("n")))
        #expect(try Self.fixture.desk().areMarkedNotSame(a.personId, b.personId))
        #expect(rt.state.person?.duplicates.contains { $0.personId == b.personId } == false)
        screen = rt.render()
        #expect(!screen.shows("⚠ Zavala Pérez, Herminio"), "\(screen.text)")
    }

    @Test func altPOnASearchResultOpensThePersonAndEnterStillOpensTheCaseInEnglish() throws {
        let c = try newCase(given: "Eustaquio", first: "Villaseñor", phone: "(312) 555-0146")
        let rt = try Self.fixture.runtime(username: "jorge", language: .en)
        rt.send(.key(.function(3)))
        rt.type("Eustaquio Villaseñor")
        rt.send(.changed(StateChange { SearchScreen.ask(&$0, keepSelection: false) }))
        #expect(rt.state.search.hits.first?.personId == c.personId, "\(rt.state.message?.text ?? "")")
        rt.send(.key(.alt("p")))
        #expect(rt.state.screen == .person)
        #expect(rt.state.person?.personId == c.personId)
        let screen = rt.render()
        #expect(screen.shows("Person · Eustaquio Villaseñor Pérez"), "\(screen.text)")
        #expect(screen.shows("March 12, 1985") || screen.shows("12 March 1985"), "\(screen.text)")
        rt.send(.key(.escape))
        #expect(rt.state.screen == .search)
        rt.send(.key(.enter))
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.caseId == c.caseId)
    }

    /// The form shows two phones; a record with more keeps the others through a save.
    @Test func aThirdPhoneIsKeptThroughASave() throws {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let draft = PersonDraft(givenNames: "Telésforo", firstSurname: "Quintana", birthDate: "02/02/1970",
                                phones: [PhoneDraft("(312) 555-0161"), PhoneDraft("(312) 555-0162"),
                                         PhoneDraft("+52 55 1234 5601", whatsApp: true)])
        let opened = try desk.registerAndOpen(draft, area: .health, by: jorge)
        try desk.take(caseId: opened.id, version: opened.version, by: jorge)
        let rt = try openPerson(fromCase: opened.id)
        rt.send(.key(.char("e")))
        retype(rt, "city", "Cicero")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.form == nil, "\(rt.state.message?.text ?? "")")
        let stored = try desk.person(id: opened.personId, by: try Self.fixture.user(named: "maria"))
        #expect(stored.city == "Cicero")
        #expect(stored.phones.map(\.e164) == ["+13125550161", "+13125550162", "+525512345601"])
        #expect(stored.phones.last?.whatsApp == true)
    }

    /// `x` (supervisors) writes the person's file beside the database; a caseworker is told why not.
    @Test func aSupervisorWritesThePersonsFileAndACaseworkerMayNot() throws {
        let c = try newCase(given: "Eufrosina", first: "Ledesma", phone: "(312) 555-0171")
        let worker = try openPerson(fromCase: c.caseId)
        worker.send(.key(.char("x")))
        let folder = URL(fileURLWithPath: Self.fixture.path).deletingLastPathComponent()
        let url = folder.appendingPathComponent("persona-\(c.personId).txt")
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(worker.render().messageLine.contains("Archivo para la persona"), "\(worker.render().messageLine)")

        let rt = try openPerson(fromCase: c.caseId, as: "maria")
        rt.send(.key(.char("x")))
        #expect(rt.render().messageLine.contains("persona-\(c.personId).txt"), "\(rt.render().messageLine)")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("Sus datos / Your record"))
        #expect(text.contains("Eufrosina"))
        #expect(text.contains("+13125550171"))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }
}
