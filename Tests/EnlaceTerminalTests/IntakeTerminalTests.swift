import Foundation
import Testing
import EnlaceCore

/// The intake in a real terminal (tmux, the built binary, ncurses): registering José Ángel
/// Muñoz Pérez with a valid CURP, the candidate shown on a second intake with its reasons, and
/// a dropped connection (SIGHUP) in the middle of an intake whose draft the next start offers.
@Suite(.serialized)
struct IntakeTerminalTests {
    static let curp: String = {
        let first17 = "MUPA850312HGTXRN0"
        return first17 + String(CURP.checkDigit(for: first17)!)
    }()

    private func database() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-intake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("demo.sqlite").path
    }

    private func start(_ db: String, as user: String = "jorge", width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let t = try TmuxSession(arguments: "demo --people 300 --db \(db) --as \(user)", width: width, height: height)
        try t.waitFor("the first screen") { $0.contains("F1 Ayuda") }
        return t
    }

    private func tabs(_ t: TmuxSession, _ n: Int) throws {
        for _ in 0..<n { try t.press("Tab") }
    }

    @Test func registersJoseAngelThenASecondIntakeShowsHimWithReasons() throws {
        let db = try database()
        let t = try start(db)
        try t.press("F2")
        try t.waitFor(text: "Registro: persona y caso nuevo")
        try t.type("José Ángel"); try t.press("Tab")
        try t.type("Muñoz"); try t.press("Tab")
        try t.type("Pérez"); try tabs(t, 2)
        try t.type("12/03/1985"); try tabs(t, 7)
        try t.waitFor(text: "12 de marzo de 1985 · ¿o 3 de diciembre de 1985?")
        try t.type(Self.curp); try tabs(t, 7)
        try t.waitFor(text: "Guanajuato · 12 de marzo de 1985 · hombre")
        try t.type("s"); try tabs(t, 3)
        try t.type("v")
        try t.press("C-s")
        let saved = try t.waitFor(text: "abierto para José Ángel Muñoz Pérez")
        #expect(saved.range(of: #"Caso \d{4}-\d{6} abierto"#, options: .regularExpression) != nil)

        // A second intake, typed without accents: the strip, then the list with the reasons.
        try t.press("F2")
        try t.waitFor("an empty intake") { $0.contains("Registro: persona y caso nuevo") && !$0.contains("José Ángel") }
        try t.type("Jose Angel"); try t.press("Tab")
        try t.type("Munoz"); try tabs(t, 3)
        try t.type("12/03/1985")
        try t.waitFor("the strip") { $0.contains("posibles duplicados — Alt-D para ver") || $0.contains("1 posible duplicado — Alt-D para ver") }
        try t.press("M-d")
        let list = try t.waitFor(text: "Muñoz Pérez, José Ángel")
        #expect(list.contains("nació el 12 de marzo de 1985"))
        #expect(list.contains("nombre parecido y misma fecha de nacimiento"))
        #expect(list.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func aSIGHUPInTheMiddleOfAnIntakeAndTheDraftIsOfferedBack() throws {
        let db = try database()
        do {
            let t = try start(db)
            try t.press("F2")
            try t.waitFor(text: "Registro: persona y caso nuevo")
            try t.type("María de Jesús"); try t.press("Tab")
            try t.type("Hernández")
            try t.waitFor(text: "Hernández")
            // The connection drops: SIGHUP to the app itself.
            let panePid = try t.display("#{pane_pid}")
            let pid = try Spawn.run(["pgrep", "-P", panePid], environment: TmuxSession.cleanEnvironment, capture: true)
                .output.split(separator: "\n").first.map(String.init)
            let enlace = try #require(pid)
            _ = try Spawn.run(["kill", "-HUP", enlace], environment: TmuxSession.cleanEnvironment, capture: true)
            #expect(try t.waitForExit() == 129)
        }
        // The next start offers the draft; "s" brings every field back.
        let t = try start(db)
        let offer = try t.waitFor(text: "Registro sin terminar")
        #expect(offer.contains("María de Jesús Hernández"))
        try t.type("s")
        let form = try t.waitFor(text: "Se retomó el registro sin terminar.")
        #expect(form.contains("María de Jesús"))
        #expect(form.contains("Hernández"))
    }
}
