import Foundation
import Testing

/// The review and reports in a real terminal (tmux), signed in as the demo supervisor.
@Suite(.serialized)
struct ReviewTerminalTests {
    private func start(as user: String, width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("demo.sqlite").path
        let session = try TmuxSession(arguments: "demo --people 300 --db \(db) --as \(user) --theme mono",
                                      width: width, height: height)
        try session.waitFor(text: "Número")
        return session
    }

    /// Case numbers on the rows of a screen, top to bottom.
    private func numbers(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            line.range(of: #"\d{4}-\d{6}"#, options: .regularExpression).map { String(line[$0]) }
        }
    }

    @Test func f7OpensTheReviewAndASupervisorApprovesAClosure() throws {
        let t = try start(as: "maria")
        try t.press("F7")
        let review = try t.waitFor(text: "[Cierres")
        #expect(review.contains("Derivaciones") && review.contains("Carga"))
        let first = try #require(numbers(review).first, "a closure awaiting approval:\n\(review)")
        try t.press("a")
        // The dialog's question, not the footer's "a Aprobar cierre" shown before it.
        try t.waitFor(text: "¿Aprobar el cierre del caso \(first)")
        try t.press("s")
        let after = try t.waitFor(text: "Cierre aprobado: el caso \(first) está cerrado.")
        let rows = after.split(separator: "\n").filter { !$0.contains("Cierre aprobado") }.joined(separator: "\n")
        #expect(!numbers(rows).contains(first))
        #expect(after.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // On the case list (F6; Esc leads back to the home queue), the case reads closed.
        try t.press("F6")
        try t.waitFor(text: "Filtro")
        try t.type("/" + first)
        try t.waitFor("the case, closed") { s in
            s.split(separator: "\n").contains { $0.contains(first) && $0.contains("Cerrado") }
        }
        try t.press("F10")
        #expect(try t.waitForExit() == 0)
        #expect(try t.display("#{alternate_on}") == "0")
    }

    @Test func altIOpensTheReportsWithChartsAndACaseworkerIsRefusedTheReview() throws {
        let t = try start(as: "maria")
        try t.press("Escape", "i")
        let reports = try t.waitFor(text: "Casos nuevos por mes")
        #expect(reports.contains("Gráfica 1 de 5"))
        #expect(reports.contains("█") || reports.contains("▁"))
        try t.press("Tab")
        try t.waitFor(text: "Casos abiertos por estado")
        try t.press("F10")
        #expect(try t.waitForExit() == 0)

        let c = try start(as: "jorge")
        try c.press("F7")
        let refused = try c.waitFor(text: "La revisión es solo para supervisores")
        #expect(numbers(refused.split(separator: "\n").dropFirst(2).joined(separator: "\n")).isEmpty)
    }
}
