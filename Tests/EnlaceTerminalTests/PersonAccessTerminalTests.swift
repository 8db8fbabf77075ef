import Foundation
import Testing

/// Issue 13 in a real terminal (tmux): a supervisor opens a person, shows the "Accesos" tab and
/// sees the caseworker's intake and view and her own, newest first; `c` writes the CSV with the
/// audit checkpoint on the message line, and `enlace audit verify` accepts that checkpoint.
@Suite(.serialized)
struct PersonAccessTerminalTests {
    @Test func aSupervisorSeesWhoSawAPersonAndExportsTheListWithACheckpoint() throws {
        let d = try DemoDatabase(folderPrefix: "enlace-person-access", people: 30)
        let made = try runEnlace(["intake", "--given", "Eulogia", "--surname1", "Tlatelpa", "--phone", "(312) 555-0171",
                                  "--area", "legal", "--description", "Asesoría", "--db", d.db, "--user", "jorge"], environment: d.env)
        #expect(made.status == 0, "intake: \(made.err)")
        let t = try TmuxSession(arguments: "demo --db \(d.db) --as maria", width: 80, height: 24)
        try t.waitFor(text: "Mi bandeja")
        try t.press("F3")
        try t.type("eulogia")
        try t.waitFor(text: "Tlatelpa")
        try t.press("M-p")
        try t.waitFor(text: "Persona · Eulogia Tlatelpa")
        try t.press("5")
        var screen = try t.waitFor(text: "accesos en total")
        #expect(screen.contains("[5 Accesos]") && screen.contains("Quién vio o cambió este registro"), "\(screen)")
        #expect(screen.contains("María Elena Rodríguez") && screen.contains("Consultó"), "\(screen)")
        #expect(screen.contains("Jorge") && screen.contains("Modificó"), "\(screen)")
        try t.type("c")
        screen = try t.waitFor(text: "(control #")
        let point = try #require(screen.firstMatch(of: /control #(\d+) ([0-9a-f]{12})…/), "\(screen)")
        let file = try #require(screen.firstMatch(of: /accesos-persona-\d+-\d{8}-\d{6}\.csv/).map { String($0.0) }, "\(screen)")
        let csv = try String(contentsOf: d.folder.appendingPathComponent("salidas").appendingPathComponent(file), encoding: .utf8)
        #expect(csv.hasPrefix("Cuándo,Quién,Qué hizo,Registro,action,audit_id\r\n") && csv.contains("Eulogia") == false,
                "\(csv.prefix(300))")
        try t.press("F10")
        #expect(try t.waitForExit() == 0)

        let verified = try runEnlace(["audit", "verify", "--checkpoint", "\(point.1):\(point.2)", "--db", d.db, "--user", "maria"],
                                     environment: d.env)
        #expect(verified.status == 0 && verified.out.contains("coincide"), "\(verified.out)\(verified.err)")
    }
}
