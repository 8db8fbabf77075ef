import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The partner directory (`v12-partner-directory`): add, edit, deactivate and activate as one
/// audited, versioned call each, by admins; supervisors read it whole; deactivated partners
/// leave the picker and stay on old referrals; the response time and the slip.
@Suite struct PartnerDirectoryTests {
    static let clinic = PartnerDraft(
        name: "  Clínica Familiar Pilsen ", kindsServed: [.telemedicine], serviceAreas: [.health],
        address: "1800 S Blue Island Ave", city: "Chicago", state: "Illinois", postalCode: "60608",
        phones: ["312 555 0140", "(773) 555-0199", "312.555.0140"], email: "Citas@ClinicaPilsen.example.org",
        hours: "L-V 9:00-17:00; sáb 10:00-13:00", languages: ["Español", "english", "Mixteco"],
        cost: .slidingScale, areasServed: ["Cook County, IL", "IL"], notes: "Pregunte por Rosa.",
        responseDays: 2)

    func audit(_ f: DeskFixture, _ id: Int64) throws -> [(action: String, fields: String)] {
        try f.desk.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT action, changed_fields FROM audit_log WHERE entity = 'partner' AND entity_id = ? ORDER BY id",
                             arguments: [id]).map { ($0["action"], $0["changed_fields"] ?? "") }
        }
    }

    @Test func anAdminAddsAPartnerWithEveryFieldNormalizedAndAudited() throws {
        let f = try DeskFixture()
        let p = try f.desk.addPartner(Self.clinic, by: f.admin)
        #expect(p.name == "Clínica Familiar Pilsen")
        #expect(p.state == "IL" && p.postalCode == "60608" && p.city == "Chicago")
        #expect(p.phones == ["+13125550140", "+17735550199"])  // the repeat folded
        #expect(p.email == "citas@clinicapilsen.example.org")
        #expect(p.languages == ["es", "en", "Mixteco"])
        #expect(p.cost == .slidingScale && p.responseDays == 2 && p.serviceAreas == [.health])
        #expect(p.areasServed == ["Cook County, IL", "IL"])
        #expect(p.version == 1 && p.active)
        #expect(p.externalId?.count == 36)
        #expect(p.fullAddress == "1800 S Blue Island Ave, Chicago, IL 60608")
        // Read back from the file as written.
        #expect(try f.desk.partner(id: Int64(p.id)!) == p)
        let rows = try audit(f, Int64(p.id)!)
        #expect(rows.map(\.action) == ["created"])
        let fields = try JSONSerialization.jsonObject(with: Data(rows[0].fields.utf8)) as! [String: [String]]
        #expect(fields["name"] == ["", "Clínica Familiar Pilsen"])
        #expect(fields["responseDays"] == ["", "2"])
        #expect(fields["kinds"] == ["", "telemedicine"])
        #expect(fields["phones"] == [] && fields["notes"] == [])
    }

    @Test func everyWrongFieldIsReportedAtOnceAndNothingIsWritten() throws {
        let f = try DeskFixture()
        var bad = Self.clinic
        bad.name = " "
        bad.state = "Ontario"
        bad.postalCode = "6060"
        bad.phones = ["312 555 0140", "12"]
        bad.email = "citas-at-clinica"
        bad.responseDays = 0
        let error = caught { try f.desk.addPartner(bad, by: f.admin) }
        guard case .validation(let failure) = error else {
            Issue.record("expected a validation failure, got \(String(describing: error))")
            return
        }
        #expect(failure.problems.map(\.field) == ["name", "state", "postalCode", "phones[1]", "email", "responseDays"])
        #expect(failure.lines(.es)[1] == "Estado: Escriba un estado de EE. UU. (IL o Illinois).")
        #expect(failure.lines(.en)[2] == "ZIP code: A ZIP code has 5 digits (or 5+4: 60608-1234).")
        #expect(try f.count("SELECT count(*) FROM partners WHERE name LIKE '%Pilsen%'") == 0)
        #expect(try f.count("SELECT count(*) FROM audit_log WHERE entity = 'partner'") == 0)
    }

    @Test func onlyAdminsWriteAndSupervisorsReadTheWholeDirectory() throws {
        let f = try DeskFixture()
        for actor in [f.supervisor, f.ana, f.volunteer] {
            #expect(caught { try f.desk.addPartner(Self.clinic, by: actor) }?.isNotPermitted == true)
        }
        let p = try f.desk.addPartner(Self.clinic, by: f.admin)
        let id = Int64(p.id)!
        #expect(caught { try f.desk.editPartner(id: id, Self.clinic, version: 1, by: f.supervisor) }?.isNotPermitted == true)
        #expect(caught { try f.desk.setPartnerActive(id: id, active: false, version: 1, by: f.ana) }?.isNotPermitted == true)
        #expect(caught { try f.desk.importPartners([], by: f.supervisor) }?.isNotPermitted == true)
        #expect(caught { try f.desk.partnerDirectory(by: f.ana) }?.isNotPermitted == true)
        #expect(caught { try f.desk.partnerDirectory(by: f.volunteer) }?.isNotPermitted == true)
        _ = try f.desk.setPartnerActive(id: id, active: false, version: 1, by: f.admin)
        // The directory: active first (the seeded consulates), the inactive one last, notes included.
        for reader in [f.supervisor, f.admin] {
            let all = try f.desk.partnerDirectory(by: reader)
            #expect(all.last?.name == "Clínica Familiar Pilsen" && all.last?.active == false)
            #expect(all.last?.notes == "Pregunte por Rosa.")
            #expect(all.dropLast().allSatisfy { $0.active })
        }
        #expect(try f.desk.partner(id: id).version == 2)
    }

    @Test func aStaleVersionIsAConflictAndTheAuditNamesOnlyTheFieldsChanged() throws {
        let f = try DeskFixture()
        let p = try f.desk.addPartner(Self.clinic, by: f.admin)
        let id = Int64(p.id)!
        var draft = PartnerDraft(p)
        draft.hours = "L-V 8:00-16:00"
        draft.phones = ["312 555 0140"]
        draft.cost = .free
        let other = try openDesk(f.desk.path, create: false, clock: f.clock)
        let edited = try other.editPartner(id: id, draft, version: 1, by: f.admin)
        #expect(edited.version == 2 && edited.hours == "L-V 8:00-16:00" && edited.phones == ["+13125550140"])
        // The first terminal still holds version 1.
        var mine = PartnerDraft(p)
        mine.name = "Clínica Pilsen"
        #expect(caught { try f.desk.editPartner(id: id, mine, version: 1, by: f.admin) } == .conflict)
        #expect(caught { try f.desk.setPartnerActive(id: id, active: false, version: 1, by: f.admin) } == .conflict)
        #expect(try f.desk.partner(id: id).name == "Clínica Familiar Pilsen")
        let rows = try audit(f, id)
        #expect(rows.map(\.action) == ["created", "updated"])
        let fields = try JSONSerialization.jsonObject(with: Data(rows[1].fields.utf8)) as! [String: [String]]
        #expect(fields.keys.sorted() == ["cost", "hours", "phones"])
        #expect(fields["cost"] == ["slidingScale", "free"])
        // Deactivating and activating again: two versions, two audit rows.
        let off = try f.desk.setPartnerActive(id: id, active: false, version: 2, by: f.admin)
        let on = try f.desk.setPartnerActive(id: id, active: true, version: off.version, by: f.admin)
        #expect(on.active && on.version == 4)
        #expect(try audit(f, id).map(\.action) == ["created", "updated", "deactivated", "activated"])
        #expect(try audit(f, id)[2].fields == #"{"active":["true","false"]}"#)
    }

    @Test func aDeactivatedPartnerLeavesThePickerAndStaysOnItsOldReferral() throws {
        let f = try DeskFixture()
        let p = try f.desk.addPartner(Self.clinic, by: f.admin)
        let id = Int64(p.id)!
        let caseId = try f.makeCase(caseworker: f.ana)
        var r = try f.desk.createReferral(caseId: caseId, kind: .telemedicine, partnerId: id, reason: "Consulta",
                                          urgency: .routine, details: .empty(.telemedicine), consentToShare: true,
                                          responseDue: nil, by: f.ana)
        #expect(try f.desk.partners(kind: .telemedicine).map(\.name).contains("Clínica Familiar Pilsen"))
        _ = try f.desk.setPartnerActive(id: id, active: false, version: 1, by: f.admin)
        #expect(!(try f.desk.partners(kind: .telemedicine).map(\.name).contains("Clínica Familiar Pilsen")))
        #expect(!(try f.desk.partners().map(\.id).contains(p.id)))
        #expect(try f.desk.referralDetail(id: Int64(r.id)!, by: f.ana).partnerName == "Clínica Familiar Pilsen")
        // A new referral cannot choose it.
        #expect(caught {
            try f.desk.createReferral(caseId: caseId, kind: .telemedicine, partnerId: id, reason: "Otra", urgency: .routine,
                                      details: .empty(.telemedicine), consentToShare: true, responseDue: nil, by: f.ana)
        }?.isInvalid == true)
        // The old one still prints its slip with the partner's address, phones and hours.
        r = try f.desk.referral(id: Int64(r.id)!, by: f.ana)
        let slip = try f.desk.referralSlip(id: Int64(r.id)!, language: .es, by: f.ana)
        #expect(slip.contains("Organización: Clínica Familiar Pilsen") || slip.contains("Clínica Familiar Pilsen"))
        #expect(slip.contains("Dirección: 1800 S Blue Island Ave, Chicago, IL 60608"))
        #expect(slip.contains("Teléfono: (312) 555-0140 · (773) 555-0199"))
        #expect(slip.contains("Horario: L-V 9:00-17:00; sáb 10:00-13:00"))
        #expect(slip.contains("Hours: L-V 9:00-17:00; sáb 10:00-13:00"))
        #expect(!slip.contains("Pregunte por Rosa"))  // notes are for the staff
    }

    @Test func sendingUsesThePartnersResponseTime() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        var fast = Self.clinic
        fast.kindsServed = [.legalAid]
        let quick = try f.desk.addPartner(fast, by: f.admin)  // 2 working days
        var slow = fast
        slow.name = "Clínica Lenta"
        slow.responseDays = nil  // the desk's 3
        let other = try f.desk.addPartner(slow, by: f.admin)
        var dues: [Date] = []
        for partner in [quick, other] {
            var r = try f.desk.createReferral(caseId: caseId, kind: .legalAid, partnerId: Int64(partner.id)!,
                                              reason: "Consulta", urgency: .routine,
                                              details: .legalAid(LegalAidDetails(matter: .immigrationDefense)),
                                              consentToShare: true, responseDue: nil, by: f.ana)
            r = try f.desk.sendReferral(id: Int64(r.id)!, by: f.ana, version: r.version)
            dues.append(try #require(r.responseDueDate))
        }
        let now = f.clock.date
        #expect(dues[0] == WorkingDays.adding(2, to: now, for: .legalAid))
        #expect(dues[1] == WorkingDays.adding(CaseDesk.defaultResponseWorkingDays, to: now, for: .legalAid))
        #expect(dues[0] < dues[1])
    }

    @Test func theMigrationKeepsOldPartnersPhonesAndGivesEachAnOpenReferralId() throws {
        let f = try DeskFixture()
        // The seeded consulates were written by v1, before v12 existed.
        let consulates = try f.desk.partnerDirectory(by: f.admin).filter(\.isConsulate)
        #expect(!consulates.isEmpty)
        #expect(consulates.allSatisfy { p in p.phones.count == 1 && p.phone?.hasPrefix("+1") == true })
        #expect(Set(consulates.compactMap(\.externalId)).count == consulates.count)
        // A row inserted by older code (no phones list, no id) reads its phone and gets an id.
        let id = try f.makePartner("Bufete Popular", kinds: [.legalAid], phone: "+13125550123")
        let p = try f.desk.partner(id: id)
        #expect(p.phones == ["+13125550123"] && p.externalId != nil)
    }
}
