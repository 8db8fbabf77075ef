import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The organization's phone, address and email (`v9-organization-contact`): set by an admin in
/// one call, validated, audited, and printed on the referral slip under "tell us".
@Suite struct OrganizationContactTests {
    /// A referral on a case of Ana's, ready for a slip.
    static func referral(_ f: DeskFixture) throws -> Int64 {
        let caseId = try f.makeCase(caseworker: f.ana)
        let r = try f.desk.createReferral(caseId: caseId, kind: .consularOrientation, partnerId: nil,
                                          reason: "Matrícula", urgency: .routine,
                                          details: .consularOrientation(ConsularDetails(procedure: .matricula)),
                                          consentToShare: true, responseDue: nil, by: f.ana)
        return Int64(r.id)!
    }

    @Test func theSlipSaysHowToReachTheOrganizationInBothLanguages() throws {
        let f = try DeskFixture()
        let saved = try f.desk.updateOrganization(OrganizationChange(
            name: "Casa Michoacán", phone: "312.555.0199", address: "  2159 W 21st Pl, Chicago, IL 60608 ",
            email: "Contacto@CasaMichoacan.example.org"), by: f.admin)
        #expect(saved == OrganizationProfile(name: "Casa Michoacán", phone: "+13125550199",
                                             address: "2159 W 21st Pl, Chicago, IL 60608",
                                             email: "contacto@casamichoacan.example.org", version: 2))
        #expect(try f.desk.organization() == saved)
        let id = try Self.referral(f)
        let slip = try f.desk.referralSlip(id: id, language: .es, by: f.ana)
        let lines = slip.components(separatedBy: "\n")
        for (footer, phone, address, email) in [
            ("Si no puede asistir, avísenos para reagendar: Casa Michoacán.", "  Teléfono: (312) 555-0199",
             "  Dirección: 2159 W 21st Pl, Chicago, IL 60608", "  Correo: contacto@casamichoacan.example.org"),
            ("If you cannot attend, tell us so we can reschedule: Casa Michoacán.", "  Phone: (312) 555-0199",
             "  Address: 2159 W 21st Pl, Chicago, IL 60608", "  Email: contacto@casamichoacan.example.org"),
        ] {
            let at = try #require(lines.firstIndex(of: footer), "no footer \(footer)")
            #expect(Array(lines[(at + 1)...(at + 3)]) == [phone, address, email])
        }
        // Cleared fields leave the slip, with no empty line in their place.
        _ = try f.desk.updateOrganization(OrganizationChange(phone: "", email: ""), by: f.admin)
        let fewer = try f.desk.referralSlip(id: id, language: .en, by: f.ana).components(separatedBy: "\n")
        let at = try #require(fewer.firstIndex(of: "If you cannot attend, tell us so we can reschedule: Casa Michoacán."))
        #expect(fewer[at + 1] == "  Address: 2159 W 21st Pl, Chicago, IL 60608")
        #expect(!fewer.contains { $0.hasPrefix("  Phone:") || $0.hasPrefix("  Email:") })
    }

    @Test func aSlipWithoutContactDetailsNamesTheOrganizationOnlyAndNoBlankValue() throws {
        let f = try DeskFixture()
        try f.desk.setOrganizationName("Casa Michoacán", by: f.admin)
        let slip = try f.desk.referralSlip(id: try Self.referral(f), language: .es, by: f.ana)
        let lines = slip.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "Si no puede asistir, avísenos para reagendar: Casa Michoacán."))
        // The footer is followed by the separator (or the end), never an empty "Teléfono:".
        #expect(lines[at + 1].isEmpty || lines[at + 1].hasPrefix("---"))
        #expect(!lines.contains { $0.hasSuffix(":") && $0.hasPrefix("  ") })
        #expect(!slip.contains("Teléfono: \n") && !slip.contains("Phone: \n"))
    }

    @Test func onlyAnAdminSetsThemAndEveryWrongFieldIsReportedAtOnce() throws {
        let f = try DeskFixture()
        #expect(caught { try f.desk.updateOrganization(OrganizationChange(phone: "312 555 0199"), by: f.supervisor) }?
            .isNotPermitted == true)
        let error = caught {
            try f.desk.updateOrganization(OrganizationChange(phone: "555-01", address: "Calle 1\nChicago",
                                                             email: "contacto-at-casa"), by: f.admin)
        }
        guard case .validation(let failure) = error else {
            Issue.record("expected a validation failure, got \(String(describing: error))")
            return
        }
        #expect(failure.problems.map(\.field) == ["phone", "address", "email"])
        #expect(failure.lines(.es)[1] == "Dirección de la organización: La dirección admite hasta 200 caracteres en una sola línea.")
        #expect(failure.lines(.en)[2] == "Organization email: The email must look like name@domain.org.")
        #expect(try f.desk.organization() == OrganizationProfile(name: ""))
        // A success is one audit row naming what changed.
        _ = try f.desk.updateOrganization(OrganizationChange(phone: "+52 55 1234 5678"), by: f.admin)
        #expect(try f.desk.organization().phoneForPeople == "55 1234 5678")
        #expect(try f.auditActions("organization", 1) == ["update"])
    }

    @Test func theDemoOrganizationHasItsContactDetails() throws {
        let seeded = try SeededDesk(people: 20)
        let org = try seeded.desk.organization()
        #expect(org.name == DemoData.organizationName)
        #expect(org.phoneForPeople == DemoData.organizationPhone)
        #expect(org.address == DemoData.organizationAddress)
        #expect(org.email == DemoData.organizationEmail)
    }

    /// A file at "v8-drafts" opens at "v9-organization-contact" with everything kept and the
    /// new details empty until an admin sets them.
    @Test func aV8FileKeepsItsDataAndGetsEmptyContactDetails() throws {
        let folder = TempFolder()
        let path = folder.file("v8.sqlite")
        try writeOldFile(path, upTo: StoreSchema.drafts, sql: """
            UPDATE organization SET name = 'Club Zacatecano', updated_at = 1 WHERE id = 1;
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'admin', 'Admin', 'admin', ?, 0);
            INSERT INTO people (id, given_names, first_surname, search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'Rocío', 'Guzmán', 'rocio guzman', 'x', 0, 0);
            INSERT INTO drafts (user_id, kind, payload, updated_at) VALUES (1, 'intake', '{}', 0);
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost)])
        let desk = try openDesk(path, create: false)
        #expect(try desk.appliedMigrations().contains(StoreSchema.organizationContact))
        #expect(try desk.organization() == OrganizationProfile(name: "Club Zacatecano"))
        let kept = try desk.pool.read { db in
            (try String.fetchOne(db, sql: "SELECT given_names FROM people WHERE id = 1"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM drafts"),
             try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(kept.0 == "Rocío" && kept.1 == 1 && (kept.2 ?? 0) >= 9)
        let admin = try desk.authenticate(username: "admin", password: "secreto-123")
        _ = try desk.updateOrganization(OrganizationChange(address: "1 N State St, Chicago, IL 60602"), by: admin)
        #expect(try desk.organization().address == "1 N State St, Chicago, IL 60602")
        #expect(try desk.organization().name == "Club Zacatecano")
    }
}
