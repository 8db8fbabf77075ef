import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// One "schedule a follow-up" dialog for the case screen and the follow-ups screen: the same
/// steps, the same default day and the same time-of-day rule, checked in the store.
@Suite(.serialized)
struct FollowUpDialogTests {
    static let fixture = ScreenFixture.make(people: 40, name: "fu-dialog")

    static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = ScreenFixture.chicago
        return c
    }

    /// Chicago time on a day of December 2026 (the 11th is a Friday).
    static func december(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: 2026, month: 12, day: day, hour: hour, minute: minute))!
    }

    static let friday = december(11, 15)

    @Test func theRule() {
        let tz = ScreenFixture.chicago
        // Nothing typed on a Friday afternoon: Monday at 10:00, the next working morning.
        #expect(FollowUpDialog.due(nil, now: Self.friday, timeZone: tz) == Self.december(14, 10))
        #expect(FollowUpDialog.due(nil, now: Self.december(12, 9), timeZone: tz) == Self.december(14, 10))
        // A day typed: 10:00 that day (a Saturday typed stays a Saturday).
        #expect(FollowUpDialog.due(CalendarDate(year: 2026, month: 12, day: 15), now: Self.friday, timeZone: tz) == Self.december(15, 10))
        #expect(FollowUpDialog.due(CalendarDate(year: 2026, month: 12, day: 12), now: Self.friday, timeZone: tz) == Self.december(12, 10))
        // Today: 10:00 when it is still ahead, else the next full hour, 23:59 late at night.
        let today = CalendarDate(year: 2026, month: 12, day: 11)
        #expect(FollowUpDialog.due(today, now: Self.december(11, 8, 30), timeZone: tz) == Self.december(11, 10))
        #expect(FollowUpDialog.due(today, now: Self.friday, timeZone: tz) == Self.december(11, 16))
        #expect(FollowUpDialog.due(today, now: Self.december(11, 23, 30), timeZone: tz) == Self.december(11, 23, 59))
    }

    /// A case of jorge's with a follow-up due later today, so the follow-ups screen lists it.
    private func caseWithAFollowUpToday() throws -> (id: Int64, number: String) {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let draft = PersonDraft(givenNames: "Rosa María", firstSurname: "Quintero", secondSurname: "Lara",
                                birthDate: "02/05/1979", phones: [PhoneDraft("(312) 555-0142")])
        let opened = try desk.registerAndOpen(draft, area: .legal, priority: .normal, description: "Cita consular", by: jorge)
        try desk.take(caseId: opened.id, version: opened.version, by: jorge)
        _ = try desk.scheduleFollowUp(caseId: opened.id, due: Self.december(11, 17), channel: .call, note: "Llamar", by: jorge)
        return (opened.id, opened.number)
    }

    private func dialog(_ rt: AppRuntime) -> DialogState? {
        if case .dialog(let d) = rt.state.overlay { return d }
        return nil
    }

    /// Enter on the date (nothing typed), Enter on the first channel, the note, Enter.
    private func scheduleWithTheDefaults(_ rt: AppRuntime, note: String) throws {
        let date = try #require(dialog(rt))
        #expect(date.title(.es) == "Programar seguimiento (1 de 3)")
        #expect(date.message?(.es).contains("sin escribir nada: 14 de diciembre de 2026") == true, "\(date.message?(.es) ?? "")")
        rt.send(.key(.enter))
        #expect(dialog(rt)?.message?(.es) == "Fecha: 14 de diciembre de 2026. ¿Por qué medio?")
        rt.send(.key(.enter))
        #expect(dialog(rt)?.title(.es) == "Programar seguimiento (3 de 3)")
        guard case .text = dialog(rt)?.kind else { Issue.record("the note is one line"); return }
        rt.type(note)
        rt.send(.key(.enter))
        #expect(rt.state.overlay.isNone)
        #expect(rt.state.message?.text == "Seguimiento programado para el 14 de diciembre de 2026.")
    }

    @Test func bothScreensGiveTheSameDefault() throws {
        let c = try caseWithAFollowUpToday()
        // From the case screen: s.
        let onCase = try Self.fixture.runtime(username: "jorge", width: 100, height: 30, now: Self.friday)
        onCase.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: c.id)) }))
        onCase.type("s")
        try scheduleWithTheDefaults(onCase, note: "Desde el caso")
        // From the follow-ups screen: F4, today, the row of that case, p.
        let onList = try Self.fixture.runtime(username: "jorge", width: 100, height: 30, now: Self.friday)
        onList.send(.key(.function(4)))
        let row = try #require(onList.state.followUps.list.rows.firstIndex { $0.caseId == c.id })
        onList.send(Array(repeating: Key.down, count: row))
        #expect(onList.state.followUps.selected?.caseId == c.id)
        onList.type("p")
        try scheduleWithTheDefaults(onList, note: "Desde seguimientos")

        let all = try Self.fixture.desk().followUps(caseId: c.id, by: try Self.fixture.user(named: "jorge"))
        let fromCase = try #require(all.first { $0.note == "Desde el caso" })
        let fromList = try #require(all.first { $0.note == "Desde seguimientos" })
        #expect(fromCase.due == Self.december(14, 10))
        #expect(fromList.due == fromCase.due)
        #expect(fromCase.channel == fromList.channel)
    }

    @Test func todayTypedIsTheNextFullHourFromEitherScreen() throws {
        let c = try caseWithAFollowUpToday()
        let onCase = try Self.fixture.runtime(username: "jorge", width: 100, height: 30, now: Self.friday)
        onCase.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: c.id)) }))
        onCase.type("s")
        onCase.type("11/12/2026")
        onCase.send([.enter, .enter])
        onCase.type("Hoy desde el caso")
        onCase.send(.key(.enter))
        let onList = try Self.fixture.runtime(username: "jorge", width: 100, height: 30, now: Self.friday)
        onList.send(.key(.function(4)))
        let row = try #require(onList.state.followUps.list.rows.firstIndex { $0.caseId == c.id })
        onList.send(Array(repeating: Key.down, count: row))
        onList.type("p")
        onList.type("11/12/2026")
        onList.send([.enter, .enter])
        onList.type("Hoy desde la lista")
        onList.send(.key(.enter))
        let all = try Self.fixture.desk().followUps(caseId: c.id, by: try Self.fixture.user(named: "jorge"))
        #expect(all.first { $0.note == "Hoy desde el caso" }?.due == Self.december(11, 16))
        #expect(all.first { $0.note == "Hoy desde la lista" }?.due == Self.december(11, 16))
    }
}
