import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The full-screen sign-in, driven by keys against a real demo database: right and wrong
/// passwords, the account locked after five, the language switch, the demo accounts line.
@Suite(.serialized)
struct SignInScreenTests {
    static let fixture = ScreenFixture.make(people: 40, name: "signin")

    private func runtime(width: Int = 80, height: Int = 24, language: Language = .es, username: String = "",
                         demo: Bool = false, fixture: ScreenFixture = SignInScreenTests.fixture) throws -> SignInRuntime {
        let desk = try fixture.desk()
        return SignInRuntime(desk: desk, state: SignInState(
            language: language, width: width, height: height, organization: try desk.organizationName(),
            username: username, demoLogins: demo ? DemoData.logins : []))
    }

    @Test(arguments: [(80, 24), (132, 40)])
    func theRightPasswordSignsIn(width: Int, height: Int) throws {
        let rt = try runtime(width: width, height: height)
        let first = rt.render()
        #expect(first.text.contains("Iniciar sesión"))
        #expect(first.titleBar.contains("Enlace · \(try Self.fixture.desk().organizationName())") || width == 80)
        let user = try #require(first.find("Usuario:"))
        #expect(first.role(x: user.x, y: user.y) == .focus)
        #expect(first.text.contains("F10 Salir"))
        rt.type("maria")
        rt.send(.tab)
        rt.type(DemoData.password)
        let typed = rt.render()
        #expect(typed.text.contains("maria"))
        #expect(!typed.text.contains(DemoData.password))
        #expect(typed.text.contains(String(repeating: "•", count: DemoData.password.count)))
        rt.send(.enter)
        #expect(rt.state.signedIn?.username == "maria")
        #expect(rt.state.signedIn?.role == .supervisor)
        #expect(rt.isFinished)
    }

    @Test func aWrongPasswordSaysSoAndKeepsTheUserName() throws {
        let rt = try runtime()
        rt.type("jorge")
        rt.send(.enter)                       // Enter on the user name moves to the password
        #expect(rt.state.focus == .password)
        rt.type("no-es-esta")
        rt.send(.enter)
        let screen = rt.render()
        #expect(rt.state.signedIn == nil)
        let at = try #require(screen.find("Usuario o contraseña incorrectos."))
        #expect(screen.role(x: at.x, y: at.y) == .error)
        #expect(rt.state.username.text == "jorge")
        #expect(rt.state.password.text.isEmpty)
        #expect(rt.state.focus == .password)
        rt.type(DemoData.password)
        rt.send(.enter)
        #expect(rt.state.signedIn?.displayName == "Jorge Ramírez Soto")
    }

    @Test func emptyFieldsAskForWhatIsMissing() throws {
        let rt = try runtime(language: .en)
        rt.send(.enter)
        #expect(rt.render().text.contains("Type your user name."))
        rt.type("lucia")
        rt.send([.enter, .enter])
        #expect(rt.render().text.contains("Type your password."))
        #expect(rt.state.signedIn == nil)
    }

    @Test func fiveWrongPasswordsLockTheAccountWithItsMessage() throws {
        let own = ScreenFixture.make(people: 20, name: "signin-lock")
        let rt = try runtime(username: "lucia", fixture: own)
        #expect(rt.state.focus == .password)
        for _ in 1..<CaseDesk.maxFailedAttempts {
            rt.type("equivocada")
            rt.send(.enter)
            #expect(rt.render().text.contains("Usuario o contraseña incorrectos."))
        }
        rt.type("equivocada")
        rt.send(.enter)
        let locked = rt.render()
        let at = try #require(locked.find("Cuenta bloqueada"))
        #expect(locked.role(x: at.x, y: at.y) == .error)
        // The right password now waits for the lockout too.
        rt.type(DemoData.password)
        rt.send(.enter)
        #expect(rt.state.signedIn == nil)
        #expect(rt.render().text.contains("Cuenta bloqueada"))
        rt.send(.function(9))
        #expect(rt.render().text.contains("Account locked after too many failed attempts"))
    }

    @Test func languageSwitchesWithoutLosingWhatWasTyped() throws {
        let rt = try runtime()
        rt.type("pedro")
        rt.send(.tab)
        rt.type("mal")
        rt.send(.enter)
        rt.send(.function(9))
        let english = rt.render()
        #expect(english.text.contains("Sign in"))
        #expect(english.text.contains("User name:"))
        #expect(english.text.contains("Wrong user name or password."))
        #expect(english.text.contains("F9 Language: Español"))
        #expect(rt.state.username.text == "pedro")
        rt.send(.ctrl("e"))
        #expect(rt.render().text.contains("Contraseña:"))
        #expect(rt.state.username.text == "pedro")
    }

    @Test func theDemoScreenListsTheDemoAccounts() throws {
        let rt = try runtime(demo: true)
        let text = rt.render().text
        #expect(text.contains("Cuentas de demostración"))
        for login in DemoData.logins { #expect(text.contains(login.username)) }
        #expect(text.contains(DemoData.password))
    }

    @Test(arguments: [Key.function(10), Key.ctrl("q")])
    func quitKeysEndTheSignIn(key: Key) throws {
        let rt = try runtime()
        rt.type("maria")
        rt.send(key)
        #expect(rt.state.shouldQuit)
        #expect(rt.state.signedIn == nil)
    }

    @Test func aSmallTerminalSaysSoAndKeepsTheFields() throws {
        let rt = try runtime()
        rt.type("maria")
        rt.resize(width: 40, height: 10)
        #expect(rt.render().text.contains("Amplíe la terminal"))
        rt.resize(width: 80, height: 24)
        #expect(rt.render().text.contains("maria"))
    }
}

/// A new database: the same screen creates the first admin account.
@Suite(.serialized)
struct FirstAdminScreenTests {
    private func runtime(language: Language = .es) throws -> (SignInRuntime, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-first-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("nueva.sqlite").path
        let desk = try CaseDesk.open(path: path, create: true, clock: ScreenFixture.clock)
        return (SignInRuntime(desk: desk, state: SignInState(language: language, width: 80, height: 24, organization: "",
                                                            mode: .firstAdmin(path: path))), path)
    }

    @Test func enterWalksTheFieldsAndCreatesTheAdmin() throws {
        let (rt, path) = try runtime()
        let first = rt.render()
        #expect(first.text.contains("Primera cuenta de administración"))
        #expect(first.text.contains("Base de datos nueva:"))
        #expect(first.text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "│", with: "")
            .replacingOccurrences(of: "\n", with: "").contains(path))
        #expect(first.titleBar.hasPrefix("┌ Enlace ─"))
        for label in ["Usuario:", "Nombre completo:", "Contraseña:", "Repita la contraseña:"] {
            #expect(first.text.contains(label))
        }
        rt.type("ana")
        rt.send(.enter)
        #expect(rt.state.focus == .displayName)
        rt.type("Ana Martínez Núñez")
        rt.send(.enter)
        rt.type("una-clave-segura-2026")
        rt.send(.enter)
        #expect(rt.state.focus == .passwordAgain)
        rt.type("otra-clave")
        rt.send(.enter)
        let differ = rt.render()
        let at = try #require(differ.find("Las contraseñas no coinciden"))
        #expect(differ.role(x: at.x, y: at.y) == .error)
        #expect(rt.state.focus == .password)
        #expect(rt.state.displayName.text == "Ana Martínez Núñez")
        #expect(try !rt.desk.hasUsers())
        rt.type("una-clave-segura-2026")
        rt.send(.tab)
        rt.type("una-clave-segura-2026")
        #expect(!rt.render().text.contains("una-clave-segura-2026"))
        rt.send(.enter)
        // The database's keyring was made with the account: its recovery words are shown once,
        // and Enter (once they are written down) opens the desk.
        guard case .recoveryWords(_, let words, _) = rt.state.mode else {
            Issue.record("no recovery words: \(rt.render().text)")
            return
        }
        #expect(words.count == 17)
        let page = rt.render()
        #expect(page.shows("Llave de recuperación"))
        #expect(page.shows("1 \(words[0])") && page.shows("17 \(words[16])"))
        #expect(rt.state.signedIn == nil)
        rt.type("x")
        rt.send(.tab)
        #expect(rt.state.signedIn == nil)
        rt.send(.enter)
        #expect(rt.state.signedIn?.role == .admin)
        #expect(rt.state.signedIn?.displayName == "Ana Martínez Núñez")
        #expect(try rt.desk.authenticate(username: "ana", password: "una-clave-segura-2026").role == .admin)
    }

    @Test func theStoreSaysWhatIsWrongAndTheFieldIsKept() throws {
        let (rt, _) = try runtime(language: .en)
        rt.type("a b")
        rt.send(.tab)
        rt.type("Ana")
        rt.send(.tab)
        rt.type("corta")
        rt.send(.tab)
        rt.type("corta")
        rt.send(.enter)
        // The user name is checked first; the cursor goes back to it, the text is kept.
        #expect(rt.state.signedIn == nil)
        #expect(rt.state.focus == .username)
        #expect(rt.state.username.text == "a b")
        #expect(rt.state.problem != nil)
        rt.send(.ctrl("u"))
        rt.type("ana")
        rt.send(.enter)
        // Then the short password.
        #expect(rt.state.focus == .password)
        // The rule's own number (the path on screen holds a UUID: a bare digit could be in it).
        #expect(rt.render().text.contains("at least 10 characters"), "\(rt.render().text)")
        #expect(rt.state.signedIn == nil)
    }
}
