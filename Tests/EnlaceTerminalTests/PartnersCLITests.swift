import Foundation
import Testing

/// `enlace partners` run as an admin would: the built binary against a demo database.
@Suite struct PartnersCLITests {
    @Test func anAdminAddsEditsDeactivatesAndRoundTripsTheDirectory() throws {
        let d = try IntakeCLITests.Demo()
        let added = try d.run("admin", ["partners", "add", "--name", "Clínica Familiar Pilsen", "--kinds", "telemedicine",
                                        "--address", "1800 S Blue Island Ave", "--city", "Chicago", "--state", "Illinois",
                                        "--zip", "60608", "--phone", "312 555 0140", "--phone", "(773) 555-0199",
                                        "--hours", "L-V 9:00-17:00", "--languages", "es,Mixteco", "--cost", "free",
                                        "--response-days", "2"])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("Organización aliada guardada."))
        #expect(added.out.contains("Dirección: 1800 S Blue Island Ave, Chicago, IL 60608"))
        #expect(added.out.contains("Teléfono: (312) 555-0140 · (773) 555-0199"))
        #expect(added.out.contains("Idiomas: Español, Mixteco"))
        let id = try #require(added.out.split(separator: "\n").first { $0.hasPrefix("Número: ") }.map { String($0.dropFirst(8)) })

        let stale = try d.run("admin", ["partners", "edit", id, "--version", "7", "--hours", "L-V 8:00-16:00"], lang: "en")
        #expect(stale.status == 75)
        let edited = try d.run("admin", ["partners", "edit", id, "--version", "1", "--hours", "L-V 8:00-16:00"], lang: "en")
        #expect(edited.status == 0 && edited.out.contains("Hours: L-V 8:00-16:00") && edited.out.contains("Version: 2"))
        let wrong = try d.run("admin", ["partners", "edit", id, "--zip", "606"], lang: "en")
        #expect(wrong.status == 65 && wrong.err.hasPrefix("ZIP code: "))
        #expect(try d.run("maria", ["partners", "add", "--name", "Otra"]).status == 77)

        let off = try d.run("admin", ["partners", "deactivate", id], lang: "en")
        #expect(off.status == 0 && off.out.contains("Deactivated"))
        let listed = try d.run("maria", ["partners", "list"], lang: "en")  // the demo supervisor
        #expect(listed.out.split(separator: "\n").last?.contains("Clínica Familiar Pilsen") == true)
        #expect(listed.out.split(separator: "\n").last?.hasSuffix("[inactive]") == true)

        // Export, then import: nothing new; a file with a column missing is refused with its place.
        let folder = d.folder.appendingPathComponent("hsds").path
        let exported = try d.run("admin", ["partners", "export", "--format", "hsds", folder], lang: "en")
        #expect(exported.status == 0 && exported.out.contains("partners exported to"))
        let again = try d.run("admin", ["partners", "import", "--format", "hsds", folder], lang: "en")
        #expect(again.status == 0 && again.out.contains("The file brings nothing new."), "\(again.out)\(again.err)")
        let address = folder + "/address.csv"
        let text = try String(contentsOfFile: address, encoding: .utf8)
        try text.replacingOccurrences(of: "postal_code", with: "zip").write(toFile: address, atomically: true, encoding: .utf8)
        let refused = try d.run("admin", ["partners", "import", "--format", "hsds", "--apply", folder])
        #expect(refused.status == 65)
        #expect(refused.err.contains("address.csv, línea 1: falta la columna «postal_code»"))
        #expect(refused.err.contains("No se importó nada: 1 problema en el archivo."))
    }
}
