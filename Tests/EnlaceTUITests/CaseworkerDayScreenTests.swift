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
        #expect(!narrow.render().line(23).contains("Nuevo"), "\(narrow.render().line(23))")
        let open = try #require(IntakeCommands.all.first { $0.id == .intakeOpen })
        #expect(open.label(.es) == "Registrar")
        #expect(open.label(.en) == "Intake")
        let rt = try Self.fixture.runtime(username: "jorge", width: 120, height: 30)
        rt.send(.key(.function(4)))
        rt.send(.key(.function(2)))
        #expect(rt.state.screen == .intake)
    }
}
