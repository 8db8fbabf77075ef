import Testing
@testable import EnlaceCore

/// Reading a sign-in sheet's bytes: the encoding found (UTF-8 with or without BOM, else
/// Windows-1252, as Excel saves on Windows), the separator guessed, binary files refused, and
/// the columns' fields guessed from Spanish or English headers.
struct SheetReadingTests {
    @Test func windows1252WithAccentsAndEnyeBecomesUTF8() throws {
        // "Nombre;Apellido\r\nJosé;Muñoz\r\nÁngela;Peña" as Excel writes it on Windows.
        var bytes: [UInt8] = Array("Nombre;Apellido\r\nJos".utf8) + [0xE9] + Array(";Mu".utf8) + [0xF1] + Array("oz\r\n".utf8)
        bytes += [0xC1] + Array("ngela;Pe".utf8) + [0xF1, 0x61] + Array("\r\n".utf8) + Array("Curso ".utf8) + [0x93, 0x61, 0x94]
        guard case .success(let sheet) = SheetBytes.decode(bytes) else { Issue.record("not read"); return }
        #expect(sheet.encoding == .windows1252)
        #expect(String(decoding: sheet.utf8, as: UTF8.self) == "Nombre;Apellido\r\nJosé;Muñoz\r\nÁngela;Peña\r\nCurso “a”")
        #expect(SheetBytes.guessSeparator(sheet.utf8) == UInt8(ascii: ";"))
        guard case .success(let records) = CSVReader.read(sheet.utf8, separator: SheetBytes.guessSeparator(sheet.utf8)) else {
            Issue.record("not parsed"); return
        }
        #expect(records.map { $0.fields.map(\.text) }.prefix(3) == [["Nombre", "Apellido"], ["José", "Muñoz"], ["Ángela", "Peña"]])
    }

    @Test func utf8WithAndWithoutBOMIsKeptAsIs() throws {
        let text = "Nombre,Teléfono\nRosa,\"(312) 555-0101\"\n"
        guard case .success(let plain) = SheetBytes.decode(Array(text.utf8)) else { Issue.record("plain"); return }
        #expect(plain.encoding == .utf8 && plain.utf8 == Array(text.utf8))
        guard case .success(let bom) = SheetBytes.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)) else { Issue.record("bom"); return }
        #expect(bom.encoding == .utf8WithBOM && bom.utf8 == Array(text.utf8))
        #expect(SheetBytes.guessSeparator(Array(text.utf8)) == UInt8(ascii: ","))
        #expect(SheetBytes.guessSeparator(Array("a\tb\tc;d\n".utf8)) == 0x09)
        // Separators inside quotes do not count.
        #expect(SheetBytes.guessSeparator(Array("\"a;b;c\",d\n".utf8)) == UInt8(ascii: ","))
    }

    @Test func anEmptyOrBinaryFileIsRefusedWithItsLine() {
        #expect(SheetBytes.decode(Array(" \r\n,,\n".utf8)).failure == .empty)
        #expect(SheetBytes.decode([]).failure == .empty)
        // A spreadsheet's own format (a ZIP) or an image: a NUL byte on line 2.
        #expect(SheetBytes.decode(Array("PK\n".utf8) + [0x03, 0x04, 0x00, 0x00]).failure == .notText(line: 2))
        // A byte Windows-1252 leaves unset (0x81) in a file that is not UTF-8.
        #expect(SheetBytes.decode(Array("a\nb\nc".utf8) + [0x81]).failure == .notText(line: 3))
        #expect(SheetBytes.Problem.notText(line: 2).message.es.contains("línea 2"))
    }

    @Test func headersInSpanishOrEnglishAreMappedOnceEach() {
        let headers = ["Nombre(s)", "Apellido Paterno", "Apellido materno", "Teléfono", "Fecha de nacimiento",
                       "Estado de origen", "Firma", "Celular", "CURP"]
        let mapping = ImportMapping.guess(headers: headers)
        #expect(mapping.fields == [.givenNames, .firstSurname, .secondSurname, .phone, .birthDate, .originState,
                                   .ignore, .ignore, .curp])
        #expect(!mapping.missingName)
        let english = ImportMapping.guess(headers: ["First name", "Last name", "DOB", "Phone number", "ZIP code"])
        #expect(english.fields == [.givenNames, .firstSurname, .birthDate, .phone, .zip])
        #expect(ImportMapping.guess(headers: ["Nombre completo", "Edad"]).fields == [.fullName, .approximateAge])
        #expect(ImportMapping.guess(headers: ["Teléfono", "Correo"]).missingName)
        #expect(ImportMapping.signature(["Nombre", "Teléfono"]) == ImportMapping.signature(["NOMBRE", "telefono"]))
    }
}
