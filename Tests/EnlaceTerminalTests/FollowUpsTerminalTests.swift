import Foundation
import Testing

/// The home queue and the follow-ups screen in a real terminal, by keyboard alone, as the
/// caseworker jorge of the demo.
@Suite(.serialized)
struct FollowUpsTerminalTests {
    private func start(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-fu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("demo.sqlite").path
        return try TmuxSession(arguments: "demo --people 300 --db \(db) --as jorge", width: width, height: height)
    }

    /// Lines of the rows under the column headers (the line with `header`), up to the footer.
    private func rows(_ screen: String, header: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let h = lines.firstIndex(where: { $0.contains(header) }) else { return [] }
        return Array(lines[(h + 1)...].prefix { !$0.hasPrefix("└") }.dropLast())
    }

    /// Tomorrow as typed on the desk, day first.
    private var tomorrow: String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = .current
        let d = cal.dateComponents([.day, .month, .year], from: Date().addingTimeInterval(86_400))
        return String(format: "%02d/%02d/%04d", d.day!, d.month!, d.year!)
    }

    @Test func homeQueueWithCountsThenScheduleAndCompleteAFollowUpByKeyboard() throws {
        let t = try start()
        // The home queue first, with a count on every tab.
        let home = try t.waitFor("the home queue with counts") { s in
            s.contains("Mi bandeja") && s.range(of: #"1 Mis casos \d+\+? │ 2 Sin asignar \d+\+? │ 3 Seguimientos \d+\+? │ 4 Canalizaciones \d+\+?"#,
                                                options: .regularExpression) != nil
        }
        #expect(home.contains("Jorge Ramírez Soto"))
        #expect(rows(home, header: "Número").contains { $0.range(of: #"\d{4}-\d{6}"#, options: .regularExpression) != nil })

        // F4: the follow-ups; 2: the overdue ones.
        try t.press("F4")
        try t.waitFor(text: "Seguimientos · míos")
        try t.type("2")
        let overdue = try t.waitFor("overdue follow-ups") { s in
            self.rows(s, header: "Vence").contains { $0.contains("hace ") || $0.contains("ayer") }
        }
        #expect(overdue.contains("h hecho · n no se logró"))

        // p: a new follow-up for the selected row's case: date, channel, note.
        try t.type("p")
        try t.waitFor(text: "Programar seguimiento")
        try t.type(tomorrow)
        try t.press("Enter")
        try t.waitFor(text: "¿Por qué medio?")
        try t.type("w")
        try t.press("Enter")
        try t.waitFor(text: "Nota del seguimiento")
        try t.type("Confirmar cita con José Ángel")
        try t.press("Enter")
        try t.waitFor(text: "Seguimiento programado para el")

        // 3: upcoming; the new one is there, "mañana", by WhatsApp.
        try t.type("3")
        let upcoming = try t.waitFor("the new follow-up among the upcoming") { s in
            self.rows(s, header: "Vence").contains { $0.contains("Confirmar cita") }
        }
        let list = rows(upcoming, header: "Vence")
        let index = try #require(list.firstIndex { $0.contains("Confirmar cita") })
        #expect(list[index].contains("mañana") && list[index].contains("WhatsApp"))
        let caseNumber = try #require(list[index].range(of: #"\d{4}-\d{6}"#, options: .regularExpression).map { String(list[index][$0]) })
        for _ in 0..<index { try t.press("Down") }

        // h: done, with the result.
        try t.type("h")
        let dialog = try t.waitFor(text: "Seguimiento hecho")
        #expect(dialog.contains(caseNumber))
        try t.press("Enter")
        try t.waitFor(text: "Escriba el resultado")
        try t.type("Confirmó la cita del consulado.")
        try t.press("Enter")
        let after = try t.waitFor(text: "marcado como hecho")
        #expect(!rows(after, header: "Vence").contains { $0.contains("Confirmar cita") })
        try t.press("F10")
        #expect(try t.waitForExit() == 0)
    }
}
