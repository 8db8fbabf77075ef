import Foundation
import Testing

/// The review and reports in a real terminal (tmux), signed in as the demo supervisor.
@Suite(.serialized)
struct ReviewTerminalTests {
    private func start(as user: String, width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try startIn(as: user, width: width, height: height).session
    }

    /// The session and the folder of its database (exports go to its `salidas` folder).
    private func startIn(as user: String, width: Int = 80, height: Int = 24) throws -> (session: TmuxSession, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("demo.sqlite").path
        let session = try TmuxSession(arguments: "demo --people 300 --db \(db) --as \(user) --theme mono",
                                      width: width, height: height)
        try session.waitFor(text: "Número")
        return (session, folder)
    }

    /// Case numbers on the rows of a screen, top to bottom.
    private func numbers(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            line.range(of: #"\d{4}-\d{6}"#, options: .regularExpression).map { String(line[$0]) }
        }
    }

    @Test func f7OpensTheReviewAndASupervisorApprovesAClosureThenExportsAReport() throws {
        let (t, folder) = try startIn(as: "maria")
        try t.press("F7")
        let review = try t.waitFor(text: "[Cierres")
        #expect(review.contains("Derivaciones") && review.contains("Carga"))
        let first = try #require(numbers(review).first, "a closure awaiting approval:\n\(review)")
        try t.press("a")
        let dialog = try t.waitFor(text: "¿Aprobar el cierre del caso")
        #expect(dialog.contains("¿Aprobar el cierre del caso \(first)"))
        try t.press("s")
        let after = try t.waitFor(text: "Cierre aprobado: el caso \(first) está cerrado.")
        let rows = after.split(separator: "\n").filter { !$0.contains("Cierre aprobado") }.joined(separator: "\n")
        #expect(!numbers(rows).contains(first))
        #expect(after.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // F8, then e: the chart's report as CSV in the private folder next to the database.
        try t.press("F8")
        try t.waitFor(text: "Casos abiertos y cerrados por mes")
        try t.press("e")
        try t.waitFor(text: "Informe guardado: informe-cases-per-month-")
        let salidas = folder.appendingPathComponent("salidas")
        let files = try FileManager.default.contentsOfDirectory(atPath: salidas.path)
            .filter { $0.hasPrefix("informe-cases-per-month-") && $0.hasSuffix(".csv") }
        #expect(files.count == 1)
        let file = salidas.appendingPathComponent(try #require(files.first))
        let mode = (try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let csv = try String(contentsOf: file, encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("Mes,") == true)
        #expect(lines.count == 13, "a header and 12 months:\n\(csv)")
        // On the case list, the case reads closed.
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
        let reports = try t.waitFor(text: "Casos abiertos y cerrados por mes")
        #expect(reports.contains("Gráfica 1 de 11"))
        #expect(reports.contains("█") || reports.contains("▁"))
        try t.press("Tab")
        try t.waitFor(text: "Casos abiertos por estado")
        try t.press("F10")
        #expect(try t.waitForExit() == 0)

        let c = try start(as: "jorge")
        try c.press("F7")
        // The refusal, and no case number once the screen is repainted (under load tmux may
        // show the refusal before the rows of the screen below are cleared).
        try c.waitFor("the refusal without case numbers") { screen in
            screen.contains("La revisión es solo para supervisores")
                && self.numbers(screen.split(separator: "\n").dropFirst(2).joined(separator: "\n")).isEmpty
        }
    }
}
