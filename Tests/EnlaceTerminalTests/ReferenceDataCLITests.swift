import Foundation
import Testing

/// `enlace checklist` and the settings of `enlace org set`, run as an admin would: the built
/// binary against a demo database.
@Suite struct ReferenceDataCLITests {
    /// The "#id key" of the line naming `key` in a `checklist list` output.
    static func id(_ out: String, key: String) -> String? {
        out.split(separator: "\n").first { $0.contains(" \(key):") || $0.contains(" \(key) [") }
            .flatMap { $0.split(separator: " ").first { $0.hasPrefix("#") } }.map { String($0.dropFirst()) }
    }

    @Test func anAdminAddsEditsMovesAndRetiresAnItemFromTheCommandLine() throws {
        let d = try IntakeCLITests.Demo()
        let listed = try runEnlace(["checklist", "list", "--kind", "consularOrientation", "--db", d.db, "--lang", "en"], environment: d.env)
        #expect(listed.status == 0, "\(listed.err)")
        #expect(listed.out.contains("Consular orientation · Passport (consularOrientation/passport)"))
        #expect(listed.out.contains(" curpPrintout: Printed CURP / CURP impresa"))
        #expect(!listed.out.contains("Legal aid"))

        let added = try d.run("admin", ["checklist", "add", "--kind", "consularOrientation", "--procedure", "passport",
                                        "--es", "Dos fotografías", "--en", "Two photographs"])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.hasPrefix("Documento agregado a la lista.\nOrientación consular · Pasaporte (consularOrientation/passport)\n"))
        let id = try #require(Self.id(added.out, key: "twoPhotographs"))
        #expect(added.out.contains("#\(id) twoPhotographs: Dos fotografías / Two photographs"))

        let edited = try d.run("admin", ["checklist", "edit", id, "--en", "Two passport photographs"], lang: "en")
        #expect(edited.status == 0, "\(edited.err)")
        #expect(edited.out.contains("#\(id) twoPhotographs: Two passport photographs / Dos fotografías"))

        let moved = try d.run("admin", ["checklist", "move", id, "up"])
        #expect(moved.status == 0, "\(moved.err)")
        let order = moved.out.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").dropFirst().first }
        #expect(order == ["birthCertificate:", "officialPhotoID:", "curpPrintout:", "twoPhotographs:", "feePayment:"])

        let retired = try d.run("admin", ["checklist", "retire", id])
        #expect(retired.status == 0, "\(retired.err)")
        #expect(retired.out.contains("#\(id) twoPhotographs [retirado]: Dos fotografías / Two passport photographs"))

        // Both languages required; only admins; an unknown item; a stale version.
        let half = try d.run("admin", ["checklist", "add", "--kind", "legalAid", "--es", "Recibo", "--en", " "], lang: "en")
        #expect(half.status == 65)
        #expect(half.err.contains("English text: Type the text (it is needed in Spanish and in English)."))
        let refused = try d.run("maria", ["checklist", "add", "--kind", "legalAid", "--es", "Recibo", "--en", "Receipt"])
        #expect(refused.status == 77)
        let unknown = try d.run("admin", ["checklist", "retire", "99999"], lang: "en")
        #expect(unknown.status != 0 && unknown.err.contains("There is no such checklist item."))
        let stale = try d.run("admin", ["checklist", "edit", id, "--es", "Fotos", "--if-version", "1"])
        #expect(stale.status == 75)
    }

    @Test func anAdminSetsTheOrganizationsSettingsAndTheyShow() throws {
        let d = try IntakeCLITests.Demo()
        let set = try d.run("admin", ["org", "set", "--time-zone", "America/Chicago", "--language", "en",
                                      "--lock-minutes", "5", "--consulate", "Chicago", "--consulate", "raleigh"], lang: "en")
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.contains("Time zone: America/Chicago"))
        #expect(set.out.contains("Default language: en"))
        #expect(set.out.contains("Idle lock: 5 minutes"))
        #expect(set.out.contains("Consulates serving its area: Consulado General de México en Chicago (#1); Consulado de México en Raleigh (#12)"))
        let shown = try runEnlace(["org", "show", "--db", d.db], environment: d.env)
        #expect(shown.out.contains("Bloqueo por inactividad: 5 minutos"))
        #expect(shown.out.contains("Zona horaria: America/Chicago"))

        let bad = try d.run("admin", ["org", "set", "--time-zone", "Chicago", "--lock-minutes", "0"], lang: "en")
        #expect(bad.status == 65)
        #expect(bad.err.contains("Time zone: “Chicago” is not a known IANA time zone (for example America/Chicago)."))
        #expect(bad.err.contains("Idle lock: Give 1 to 240 minutes."))
        let ambiguous = try d.run("admin", ["org", "set", "--consulate", "TX"], lang: "en")
        #expect(ambiguous.status == 65 && ambiguous.err.contains("Several consulates match “TX”"))
        let cleared = try d.run("admin", ["org", "set", "--consulate", "none"], lang: "en")
        #expect(cleared.out.contains("Consulates serving its area: none chosen"))
        #expect(try d.run("maria", ["org", "set", "--lock-minutes", "3"]).status == 77)
    }
}
