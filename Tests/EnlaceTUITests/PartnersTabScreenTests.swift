import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The administration's "Socios" tab, driven with keys through the real runtime against a
/// demo database: an admin adds a partner and deactivates it; a supervisor reads the
/// directory and may not change it; a caseworker is told who may see it.
@Suite(.serialized)
struct PartnersTabScreenTests {
    @Test func anAdminAddsAPartnerAndDeactivatesItAt80x24() throws {
        let fixture = ScreenFixture.make(people: 40, name: "partners-tab")
        let rt = try fixture.runtime(role: .admin)
        rt.send(.key(.function(11)))
        rt.send(.key(.char("2")))
        var screen = rt.render()
        #expect(screen.shows("[2 Socios]"))
        let rows = screen.tableRows(under: "Organización")
        #expect(!rows.isEmpty)
        #expect(screen.shows("Consulado General de México"), "\(screen.text)")
        #expect(screen.footer.contains("a Nueva"))

        rt.send(.key(.char("a")))
        screen = rt.render()
        #expect(screen.shows("Nueva organización aliada"))
        rt.type("Clínica Familiar Pilsen")
        rt.send(.key(.ctrl("s")))
        screen = rt.render()
        #expect(rt.state.admin.partners.form == nil, "\(screen.text)")
        #expect(screen.messageLine.contains("Guardado: Clínica Familiar Pilsen."))
        let desk = try fixture.desk()
        let saved = try #require(try desk.partnerDirectory(by: try fixture.user(.admin)).first { $0.name == "Clínica Familiar Pilsen" })
        #expect(saved.active && saved.version == 1)
        #expect(rt.state.admin.partners.selected?.id == saved.id)

        // Deactivate it: a question first, then one call; the row says so in words.
        rt.send(.key(.char("i")))
        #expect(rt.render().shows("¿Desactivar Clínica Familiar Pilsen?"))
        rt.send(.key(.enter))
        screen = rt.render()
        #expect(screen.messageLine.contains("Desactivada: Clínica Familiar Pilsen."))
        #expect(try desk.partner(id: Int64(saved.id)!).active == false)
        let inactive = try #require(screen.row(of: "Clínica Familiar Pilsen"))
        #expect(screen.line(inactive).contains("inactiva"))
        #expect(!(try desk.partners().contains { $0.id == saved.id }))
    }

    @Test func aSupervisorReadsTheDirectoryButMayNotChangeIt() throws {
        let fixture = ScreenFixture.make(people: 20, name: "partners-tab-sup")
        let rt = try fixture.runtime(role: .supervisor, language: .en)
        rt.send(.key(.function(11)))
        rt.send(.key(.char("2")))
        var screen = rt.render()
        #expect(screen.shows("[2 Partners]"))
        #expect(screen.shows("Consulado General de México"), "\(screen.text)")
        rt.send(.key(.char("a")))
        screen = rt.render()
        #expect(rt.state.admin.partners.form == nil)
        #expect(screen.messageLine.contains("only admins change the directory"))

        let caseworker = try fixture.runtime(role: .caseworker, language: .en)
        caseworker.send(.key(.function(11)))
        caseworker.send(.key(.char("2")))
        #expect(caseworker.render().shows("The whole partner directory is for supervisors and admins."))
    }
}
