import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The follow-ups screen driven by keys: views and scope as the store answers them, and the
/// actions checked in the store afterwards (status, result, the next follow-up, audit rows).
@Suite(.serialized)
struct FollowUpsScreenTests {
    static let shared = ScreenFixture.make(name: "followups")

    /// "dd/mm/yyyy" of the day `offset` days from the fixture's now, in Chicago.
    private func typed(_ offset: Int) -> (text: String, day: CalendarDate) {
        let day = CalendarDate(ScreenFixture.now, timeZone: ScreenFixture.chicago).adding(days: offset)!
        return (String(format: "%02d/%02d/%04d", day.day, day.month, day.year), day)
    }

    private func overdueRuntime(_ fixture: ScreenFixture, width: Int = 80, height: Int = 24,
                                language: Language = .es) throws -> AppRuntime {
        let rt = try fixture.runtime(username: "jorge", width: width, height: height, language: language)
        rt.send(.key(.function(4)))
        rt.type("2")
        return rt
    }

    private func supervisor(_ fixture: ScreenFixture) throws -> UserAccount { try fixture.user(.supervisor) }

    @Test func f4OpensTheViewsOfTheStoreWithWordsRolesAndNotes() throws {
        let rt = try Self.shared.runtime(username: "jorge", width: 120, height: 40)
        rt.send(.key(.ctrl("t")))
        #expect(rt.state.screen == .followUps)
        var screen = rt.render()
        #expect(screen.heading.contains("Seguimientos · míos"))
        #expect(screen.role(of: "1 Hoy") == .focus)
        rt.type("2")
        let jorge = rt.state.user
        let overdue = try rt.desk.followUpsDue(scope: .mine, range: .overdue, now: ScreenFixture.now, by: jorge, limit: 34)
        #expect(rt.state.followUps.list.rows.map(\.id) == overdue.map(\.id))
        screen = rt.render()
        #expect(screen.sameRow("Medio", "Nota"))
        let row = overdue[1]
        let line = screen.tableLine(1, under: "Medio")
        #expect(line.contains(DueWords.text(row.due, now: ScreenFixture.now, timeZone: ScreenFixture.chicago, .es)))
        #expect(line.contains(row.caseNumber))
        #expect(line.contains(row.channel.label(.es)))
        let note = try rt.desk.followUp(id: row.id, by: jorge).note
        #expect(line.contains(String(note.prefix(15))))
        #expect(screen.role(of: DueWords.text(row.due, now: ScreenFixture.now, timeZone: ScreenFixture.chicago, .es),
                            onRow: screen.tableRow(1, under: "Medio")) == .overdue)
        // Upcoming: in words, not overdue.
        rt.send(.key(.tab))
        #expect(rt.state.followUps.range == .upcoming)
        let upcoming = try rt.desk.followUpsDue(scope: .mine, range: .upcoming, now: ScreenFixture.now, by: jorge, limit: 34)
        screen = rt.render()
        if upcoming.count > 1 {
            let words = DueWords.text(upcoming[1].due, now: ScreenFixture.now, timeZone: ScreenFixture.chicago, .es)
            #expect(screen.tableLine(1, under: "Medio").contains("en "))
            #expect(screen.role(of: words, onRow: screen.tableRow(1, under: "Medio")) == .normal)
        }
        // The team's: the store decides what jorge sees (his and unassigned cases).
        rt.type("e")
        #expect(rt.render().heading.contains("del equipo"))
        let team = try rt.desk.followUpsDue(scope: .team, range: .upcoming, now: ScreenFixture.now, by: jorge, limit: 34)
        #expect(rt.state.followUps.list.rows.map(\.id) == team.map(\.id))
        #expect(rt.render().sameRow("Medio", "Responsable"))
    }

    @Test func markDoneAsksForTheResultAndTheStoreRecordsItWithAnAuditRow() throws {
        let fixture = ScreenFixture.make(name: "fu-done")
        let rt = try overdueRuntime(fixture)
        let target = try #require(rt.state.followUps.selected)
        rt.type("h")
        var screen = rt.render()
        #expect(screen.text.contains("Seguimiento hecho"))
        #expect(screen.text.contains(target.caseNumber))
        // Empty: refused in words, nothing saved.
        rt.send(.key(.enter))
        #expect(rt.render().text.contains("Escriba el resultado"))
        #expect(try rt.desk.followUp(id: target.id, by: rt.state.user).status == .scheduled)
        rt.type("Habló con José Ángel Muñoz Pérez; confirmó la cita.")
        rt.send(.key(.enter))
        let saved = try rt.desk.followUp(id: target.id, by: rt.state.user)
        #expect(saved.status == .done)
        #expect(saved.result == "Habló con José Ángel Muñoz Pérez; confirmó la cita.")
        let audit = try rt.desk.auditTrail(caseId: nil, limit: 50, by: supervisor(fixture))
        #expect(audit.contains { $0.entity == "followUp" && $0.entityId == target.id && $0.to == "done" })
        screen = rt.render()
        #expect(rt.state.overlay.isNone)
        #expect(screen.messageLine.contains("marcado como hecho"))
        #expect(!rt.state.followUps.list.rows.contains { $0.id == target.id })
    }

    @Test func missedWithADateCreatesTheNextFollowUpOnThatDate() throws {
        let fixture = ScreenFixture.make(name: "fu-miss")
        let rt = try overdueRuntime(fixture, language: .en)
        let target = try #require(rt.state.followUps.selected)
        rt.type("m")
        #expect(rt.render().text.contains("Missed: new date"))
        let (text, day) = typed(5)
        rt.type(text)
        rt.send(.key(.enter))
        let missed = try rt.desk.followUp(id: target.id, by: rt.state.user)
        #expect(missed.status == .missed)
        let all = try rt.desk.followUps(caseId: target.caseId, by: rt.state.user)
        let next = try #require(all.first { $0.previousId == String(target.id) })
        #expect(next.status == .scheduled)
        #expect(CalendarDate(next.due, timeZone: ScreenFixture.chicago) == day)
        #expect(rt.render().messageLine.contains("Missed; new follow-up on"))
    }

    @Test(arguments: [Language.es, .en])
    func aBadDateSaysWhyAndKeepsWhatWasTyped(language: Language) throws {
        let fixture = ScreenFixture.make(name: "fu-bad-\(language.rawValue)")
        let rt = try overdueRuntime(fixture, language: language)
        let target = try #require(rt.state.followUps.selected)
        rt.type("n")
        rt.type("31/02/2027")
        rt.send(.key(.enter))
        let screen = rt.render()
        guard case .dialog(let dialog) = rt.state.overlay, case .text(let field) = dialog.kind else {
            Issue.record("the dialog stays open"); return
        }
        #expect(field.text == "31/02/2027")
        let expected = DateProblem.dayOutOfRange(day: 31, month: 2, year: 2027).message(language)
        #expect(dialog.problem?(language) == expected)
        let problemAt = try #require(screen.find(String(expected.prefix(20))))
        #expect(screen.role(x: problemAt.x, y: problemAt.y) == .error)
        #expect(try rt.desk.followUp(id: target.id, by: rt.state.user).status == .scheduled)
        // Fixing the date saves.
        rt.send(Array(repeating: Key.backspace, count: 10))
        rt.type(typed(3).text)
        rt.send(.key(.enter))
        #expect(try rt.desk.followUp(id: target.id, by: rt.state.user).status == .missed)
    }

    @Test func aChangeMadeMeanwhileIsAConflictThatKeepsTheText() throws {
        let fixture = ScreenFixture.make(name: "fu-conflict")
        let rt = try overdueRuntime(fixture)
        let target = try #require(rt.state.followUps.selected)
        rt.type("h")
        rt.type("Dejé recado con su hija.")
        // Another terminal moves the follow-up meanwhile.
        let other = try fixture.desk()
        try other.rescheduleFollowUp(id: target.id, due: target.due.addingTimeInterval(3600),
                                     by: supervisor(fixture), version: target.version)
        rt.send(.key(.enter))
        guard case .dialog(let dialog) = rt.state.overlay, case .text(let field) = dialog.kind else {
            Issue.record("the dialog stays open with the text"); return
        }
        #expect(field.text == "Dejé recado con su hija.")
        #expect(dialog.problem?(.es) == StoreError.conflict.message(.es))
        #expect(rt.render().text.contains("Otra persona cambió este registro"))
        #expect(try rt.desk.followUp(id: target.id, by: rt.state.user).status == .scheduled)
        // Seen; Enter again saves against the version now on screen.
        rt.send(.key(.enter))
        let saved = try rt.desk.followUp(id: target.id, by: rt.state.user)
        #expect(saved.status == .done)
        #expect(saved.result == "Dejé recado con su hija.")
    }

    @Test func rescheduleMovesTheDueDateAndKeepsTheTime() throws {
        let fixture = ScreenFixture.make(name: "fu-resched")
        let rt = try overdueRuntime(fixture)
        let target = try #require(rt.state.followUps.selected)
        rt.type("r")
        let (text, day) = typed(2)
        rt.type(text)
        rt.send(.key(.enter))
        let moved = try rt.desk.followUp(id: target.id, by: rt.state.user)
        #expect(moved.status == .scheduled)
        #expect(CalendarDate(moved.due, timeZone: ScreenFixture.chicago) == day)
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = ScreenFixture.chicago
        #expect(cal.dateComponents([.hour, .minute], from: moved.due) == cal.dateComponents([.hour, .minute], from: target.due))
        // Now upcoming, "en 2 días".
        rt.type("3")
        let i = try #require(rt.state.followUps.list.rows.firstIndex { $0.id == target.id })
        #expect(rt.render().tableLine(i, under: "Medio").contains("en 2 días"))
    }

    /// A caseworker types "mañana" or "+3", not a date: the follow-up moves to that day and the
    /// message says it in words. The fixture's today is Wednesday 2 December 2026.
    @Test(arguments: [(Language.es, "mañana", 1, "Seguimiento reprogramado para el 3 de diciembre de 2026."),
                      (.es, "pasado manana", 2, "Seguimiento reprogramado para el 4 de diciembre de 2026."),
                      (.en, "+3", 3, "Follow-up rescheduled to December 5, 2026."),
                      (.en, "Tomorrow", 1, "Follow-up rescheduled to December 3, 2026.")])
    func rescheduleTakesDaysCountedFromToday(language: Language, text: String, offset: Int, message: String) throws {
        let fixture = ScreenFixture.make(name: "fu-relative-\(language.rawValue)-\(offset)")
        let rt = try overdueRuntime(fixture, language: language)
        let target = try #require(rt.state.followUps.selected)
        rt.type("r")
        rt.type(text)
        rt.send(.key(.enter))
        #expect(rt.state.overlay.isNone, "\(rt.render().text)")
        let moved = try rt.desk.followUp(id: target.id, by: rt.state.user)
        #expect(CalendarDate(moved.due, timeZone: ScreenFixture.chicago) == typed(offset).day)
        #expect(rt.render().messageLine.contains(message), "\(rt.render().messageLine)")
    }

    @Test func scheduleANewFollowUpForTheRowsCase() throws {
        let fixture = ScreenFixture.make(name: "fu-new")
        let rt = try overdueRuntime(fixture, width: 120, height: 40)
        let target = try #require(rt.state.followUps.selected)
        rt.type("p")
        #expect(rt.render().text.contains("Programar seguimiento"))
        // A date in the past is refused, the text kept.
        rt.type(typed(-2).text)
        rt.send(.key(.enter))
        #expect(rt.render().text.contains("ya pasó"))
        rt.send(Array(repeating: Key.backspace, count: 10))
        let (text, day) = typed(1)
        rt.type(text)
        rt.send(.key(.enter))
        #expect(rt.render().text.contains("¿Por qué medio?"))
        rt.type("w")
        rt.send(.key(.enter))
        #expect(rt.render().text.contains("Nota del seguimiento"))
        rt.type("Preguntar por la cita del consulado.")
        rt.send(.key(.enter))
        let all = try rt.desk.followUps(caseId: target.caseId, by: rt.state.user)
        let new = try #require(all.first { $0.note == "Preguntar por la cita del consulado." })
        #expect(new.status == .scheduled)
        #expect(new.channel == .whatsapp)
        #expect(CalendarDate(new.due, timeZone: ScreenFixture.chicago) == day)
        #expect(rt.render().text.contains("Seguimiento programado para el"))
        rt.type("3")
        let i = try #require(rt.state.followUps.list.rows.firstIndex { $0.id == Int64(new.id) })
        let line = rt.render().tableLine(i, under: "Medio")
        #expect(line.contains("mañana") && line.contains("WhatsApp") && line.contains("Preguntar por la cita"))
    }

    @Test func aSupervisorStartsOnTheTeamAndAVolunteerIsToldWhy() throws {
        let rt = try Self.shared.runtime(role: .supervisor, width: 120, height: 40)
        rt.send(.key(.function(4)))
        rt.type("2")
        #expect(rt.render().heading.contains("Seguimientos · del equipo"))
        let maria = rt.state.user
        let team = try rt.desk.followUpsDue(scope: .team, range: .overdue, now: ScreenFixture.now, by: maria, limit: 34)
        #expect(!team.isEmpty)
        #expect(rt.state.followUps.list.rows.map(\.id) == team.map(\.id))
        let volunteer = try Self.shared.runtime(role: .volunteer)
        volunteer.send(.key(.function(4)))
        let text = volunteer.render().text
        #expect(text.contains("Como voluntario, usted registra personas"))
        #expect(!text.contains("h hecho"))
    }

    @Test func englishAt80x24ShowsTheViewsAndKeys() throws {
        let rt = try Self.shared.runtime(username: "lucia", language: .en)
        rt.send(.key(.function(4)))
        rt.send(.key(.right))
        let screen = rt.render()
        #expect(screen.heading.contains("Follow-ups · mine"))
        #expect(screen.sameRow("1 Today", "2 Overdue", "3 Upcoming"))
        #expect(screen.sameRow("Due", "Channel", "Note"))
        #expect(screen.messageLine.contains("d done · m missed"))
        let lucia = rt.state.user
        let overdue = try rt.desk.followUpsDue(scope: .mine, range: .overdue, now: ScreenFixture.now, by: lucia, limit: 18)
        #expect(rt.state.followUps.list.rows.map(\.id) == overdue.map(\.id))
        #expect((0..<screen.height).allSatisfy { TextWidth.columns(of: screen.line($0)) == 80 })
    }
}
