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
}
