import Foundation
import Testing

/// The administration in a real terminal (tmux, 80×24), as an organization starts: the admin
/// adds a caseworker on the Administración screen; the caseworker signs in with the temporary
/// password, must choose their own, and lands on their home queue.
@Suite(.serialized)
struct AdminTerminalTests {
    @Test func anAdminAddsACaseworkerWhoSignsInAndChoosesAPassword() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("demo.sqlite").path

        let admin = try TmuxSession(arguments: "demo --people 50 --db \(db) --as admin")
        try admin.waitFor(text: "Mi bandeja")
        try admin.press("F11")
        let staff = try admin.waitFor(text: "[1 Personal]")
        #expect(staff.contains("maria"))
        #expect(staff.contains("n Nueva cuenta"))
        try admin.press("n")
        try admin.waitFor(text: "Nueva cuenta del personal")
        try admin.type("rosa.m")
        try admin.press("Tab")
        try admin.type("Rosa Méndez")
        // Supervisor, then caseworker: tick it, save.
        try admin.press("Tab", "Tab", "Space", "C-s")
        let created = try admin.waitFor(text: "Cuenta creada")
        let match = try #require(created.firstMatch(of: /Contraseña temporal de rosa\.m: ([a-z]+-[a-z]+-[a-z]+-[0-9]{2})/))
        let temporary = String(match.1)
        try admin.press("Enter")
        let listed = try admin.waitFor(text: "Rosa Méndez")
        #expect(listed.contains("trabajador social"))
        #expect(listed.contains("activa, clave temporal"))
        try admin.press("F10")
        #expect(try admin.waitForExit() == 0)

        let rosa = try TmuxSession(arguments: "--db \(db)")
        try rosa.waitFor(text: "Iniciar sesión")
        try rosa.type("rosa.m")
        try rosa.press("Tab")
        try rosa.type(temporary)
        try rosa.press("Enter")
        let choose = try rosa.waitFor(text: "Elija su contraseña")
        #expect(choose.contains("Bienvenido/a, Rosa Méndez"))
        // A common one is refused, in words, and nothing is lost.
        try rosa.type("password123")
        try rosa.press("Tab")
        try rosa.type("password123")
        try rosa.press("Enter")
        try rosa.waitFor(text: "de las más usadas")
        try rosa.type("mi casa junto al río")
        try rosa.press("Tab")
        try rosa.type("mi casa junto al río")
        try rosa.press("Enter")
        let home = try rosa.waitFor(text: "Mi bandeja")
        #expect(home.contains("Rosa Méndez (trabajador social)"))
        try rosa.press("F10")
        #expect(try rosa.waitForExit() == 0)
    }

    /// The admin adds a partner on the Socios tab; a caseworker then finds it in the referral's
    /// partner picker, sends the referral, and the slip carries its address, phone and hours.
    @Test func anAdminAddsAPartnerWhoIsInThePickerAndOnTheSlip() throws {
        let d = try CaseworkerDayTerminalTests.Day()
        let admin = try d.app("--as admin", width: 80, height: 24)
        try admin.waitFor(text: "F1 Ayuda")
        try admin.press("F11")
        try admin.waitFor(text: "[1 Personal]")
        try admin.press("Tab")
        try admin.waitFor(text: "Socios]")
        try admin.type("a")
        try admin.waitFor(text: "Nueva organización aliada")
        try admin.type("Clínica Comunitaria Esperanza")
        try admin.press("Tab", "Space")                                  // telemedicine
        for _ in 0..<7 { try admin.press("Tab") }                        // the other kinds, the areas
        try admin.type("2400 S Kedzie Ave")                              // address
        try admin.press("Tab"); try admin.type("Chicago")
        try admin.press("Tab"); try admin.type("IL")
        try admin.press("Tab"); try admin.type("60623")
        try admin.press("Tab"); try admin.type("(773) 555-0123")          // phones
        try admin.press("Tab")                                           // email
        try admin.press("Tab"); try admin.type("lunes a viernes 9 a 17")  // hours
        try admin.press("C-s")
        try admin.waitFor(text: "Guardado: Clínica Comunitaria Esperanza.")
        try admin.press("F10")
        #expect(try admin.waitForExit() == 0)

        let t = try d.app("--as jorge", width: 80, height: 24)
        try t.waitFor(text: "F1 Ayuda")
        try t.press("F6")
        _ = try t.waitFor("the case list") { CaseworkerDayTerminalTests.caseNumber(in: $0) != nil && $0.contains("Número") }
        try t.press("Enter")
        let detail = try t.waitFor("the case screen") { $0.contains("Historial") }
        let number = try #require(CaseworkerDayTerminalTests.caseNumber(in: detail))
        let telemedicine = CaseworkerDayTerminalTests.kinds[0]
        let kind = CaseworkerDayTerminalTests.KindFill(digit: telemedicine.digit, kind: telemedicine.kind,
                                                       partner: "Clínica Comunitaria Esperanza",
                                                       title: telemedicine.title, fill: telemedicine.fill)
        try CaseworkerDayTerminalTests.refer(t, kind, number: number)
        let rows = try d.referrals(of: number)
        #expect(rows.last?[2] == "Clínica Comunitaria Esperanza")
        try t.press("Escape")
        try t.waitFor(text: "Historial")
        try t.press("Home")
        try t.press("Enter")
        try t.waitFor(text: "Clínica Comunitaria Esperanza")
        try t.type("i")
        try t.waitFor(text: ".txt")
        let id = try #require(rows.last?[4])
        let salidas = d.folder.appendingPathComponent("salidas")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: salidas.path)) ?? []
        let slip = try #require(files.first { $0.hasSuffix("-\(id).txt") }, "\(files)")
        let text = try String(contentsOf: salidas.appendingPathComponent(slip), encoding: .utf8)
        #expect(text.contains("Clínica Comunitaria Esperanza"))
        #expect(text.contains("2400 S Kedzie Ave"))
        #expect(text.contains("(773) 555-0123"))
        #expect(text.contains("lunes a viernes 9 a 17"))
        try t.press("F10")
        #expect(try t.waitForExit() == 0)
    }
}
