import Foundation
import Testing

/// The import screen in a real terminal: a supervisor opens it with Alt-h, types the sheet's
/// path, sees the columns guessed, reviews the rows (one with an error, one that looks like an
/// earlier row), decides with single keys, commits with Ctrl-S; the people are then found from
/// the command line with their accents.
@Suite(.serialized)
struct ImportTerminalTests {
    @Test func aSupervisorImportsASmallSheetEndToEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-import-tui-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = folder + "/demo.sqlite"
        let sheet = folder + "/taller.csv"
        try """
            Nombre,Apellido paterno,Apellido materno,Teléfono,Fecha de nacimiento
            Ximena,Ñáñez,Olvera,(773) 555-0161,02/02/1991
            Teodoro,Quiñones,,(773) 555-0162,14/09/1979
            Teo,Quiñones,,773 555 0162,
            Úrsula,,,12,31/02/1990

            """.write(toFile: sheet, atomically: true, encoding: .utf8)
        let t = try TmuxSession(arguments: "demo --people 40 --db \(db) --as maria --theme mono")
        try t.waitFor(text: "Número")
        try t.press("M-h")
        try t.waitFor(text: "Escriba la ruta del archivo CSV")
        try t.type(sheet)
        try t.press("Enter")
        let mapping = try t.waitFor(text: "«Apellido materno» → Segundo apellido")
        #expect(mapping.contains("separada por comas, 4 filas"))
        #expect(mapping.contains("Columnas adivinadas por sus encabezados"))
        try t.press("Enter")
        let review = try t.waitFor(text: "4 filas: 2 nuevas")
        #expect(review.contains("1 omitida, 1 por decidir"), "\(review)")
        #expect(review.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // Line 4 looks like line 3 (the same phone): go to it, see why, make it a new person anyway.
        try t.press("Down"); try t.press("Down")
        try t.waitFor(text: "Se parece a la línea 3 de esta hoja.")
        try t.press("n")
        try t.waitFor(text: "3 nuevas")
        // The row with errors says what is wrong and can only be skipped.
        let errors = try t.waitFor(text: "En la hoja (línea 5):")
        #expect(errors.contains("Primer apellido"))
        try t.press("n")
        try t.waitFor(text: "Una fila con errores solo se omite")
        try t.press("C-s")
        let done = try t.waitFor(text: "3 personas nuevas, 0 registros completados, 1 fila omitida")
        let id = try #require(done.firstMatch(of: /Importación (\d+):/).map { String($0.1) }, "\(done)")
        try t.press("C-q")
        let env = ["LANG": "C.UTF-8", "HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder,
                   "PATH": "/usr/bin:/bin", "ENLACE_PASSWORD": "enlace-demo-1"]
        let found = try runEnlace(["find", "Ñáñez", "--db", db, "--user", "maria"], environment: env)
        #expect(found.out.contains("Ñáñez Olvera, Ximena"), "\(found.out) \(found.err)")
        let list = try runEnlace(["import", "list", "--db", db, "--user", "maria"], environment: env)
        #expect(list.out.contains("#\(id) ") && list.out.contains("taller.csv · maria · 3 nuevas"), "\(list.out)")
    }
}
