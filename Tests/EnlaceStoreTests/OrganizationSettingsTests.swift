import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The organization's settings (`v13-reference-data`): time zone, default language, idle lock
/// minutes and the consulates serving its area; validated, versioned and audited.
@Suite struct OrganizationSettingsTests {
    static func consulate(_ desk: CaseDesk, _ city: String) throws -> Int64 {
        try #require(try desk.consulateChoices().first { $0.city == city }).id
    }

    @Test func anAdminSetsEverySettingInOneAuditedChange() throws {
        let f = try DeskFixture()
        let chicago = try Self.consulate(f.desk, "Chicago")
        let raleigh = try Self.consulate(f.desk, "Raleigh")
        #expect(try f.desk.consulateChoices().count == 13)
        let saved = try f.desk.updateOrganization(OrganizationChange(
            timeZone: " America/Chicago ", defaultLanguage: .en, lockMinutes: 5, consulates: [raleigh, chicago, raleigh]),
            by: f.admin)
        #expect(saved.timeZone == "America/Chicago" && saved.defaultLanguage == .en && saved.lockMinutes == 5)
        // Listed by name; a repeated one counts once; the audit names them by id.
        #expect(saved.consulates.map(\.id) == [chicago, raleigh])
        #expect(saved.consulates.first?.name == "Consulado General de México en Chicago")
        #expect(saved.version == 2)
        #expect(try f.desk.organization() == saved)
        let fields = try f.desk.pool.read { db in
            try String.fetchAll(db, sql: "SELECT changed_fields FROM audit_log WHERE entity = 'organization' ORDER BY id")
        }
        #expect(fields == [#"{"consulates":["","\#(chicago),\#(raleigh)"],"defaultLanguage":["es","en"],"lockMinutes":["","5"],"timeZone":["","America\/Chicago"]}"#])
        // Clearing: "" time zone, an empty consulate list; an unchanged value is not audited.
        let cleared = try f.desk.updateOrganization(OrganizationChange(timeZone: "", lockMinutes: 5, consulates: []), by: f.admin)
        #expect(cleared.timeZone == nil && cleared.consulates.isEmpty && cleared.lockMinutes == 5)
        #expect(try f.auditActions("organization", 1) == ["update", "update"])
        let last = try f.desk.pool.read { db in
            try String.fetchOne(db, sql: "SELECT changed_fields FROM audit_log WHERE entity = 'organization' ORDER BY id DESC")
        }
        #expect(last == #"{"consulates":["\#(chicago),\#(raleigh)",""],"timeZone":["America\/Chicago",""]}"#)
        // Nothing changed: nothing written, no audit row, same version.
        #expect(try f.desk.updateOrganization(OrganizationChange(lockMinutes: 5), by: f.admin).version == 3)
        #expect(try f.auditActions("organization", 1).count == 2)
    }

    @Test func aBadTimeZoneOrLockMinutesOutOfRangeIsRefusedAndNothingChanges() throws {
        let f = try DeskFixture()
        for (zone, minutes) in [("America/Chicag", 10), ("CST", 0), ("Mars/Olympus", 241)] {
            guard case .validation(let failure) = caught({
                try f.desk.updateOrganization(OrganizationChange(name: "Casa Puebla", timeZone: zone, lockMinutes: minutes), by: f.admin)
            }) else { Issue.record("expected a validation failure for \(zone)"); continue }
            #expect(failure.problems.map(\.field) == (minutes == 10 ? ["timeZone"] : ["timeZone", "lockMinutes"]))
            #expect(failure.lines(.en)[0] == "Time zone: “\(zone)” is not a known IANA time zone (for example America/Chicago).")
            if minutes != 10 { #expect(failure.lines(.es)[1] == "Bloqueo por inactividad: Indique de 1 a 240 minutos.") }
        }
        #expect(try f.desk.organization() == OrganizationProfile(name: ""))
        for zone in ["America/Mexico_City", "America/Los_Angeles", "UTC"] {
            #expect(try f.desk.updateOrganization(OrganizationChange(timeZone: zone), by: f.admin).timeZone == zone)
        }
        for minutes in [1, 240] {
            #expect(try f.desk.updateOrganization(OrganizationChange(lockMinutes: minutes), by: f.admin).lockMinutes == minutes)
        }
    }

    @Test func theConsulatesServingTheAreaComeFirstInThePicker() throws {
        let f = try DeskFixture()
        let raleigh = try Self.consulate(f.desk, "Raleigh")
        let before = try f.desk.partners(kind: .consularOrientation, nearState: "IL")
        #expect(before.first?.city == "Chicago", "the state's own first, at first")
        _ = try f.desk.updateOrganization(OrganizationChange(consulates: [raleigh]), by: f.admin)
        let after = try f.desk.partners(kind: .consularOrientation, nearState: "IL")
        #expect(after.first?.id == String(raleigh))
        #expect(after.dropFirst().first?.city == "Chicago")
        #expect(Set(after.map(\.id)) == Set(before.map(\.id)))
    }

    @Test func onlyActiveConsulatesMayBeChosen() throws {
        let f = try DeskFixture()
        let clinic = try f.makePartner("Clínica Popular", kinds: [.telemedicine])
        let closed = try Self.consulate(f.desk, "Miami")
        try f.desk.pool.write { db in try db.execute(sql: "UPDATE partners SET active = 0 WHERE id = ?", arguments: [closed]) }
        #expect(!(try f.desk.consulateChoices().contains { $0.id == closed }))
        guard case .validation(let failure) = caught({
            try f.desk.updateOrganization(OrganizationChange(consulates: [clinic, closed, 9_999]), by: f.admin)
        }) else { Issue.record("expected a validation failure"); return }
        #expect(failure.lines(.en) == ["Consulates serving its area: #\(clinic), #\(closed), #9999 is not an active consulate of the directory."])
        #expect(try f.desk.organization().consulates.isEmpty)
    }

    @Test func onlyAdminsChangeSettingsAndAStaleFormIsAConflict() throws {
        let f = try DeskFixture()
        for user in [f.supervisor, f.ana, f.volunteer] {
            #expect(caught { try f.desk.updateOrganization(OrganizationChange(lockMinutes: 3), by: user) }?.isNotPermitted == true)
        }
        let read = try f.desk.organization()
        _ = try f.desk.updateOrganization(OrganizationChange(timeZone: "America/Denver", version: read.version), by: f.admin)
        #expect(caught { try f.desk.updateOrganization(OrganizationChange(lockMinutes: 3, version: read.version), by: f.admin) }
                == .conflict)
        #expect(try f.desk.organization().lockMinutes == nil)
        #expect(try f.desk.organization().timeZone == "America/Denver")
    }
}
