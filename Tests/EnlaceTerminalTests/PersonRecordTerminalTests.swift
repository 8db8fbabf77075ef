import Foundation
import Testing

/// Issue 11 end to end in a real terminal (tmux): a supervisor corrects a person's phone and
/// surname, adds a matrícula and a child, writes the person's file, then erases the person;
/// afterwards nothing is found by any erased value — not by search, not in a dump of the file.
@Suite(.serialized)
struct PersonRecordTerminalTests {
    @Test func aPersonIsCorrectedCompletedExportedAndErasedAndNothingIsFoundAfter() throws {
        let d = try DemoDatabase(folderPrefix: "enlace-person-record", people: 40)
        for (given, surname, phone) in [("Eulogia", "Tlatelpa", "(312) 555-0171"), ("Ximeno", "Cuauhtlizin", "(312) 555-0172")] {
            let r = try runEnlace(["intake", "--given", given, "--surname1", surname, "--surname2", "Ibarra", "--phone", phone,
                                   "--birth", "1980-04-02", "--area", "legal", "--description", "Asesoría migratoria",
                                   "--db", d.db, "--user", "jorge"], environment: d.env)
            #expect(r.status == 0, "intake: \(r.err)")
        }
        let t = try TmuxSession(arguments: "demo --db \(d.db) --as maria", width: 80, height: 24)
        try t.waitFor(text: "Mi bandeja")
        try t.press("F3")
        try t.type("eulogia")
        try t.waitFor(text: "Tlatelpa")
        try t.press("M-p")
        try t.waitFor(text: "Persona · Eulogia Tlatelpa Ibarra")

        // Correct: the surname and the phone, in the intake's form.
        try t.type("e")
        try t.waitFor(text: "Corregir los datos de la persona")
        try t.press("Tab")
        try t.press("End", "C-u")
        try t.type("Tlatelpan")
        for _ in 0..<6 { try t.press("Tab") }
        try t.press("End", "C-u")
        try t.type("312 555 0179")
        try t.press("C-s")
        var screen = try t.waitFor(text: "versión 2")
        #expect(screen.contains("Eulogia Tlatelpan Ibarra") && screen.contains("(312) 555-0179"), "\(screen)")

        // Complete: a matrícula (tab 2) and a child (tab 3).
        try t.press("2")
        try t.waitFor(text: "[2 Documentos e idiomas]")
        try t.type("a")
        try t.waitFor(text: "Agregar documento de identidad")
        try t.press("Tab", "Tab")
        try t.type("MC 4455 6677")
        try t.press("C-s")
        try t.waitFor(text: "Documento agregado: Matrícula consular · ••••6677.")
        try t.press("3")
        try t.waitFor(text: "Familiares de contacto")
        try t.type("a")
        try t.waitFor(text: "Vincular a otra persona registrada")
        try t.type("Ximeno Cuauhtlizin")
        try t.press("Enter")
        try t.waitFor(text: "Cuauhtlizin Ibarra, Ximeno")
        try t.press("Tab")
        try t.type("Hij")
        try t.waitFor(text: "Hijo o hija")
        try t.press("C-s")
        try t.waitFor(text: "Vinculados: Cuauhtlizin Ibarra, Ximeno es hijo o hija.")

        // The person's file, for the person.
        try t.type("x")
        screen = try t.waitFor(text: "Archivo de la persona")
        let file = try #require(screen.firstMatch(of: /persona-\d+\.txt/).map { String($0.0) }, "\(screen)")
        let written = try String(contentsOf: d.folder.appendingPathComponent("salidas").appendingPathComponent(file), encoding: .utf8)
        #expect(written.contains("Tlatelpan") && written.contains("MC44556677") && written.contains("Cuauhtlizin Ibarra, Ximeno"),
                "\(written.prefix(600))")

        // Erase (tab 4): the person's cancellation request recorded, then the name typed to confirm.
        try t.press("4")
        try t.waitFor(text: "Sin solicitudes ARCO.")
        try t.type("a")
        try t.press("Down", "Down", "Enter")              // cancellation
        try t.press("Enter")                              // asked by the person
        try t.press("Enter")                              // in person
        try t.type("Que borren todos mis datos")
        try t.press("Enter")
        try t.waitFor(text: "registrada; vence el")
        try t.type("b")
        try t.waitFor(text: "Borrar los datos de Eulogia Tlatelpan Ibarra")
        try t.type("eulogia tlatelpan ibarra")
        try t.press("Enter")
        try t.waitFor(text: "Datos borrados el")
        try t.press("F10")
        #expect(try t.waitForExit() == 0)

        // Nothing by any erased value: the whole file dumped, then the search.
        let erased = ["Eulogia", "Tlatelpa", "3125550171", "3125550179", "(312) 555-0179", "MC44556677", "••••6677"]
        let dump = try Spawn.run(["sqlite3", "-readonly", d.db, ".dump"], environment: TmuxSession.cleanEnvironment)
        #expect(dump.status == 0, "\(dump.error)")
        for value in erased {
            let lines = dump.output.split(separator: "\n").filter { $0.localizedCaseInsensitiveContains(value) }
            #expect(lines.isEmpty, "\(value) is still in the database: \(lines.prefix(3))")
        }
        #expect(dump.output.contains("Cuauhtlizin"), "the child is another person and stays")
        for value in ["eulogia", "tlatelpan", "3125550179", "MC44556677"] {
            let found = try runEnlace(["find", value, "--db", d.db, "--user", "maria"], environment: d.env)
            #expect(!found.out.localizedCaseInsensitiveContains("Tlatelpa") && !found.out.contains("Eulogia"),
                    "\(value): \(found.out)")
        }
    }
}
