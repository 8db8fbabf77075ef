import Foundation
import Testing
import EnlaceCore
@testable import EnlaceTUI

/// Fixes found walking a caseworker's day in a real terminal, checked on the screen buffer.
@Suite(.serialized)
struct CaseworkerDayScreenTests {
    static let fixture = ScreenFixture.make(people: 40, seed: 5, name: "caseworker-day")

    /// F2 on the follow-ups screen, whose `p` makes a new follow-up, said "F2 Nuevo": it now
    /// names what it opens, the intake, in both languages.
    @Test func f2NamesTheIntakeBesideTheFollowUps() throws {
        let narrow = try Self.fixture.runtime(username: "jorge", width: 80, height: 24)
        narrow.send(.key(.function(4)))
        #expect(!narrow.render().footer.contains("Nuevo"), "\(narrow.render().footer)")
        let open = try #require(IntakeCommands.all.first { $0.id == .intakeOpen })
        #expect(open.label(.es) == "Registrar")
        #expect(open.label(.en) == "Intake")
        let rt = try Self.fixture.runtime(username: "jorge", width: 120, height: 30)
        rt.send(.key(.function(4)))
        rt.send(.key(.function(2)))
        #expect(rt.state.screen == .intake)
    }

    /// A referral sent from the case, then Esc: the case shows it, and the message line does
    /// not claim another terminal changed the data (it said "Datos actualizados por otra terminal.").
    @Test func backOnTheCaseAfterSendingAReferralIsNotAnotherTerminalsChange() throws {
        let fixture = ScreenFixture.make(people: 40, seed: 6, name: "caseworker-day-back")
        let rt = try fixture.runtime(username: "jorge", width: 80, height: 24)
        let caseId = try #require(try rt.desk.myCases(by: rt.state.user, limit: 1).first?.id)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: caseId)) }))
        #expect(rt.state.screen == .caseDetail)
        rt.type("r")
        rt.type("4")
        rt.type("Consulado General de México en Chicago")
        rt.send(.key(.tab)); rt.type("Tramitar matrícula")
        for _ in 0..<3 { rt.send(.key(.tab)) }
        rt.send(.key(.char(" ")))
        rt.send(.key(.tab)); rt.type("Matr")
        rt.send(.key(.ctrl("g")))
        let sent = try #require(try rt.desk.referrals(caseId: caseId, by: rt.state.user).first)
        #expect(sent.status == .sent, "\(rt.state.message?.text ?? "")")
        rt.send(.key(.escape))
        #expect(rt.state.screen == .caseDetail)
        let screen = rt.render()
        #expect(screen.find("Canalización: Orientación consu") != nil, "\(screen.text)")
        #expect(screen.find("otra terminal") == nil, "\(screen.messageLine)")
        // A change from another terminal is still announced.
        _ = try fixture.desk().addNote(caseId: caseId, body: "Desde otra terminal", by: try fixture.user(named: "maria"))
        rt.idle(now: ScreenFixture.now.addingTimeInterval(1))
        #expect(rt.render().find("Datos actualizados por otra terminal.") != nil)
    }
}
