import Foundation
import Testing

/// `enlace org` run as an admin would run it: the built binary against a demo database.
@Suite struct OrgCLITests {
    @Test func anAdminSetsThePhoneAndAddressAndTheyShow() throws {
        let d = try IntakeCLITests.Demo()
        let shown = try runEnlace(["org", "--db", d.db, "--lang", "en"], environment: d.env)
        #expect(shown.status == 0, "\(shown.err)")
        #expect(shown.out.contains("Organization phone: (312) 555-0100"))
        #expect(shown.out.contains("Organization address: 1645 W 18th St, Chicago, IL 60608"))

        let set = try d.run("admin", ["org", "set", "--phone", "773 555 0142", "--address", "3200 W 26th St, Chicago, IL 60623",
                                      "--email", ""])
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.contains("Datos de la organización guardados."))
        #expect(set.out.contains("Teléfono de la organización: (773) 555-0142"))
        #expect(set.out.contains("Dirección de la organización: 3200 W 26th St, Chicago, IL 60623"))
        #expect(set.out.contains("Correo de la organización: sin registrar"))
        #expect(set.out.contains("Nombre de la organización: Casa Guanajuato de Chicago"))

        let wrong = try d.run("admin", ["org", "set", "--phone", "12"], lang: "en")
        #expect(wrong.status == 65)
        #expect(wrong.err.hasPrefix("Organization phone: "))
        let refused = try d.run("maria", ["org", "set", "--phone", "312 555 0100"])
        #expect(refused.status == 77)
        let nothing = try d.run("admin", ["org", "set"], lang: "en")
        #expect(nothing.status == 64 && nothing.err.contains("--phone"))
    }
}
