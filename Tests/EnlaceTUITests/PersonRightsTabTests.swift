import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The person screen's "Derechos / Rights" tab driven by keys against a real SQLite demo file:
/// a request recorded through its dialogs, the opposition toggled, and the person erased after
/// their name is typed; a caseworker sees the opposition and may change nothing.
@Suite(.serialized)
struct PersonRightsTabTests {
    static let fixture = ScreenFixture.make(people: 60, seed: 31, name: "rights")

    private func newPerson() throws -> (caseId: Int64, personId: Int64) {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let opened = try desk.registerAndOpen(PersonDraft(givenNames: "Eulalia", firstSurname: "Tzompantzi",
                                                          phones: [PhoneDraft("(312) 555-0166")]),
                                              area: .legal, priority: .normal, description: "Asesoría", by: jorge)
        try desk.take(caseId: opened.id, version: opened.version, by: jorge)
        return (opened.id, opened.personId)
    }

    private func openRights(_ caseId: Int64, as username: String) throws -> AppRuntime {
        let rt = try Self.fixture.runtime(username: username)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: caseId)) }))
        rt.send(.key(.char("f")))
        #expect(rt.state.screen == .person)
        rt.send(.key(.char(Character(String(PersonTab.rights.rawValue + 1)))))
        #expect(rt.state.person?.tab == .rights)
        return rt
    }

    @Test func aSupervisorRecordsARequestOpposesAndErasesAfterTypingTheName() throws {
        let p = try newPerson()
        let rt = try openRights(p.caseId, as: "maria")
        var screen = rt.render()
        #expect(screen.underHeading.contains("[\(PersonTab.rights.rawValue + 1) Derechos]"), "\(screen.underHeading)")
        #expect(screen.shows("No compartir con aliados") && screen.shows("Sin solicitudes ARCO."), "\(screen.text)")
        // A cancellation request: kind (3rd), the person, in person, what was asked.
        rt.send(.key(.char("a")))
        rt.send([.down, .down, .enter])
        rt.send(.key(.enter))
        rt.send(.key(.enter))
        rt.type("Que borren mis datos")
        rt.send(.key(.enter))
        screen = rt.render()
        #expect(screen.messageLine.contains("registrada; vence el"), "\(screen.messageLine)")
        #expect(screen.shows("Cancelación · 2026-12-02 → 2026-12-22"), "\(screen.text)")
        #expect(screen.shows("20 días restantes"), "\(screen.text)")
        // Do not share: toggled on, shown.
        rt.send(.key(.char("o")))
        screen = rt.render()
        #expect(screen.messageLine.contains("Oposición guardada"), "\(screen.messageLine)")
        #expect(rt.state.person?.file?.rights.opposition.noShare == true)
        // Erase: a wrong name erases nothing; the name as shown does.
        rt.send(.key(.char("b")))
        #expect(rt.render().shows("Borrar los datos de Eulalia Tzompantzi"), "\(rt.render().text)")
        rt.type("Eulalia")
        rt.send(.key(.enter))
        #expect(rt.render().messageLine.contains("No coincide"), "\(rt.render().messageLine)")
        #expect(try Self.fixture.desk().person(id: p.personId, by: try Self.fixture.user(named: "maria")).name.givenNames == "Eulalia")
        rt.send(.key(.char("b")))
        rt.type("eulalia tzompantzi")
        rt.send(.key(.enter))
        screen = rt.render()
        #expect(screen.shows("Datos borrados el"), "\(screen.text)")
        #expect(try Self.fixture.desk().person(id: p.personId, by: try Self.fixture.user(named: "maria")).name.givenNames.isEmpty)
        #expect(try Self.fixture.desk().search("tzompantzi", by: try Self.fixture.user(named: "maria")).isEmpty)
        // Nothing more may change on an erased record.
        rt.send(.key(.char("o")))
        #expect(rt.render().messageLine.contains("fue borrado"), "\(rt.render().messageLine)")
    }

    @Test func aCaseworkerSeesTheOppositionAndMayChangeNothing() throws {
        let p = try newPerson()
        _ = try Self.fixture.desk().setOpposition(personId: p.personId, DataOpposition(noShare: false, noContact: [.whatsapp]),
                                                  by: try Self.fixture.user(named: "maria"))
        let rt = try openRights(p.caseId, as: "jorge")
        let screen = rt.render()
        #expect(screen.shows("WhatsApp"), "\(screen.text)")
        #expect(screen.shows("Solo supervisión atiende los derechos ARCO."), "\(screen.text)")
        rt.send(.key(.char("a")))
        #expect(rt.render().messageLine.contains("Solo supervisión"), "\(rt.render().messageLine)")
    }
}
