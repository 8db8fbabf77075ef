import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The administration's "Respaldos" tab driven by keys at 80×24 against a real demo file.
@Suite struct BackupsTabScreenTests {
    /// The tab's number key, wherever the tab stands.
    static let tabKey = Character("\(AdminTab.backups.rawValue + 1)")

    @Test func anAdminSeesNoBackupYetTakesOneWithBAndSeesItListedWithItsPath() throws {
        let fixture = ScreenFixture.make(people: 40, name: "backups-tab")
        let rt = try fixture.runtime(role: .admin)
        rt.send(.key(.function(11)))
        #expect(rt.state.screen == .admin)
        rt.send(.key(.char(Self.tabKey)))
        #expect(rt.state.admin.tab == .backups)
        var screen = rt.render()
        #expect(screen.role(of: "[\(Self.tabKey) Respaldos]") == .focus, "\(screen.text)")
        #expect(screen.shows("Todavía no hay respaldos."))
        #expect(screen.role(of: "Todavía no hay respaldos.") == .warning)
        let folder = URL(fileURLWithPath: fixture.path).deletingLastPathComponent().path
        #expect(screen.shows("Avisar a los 7 días sin respaldo"))
        #expect(screen.text.contains("El próximo irá a "))
        #expect(screen.shows("Ningún respaldo todavía: pulse b para hacer el primero."))
        #expect(screen.text.contains("Respaldar ahora"), "the footer names the key")

        rt.send(.key(.char("b")))
        screen = rt.render()
        let status = try rt.desk.backupStatus(by: rt.state.user)
        let record = try #require(status.last)
        #expect(record.path.hasPrefix(folder + "/backups-tab-backup-"))
        #expect(FileManager.default.fileExists(atPath: record.path))
        #expect(screen.messageLine.contains("Respaldo guardado y revisado: /tmp/"), "\(screen.text)")
        #expect(screen.text.contains("Último respaldo: \(BackupDeskText.time(record.takenAt)), por \(record.takenBy)"))
        #expect(!screen.text.contains("Aviso: el último respaldo"))
        let rows = screen.tableLines(under: "Fecha")
        #expect(rows.count == 1)
        #expect(rows.first?.contains(BackupDeskText.size(record.sizeBytes)) == true)
        #expect(!rt.state.admin.backups.running)
    }

    @Test func theTabWarnsWhenTheLastBackupIsOlderThanTheConfiguredDays() throws {
        let fixture = ScreenFixture.make(people: 20, name: "backups-old")
        let admin = try fixture.user(.admin)
        _ = try fixture.desk().takeBackup(BackupRequest(), by: admin)
        // The runtime's store is stopped at the fixture's clock; a desk 8 days later reads the
        // same file: seen then, the backup is older than the 7 days configured.
        let desk = try CaseDesk.open(path: fixture.path, create: false,
                                     clock: StoreClock { ScreenFixture.now.addingTimeInterval(8 * 86_400) })
        _ = try fixture.user(.admin, on: desk)
        let state = AppState(language: .en, width: 80, height: 24, user: admin, organization: "Org",
                             now: ScreenFixture.now.addingTimeInterval(8 * 86_400), timeZone: ScreenFixture.chicago)
        let rt = AppRuntime(desk: desk, state: state,
                            outputDirectory: URL(fileURLWithPath: fixture.path).deletingLastPathComponent())
        rt.send(.key(.function(11)))
        rt.send(.key(.char(Self.tabKey)))
        let screen = rt.render()
        #expect(screen.shows("Warning: the last backup is more than 7 days old. Take one now."), "\(screen.text)")
        #expect(screen.role(of: "Warning: the last backup is more than 7 days old. Take one now.") == .warning)
        #expect(screen.role(of: "Last backup: ") == .warning)
    }

    @Test func aSupervisorIsToldOnlyAdminsSeeBackups() throws {
        let fixture = ScreenFixture.make(people: 20, name: "backups-refused")
        let rt = try fixture.runtime(role: .supervisor)
        rt.send(.key(.function(11)))
        rt.send(.key(.char(Self.tabKey)))
        let screen = rt.render()
        #expect(screen.shows("Solo la administración ve y hace respaldos."), "\(screen.text)")
        rt.send(.key(.char("b")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: fixture.path).deletingLastPathComponent().path)
            .allSatisfy { !$0.contains("-backup-") })
    }

    /// `w` sets the days before the warning, `g` the folder; a wrong value keeps the dialog,
    /// what was typed and says why; nothing changes.
    @Test func anAdminSetsTheWarningDaysAndTheFolderFromTheTab() throws {
        let fixture = ScreenFixture.make(people: 20, name: "backups-settings")
        let rt = try fixture.runtime(role: .admin)
        rt.send(.key(.function(11)))
        rt.send(.key(.char(Self.tabKey)))
        #expect(rt.state.admin.backups.status?.settings.warnAfterDays == 7)
        rt.send(.key(.char("w")))
        rt.send([.end, .ctrl("u")])
        rt.type("400")
        rt.send(.key(.enter))
        guard case .dialog(let refused) = rt.state.overlay else {
            Issue.record("the dialog closed on a refused value")
            return
        }
        #expect(refused.problem != nil)
        #expect(try rt.desk.backupStatus(by: rt.state.user).settings.warnAfterDays == 7)
        rt.send([.end, .ctrl("u")])
        rt.type("30")
        rt.send(.key(.enter))
        #expect(try rt.desk.backupStatus(by: rt.state.user).settings.warnAfterDays == 30)
        #expect(rt.render().messageLine.contains("Ajustes de respaldo guardados."))
        #expect(rt.render().shows("Avisar a los 30 días sin respaldo"), "\(rt.render().text)")

        let folder = URL(fileURLWithPath: fixture.path).deletingLastPathComponent().appendingPathComponent("respaldos").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        rt.send(.key(.char("g")))
        rt.type(folder)
        rt.send(.key(.enter))
        #expect(try rt.desk.backupStatus(by: rt.state.user).settings.folder == folder)
    }
}
