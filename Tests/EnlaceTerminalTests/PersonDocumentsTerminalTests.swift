import Foundation
import Testing

/// The person screen's "Documentos e idiomas" tab in a real terminal (tmux, 80×24): a
/// supervisor finds a person, opens their record (Alt-P), adds a matrícula, sees it masked,
/// reveals it (audited), and the number is hidden again on another tab.
@Suite(.serialized)
struct PersonDocumentsTerminalTests {
    @Test func aMatriculaIsAddedShownMaskedAndRevealed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("demo.sqlite").path

        let t = try TmuxSession(arguments: "demo --people 50 --db \(db) --as maria")
        try t.waitFor(text: "Mi bandeja")
        try t.press("F3")
        try t.waitFor(text: "Buscar")
        try t.type("lopez")
        try t.waitFor(text: "López")  // a result (the query was typed without the accent)
        try t.press("M-p")
        try t.waitFor(text: "Persona · ")
        try t.press("2")
        var screen = try t.waitFor(text: "[2 Documentos e idiomas]")
        #expect(screen.contains("Intérprete"))

        try t.press("a")
        try t.waitFor(text: "Agregar documento de identidad")
        try t.press("Tab", "Tab")
        try t.type("1234 5678-9")
        try t.press("Tab")
        try t.type("31/01/2030")
        try t.press("C-s")
        screen = try t.waitFor(text: "Documento agregado: Matrícula consular · ••••6789.")
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Matrícula consular") && $0.contains("Lo tiene") })
        #expect(row.contains("••••6789") && row.contains("2030-01-31"), "\(row)")
        #expect(!screen.contains("123456789"))

        try t.press("v")
        screen = try t.waitFor(text: "Número completo a la vista")
        #expect(screen.contains("123456789"))
        for line in screen.split(separator: "\n") { #expect(line.count <= 80) }
        try t.press("1")
        try t.waitFor(text: "[1 Datos]")
        try t.press("2")
        screen = try t.waitFor(text: "••••6789")
        #expect(!screen.contains("123456789"), "hidden again after another tab")
        try t.press("F10")
        #expect(try t.waitForExit() == 0)

        // The reveal is in the audit, with the number masked.
        let env = ["LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path,
                   "ENLACE_PASSWORD": "enlace-demo-1"]
        let audit = try runEnlace(["audit", "--limit", "40", "--db", db, "--user", "maria"], environment: env)
        #expect(audit.out.contains("document-revealed"), "\(audit.out)\(audit.err)")
        #expect(audit.out.contains("••••6789"))
        #expect(!audit.out.contains("123456789"))
    }
}
