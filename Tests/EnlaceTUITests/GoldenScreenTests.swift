import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// Whole screens at 80×24 compared with the text in `Golden/` (see `Golden` for how to write
/// them again): forms whose layout is the point, every label whole and nothing cut at the border.
/// The fixture's clock is stopped, so the title bar's time is the same on any day.
@Suite(.serialized)
struct GoldenScreenTests {
    static let fixture = ScreenFixture.make(people: 40, name: "golden")

    @Test(arguments: [Language.es, .en])
    func intakeFormAt80x24(language: Language) throws {
        let rt = try Self.fixture.runtime(username: "jorge", language: language)
        rt.send(.key(.function(2)))
        #expect(rt.state.screen == .intake)
        Golden.expect(rt.render(), matches: "intake-\(language.rawValue)-80x24")
    }

    @Test(arguments: [Language.es, .en])
    func signInAt80x24(language: Language) throws {
        let desk = try Self.fixture.desk()
        let rt = SignInRuntime(desk: desk, state: SignInState(
            language: language, width: 80, height: 24, organization: try desk.organizationName(),
            username: "", demoLogins: []))
        Golden.expect(rt.render(), matches: "sign-in-\(language.rawValue)-80x24")
    }
}
