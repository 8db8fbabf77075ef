import Foundation
import Testing

/// The person screen's Family tab in a real terminal (tmux): jorge opens his newest case,
/// the person's record (f), the Family tab, finds the child by name (a), says "child" and
/// saves; the SQLite file then holds one link that reads "parent" from the child's side.
@Suite(.serialized)
struct PersonFamilyTerminalTests {
    final class Desk: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-family-tab", people: 60) }

        /// A new person and case by jorge (a caseworker's intake is theirs); its number.
        func intake(_ given: String, _ surname: String, phone: String) throws -> String {
            let r = try runEnlace(["intake", "--given", given, "--surname1", surname, "--surname2", "Ibarra",
                                   "--phone", phone, "--birth", "1990-05-01", "--area", "legal",
                                   "--description", "Asesoría", "--db", db, "--user", "jorge"], environment: env)
            #expect(r.status == 0, "intake: \(r.err)")
            return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func sql(_ query: String) throws -> String {
            let r = try Spawn.run(["sqlite3", "-readonly", db, query], environment: TmuxSession.cleanEnvironment)
            #expect(r.status == 0, "sqlite3: \(r.error)")
            return r.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    @Test func aChildIsAddedFromTheFamilyTab() throws {
        let d = try Desk()
        let childCase = try d.intake("Fermín", "Quiroga", phone: "(312) 555-0162")
        let motherCase = try d.intake("Leocadia", "Quiroga", phone: "(312) 555-0161")
        let child = try d.sql("SELECT person_id FROM cases WHERE number = '\(childCase)'")
        let mother = try d.sql("SELECT person_id FROM cases WHERE number = '\(motherCase)'")
        let t = try TmuxSession(arguments: "demo --db \(d.db) --as jorge", width: 80, height: 24)
        try t.waitFor(text: "Mi bandeja")
        try t.press("F6")
        try t.waitFor("the case list") { $0.contains("Filtro") && $0.contains(motherCase) }
        try t.press("Enter")
        try t.waitFor(text: "Historial")
        try t.type("f")
        try t.waitFor(text: "Persona · Leocadia Quiroga Ibarra")
        // → until the Family tab is the one shown (bracketed), one tab at a time.
        func tabRow(_ screen: String) -> String { screen.split(separator: "\n").first { $0.contains("Datos") }.map(String.init) ?? "" }
        for _ in 0..<6 {
            let before = tabRow(try t.screen())
            if before.contains("Familia]") { break }
            try t.press("Right")
            _ = try t.waitFor("the next tab") { tabRow($0) != before }
        }
        try t.waitFor(text: "Familiares de contacto")
        try t.type("a")
        try t.waitFor(text: "Vincular a otra persona registrada")
        try t.type("Fermín Quiroga")
        try t.press("Enter")
        try t.waitFor(text: "Quiroga Ibarra, Fermín")
        try t.press("Tab")
        try t.type("Hij")
        try t.waitFor(text: "Hijo o hija")
        try t.press("C-s")
        let screen = try t.waitFor(text: "Vinculados: Quiroga Ibarra, Fermín es hijo o hija.")
        #expect(screen.contains("› Hijo o hija · Quiroga Ibarra, Fermín · (312) 555-0162"), "\(screen)")
        #expect(try d.sql("SELECT person_id, related_person_id, relationship FROM household_links") == "\(mother)|\(child)|child")
        #expect(try d.sql("SELECT count(*) FROM audit_log WHERE action = 'householdLinked'") == "2")
        // From the child's side (the CLI, as the supervisor), the mother is the parent.
        let list = try runEnlace(["person", "family", "list", child, "--db", d.db, "--user", "maria"], environment: d.env)
        #expect(list.out.contains("parent\t\(mother)\tQuiroga Ibarra, Leocadia"), "\(list.out) \(list.err)")
    }
}
