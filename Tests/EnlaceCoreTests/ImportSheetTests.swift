import Testing
@testable import EnlaceCore

/// A sign-in sheet read as a whole: every kind of bad file is one problem with its line, and a
/// good one gives its headers and rows with their lines.
struct ImportSheetTests {
    func problem(_ text: String, separator: UInt8? = nil) -> SheetProblem? {
        if case .failure(let p) = ImportSheet.read(Array(text.utf8), separator: separator) { return p }
        return nil
    }

    @Test func aGoodSheetGivesHeadersAndRowsWithTheirLines() throws {
        let text = "Nombre;Apellido paterno;Teléfono\r\n\r\nRosa;Ávila;312 555 0101\r\n\"Juan \"\"Chuy\"\"\";Pérez;\r\n"
        guard case .success(let sheet) = ImportSheet.read(Array(text.utf8)) else { Issue.record("not read"); return }
        #expect(sheet.separator == UInt8(ascii: ";"))
        #expect(sheet.headers == ["Nombre", "Apellido paterno", "Teléfono"])
        #expect(sheet.rows.map(\.line) == [3, 4])
        let mapping = ImportMapping.guess(headers: sheet.headers)
        #expect(sheet.check(mapping) == nil)
        #expect(sheet.values(sheet.rows[1], mapping) == [.givenNames: "Juan \"Chuy\"", .firstSurname: "Pérez"])
    }

    @Test func everyBadFileIsOneProblemWithItsLine() {
        #expect(problem("") == .empty)
        #expect(problem("\n\n") == .empty)
        #expect(problem("Nombre,Apellido\nRosa,Ávila\nJuan,Pérez,extra\n") == .ragged(line: 3, cells: 3, expected: 2))
        #expect(problem("Nombre,Apellido\nRosa\n") == .ragged(line: 2, cells: 1, expected: 2))
        #expect(problem("Nombre;Apellido\nRosa;Ávila\n", separator: UInt8(ascii: ",")) == .wrongSeparator(line: 1, found: UInt8(ascii: ";")))
        #expect(problem("Nombre,Apellido\nRosa,\"Ávila\n") == .csv(CSVProblem(line: 2, column: 2, kind: .unclosedQuote)))
        let long = String(repeating: "a", count: 10_000)
        #expect(problem("Nombre,Apellido\nRosa,Ávila\nJuan,\(long)\n") == .cellTooLong(line: 3, column: 2, length: 10_000))
        if case .failure(let p) = ImportSheet.read([UInt8](repeating: 0x41, count: ImportSheet.maximumBytes + 1)) {
            #expect(p == .tooLarge(bytes: ImportSheet.maximumBytes + 1))
            #expect(p.message.es.contains("32 MB") && p.message.en.contains("Split"))
        } else { Issue.record("a file above the limit was read") }
        #expect(problem("Nombre\nRosa\n" + "\u{0}") == .notText(line: 3))
        // Messages say the line in both languages.
        #expect(SheetProblem.ragged(line: 3, cells: 3, expected: 2).message.es == "Línea 3: tiene 3 celdas y los encabezados 2. Revise comillas o separadores en esa fila.")
        #expect(SheetProblem.wrongSeparator(line: 1, found: 0x09).message.en.contains("“tab”"))
        #expect(SheetProblem.csv(CSVProblem(line: 2, column: 2, kind: .unclosedQuote)).message.es.hasPrefix("Línea 2, columna 2: "))
    }

    @Test func unknownHeadersLeaveNoNameColumn() {
        guard case .success(let sheet) = ImportSheet.read(Array("Firma,Hora\nx,9:00\n".utf8)) else { Issue.record("not read"); return }
        let mapping = ImportMapping.guess(headers: sheet.headers)
        #expect(mapping.fields == [.ignore, .ignore])
        #expect(sheet.check(mapping) == .noName(line: 1))
        #expect(SheetProblem.noName(line: 1).message.es.contains("línea 1"))
        #expect(sheet.check(ImportMapping(fields: [.fullName])) == .noName(line: 1))  // one field for two columns
    }

    @Test func fullNamesSplitTheMexicanWayAndSexWordsAreRead() {
        func split(_ text: String) -> [String] {
            let parts = ImportSheet.splitFullName(text)
            return [parts.given, parts.first, parts.second]
        }
        #expect(split("  Juan Carlos  Pérez López ") == ["Juan Carlos", "Pérez", "López"])
        #expect(split("Rosa Ávila") == ["Rosa", "Ávila", ""])
        #expect(split("Rosa") == ["Rosa", "", ""])
        #expect(ImportSheet.sex("Mujer") == .female && ImportSheet.sex("F") == .female)
        #expect(ImportSheet.sex("HOMBRE") == .male && ImportSheet.sex("male") == .male)
        #expect(ImportSheet.sex("M") == nil)
    }
}
