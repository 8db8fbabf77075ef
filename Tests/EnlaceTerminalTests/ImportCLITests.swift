import Foundation
import Testing

/// `enlace import` from the command line, on the built binary: a sheet saved by Excel on
/// Windows (Windows-1252, semicolons, CRLF) comes in with its accents and ñ; the review is
/// printed before anything is written; decisions from a file; undo; bad files refused with
/// their line and nothing written.
@Suite(.serialized)
struct ImportCLITests {
    let folder: String
    let db: String
    let env: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = folder + "/desk.sqlite"
        env = ["LANG": "C.UTF-8", "HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder,
               "PATH": "/usr/bin:/bin", "ENLACE_PASSWORD": "enlace-demo-1"]
        let demo = try runEnlace(["demo", "--people", "30", "--no-open", "--db", db], environment: env)
        #expect(demo.status == 0, "\(demo.err)")
    }

    func enlace(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try runEnlace(arguments + ["--db", db, "--user", "maria"], environment: env)
    }

    /// Text as Excel's "CSV (delimitado por comas)" writes it on a Spanish Windows.
    static func windows1252(_ text: String) -> Data {
        Data(text.replacingOccurrences(of: "\n", with: "\r\n").unicodeScalars.map { scalar -> UInt8 in
            precondition(scalar.value < 0x100, "not in Latin-1: \(scalar)")
            return UInt8(scalar.value)
        })
    }

    func people(named surname: String) throws -> String {
        try enlace(["find", surname]).out
    }

    @Test func aWindows1252SheetFromExcelComesInWithItsAccentsAndCanBeUndone() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sheet = folder + "/registro jornada.csv"
        try Self.windows1252("""
            Nombre(s);Apellido paterno;Apellido materno;Teléfono;Fecha de nacimiento;Estado de origen;Firma
            José Ángel;Muñoz;Peña;(773) 555-0142;12/03/1985;Michoacán;x
            María Guadalupe;Ibáñez;Núñez;773-555-0143;01/07/1990;Oaxaca;x
            Íñigo;Zúñiga;;77;31/02/1990;Jalisco;x

            """).write(to: URL(fileURLWithPath: sheet))
        // The review first: encoding, separator, mapping, the row with errors and its line.
        let dry = try enlace(["import", "people", sheet, "--dry-run"])
        #expect(dry.status == 0, "\(dry.err)")
        #expect(dry.out.contains("Windows-1252 (Excel), convertida"))
        #expect(dry.out.contains("separada por punto y coma, 3 filas"))
        #expect(dry.out.contains("«Teléfono» → Teléfono"))
        #expect(dry.out.contains("«Firma» → (no se importa)"))
        #expect(dry.out.contains("Línea 4: con errores, se omite"))
        #expect(dry.out.contains("No se escribió nada."))
        #expect(try enlace(["import", "list"]).out.contains("Todavía no hay importaciones."))

        let done = try enlace(["import", "people", sheet])
        #expect(done.status == 0, "\(done.err)")
        let id = try #require(done.out.firstMatch(of: /Importación (\d+): 2 personas nuevas, 0 registros completados, 1 fila omitida/)
            .map { String($0.1) }, "\(done.out)")
        // The names came out right, accents and ñ included.
        let found = try people(named: "Muñoz Peña")
        #expect(found.contains("Muñoz Peña, José Ángel"), "\(found)")
        #expect(try people(named: "Ibáñez").contains("Ibáñez Núñez, María Guadalupe"))
        #expect(try enlace(["import", "list"]).out.contains("#\(id) "))

        let undone = try enlace(["import", "undo", id])
        #expect(undone.status == 0, "\(undone.err)")
        #expect(undone.out.contains("Importación \(id) deshecha: 2 personas quitadas"))
        #expect(!(try people(named: "Ibáñez")).contains("María Guadalupe"))
    }

    @Test func possibleDuplicatesWaitForADecisionFromAFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sheet = folder + "/hoja.csv"
        try "First name,Last name,Phone,Email\nAna,Ruiz,(312) 555-0177,\nAna,Ruiz,312 555 0177,ana@example.org\nLuis,Vega,,\n"
            .write(toFile: sheet, atomically: true, encoding: .utf8)
        // Line 3 looks like line 2 (same phone): nothing is written without a decision.
        let refused = try enlace(["import", "people", sheet, "--lang", "en"])
        #expect(refused.status == 65)
        #expect(refused.out.contains("Line 3: looks like the same person as line 2"))
        #expect(refused.err.contains("--decisions FILE"))
        let plan = folder + "/decisions.txt"
        let written = try enlace(["import", "people", sheet, "--write-decisions", plan])
        #expect(written.status == 0, "\(written.err)")
        let template = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(template.contains("\n2 nueva ") && template.contains("\n3 ? ") && template.contains("\n4 nueva "))
        try template.replacingOccurrences(of: "\n3 ? ", with: "\n3 omitir ").write(toFile: plan, atomically: true, encoding: .utf8)
        let done = try enlace(["import", "people", sheet, "--decisions", plan])
        #expect(done.status == 0, "\(done.err)")
        #expect(done.out.contains(": 2 personas nuevas, 0 registros completados, 1 fila omitida"))
        // A second sheet with Ana again: now she is a candidate, side by side.
        let again = try enlace(["import", "people", sheet, "--dry-run"])
        #expect(again.out.contains("Línea 2: puede ser alguien ya registrado"))
        #expect(again.out.contains("Ruiz, Ana · +13125550177 — mismo teléfono"))
    }

    @Test func badFilesAreOneLineWithTheirLineAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func refused(_ name: String, _ bytes: Data, _ extra: [String] = []) throws -> String {
            let path = folder + "/" + name
            try bytes.write(to: URL(fileURLWithPath: path))
            let run = try enlace(["import", "people", path] + extra)
            #expect(run.status == 65, "\(name): \(run.out) \(run.err)")
            return run.err.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try refused("vacia.csv", Data()) == "El archivo está vacío.")
        #expect(try refused("imagen.csv", Data([0x89, 0x50, 0x4E, 0x47, 0x0A, 0x00, 0x01])).contains("no es texto (línea 2)"))
        #expect(try refused("puntoycoma.csv", Data("Nombre;Apellido\nRosa;Ávila\n".utf8), ["--separator", "comma"])
            .contains("Línea 1: los encabezados quedaron en una sola columna; la hoja parece separada por «;»"))
        #expect(try refused("dispareja.csv", Data("Nombre,Apellido\nRosa,Ávila\nJuan,Pérez,x\n".utf8))
            == "Línea 3: tiene 3 celdas y los encabezados 2. Revise comillas o separadores en esa fila.")
        #expect(try refused("desconocida.csv", Data("Firma,Hora\nx,9:00\n".utf8)).contains("Ninguna columna tiene el nombre (encabezados, línea 1)"))
        let big = folder + "/grande.csv"
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        let run = try enlace(["import", "people", big])
        #expect(run.status == 65 && run.err.contains("El archivo pesa 100 MB; se importan hasta 32 MB."), "\(run.err)")
        #expect(try enlace(["import", "list"]).out.contains("Todavía no hay importaciones."))
    }
}
