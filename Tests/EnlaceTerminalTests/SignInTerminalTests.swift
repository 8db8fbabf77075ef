import Foundation
import Testing

/// The sign-in screen, the privacy lock and search in a real terminal (tmux), on a demo
/// database, as a person would use them.
@Suite(.serialized)
struct SignInTerminalTests {
    private func demo(_ arguments: String = "", width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-signin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("demo.sqlite").path
        return try TmuxSession(arguments: "demo --people 300 --db \(db) \(arguments)", width: width, height: height)
    }

    /// Case numbers on the screen ("2026-000123").
    private func caseNumbers(_ screen: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\d{4}-\d{6}"#)
        let range = NSRange(screen.startIndex..., in: screen)
        return Set(regex.matches(in: screen, range: range).compactMap { Range($0.range, in: screen).map { String(screen[$0]) } })
    }

    @Test func signInThroughTheScreenWrongThenRightPassword() throws {
        let t = try demo()
        let first = try t.waitFor(text: "Iniciar sesión")
        #expect(first.contains("Cuentas de demostración"))
        #expect(first.contains("enlace-demo-1"))
        try t.signInRefused(user: "jorge", wrong: "equivocada")
        try t.type("enlace-demo-1")
        try t.press("Enter")
        let app = try t.waitFor(text: "Número")
        #expect(app.contains("Jorge Ramírez Soto (trabajador social)"))
        try t.press("F10")
        #expect(try t.waitForExit() == 0)
        #expect(try t.display("#{alternate_on}") == "0")
    }

    @Test func signInScreenSwitchesLanguageAndQuits() throws {
        let t = try demo()
        try t.waitFor(text: "Iniciar sesión")
        try t.press("F9")
        try t.waitFor(text: "User name:")
        try t.press("C-q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func privacyKeyHidesTheCaseDataAndThePasswordBringsItBack() throws {
        let t = try demo("--as maria")
        // maria's home queue has no cases of her own: F6, the list of all cases.
        try t.waitFor(text: "Mi bandeja")
        try t.press("F6")
        let before = try t.waitFor("the case list") { self.caseNumbers($0).count >= 10 }
        let numbers = caseNumbers(before)
        try t.press("C-l")
        // tmux may capture while the terminal is still being repainted (rows are written top to
        // bottom), so wait for the whole lock screen: if a case number stayed, this times out.
        let locked = try t.waitFor("the lock screen without a case number") {
            $0.contains("Pantalla bloqueada") && self.caseNumbers($0).isEmpty
        }
        #expect(!locked.contains("Número"))
        #expect(locked.contains("María Elena Rodríguez (supervisor)"))
        try t.type("otra-clave")
        try t.press("Enter")
        try t.waitFor(text: "Usuario o contraseña incorrectos.")
        #expect(caseNumbers(try t.screen()).isEmpty)
        try t.type("enlace-demo-1")
        try t.press("Enter")
        let back = try t.waitFor("the same cases again") { self.caseNumbers($0) == numbers }
        #expect(!back.contains("Pantalla bloqueada"))
    }

    @Test func f3SearchShowsHitsWhileTyping() throws {
        let t = try demo("--as maria")
        try t.waitFor(text: "Número")
        try t.press("F3")
        try t.waitFor(text: "Escriba un nombre, apellido")
        try t.type("munoz")
        let screen = try t.waitFor("Muñoz hits with reasons") { s in
            s.contains("Buscar: munoz") && s.split(separator: "\n").contains { $0.contains("Muñoz") && $0.contains("por ") }
        }
        #expect(screen.contains("personas"))
        try t.press("Escape")
        try t.waitFor(text: "Escriba un nombre, apellido")
        try t.press("Escape")
        try t.waitFor(text: "Número")
    }
}
