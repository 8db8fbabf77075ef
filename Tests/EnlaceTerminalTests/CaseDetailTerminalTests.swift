import Foundation
import Testing

/// The case detail screen in a real terminal (tmux), opened from the case list of
/// `enlace demo --as jorge`, and a second terminal (the CLI) writing the same file.
@Suite(.serialized)
struct CaseDetailTerminalTests {
    /// A demo file with a fresh case of José Ángel Muñoz Pérez taken by jorge: the newest case,
    /// so the first row of jorge's case list.
    final class Desk: DemoDatabase, @unchecked Sendable {
        /// The fresh case's number (set once, by `init`).
        private(set) var number = ""

        init() throws {
            try super.init(folderPrefix: "enlace-casedetail", people: 200)
            let intake = try runEnlace(["intake", "--given", "José Ángel", "--surname1", "Muñoz", "--surname2", "Pérez",
                                        "--phone", "(312) 555-0199", "--birth", "1985-03-12", "--area", "legal",
                                        "--priority", "urgent", "--description", "Asesoría migratoria",
                                        "--db", db, "--user", "jorge"], environment: env)
            #expect(intake.status == 0, "intake: \(intake.err)")
            number = intake.out.trimmingCharacters(in: .whitespacesAndNewlines)
            // A caseworker's intake is theirs already (the intake use case takes it).
        }

        @discardableResult
        func cli(_ arguments: [String], user: String = "jorge") throws -> String {
            let r = try runEnlace(arguments + ["--db", db, "--user", user], environment: env)
            #expect(r.status == 0, "\(arguments): \(r.err)")
            return r.out
        }

        func caseShow() throws -> String { try cli(["case", "show", number], user: "maria") }

        func app(width: Int = 80, height: Int = 24) throws -> TmuxSession {
            let t = try TmuxSession(arguments: "demo --db \(db) --as jorge", width: width, height: height)
            // The home queue comes first; F6, the case list, has the newest case on top.
            try t.waitFor(text: "Mi bandeja")
            try t.press("F6")
            try t.waitFor("the case list") { $0.contains("Filtro") && $0.contains(self.number) }
            return t
        }
    }

    /// Opens the case from the first row of the case list.
    private func openCase(_ t: TmuxSession, _ number: String) throws -> String {
        try t.press("Enter")
        return try t.waitFor("the case screen") { $0.contains("Caso \(number)") && $0.contains("Historial") }
    }

    @Test func openFromTheCaseListAddANoteAndRequestClosure() throws {
        let d = try Desk()
        let t = try d.app()
        let screen = try openCase(t, d.number)
        #expect(screen.contains("José Ángel Muñoz Pérez"))
        #expect(screen.contains("Estado: Activo"))
        #expect(screen.contains("Urgente"))
        #expect(screen.contains("c Solicitar cierre"))
        // A note of two lines, with accents.
        try t.type("n")
        try t.waitFor(text: "Nueva nota")
        try t.type("Llamó la señora; trámite en curso.")
        try t.press("Enter")
        try t.type("Segunda línea: cita el miércoles.")
        try t.press("C-s")
        try t.waitFor(text: "Nota guardada.")
        try t.waitFor(text: "Nota: Llamó la señora")
        let show = try d.caseShow()
        #expect(show.contains("Llamó la señora; trámite en curso.\n    Segunda línea: cita el miércoles."), "\(show)")
        // Request closure: outcome, then the summary.
        try t.type("c")
        try t.waitFor(text: "¿Cómo terminó el caso?")
        try t.press("Enter")
        try t.waitFor(text: "Escriba el resumen del caso")
        try t.type("Asesoría completada; la familia quedó informada.")
        try t.press("C-s")
        try t.waitFor(text: "Solicitar cierre: hecho.")
        let after = try d.caseShow()
        #expect(after.contains("Estado: Cierre solicitado") || after.contains("Cierre solicitado"), "\(after)")
        #expect(after.contains("Asesoría completada; la familia quedó informada."))
        try t.press("F10")
        #expect(try t.waitForExit() == 0)
    }

    @Test func aNoteAddedThroughTheCLIShowsOnTheOpenScreenWithoutAKey() throws {
        let d = try Desk()
        let t = try d.app()
        _ = try openCase(t, d.number)
        let out = try d.cli(["case", "note", d.number, "--body", "Desde la CLI: Muñoz"], user: "maria")
        #expect(out.contains(d.number))
        var started = Date()
        try t.waitFor("the CLI note on screen", timeout: 10) { $0.contains("Nota: Desde la CLI: Muñoz") }
        #expect(Date().timeIntervalSince(started) < 2.5, "shown within about two seconds")
        try t.waitFor(text: "Datos actualizados por otra terminal.")
        // With the note editor open and a draft typed, another change arrives: the draft stays.
        try t.type("n")
        try t.waitFor(text: "Nueva nota")
        try t.type("Borrador sin guardar")
        try t.waitFor(text: "Borrador sin guardar")
        try d.cli(["case", "priority", d.number, "--to", "high"], user: "maria")
        started = Date()
        try t.waitFor("the refresh under the dialog", timeout: 10) { $0.contains("Prioridad: Alta") }
        #expect(Date().timeIntervalSince(started) < 2.5, "shown within about two seconds")
        #expect(try t.screen().contains("Borrador sin guardar"), "the draft is still in the editor")
        try t.press("C-s")
        try t.waitFor(text: "Nota guardada.")
        try t.waitFor(text: "Nota: Borrador sin guardar")
    }
}
