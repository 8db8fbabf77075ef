import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct ReferralSlipAndPartnerTests {
    @Test func slipHasPartnerDocumentsAndNothingSensitive() throws {
        let f = try DeskFixture()
        try f.desk.setOrganizationName("Casa Michoacán", by: f.admin)
        let caseId = try f.makeCase(caseworker: f.ana)
        let partner = try f.makePartner("Centro Legal del Pueblo", kinds: [.legalAid],
                                        address: "2001 W 21st St, Chicago, IL 60608", phone: "+13125550123")
        let details = ReferralDetails.legalAid(LegalAidDetails(
            matter: .immigrationDefense, detained: true, detentionFacility: "Broadview Processing Center",
            aNumber: "A987654321"))
        var r = try f.desk.createReferral(caseId: caseId, kind: .legalAid, partnerId: partner,
                                          reason: "Audiencia en corte migratoria", urgency: .urgent,
                                          details: details, consentToShare: true, responseDue: nil, by: f.ana)
        let id = Int64(r.id)!
        r = try f.desk.setChecklistItem(referralId: id, item: "photoID", done: true, by: f.ana, version: r.version)
        r = try f.desk.sendReferral(id: id, by: f.ana, version: r.version)
        r = try f.desk.acceptReferral(id: id, by: f.ana, version: r.version)
        r = try f.desk.scheduleReferral(id: id, appointment: Appointment(at: f.clock.date.addingTimeInterval(3 * 86_400), place: "Oficina 2"),
                                        by: f.ana, version: r.version)
        let slip = try f.desk.referralSlip(id: id, language: .es, by: f.ana)
        for expected in ["HOJA DE CANALIZACIÓN", "REFERRAL SLIP", "Centro Legal del Pueblo",
                         "2001 W 21st St", "(312) 555-0123", "Oficina 2", "Casa Michoacán", "2026-000001",
                         "Muñoz Pérez, José Ángel",
                         "[x] Identificación con foto (cualquiera)", "[ ] Cartas, citatorios o avisos recibidos",
                         "[x] Photo ID (any)", "Qué decir al llegar", "What to say when you arrive"] {
            #expect(slip.contains(expected), "missing \(expected)")
        }
        // Spanish first when asked in Spanish.
        #expect(slip.range(of: "HOJA")!.lowerBound < slip.range(of: "REFERRAL SLIP")!.lowerBound)
        for secret in ["A987654321", "987654321", "Broadview", "Audiencia", "corte migratoria",
                       "Defensa migratoria", "Immigration defense", "detenid", "detained"] {
            #expect(!slip.contains(secret), "slip leaks \(secret)")
        }
        #expect(try f.auditActions("referral", id).last == "printedSlip")
        let english = try f.desk.referralSlip(id: id, language: .en, by: f.ana)
        #expect(english.hasPrefix("REFERRAL SLIP"))
        #expect(caught { try f.desk.referralSlip(id: id, language: .es, by: f.ben) }?.isNotPermitted == true)
        #expect(try f.auditActions("referral", id).filter { $0 == "printedSlip" }.count == 2)
    }

    @Test func slipWithoutAppointmentSaysSo() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: nil)
        let r = try f.desk.createReferral(caseId: caseId, kind: .consularOrientation, partnerId: nil,
                                          reason: "Matrícula", urgency: .routine,
                                          details: .consularOrientation(ConsularDetails(procedure: .matricula)),
                                          consentToShare: true, responseDue: nil, by: f.ana)
        let slip = try f.desk.referralSlip(id: Int64(r.id)!, language: .en, by: f.ana)
        #expect(slip.contains("no appointment yet"))
        #expect(slip.contains("Consular ID (matrícula)"))
        #expect(slip.contains("Proof of address within the consulate's district"))
    }

    @Test func partnerDirectoryFiltersAndFlagsConsulates() throws {
        let f = try DeskFixture()
        _ = try f.makePartner("Clínica Alivio", kinds: [.telemedicine], state: "IL")
        _ = try f.makePartner("Clínica del Sol", kinds: [.telemedicine], state: "TX")
        let legal = try f.makePartner("Bufete Popular", kinds: [.legalAid], state: "IL")
        _ = try f.makePartner("Árbol de Vida, Asesoría Legal", kinds: [.legalAid], state: "IL")
        // Consulates come with every new database.
        let consular = try f.desk.partners(kind: .consularOrientation, nearState: "TX", limit: 100)
        #expect(consular.count == ConsulateSeed.all.count)
        #expect(consular.allSatisfy { $0.isConsulate })
        #expect(consular.prefix(3).allSatisfy { $0.state == "TX" })
        #expect(consular.dropFirst(3).allSatisfy { $0.state != "TX" })
        let tele = try f.desk.partners(kind: .telemedicine, nearState: "TX")
        #expect(tele.map(\.name) == ["Clínica del Sol", "Clínica Alivio"])
        #expect(tele.allSatisfy { !$0.isConsulate })
        // Accents and case do not matter in the name filter.
        #expect(try f.desk.partners(nameFilter: "clinica ALIV").map(\.name) == ["Clínica Alivio"])
        #expect(try f.desk.partners(nameFilter: "chicago").contains { $0.name == "Consulado General de México en Chicago" })
        #expect(try f.desk.partners(kind: .legalAid, limit: 3).count == 3)
        // Accented names sort with their letter, not after Z.
        #expect(try f.desk.partners(kind: .legalAid, nearState: "IL", limit: 2).map(\.name)
                == ["Árbol de Vida, Asesoría Legal", "Bufete Popular"])
        #expect(try f.desk.partner(id: legal).name == "Bufete Popular")
        #expect(caught { try f.desk.partner(id: 99_999) }?.isInvalid == true)
    }

    @Test func demoReferralsDecodeToCoreDetails() throws {
        let seeded = try SeededDesk(people: 300)
        let maria = try seeded.user("maria")
        let rows = try seeded.desk.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, status, outcome FROM referrals")
        }
        #expect(!rows.isEmpty)
        var kinds = Set<ReferralKind>()
        for row in rows {
            let r = try seeded.desk.referral(id: row["id"], by: maria)
            kinds.insert(r.kind)
            #expect(r.details != .empty(r.kind), "\(r.kind) details not decoded")
            #expect(!r.checklist.isEmpty)
            if r.status == .completed { #expect(r.outcome == .serviceProvided) }
            #expect(ReferralStatus(rawValue: row["status"]) != nil)
        }
        #expect(kinds.count >= 3)
        // Declined referrals and no-shows came with their follow-up, as the workflow declares.
        let orphans = try seeded.desk.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM referrals r WHERE r.status IN ('declined', 'noShow')
                AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.referral_id = r.id)
                """)!
        }
        #expect(orphans == 0)
        #expect(try seeded.desk.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_ups WHERE referral_id IS NOT NULL")!
        } > 0)
        // The demo has referrals awaiting response and overdue follow-ups to show.
        #expect(!(try seeded.desk.referralsAwaitingResponse(by: maria)).isEmpty)
        #expect(!(try seeded.desk.followUpsDue(scope: .team, range: .overdue, by: maria)).isEmpty)
    }
}
