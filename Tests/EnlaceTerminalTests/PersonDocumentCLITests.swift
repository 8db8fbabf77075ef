import Foundation
import Testing

/// `enlace person document` and `enlace person languages` as a person would run them: the
/// built binary against a demo database (maria is the demo's supervisor, pedro a volunteer).
@Suite struct PersonDocumentCLITests {
    @Test func aMatriculaIsAddedListedMaskedRevealedOnRequestAndFoundByNumber() throws {
        let d = try IntakeCLITests.Demo()
        let added = try d.run("maria", ["person", "document", "add", "3", "--kind", "matrícula", "--number", "9876 5432-1",
                                        "--expires", "1 de mayo de 2028"])
        #expect(added.status == 0, "\(added.err)")
        let line = try #require(added.out.split(separator: "\n").first)
        #expect(line.hasPrefix("Documento ") && line.hasSuffix(" agregado: Matrícula consular · Lo tiene · ••••4321 · vence 2028-05-01."))
        let id = String(line.dropFirst("Documento ".count).prefix { $0.isNumber })

        let listed = try d.run("maria", ["person", "document", "list", "3"], lang: "en")
        #expect(listed.status == 0)
        #expect(listed.out.contains("\(id)\tConsular ID (matrícula)\tHas it\t••••4321\t2028-05-01\t1"))
        #expect(!listed.out.contains("987654321"))
        let revealed = try d.run("maria", ["person", "document", "list", "3", "--reveal"], lang: "en")
        #expect(revealed.out.contains("\t987654321\t2028-05-01\t1"))
        #expect(revealed.err.contains("Full numbers were shown; who and when was recorded."))
        let audit = try d.run("maria", ["audit", "--limit", "30"])
        #expect(audit.out.contains("document-revealed"))
        #expect(!audit.out.contains("987654321"), "the audit keeps the number masked")

        let found = try d.run("maria", ["find", "987654321"])
        #expect(found.out.hasPrefix("3\t"))
        let partial = try d.run("maria", ["find", "98765432"])
        #expect(!partial.out.hasPrefix("3\t"))

        let edited = try d.run("maria", ["person", "document", "edit", id, "--status", "lost", "--if-version", "1"], lang: "en")
        #expect(edited.status == 0 && edited.out.contains("Document \(id) changed (status): Consular ID (matrícula) · Lost"))
        let stale = try d.run("maria", ["person", "document", "edit", id, "--status", "expired", "--if-version", "1"])
        #expect(stale.status == 75)
        let removed = try d.run("maria", ["person", "document", "remove", id])
        #expect(removed.status == 0 && removed.out == "Documento \(id) quitado.\n")
        let gone = try d.run("maria", ["find", "987654321"])
        #expect(!gone.out.hasPrefix("3\t") && (gone.out + gone.err).contains("Nadie coincide"), "\(gone.out)\(gone.err)")
    }

    @Test func badInputGivesOneClearLineAndSavesNothing() throws {
        let d = try IntakeCLITests.Demo()
        let kind = try d.run("maria", ["person", "document", "add", "3", "--kind", "visa"])
        #expect(kind.status == 65 && kind.err.hasPrefix("Tipo de documento desconocido: «visa»."))
        let status = try d.run("maria", ["person", "document", "add", "3", "--kind", "ine", "--status", "maybe"], lang: "en")
        #expect(status.status == 65 && status.err.hasPrefix("Unknown status: “maybe”."))
        let number = try d.run("maria", ["person", "document", "add", "3", "--kind", "passport", "--number", "G12#4567"], lang: "en")
        #expect(number.status == 65 && number.err == "Number: The number takes only letters and digits (spaces and hyphens are dropped).\n")
        let date = try d.run("maria", ["person", "document", "add", "3", "--kind", "passport", "--expires", "31/02/2027"])
        #expect(date.status == 65 && date.err.hasPrefix("Vence: "))
        let curp = try d.run("maria", ["person", "document", "add", "3", "--kind", "curp", "--number", "HEGR850312MDFRRS06"])
        #expect(curp.status == 65 && curp.err.contains("La CURP se guarda en el registro de la persona"))
        let volunteer = try d.run("pedro", ["person", "document", "add", "3", "--kind", "ine"])
        #expect(volunteer.status == 77)
        let list = try d.run("maria", ["person", "document", "list", "3"])
        #expect(!list.out.contains("Pasaporte") && !list.out.contains("Credencial"), "nothing saved: \(list.out)")
    }

    @Test func languagesAndInterpreterAreSetAndShown() throws {
        let d = try IntakeCLITests.Demo()
        let set = try d.run("maria", ["person", "languages", "3", "--set", "mixteco, es", "--prefer", "mixteco", "--interpreter", "yes"])
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out == "Lenguas guardadas: Español, Mixteco · prefiere Mixteco · Necesita intérprete.\n")
        let again = try d.run("maria", ["person", "languages", "3", "--set", "K'iche'", "--interpreter", "no"], lang: "en")
        #expect(again.out == "Languages saved: K'iche' · No interpreter needed.\n")
        let show = try d.run("maria", ["person", "show", "3"])
        #expect(show.out.contains("languages\tkiche\n") && show.out.contains("needsInterpreter\tno\n"))
        let bad = try d.run("maria", ["person", "languages", "3", "--set", "es, klingon"])
        #expect(bad.status == 65 && bad.err.hasPrefix("Lengua desconocida: «klingon»."))
        let badYes = try d.run("maria", ["person", "languages", "3", "--interpreter", "maybe"], lang: "en")
        #expect(badYes.status == 65 && badYes.err == "Invalid --interpreter: “maybe”. Use yes or no.\n")
        let stale = try d.run("maria", ["person", "languages", "3", "--set", "es", "--if-version", "1"])
        #expect(stale.status == 75)
        #expect(try d.run("maria", ["person", "languages", "3"]).out == "K'iche' · No necesita intérprete\n")
    }
}
