import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The privacy lock: the key blanks every piece of case data at once, the idle minutes lock by
/// themselves, and only the same user's password brings back the screen exactly as it was.
@Suite(.serialized)
struct LockScreenTests {
    static let fixture = ScreenFixture.make(name: "lock")

    /// A runtime whose idle lock is set to `idleMinutes`.
    private func runtime(idleMinutes: Int, language: Language = .es) throws -> AppRuntime {
        let desk = try Self.fixture.desk()
        var state = AppState(language: language, width: 80, height: 24, user: try Self.fixture.user(.supervisor),
                             organization: try desk.organizationName(), now: ScreenFixture.now, timeZone: ScreenFixture.chicago)
        state.privacy.idleMinutes = idleMinutes
        return AppRuntime(desk: desk, state: state)
    }

    /// Case numbers and (the start of) names on the case list now, and the filter typed.
    private func caseData(_ rt: AppRuntime) -> [String] {
        rt.state.caseList.rows.flatMap { [$0.number, String($0.personName.prefix(12))] } + [rt.state.caseList.filter].filter { !$0.isEmpty }
    }

    @Test(arguments: [Key.ctrl("l"), Key.function(12)])
    func privacyKeyHidesEveryCaseDataAndThePasswordRestoresTheSameScreen(key: Key) throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        rt.send(.key(.function(6)))
        rt.send(.key(.char("/")))
        rt.type("Muñoz")
        rt.send([.enter, .down, .down])
        let before = rt.render()
        let data = caseData(rt)
        #expect(data.count > 4 && data.contains { $0.contains("Muñoz") })
        #expect(data.allSatisfy { before.text.contains($0) })

        rt.send(.key(key))
        let locked = rt.render()
        #expect(locked.text.contains("Pantalla bloqueada"))
        #expect(locked.text.contains(try Self.fixture.desk().organizationName()))
        #expect(locked.text.contains("María Elena Rodríguez (supervisor)"))
        #expect(locked.text.contains("tecla de privacidad"))
        for item in data {
            #expect(!locked.text.contains(item), "“\(item)” shows on the lock screen")
        }
        #expect(!locked.text.contains("Número"))

        // The password is masked as it is typed.
        rt.type(DemoData.password)
        let typing = rt.render()
        #expect(!typing.text.contains(DemoData.password))
        #expect(typing.text.contains(String(repeating: "•", count: DemoData.password.count)))
        rt.send(.key(.enter))
        #expect(rt.state.privacy.lock == nil)
        #expect(rt.render().text == before.text)
        #expect(rt.state.caseList.filter == "Muñoz")
        #expect(rt.taskLog.contains("lock.audit"))
        #expect(rt.taskLog.contains("lock.unlock"))
    }

    @Test func aWrongPasswordIsRefusedAndTheScreenStaysLocked() throws {
        let rt = try Self.fixture.runtime(role: .supervisor, language: .en)
        let before = rt.render()
        rt.send(.key(.ctrl("l")))
        rt.type("not-the-password")
        rt.send(.key(.enter))
        let refused = rt.render()
        #expect(rt.state.privacy.lock != nil)
        let at = try #require(refused.find("Wrong user name or password."))
        #expect(refused.role(x: at.x, y: at.y) == .error)
        #expect(rt.state.privacy.lock?.password.text == "")
        for item in caseData(rt) { #expect(!refused.text.contains(item)) }
        // An empty password asks for one, without a store call.
        rt.send(.key(.enter))
        #expect(rt.render().text.contains("Type your password to continue."))
        // Another user's password does not open this session.
        rt.type("enlace-demo-X")
        rt.send(.key(.enter))
        #expect(rt.state.privacy.lock != nil)
        rt.type(DemoData.password)
        rt.send(.key(.enter))
        #expect(rt.state.privacy.lock == nil)
        #expect(rt.render().text == before.text)
    }

    @Test func whileLockedOnlyLanguageAndQuitWork() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        rt.send(.key(.function(12)))
        rt.send([.function(3), .escape, .char("?"), .ctrl("p"), .function(1)])
        #expect(rt.state.screen == .home)
        #expect(rt.state.overlay.isNone)
        // The keys that are commands elsewhere were typed into the password field here.
        #expect(rt.state.privacy.lock?.password.text == "?")
        rt.send(.key(.function(9)))
        let english = rt.render()
        #expect(english.text.contains("Screen locked"))
        #expect(english.text.contains("F10 Quit"))
        #expect(rt.state.privacy.lock?.password.text == "?")
        rt.send(.key(.ctrl("q")))
        #expect(rt.state.shouldQuit)
    }

    @Test func idleMinutesLockByThemselvesAndKeysPostponeIt() throws {
        let rt = try runtime(idleMinutes: 10)
        let start = ScreenFixture.now
        // Ticks every half minute for nine and a half minutes: still open.
        for k in 1...19 { rt.idle(now: start.addingTimeInterval(Double(k) * 30)) }
        #expect(rt.state.privacy.lock == nil)
        // A key at 9:30 starts the count again.
        rt.send(.key(.down))
        let selected = rt.state.caseList.selected
        for k in 20...38 { rt.idle(now: start.addingTimeInterval(Double(k) * 30)) }
        #expect(rt.state.privacy.lock == nil)
        rt.idle(now: start.addingTimeInterval(39 * 30 + 1))
        #expect(rt.state.privacy.lock?.reason == .idle)
        let locked = rt.render()
        #expect(locked.text.contains("Se bloqueó tras 10 minutos sin usar el teclado."))
        for item in caseData(rt) { #expect(!locked.text.contains(item)) }
        rt.type(DemoData.password)
        rt.send(.key(.enter))
        #expect(rt.state.privacy.lock == nil)
        #expect(rt.state.caseList.selected == selected)
    }

    @Test func zeroIdleMinutesNeverLock() throws {
        let rt = try runtime(idleMinutes: 0)
        rt.idle(now: ScreenFixture.now.addingTimeInterval(24 * 3600))
        #expect(rt.state.privacy.lock == nil)
        // The key still locks.
        rt.send(.key(.ctrl("l")))
        #expect(rt.state.privacy.lock?.reason == .privacyKey)
    }

    @Test func anOpenDialogIsKeptUnderTheLock() throws {
        let rt = try Self.fixture.runtime(role: .supervisor, width: 120, height: 40)
        rt.send(.key(.char(":")))
        rt.type("ayu")
        let before = rt.render()
        rt.send(.key(.ctrl("l")))
        #expect(!rt.render().text.contains("Comandos"))
        rt.type(DemoData.password)
        rt.send(.key(.enter))
        #expect(rt.render().text == before.text)
        guard case .palette(let palette) = rt.state.overlay else { Issue.record("palette lost"); return }
        #expect(palette.query == "ayu")
    }
}
