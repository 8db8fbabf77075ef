import Foundation
import Testing

/// `enlace person family` and `enlace person kin` run as a person would, against a demo
/// database: links read from both sides, the refusals with their exit codes, a versioned
/// next-of-kin contact, and the person's file holding both.
@Suite(.serialized) struct PersonFamilyCLITests {
    final class Demo: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-family", people: 20, extraEnvironment: [:]) }

        func run(_ arguments: [String], user: String = "maria") throws -> (status: Int32, out: String, err: String) {
            try runEnlace(["person"] + arguments + ["--db", db, "--user", user], environment: env)
        }
    }

    @Test func householdLinksFromTheCommandLine() throws {
        let demo = try Demo()
        let added = try demo.run(["family", "add", "1", "--to", "2", "--as", "child"])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("es hijo o hija de la persona 1"), "\(added.out)")
        // Person 2 reads person 1 as parent.
        let list = try demo.run(["family", "list", "2", "--lang", "en"])
        #expect(list.status == 0 && list.out.contains("\nparent\t1\t"), "\(list.out)")
        let same = try demo.run(["family", "add", "2", "--to", "1", "--as", "sibling"])
        #expect(same.status == 65 && same.err.contains("Ya están vinculados"), "\(same.err)")
        let own = try demo.run(["family", "add", "3", "--to", "3", "--as", "sibling"])
        #expect(own.status == 65 && own.err.contains("consigo misma"), "\(own.err)")
        #expect(try demo.run(["family", "add", "2", "--to", "3", "--as", "child"]).status == 0)
        let cycle = try demo.run(["family", "add", "3", "--to", "1", "--as", "child"])
        #expect(cycle.status == 65 && cycle.err.contains("ancestro de sí misma"), "\(cycle.err)")
        let cousin = try demo.run(["family", "add", "1", "--to", "4", "--as", "cousin"])
        #expect(cousin.status == 65 && cousin.err.contains("Parentesco desconocido: «cousin»"), "\(cousin.err)")
        let missing = try demo.run(["family", "add", "1", "--to", "99999", "--as", "sibling"])
        #expect(missing.status == 66, "\(missing.err)")
        let removed = try demo.run(["family", "remove", "2", "--to", "1"])
        #expect(removed.status == 0 && removed.out.contains("madre o padre"), "\(removed.out) \(removed.err)")
        #expect(try demo.run(["family", "list", "1"]).out.contains("Sin familiares registrados"))
    }

    @Test func nextOfKinFromTheCommandLine() throws {
        let demo = try Demo()
        let added = try demo.run(["kin", "add", "1", "--name", "Juan Hernández", "--relationship", "sibling",
                                  "--phone", "951 123 4567", "--country", "mexico", "--place", "Tlacolula"])
        #expect(added.status == 0 && added.out.contains("agregado (versión 1)"), "\(added.err)")
        let id = try #require(added.out.split(separator: " ").dropFirst(3).first.map(String.init))
        let list = try demo.run(["kin", "list", "1"])
        #expect(list.out.contains("\(id)\t1\tsibling\tJuan Hernández\t+529511234567\tmexico\tTlacolula"), "\(list.out)")
        let edited = try demo.run(["kin", "edit", "1", "--contact", id, "--if-version", "1", "--notes", "Llamar de noche"])
        #expect(edited.status == 0 && edited.out.contains("versión 2"), "\(edited.err)")
        let stale = try demo.run(["kin", "edit", "1", "--contact", id, "--if-version", "1", "--place", "Oaxaca"])
        #expect(stale.status == 75, "\(stale.err)")
        let other = try demo.run(["kin", "remove", "2", "--contact", id])
        #expect(other.status == 66, "\(other.err)")
        let noName = try demo.run(["kin", "add", "1", "--relationship", "sibling", "--phone", "12"])
        #expect(noName.status == 65 && noName.err.contains("Escriba el nombre"), "\(noName.err)")
        let file = try demo.run(["export", "1", "--format", "json"])
        #expect(file.out.contains("\"nextOfKin\"") && file.out.contains("Llamar de noche"), "\(file.err)")
        let text = try demo.run(["export", "1"])
        #expect(text.out.contains("Familiares de contacto / Next-of-kin contacts"))
        #expect(text.out.contains("- Juan Hernández: Hermano o hermana / Sibling · +529511234567"), "\(text.out)")
        #expect(try demo.run(["kin", "remove", "1", "--contact", id]).status == 0)
        #expect(try demo.run(["kin", "list", "1"]).out.contains("Sin familiares de contacto"))
    }

    @Test func aFuneralReferralTakesItsNextOfKinFromTheFamily() throws {
        let demo = try Demo()
        let caseNumber = "2026-000001"
        let person = try Spawn.run(["sqlite3", "-readonly", demo.db, "SELECT person_id FROM cases WHERE number = '\(caseNumber)'"],
                                   environment: TmuxSession.cleanEnvironment).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try demo.run(["kin", "add", person, "--name", "Juan Hernández", "--relationship", "sibling",
                                  "--phone", "+52 951 123 4567"])
        let contact = try #require(added.out.split(separator: " ").dropFirst(3).first.map(String.init), "\(added.err)")
        func create(_ kin: String) throws -> (status: Int32, out: String, err: String) {
            try runEnlace(["referral", "create", "--case", caseNumber, "--kind", "funeralAssistance",
                           "--deceased", "Pedro Hernández", "--kin-from", kin, "--db", demo.db, "--user", "maria"],
                          environment: demo.env)
        }
        let made = try create("contact:\(contact)")
        #expect(made.status == 0, "\(made.err)")
        // The details are sealed in the file: read through `referral show`, signed in.
        let newest = try Spawn.run(["sqlite3", "-readonly", demo.db, "SELECT id FROM referrals ORDER BY id DESC LIMIT 1"],
                                   environment: TmuxSession.cleanEnvironment).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let details = try runEnlace(["referral", "show", newest, "--db", demo.db, "--user", "maria"], environment: demo.env).out
        #expect(details.contains("Juan Hernández") && details.contains("+529511234567") && details.contains("Hermano o hermana"),
                "\(details)")
        let stranger = try create("person:99999")
        #expect(stranger.status == 65 && stranger.err.contains("no está en la familia"), "\(stranger.err)")
    }
}
