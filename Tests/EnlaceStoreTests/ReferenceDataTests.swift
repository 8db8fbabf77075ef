import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Checklists as data an admin edits (`v13-reference-data`): referrals keep the list they were
/// made with, new ones take the current one; every change is one audited transaction.
@Suite struct ChecklistDataTests {
    static let passport = ChecklistScope(kind: .consularOrientation, procedure: .passport)
    static let legal = ChecklistScope(kind: .legalAid)

    static func referral(_ f: DeskFixture, _ details: ReferralDetails, partner: Int64? = nil) throws -> Referral {
        let caseId = try f.makeCase(caseworker: f.ana)
        return try f.desk.createReferral(caseId: caseId, kind: details.kind, partnerId: partner, reason: "Trámite",
                                         urgency: .routine, details: details, consentToShare: true,
                                         responseDue: nil, by: f.ana)
    }

    static let passportDetails = ReferralDetails.consularOrientation(ConsularDetails(procedure: .passport))

    static func audit(_ f: DeskFixture, _ id: Int64) throws -> [(action: String, fields: String)] {
        try f.desk.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT action, changed_fields FROM audit_log WHERE entity = 'referenceData' AND entity_id = ? ORDER BY id
                """, arguments: [id]).map { ($0["action"], $0["changed_fields"]) }
        }
    }

    @Test func aNewDatabaseHasTheShippedChecklistsAsRows() throws {
        let f = try DeskFixture()
        #expect(try f.desk.checklistTemplates() == DocumentChecklist.defaultTemplates)
        let passport = try f.desk.checklistEntries(Self.passport)
        #expect(passport.map(\.key) == ["birthCertificate", "officialPhotoID", "curpPrintout", "feePayment"])
        #expect(passport.map(\.position) == [1, 2, 3, 4])
        #expect(passport[2].es == "CURP impresa" && passport[2].en == "Printed CURP")
        #expect(try f.count("SELECT count(*) FROM checklist_items") == 4 + 4 + 5 + 3 + 4 + 3 + 3 + 3 + 1)
    }

    @Test func editingTheTemplateNeverChangesAReferralAlreadyMade() throws {
        let f = try DeskFixture()
        let consulate = try #require(try f.desk.consulateChoices().first).id
        let sent = try Self.referral(f, Self.passportDetails, partner: consulate)
        let sentId = Int64(sent.id)!
        _ = try f.desk.sendReferral(id: sentId, by: f.ana, version: sent.version)
        let before = try f.desk.referral(id: sentId, by: f.ana).checklist
        let curp = try #require(try f.desk.checklistEntries(Self.passport).first { $0.key == "curpPrintout" })
        let fee = try #require(try f.desk.checklistEntries(Self.passport).first { $0.key == "feePayment" })

        _ = try f.desk.editChecklistItem(id: curp.id, es: "CURP impresa (reciente)", en: "Printed CURP (recent)",
                                         version: curp.version, by: f.admin)
        _ = try f.desk.retireChecklistItem(id: fee.id, version: fee.version, by: f.admin)
        _ = try f.desk.addChecklistItem(Self.passport, es: "Dos fotografías", en: "Two photographs", by: f.admin)
        _ = try f.desk.moveChecklistItem(id: curp.id, .up, version: curp.version + 1, by: f.admin)

        // The sent referral: same items, same texts, same order, and its slip too.
        let after = try f.desk.referral(id: sentId, by: f.ana)
        #expect(after.checklist == before)
        #expect(after.checklist.map(\.key) == ["birthCertificate", "officialPhotoID", "curpPrintout", "feePayment"])
        #expect(after.checklist[2].en == "Printed CURP")
        let slip = try f.desk.referralSlip(id: sentId, language: .en, by: f.ana)
        #expect(slip.contains("Printed CURP") && !slip.contains("(recent)") && slip.contains("Fee payment"))

        // A new referral takes the list as it is now.
        let fresh = try Self.referral(f, Self.passportDetails)
        #expect(fresh.checklist.map(\.key) == ["birthCertificate", "curpPrintout", "officialPhotoID", "twoPhotographs"])
        #expect(fresh.checklist[1].es == "CURP impresa (reciente)")
        #expect(fresh.checklist[3] == ChecklistItem(key: "twoPhotographs", es: "Dos fotografías", en: "Two photographs"))
        // Its new item can be ticked by key, like any other.
        let ticked = try f.desk.setChecklistItem(referralId: Int64(fresh.id)!, item: "twoPhotographs", done: true,
                                                 by: f.ana, version: fresh.version)
        #expect(ticked.checklist.last?.done == true)
    }

    @Test func aRetiredItemLeavesNewReferralsAndTheMoveOrderSkipsIt() throws {
        let f = try DeskFixture()
        var items = try f.desk.checklistEntries(Self.legal)
        #expect(items.map(\.key) == ["photoID", "noticesReceived", "matterEvidence", "datesTimeline"])
        let retired = try f.desk.retireChecklistItem(id: items[1].id, version: items[1].version, by: f.admin)
        #expect(retired.retired && retired.version == 2)
        #expect(try Self.referral(f, SampleDetails.legalAid).checklist.map(\.key)
                == ["photoID", "matterEvidence", "datesTimeline"])
        // The admin still sees it (marked), in its place.
        items = try f.desk.checklistEntries(Self.legal)
        #expect(items.map(\.retired) == [false, true, false, false])
        // Moving "matterEvidence" up passes over the retired item to the first place.
        let moved = try f.desk.moveChecklistItem(id: items[2].id, .up, version: items[2].version, by: f.admin)
        #expect(moved.filter { !$0.retired }.map(\.key) == ["matterEvidence", "photoID", "datesTimeline"])
        // At either end nothing moves, and nothing is audited.
        let first = moved.first { $0.key == "matterEvidence" }!
        let same = try f.desk.moveChecklistItem(id: first.id, .up, version: first.version, by: f.admin)
        #expect(same.filter { !$0.retired }.map(\.key) == ["matterEvidence", "photoID", "datesTimeline"])
        #expect(try Self.audit(f, first.id).map(\.action) == ["checklist.move"])
        // A retired item does not move; it is never deleted.
        let gone = moved.first { $0.retired }!
        #expect(caught { try f.desk.moveChecklistItem(id: gone.id, .down, version: gone.version, by: f.admin) }?.isInvalid == true)
        #expect(try f.count("SELECT count(*) FROM checklist_items WHERE kind = 'legalAid'") == 4)
        #expect(try Self.referral(f, SampleDetails.legalAid).checklist.map(\.key)
                == ["matterEvidence", "photoID", "datesTimeline"])
    }

    @Test func bothLanguagesAreRequiredAndEveryProblemIsSaidAtOnce() throws {
        let f = try DeskFixture()
        guard case .validation(let failure) = caught({
            try f.desk.addChecklistItem(Self.legal, es: "  ", en: String(repeating: "x", count: 201), by: f.admin)
        }) else { Issue.record("expected a validation failure"); return }
        #expect(failure.problems.map(\.field) == ["es", "en"])
        #expect(failure.lines(.es) == ["Texto en español: Escriba el texto (se necesita en español y en inglés).",
                                       "Texto en inglés: El texto admite hasta 200 caracteres en una sola línea."])
        guard case .validation(let edit) = caught({
            let item = try f.desk.checklistEntries(Self.legal)[0]
            return try f.desk.editChecklistItem(id: item.id, es: "Identificación", en: "", version: item.version, by: f.admin)
        }) else { Issue.record("expected a validation failure"); return }
        #expect(edit.lines(.en) == ["English text: Type the text (it is needed in Spanish and in English)."])
        // A consular checklist needs its procedure; the other kinds have none.
        #expect(caught { try f.desk.addChecklistItem(ChecklistScope(kind: .consularOrientation), es: "a", en: "a", by: f.admin) }?
            .isInvalid == true)
        #expect(caught { try f.desk.addChecklistItem(ChecklistScope(kind: .legalAid, procedure: .passport), es: "a", en: "a", by: f.admin) }?
            .isInvalid == true)
        #expect(try f.count("SELECT count(*) FROM checklist_items WHERE kind = 'legalAid'") == 4)
        #expect(try f.count("SELECT count(*) FROM audit_log WHERE entity = 'referenceData'") == 0)
    }

    @Test func onlyAdminsChangeChecklistsAndAStaleVersionIsAConflict() throws {
        let f = try DeskFixture()
        let item = try f.desk.checklistEntries(Self.legal)[0]
        for user in [f.supervisor, f.ana, f.volunteer] {
            #expect(caught { try f.desk.addChecklistItem(Self.legal, es: "Otro", en: "Other", by: user) }?.isNotPermitted == true)
            #expect(caught { try f.desk.editChecklistItem(id: item.id, es: "a", en: "b", version: item.version, by: user) }?
                .isNotPermitted == true)
            #expect(caught { try f.desk.moveChecklistItem(id: item.id, .down, version: item.version, by: user) }?
                .isNotPermitted == true)
            #expect(caught { try f.desk.retireChecklistItem(id: item.id, version: item.version, by: user) }?
                .isNotPermitted == true)
        }
        // Anyone signed in reads them (the referral form does).
        #expect(try f.desk.checklistEntries(Self.legal).count == 4)
        _ = try f.desk.editChecklistItem(id: item.id, es: "Identificación oficial", en: "Official ID",
                                         version: item.version, by: f.admin)
        #expect(caught { try f.desk.retireChecklistItem(id: item.id, version: item.version, by: f.admin) } == .conflict)
        #expect(try f.desk.checklistEntries(Self.legal)[0].retired == false)
    }

    @Test func everyChangeIsAuditedWithTheFieldsChanged() throws {
        let f = try DeskFixture()
        let added = try f.desk.addChecklistItem(Self.passport, es: "Cita confirmada (MiConsulado)",
                                                en: "Confirmed appointment (MiConsulado)", by: f.admin)
        #expect(added.key == "confirmedAppointmentMiconsulado" && added.position == 5)
        let edited = try f.desk.editChecklistItem(id: added.id, es: "Cita confirmada", en: "Confirmed appointment (MiConsulado)",
                                                  version: added.version, by: f.admin)
        // The key stays: ticks of referrals made before the edit still find their item.
        #expect(edited.key == added.key && edited.version == 2)
        _ = try f.desk.moveChecklistItem(id: added.id, .up, version: edited.version, by: f.admin)
        let moved = try f.desk.checklistEntries(Self.passport).first { $0.id == added.id }!
        _ = try f.desk.retireChecklistItem(id: added.id, version: moved.version, by: f.admin)
        let audit = try Self.audit(f, added.id)
        #expect(audit.map(\.action) == ["checklist.add", "checklist.edit", "checklist.move", "checklist.retire"])
        #expect(audit[0].fields == #"{"checklist":["consularOrientation\/passport"],"en":["Confirmed appointment (MiConsulado)"],"es":["Cita confirmada (MiConsulado)"],"key":["confirmedAppointmentMiconsulado"],"position":["5"]}"#)
        #expect(audit[1].fields == #"{"es":["Cita confirmada (MiConsulado)","Cita confirmada"]}"#)
        #expect(audit[2].fields == #"{"checklist":["consularOrientation\/passport"],"position":["5","4"]}"#)
        #expect(audit[3].fields == #"{"checklist":["consularOrientation\/passport"],"retired":["no","yes"]}"#)
    }

    @Test func aDraftKeepsItsListUntilItsProcedureChanges() throws {
        let f = try DeskFixture()
        let draft = try Self.referral(f, Self.passportDetails)
        let fee = try f.desk.checklistEntries(Self.passport).first { $0.key == "feePayment" }!
        _ = try f.desk.retireChecklistItem(id: fee.id, version: fee.version, by: f.admin)
        let id = Int64(draft.id)!
        let ticked = try f.desk.setChecklistItem(referralId: id, item: "officialPhotoID", done: true, by: f.ana,
                                                 version: draft.version)
        // Same procedure: the draft's own list (with the retired item) stays.
        let same = try f.desk.updateReferralDraft(id: id, partnerId: nil, reason: "Pasaporte", urgency: .routine,
                                                  details: Self.passportDetails, consentToShare: true,
                                                  responseDue: nil, by: f.ana, version: ticked.version)
        #expect(same.checklist.map(\.key) == ["birthCertificate", "officialPhotoID", "curpPrintout", "feePayment"])
        // Another procedure: that procedure's current list, keeping shared ticks.
        let other = try f.desk.updateReferralDraft(
            id: id, partnerId: nil, reason: "Matrícula", urgency: .routine,
            details: .consularOrientation(ConsularDetails(procedure: .matricula)), consentToShare: true,
            responseDue: nil, by: f.ana, version: same.version)
        #expect(other.checklist.map(\.key) == ["birthCertificate", "officialPhotoID", "proofOfAddressInDistrict"])
        #expect(other.checklist.map(\.done) == [false, true, false])
    }

    @Test func anOldFileGetsTheChecklistTablesAndItsReferralsKeepTheListTheyShowed() throws {
        let old = OldFile("old.sqlite")
        try writeOldFile(old.path, upTo: StoreSchema.searchSurnameTerms, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'admin', 'Admin', 'admin', ?, 0), (2, 'sofia', 'Sofía', 'supervisor', ?, 0);
            INSERT INTO people (id, given_names, first_surname, search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'Rocío', 'Guzmán', 'rocio guzman', 'x', 0, 0);
            INSERT INTO cases (id, number, person_id, status, priority, service_area, caseworker_id,
                opened_at, updated_at) VALUES (1, '2026-000001', 1, 'active', 'high', 'legal', 2, 0, 0);
            INSERT INTO referrals (id, case_id, kind, status, consent_to_share, details, checklist, created_at, updated_at)
            VALUES (1, 1, 'consularOrientation', 'sent', 1, '{"procedure":"voterCard"}', '[]', 0, 0),
                   (2, 1, 'legalAid', 'sent', 1, '{}',
                    '[{"key":"custom","es":"Algo","en":"Something","done":true}]', 0, 0);
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost),
                             PasswordHasher.hash("secreto-123", cost: testCost)])
        let desk = try openDesk(old.path, create: false, clock: old.clock)
        #expect(try desk.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == StoreSchema.newestUserVersion)
        #expect(try desk.checklistTemplates() == DocumentChecklist.defaultTemplates)
        let admin = try desk.authenticate(username: "admin", password: "secreto-123")
        let sofia = try desk.authenticate(username: "sofia", password: "secreto-123")
        // Retire every voter-card item: the old referral keeps the list it was shown.
        for item in try desk.checklistEntries(ChecklistScope(kind: .consularOrientation, procedure: .voterCard)) {
            _ = try desk.retireChecklistItem(id: item.id, version: item.version, by: admin)
        }
        #expect(try desk.referral(id: 1, by: sofia).checklist.map(\.key) == ["birthCertificate", "officialPhotoID", "proofOfAddress"])
        #expect(try desk.referral(id: 2, by: sofia).checklist == [ChecklistItem(key: "custom", es: "Algo", en: "Something", done: true)])
    }
}
