import Foundation
import Testing

/// A jornada in real terminals: three tmux sessions of the built binary in event mode at one
/// event (`enlace event run N`), registering people at once with the quick form; the counters
/// of each terminal and of the event, then the report and the event's list on the command line.
@Suite(.serialized)
struct EventTerminalTests {
    let folder: String
    let db: String
    let env: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-event-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = folder + "/jornada.sqlite"
        env = ["LANG": "C.UTF-8", "HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder,
               "PATH": "/usr/bin:/bin", "ENLACE_PASSWORD": "enlace-demo-1"]
    }

    private func terminal(_ event: String, as user: String) throws -> TmuxSession {
        let t = try TmuxSession(arguments: "event run \(event) --db \(db) --user \(user)",
                                extraEnvironment: ["ENLACE_PASSWORD": "enlace-demo-1"])
        try t.waitFor(text: "Registro rápido · Feria de salud")
        return t
    }

    /// One person on the quick form, Enter after every field; the last Enter saves.
    private func register(_ t: TmuxSession, _ given: String, _ surname: String) throws {
        for (text, enters) in [(given, 1), (surname, 1), ("López", 1), ("3 de mayo de 1990", 2),
                               ("(773) 555-01\(given.count)\(surname.count % 10)", 2), ("Oaxaca", 1)] {
            try t.type(text)
            for _ in 0..<enters { try t.press("Enter") }
        }
        try t.type("s"); try t.press("Enter")                 // Salud
        try t.type("Presión alta"); try t.press("Enter")
        try t.type("v"); try t.press("Enter")                 // verbal consent
        for _ in 0..<3 { try t.press("Enter") }               // the boxes; the last Enter saves
        try t.waitFor(text: "Registrado: \(given) \(surname) López")
    }

    @Test func threeTerminalsRegisterAtOneEventAndTheCountersAndReportAddUp() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let demo = try runEnlace(["demo", "--people", "60", "--no-open", "--db", db], environment: env)
        #expect(demo.status == 0, "\(demo.err)")
        let added = try runEnlace(["event", "add", "--db", db, "--user", "maria", "--name", "Feria de salud en Pilsen",
                                   "--kind", "feria", "--date", "hoy", "--city", "Chicago", "--state", "IL"], environment: env)
        #expect(added.status == 0, "\(added.err)")
        let id = try #require(added.out.firstMatch(of: /Evento (\d+) creado/).map { String($0.1) }, "\(added.out)")

        let jorge = try terminal(id, as: "jorge")
        let lucia = try terminal(id, as: "lucia")
        let pedro = try terminal(id, as: "pedro")
        try register(jorge, "Rosa", "Medina")
        try register(lucia, "Juan", "Ortiz")
        try register(pedro, "Ana", "Ruiz")
        try register(jorge, "Luis", "Vega")
        // Each save reads the counters again: the event's total counts every terminal's.
        let screen = try jorge.waitFor(text: "Esta terminal: 2 · Evento: 4")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try pedro.waitFor(text: "Esta terminal: 1 · Evento: 3")

        let list = try runEnlace(["event", "list", "--db", db], environment: env)
        #expect(list.out.contains("Feria de salud en Pilsen") && list.out.contains("4 personas, 4 casos"), "\(list.out)")
        let report = try runEnlace(["report", "event-origins", "--db", db, "--user", "maria", "--format", "csv"], environment: env)
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("Feria de salud en Pilsen") && report.out.contains("Oaxaca,4"), "\(report.out)")
        let attendance = try runEnlace(["event", "attendance", id, "--db", db, "--user", "maria"], environment: env)
        #expect(attendance.out.components(separatedBy: "nueva").count - 1 == 4, "\(attendance.out)")
    }
}
