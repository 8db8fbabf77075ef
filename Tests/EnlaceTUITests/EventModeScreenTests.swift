import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// Event mode against a real SQLite demo file: Alt-E lists the open events, the quick intake
/// registers people tagged with the event with Enter from field to field (saving on the last),
/// the counters follow this terminal and the whole event, and Alt-E leaves.
@Suite(.serialized)
struct EventModeScreenTests {
    static let fixture = ScreenFixture.make(people: 80, seed: 31, name: "event-mode")

    private func newEvent(_ name: String) throws -> EventSummary {
        try Self.fixture.desk().addEvent(EventDraft(name: name, kind: .healthFair, startsOn: "12/01/2027", city: "Chicago",
                                                    usState: "IL"), by: try Self.fixture.user(named: "maria"))
    }

    /// One person on the quick form, Enter after every field; the keys beyond typed text.
    private func quickIntake(_ rt: AppRuntime, given: String, first: String, phone: String) -> Int {
        var keys = 0
        func next() { rt.send(.key(.enter)); keys += 1 }
        rt.type(given); next()
        rt.type(first); next()
        rt.type("López"); next()
        rt.type("3 de mayo de 1990"); next()
        next()                                            // age: the date says it
        rt.type(phone); next()
        next()                                            // WhatsApp: no
        rt.type("Oaxaca"); next()
        rt.send(.key(.char("s"))); keys += 1; next()      // Salud
        rt.type("Consulta de presión"); next()
        rt.send(.key(.char("v"))); keys += 1; next()      // Verbal
        rt.send(.key(.char(" "))); keys += 1; next()      // share with partners
        next()                                            // contact: no
        next()                                            // reports: no; Enter on the last saves
        return keys
    }

    @Test func aVolunteerRegistersTwoPeopleAtTheEventWithTheQuickFormAndTheCountersFollow() throws {
        let event = try newEvent("Feria de salud en La Villita")
        let rt = try Self.fixture.runtime(role: .volunteer)
        rt.send(.changed(StateChange { _ in [EventMode.start(event.id)] }))
        #expect(rt.state.screen == .intake)
        #expect(rt.state.eventRun == EventRun(id: event.id, name: event.name, mine: 0, total: 0))
        #expect(rt.state.intake?.form.fields.map(\.id) == IntakeFields.quickFields)
        var screen = rt.render()
        #expect(screen.heading.contains("Registro rápido · Feria de salud en La"), "at 80 columns the name gives way to the counters: \(screen.heading)")
        #expect(screen.heading.contains("Esta terminal: 0 · Evento: 0"), "\(screen.heading)")

        let keys = quickIntake(rt, given: "Rosa María", first: "Hernández", phone: "(773) 555-0142")
        #expect(keys == 17, "keys beyond the typed text for one person")
        #expect(rt.state.message?.text.contains("Registrado: Rosa María Hernández López") == true, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.screen == .intake, "the next person's form, not the case")
        #expect(rt.state.intake?.form.dirty == false && rt.state.intake?.form.focus == 0)
        #expect(rt.state.eventRun?.mine == 1 && rt.state.eventRun?.total == 1)

        // Another terminal registers one at the same event; the next save reads both.
        let other = try Self.fixture.runtime(username: "jorge")
        other.send(.changed(StateChange { _ in [EventMode.start(event.id)] }))
        _ = quickIntake(other, given: "Juan", first: "Ortiz", phone: "(773) 555-0177")
        _ = quickIntake(rt, given: "Pedro", first: "Ramírez", phone: "(773) 555-0188")
        #expect(rt.state.eventRun?.mine == 2 && rt.state.eventRun?.total == 3)
        screen = rt.render()
        #expect(screen.heading.contains("Esta terminal: 2 · Evento: 3"), "\(screen.heading)")

        let desk = try Self.fixture.desk()
        let summary = try desk.event(id: event.id)
        #expect(summary.people == 3 && summary.cases == 3)
        // Alt-E leaves event mode; F2 is the whole intake again.
        rt.send(.key(.alt("e")))
        #expect(rt.state.eventRun == nil)
        rt.send(.key(.function(2)))
        #expect(rt.state.intake?.form["curp"] != nil)
    }

    @Test func altEListsTheOpenEventsAndAClosedOneCannotBeRun() throws {
        let event = try newEvent("Consulado sobre ruedas en Aurora")
        let rt = try Self.fixture.runtime(role: .volunteer, language: .en)
        rt.send(.key(.alt("e")))
        guard case .dialog(let dialog) = rt.state.overlay, case .choice(let choices, _) = dialog.kind else {
            Issue.record("no list of events: \(rt.state.message?.text ?? "")"); return
        }
        #expect(choices.contains { $0.label(.en).contains("Consulado sobre ruedas en Aurora") })
        #expect(rt.render().shows("Which event does this terminal register at?"))

        let desk = try Self.fixture.desk()
        _ = try desk.closeEvent(id: event.id, version: event.version, by: try Self.fixture.user(named: "maria"))
        let late = try Self.fixture.runtime(role: .volunteer, language: .en)
        late.send(.changed(StateChange { _ in [EventMode.start(event.id)] }))
        #expect(late.state.eventRun == nil)
        #expect(late.state.message?.text.contains("is closed") == true, "\(late.state.message?.text ?? "")")
    }

    @Test func atAWorkshopANewPersonIsRegisteredWithoutACaseAndAKnownOneIsCheckedInFromTheCandidates() throws {
        let desk = try Self.fixture.desk()
        let workshop = try desk.addEvent(EventDraft(name: "Taller de documentos", kind: .workshop, startsOn: "12/01/2027",
                                                    topic: .consularDocuments), by: try Self.fixture.user(named: "maria"))
        // A caseworker: a volunteer's candidates are only the people they registered today.
        let rt = try Self.fixture.runtime(username: "lucia")
        rt.send(.changed(StateChange { _ in [EventMode.start(workshop.id)] }))
        #expect(rt.state.eventRun?.isWorkshop == true)
        #expect(rt.state.intake?.form["area"] == nil && rt.state.intake?.form["description"] == nil, "no need asked: no case")

        func typePerson() {
            rt.type("Lucía"); rt.send(.key(.enter))
            rt.type("Campos"); rt.send(.key(.enter))
            rt.type("Ibarra"); rt.send(.key(.enter))
            rt.type("8 de agosto de 1979"); rt.send(.key(.enter))
        }
        typePerson()
        for _ in 0..<4 { rt.send(.key(.enter)) }          // age, phone, WhatsApp, origin
        rt.send(.key(.char("v")))                          // consent: verbal
        for _ in 0..<4 { rt.send(.key(.enter)) }          // the three boxes; the last saves
        #expect(rt.state.message?.text.contains("Asistencia registrada: Lucía Campos Ibarra") == true, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.eventRun?.mine == 1 && rt.state.eventRun?.total == 1)
        var summary = try desk.event(id: workshop.id)
        #expect(summary.attendance == 1 && summary.cases == 0)

        // She comes back to the next session of the list: the candidates show her, Enter checks her in.
        typePerson()
        #expect(rt.state.intake?.candidates.contains { $0.listName == "Campos Ibarra, Lucía" } == true)
        rt.send(.key(.alt("d")))
        rt.send(.key(.enter))
        #expect(rt.state.message?.text.contains("Campos Ibarra, Lucía ya estaba en la lista de asistencia") == true, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.intake?.form.dirty == false, "the next person's form")
        summary = try desk.event(id: workshop.id)
        #expect(summary.attendance == 1 && summary.people == 1)
        // Her record shows the workshop.
        let lucia = try #require(try desk.attendance(eventId: workshop.id, by: try Self.fixture.user(named: "maria")).first).personId
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .person(personId: lucia)) }))
        let record = rt.render()
        #expect(record.line(with: "Eventos").contains("Taller de documentos (2027-01-12)"), "\(record.text)")
    }
}
