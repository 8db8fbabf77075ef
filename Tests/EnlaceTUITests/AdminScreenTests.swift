import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The administration's staff tab, driven by keys against a real demo database: the accounts,
/// a new one with its temporary password, the first sign-in that replaces it, a reset that
/// locks the terminal signed in before it, and what a supervisor sees.
@Suite(.serialized)
struct AdminScreenTests {
    static let fixture = ScreenFixture.make(people: 40, name: "admin")

    private func signIn(_ username: String, _ password: String) throws -> SignInRuntime {
        let desk = try Self.fixture.desk()
        let rt = SignInRuntime(desk: desk, state: SignInState(language: .es, width: 80, height: 24,
                                                              organization: try desk.organizationName()))
        rt.type(username)
        rt.send(.tab)
        rt.type(password)
        rt.send(.enter)
        return rt
    }

    @Test func anAdminCreatesAnAccountWhoseFirstSignInChoosesAPassword() throws {
        let rt = try Self.fixture.runtime(role: .admin)
        rt.send(.key(.function(11)))
        let staff = rt.render()
        #expect(staff.heading.contains("Administración"))
        #expect(staff.shows("[1 Personal]"))
        let rows = staff.tableLines(under: "Usuario")
        #expect(rows.count == DemoData.logins.count)
        #expect(staff.line(with: "maria").contains("supervisor"))
        #expect(staff.footer.contains("n Nueva cuenta"))

        rt.send(.key(.char("n")))
        #expect(rt.render().shows("Nueva cuenta del personal"))
        rt.type("rosa.m")
        rt.send(.key(.tab))
        rt.type("Rosa Méndez")
        // No role ticked: the form says so and keeps what was typed.
        rt.send(.key(.ctrl("s")))
        let noRole = rt.render()
        #expect(noRole.shows("Elija al menos un rol"))
        #expect(rt.state.admin.staff.form?.form.value("username") == "rosa.m")
        rt.send([.down, .char(" "), .ctrl("s")])
        guard case .dialog(let dialog) = rt.state.overlay else {
            Issue.record("no dialog after saving: \(rt.render().text)")
            return
        }
        let message = dialog.message?(.es) ?? ""
        let match = try #require(message.firstMatch(of: /rosa\.m: ([a-z]+-[a-z]+-[a-z]+-[0-9]{2})/))
        let temporary = String(match.1)
        #expect(rt.render().shows(temporary))
        rt.send(.key(.enter))
        let listed = rt.render()
        #expect(listed.line(with: "rosa.m").contains("trabajador social"))
        #expect(listed.line(with: "rosa.m").contains("activa, clave temporal"))

        // The first sign-in asks for the person's own password, twice.
        let first = try signIn("rosa.m", temporary)
        #expect(first.state.signedIn == nil)
        #expect(first.render().text.contains("Elija su contraseña"))
        first.type("mi casa junto al río")
        first.send(.tab)
        first.type("mi casa junto al rio")
        first.send(.enter)
        #expect(first.render().text.contains("no coinciden"))
        first.type("mi casa junto al río")
        first.send(.tab)
        first.type("mi casa junto al río")
        first.send(.enter)
        let account = try #require(first.state.signedIn)
        #expect(account.username == "rosa.m" && !account.mustChangePassword && account.roles == [.caseworker])
        #expect(try signIn("rosa.m", "mi casa junto al río").state.signedIn?.username == "rosa.m")
    }

    @Test func aResetLocksTheTerminalSignedInBeforeIt() throws {
        let lucia = try Self.fixture.runtime(username: "lucia")
        lucia.idle(now: ScreenFixture.now)
        #expect(lucia.state.privacy.lock == nil)

        let rt = try Self.fixture.runtime(role: .admin)
        rt.send(.key(.function(11)))
        let row = try #require(rt.state.admin.staff.members.firstIndex { $0.username == "lucia" })
        for _ in 0..<row { rt.send(.key(.down)) }
        #expect(rt.state.admin.staff.selected?.username == "lucia")
        rt.send(.key(.char("c")))
        rt.send(.key(.enter))
        guard case .dialog(let shown) = rt.state.overlay else {
            Issue.record("no password dialog")
            return
        }
        #expect(shown.title(.es) == "Contraseña restablecida")
        rt.send(.key(.enter))

        lucia.idle(now: ScreenFixture.now.addingTimeInterval(PrivacyState.sessionCheckSeconds + 1))
        #expect(lucia.state.privacy.lock?.reason == .sessionEnded)
        let locked = lucia.render()
        #expect(locked.text.contains("restableció la contraseña"))
        // Only quitting leaves: the old password does not unlock.
        lucia.type(DemoData.password)
        lucia.send(.key(.enter))
        #expect(lucia.state.privacy.lock?.reason == .sessionEnded)
    }

    @Test func aSupervisorSeesWhyAndCannotCreate() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        rt.send(.key(.alt("a")))
        let screen = rt.render()
        #expect(screen.shows("Solo la administración ve y cambia las cuentas"))
        #expect(!screen.shows("pedro"))
        rt.send(.key(.char("n")))
        #expect(rt.state.admin.staff.form == nil)
        #expect(rt.render().messageLine.contains("Nueva cuenta"))
    }
}
