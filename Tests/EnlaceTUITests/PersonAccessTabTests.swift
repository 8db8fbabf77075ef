import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The person screen's "Accesos / Access" tab driven by keys against a real SQLite demo file:
/// a supervisor sees who viewed and changed the person, newest first, moves in the list and
/// exports it as CSV with the audit checkpoint on the message line; a caseworker sees a line.
@Suite(.serialized)
struct PersonAccessTabTests {
    static let fixture = ScreenFixture.make(people: 40, seed: 17, name: "access")

    private func newPerson() throws -> (caseId: Int64, personId: Int64) {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let opened = try desk.registerAndOpen(PersonDraft(givenNames: "Eulalia", firstSurname: "Tzompantzi"),
                                              area: .legal, priority: .normal, description: "Asesoría", by: jorge)
        _ = try desk.person(id: opened.personId, by: jorge)
        return (opened.id, opened.personId)
    }

    private func openAccess(_ caseId: Int64, as username: String, language: Language = .es) throws -> AppRuntime {
        let rt = try Self.fixture.runtime(username: username, language: language)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: caseId)) }))
        rt.send(.key(.char("f")))
        #expect(rt.state.screen == .person)
        rt.send(.key(.char(Character(String(PersonTab.access.rawValue + 1)))))
        #expect(rt.state.person?.tab == .access)
        return rt
    }

    @Test func aSupervisorSeesWhoViewedAndChangedNewestFirstAndExportsIt() throws {
        let p = try newPerson()
        let rt = try openAccess(p.caseId, as: "maria")
        var screen = rt.render()
        #expect(screen.underHeading.contains("[5 Accesos]"), "\(screen.underHeading)")
        #expect(screen.shows("Quién vio o cambió este registro"), "\(screen.text)")
        let rows = screen.tableLines(under: "Qué hizo")
        // Newest first: this list read, the case screen and the person screen just opened by
        // María, then Jorge's view and his intake.
        #expect(rows.count >= 5, "\(screen.text)")
        #expect(rows[0].contains("María Elena Rodríguez") && rows[0].contains("Consultó") && rows[0].contains("Datos de la persona"),
                "\(rows)")
        #expect(rows.contains { $0.contains("Jorge") && $0.contains("Modificó") }, "\(rows)")
        #expect(rows.contains { $0.contains("Caso 2026-") }, "\(rows)")
        let total = try #require(rt.state.person?.accessTab.page?.total)
        #expect(screen.shows("\(total) accesos en total"), "\(screen.text)")
        #expect(total == rows.count)
        #expect(screen.footer.contains("Exportar accesos"), "\(screen.footer)")
        // Down moves the selection.
        rt.send(.key(.down))
        #expect(rt.state.person?.accessTab.cursor.selected == 1)

        rt.send(.key(.char("c")))
        screen = rt.render()
        #expect(screen.messageLine.contains("accesos-persona-\(p.personId)-") && screen.messageLine.contains("(control #"),
                "\(screen.messageLine)")
        let folder = URL(fileURLWithPath: Self.fixture.path).deletingLastPathComponent()
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first { $0.hasPrefix("accesos-persona-\(p.personId)-") })
        let csv = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(csv.hasPrefix("Cuándo,Quién,Qué hizo,Registro,action,audit_id\r\n"), "\(csv.prefix(60))")
        #expect(csv.contains(",Exportó,Datos de la persona,exportedAccess,"))
    }

    @Test func aCaseworkerIsToldOnlySupervisorsSeeIt() throws {
        let p = try newPerson()
        let rt = try openAccess(p.caseId, as: "jorge", language: .en)
        let screen = rt.render()
        #expect(screen.shows("Only supervisors can see who viewed this person."), "\(screen.text)")
        #expect(rt.state.person?.accessTab.page == nil)
    }
}
