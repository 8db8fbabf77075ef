import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Erasing a person (the right of cancellation): every value goes, from the tables, the search
/// indexes, the audit values and the raw bytes of the file and its WAL; the cases stay.
@Suite struct PersonEraseTests {
    let f: DeskFixture

    init() throws { f = try DeskFixture() }

    /// Everything a person leaves in the desk, through the real use cases. Returns the person,
    /// their case, and every value typed (to look for afterwards).
    private func personWithEverything() throws -> (person: Int64, caseId: Int64, values: [String]) {
        let opened = try f.desk.registerAndOpen(PersonDraft(
            givenNames: "Xóchitl Quetzalli", firstSurname: "Zumarraguita", secondSurname: "Ixtlahuác",
            preferredName: "Xochilita", birthDate: "1985-03-12", phones: [PhoneDraft("(312) 555-0177", whatsApp: true)],
            email: "xq.zumarraga@ejemplo.mx", curp: "HEGR850312MDFRRS06", city: "Tlapacoyanville", usState: "IL",
            zip: "60623", originState: "Puebla", originMunicipality: "Zacapoaxtla",
            hometownAssociation: "Club Tepeyahualco Unido"),
            area: .legal, description: "Trámite con su tía Remediosina", by: f.supervisor)
        let id = opened.personId
        // A correction: the audit holds the old surname and the new one.
        let read = try f.desk.person(id: id, by: f.supervisor)
        var draft = PersonDraft(read)
        draft.firstSurname = "Zumárraga"
        _ = try f.desk.updatePerson(id: id, draft, version: read.version, by: f.supervisor)
        _ = try f.desk.addDocument(personId: id, DocumentDraft(kind: .matriculaConsular, number: "MC98765432"), by: f.supervisor)
        let version = try f.desk.person(id: id, by: f.supervisor).version
        _ = try f.desk.setLanguages(personId: id, LanguageProfile(spoken: [.mixteco, .spanish], needsInterpreter: true),
                                    version: version, by: f.supervisor)
        _ = try f.desk.addKinContact(personId: id, KinDraft(name: "Eufrosinda Tlaxcaltecatl", relationship: .sibling,
                                                          phones: ["+52 222 555 0199"], place: "Zacapoaxtla, Puebla",
                                                          notes: "Vive con Remediosina"), by: f.supervisor)
        let child = try f.desk.registerPerson(PersonDraft(givenNames: "Itzamnaj", firstSurname: "Kukulcánez"), by: f.supervisor)
        _ = try f.desk.linkHousehold(personId: id, relatedPersonId: child.id, as: .child, by: f.supervisor)
        _ = try f.desk.addNote(caseId: opened.id, body: "Llamó su sobrino Quetzalcoatlito", by: f.supervisor)
        let partner = try f.makePartner("Abogados del Barrio", kinds: [.legalAid])
        _ = try f.desk.createReferral(
            caseId: opened.id, kind: .legalAid, partnerId: partner, reason: "Orientación Zumarraguense",
            urgency: .routine, details: .legalAid(LegalAidDetails(matter: .laborWageTheft,
                                                                  deadline: Date(timeIntervalSince1970: 1_796_000_000),
                                                                  aNumber: "A987654321")),
            consentToShare: true, responseDue: nil, by: f.supervisor)
        _ = try f.desk.scheduleFollowUp(caseId: opened.id, due: f.clock.date.addingTimeInterval(86_400), channel: .call,
                                        note: "Marcar al trabajo de Xochilita", by: f.supervisor)
        _ = try f.desk.search("xochitl zumarraga", by: f.supervisor)
        try f.desk.saveDraft(kind: "intake", payload: #"{"givenNames":"Xóchitl","firstSurname":"Zumárraga"}"#, by: f.ana)
        let values = ["Xóchitl", "Quetzalli", "Zumarraguita", "Zumárraga", "Ixtlahuác", "Xochilita", "3125550177",
                      "+13125550177", "xq.zumarraga@ejemplo.mx", "HEGR850312MDFRRS06", "Tlapacoyanville",
                      "Zacapoaxtla", "Tepeyahualco", "Remediosina", "MC98765432", "Quetzalcoatlito",
                      "Zumarraguense", "A987654321", "Marcar al trabajo", "Borrar todo lo de", "Eufrosinda",
                      "Tlaxcaltecatl", "2225550199"]
        return (id, opened.id, values)
    }

    /// The forms an erased string may be stored in: as typed, lowercased, folded without accents.
    private func forms(_ value: String) -> Set<String> {
        [value, value.lowercased(), NameFolding.searchForm(value), NameFolding.compactForm(value)].filter { $0.count >= 4 }
            .reduce(into: Set<String>()) { $0.insert($1) }
    }

    /// The strings of `values` (in any of their forms) found in the database file or its WAL.
    private func bytesHolding(_ values: [String]) throws -> [String] {
        let path = f.desk.path
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { bytes.append(wal) }
        return values.flatMap(forms).filter { bytes.range(of: Data($0.utf8)) != nil }.sorted()
    }

    private func checkpoint() throws {
        try f.desk.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    @Test func erasingLeavesNoValueInAnySearchExportOrByteOfTheFile() throws {
        let (id, caseId, values) = try personWithEverything()
        let other = try f.desk.registerPerson(PersonDraft(givenNames: "Rosa", firstSurname: "Hernández",
                                                          phones: [PhoneDraft("(773) 555-0199")]), by: f.supervisor).id
        let request = try f.desk.recordDataRequest(DataRequestInput(
            personId: id, kind: .cancellation, channel: .inPerson, asked: "Borrar todo lo de Xóchitl"), by: f.supervisor)
        try checkpoint()
        // Before: the file holds them (the scan can see what it looks for).
        #expect(try bytesHolding(["Zumárraga", "Remediosina", "MC98765432", "xq.zumarraga@ejemplo.mx"]).count >= 4)
        let countsBefore = try f.desk.pool.read { (db: Database) throws in
            try Int.fetchOne(db, sql: "SELECT sum(n) FROM case_flow_days WHERE event = 'opened'")
        }

        let report = try f.desk.erasePerson(id: id, request: request.id, by: f.supervisor)
        #expect(report.personIds == [id])
        #expect(report.erased["phones"] == 1 && report.erased["documents"] == 1 && report.erased["notes"] == 1)
        #expect(report.erased["drafts"] == 1 && report.erased["referrals"] == 1 && report.erased["followUps"] == 1)

        // The record and the person's file are anonymous; the case stays for the counts.
        let record = try f.desk.person(id: id, by: f.supervisor)
        #expect(record.name.givenNames.isEmpty && record.phones.isEmpty && record.email == nil && record.curp == nil)
        let file = try f.desk.personFile(id: id, by: f.supervisor)
        let json = String(decoding: try JSONEncoder().encode(file), as: UTF8.self)
        for value in values { #expect(!json.contains(value), "the file holds \(value)") }
        #expect(file.cases.count == 1 && file.cases[0].description.isEmpty)
        #expect(file.requests.first?.outcome == .granted, "the erasure answered the request")
        try f.desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE id = ?", arguments: [caseId]) == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT sum(n) FROM case_flow_days WHERE event = 'opened'") == countsBefore)
            // The tombstone: kinds and counts, who, on which request; no value.
            let tomb = try #require(try Row.fetchOne(db, sql: """
                SELECT actor_id, reason, changed_fields FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'erased'
                """, arguments: [id]))
            #expect(tomb[0] == f.supervisor.id && tomb[1] == "request \(request.id)")
            #expect((tomb[2] as String).contains(#""phones":["1"]"#))
            // The edit's old and new values are gone; the field names stay.
            let edit: String = try #require(try String.fetchOne(db, sql: """
                SELECT changed_fields FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'edit'
                """, arguments: [id]))
            #expect(edit == #"{"firstSurname":[]}"#)
            // The audit is still append-only outside an erasure.
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE audit_log SET reason = 'x'") }
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM audit_log") }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_scrub_permit") == 0)
            // Every table's text: not one erased value (a dump of every row of every table).
            var dump = ""
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") { dump += row.description }
            }
            for value in values {
                for form in forms(value) { #expect(!dump.contains(form), "a table holds \(form)") }
            }
        }
        // The raw bytes: after a checkpoint only (secure_delete and the merged FTS segments),
        // then after VACUUM and another checkpoint.
        try checkpoint()
        #expect(try bytesHolding(values) == [], "after a checkpoint")
        try f.desk.pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        try checkpoint()
        #expect(try bytesHolding(values) == [], "after VACUUM")
        #expect(try !bytesHolding(["Hernández"]).isEmpty, "the other person is still there")
        // No search finds any erased value (searched last: a search audits what was typed);
        // the other person still is found.
        for query in ["xochitl", "zumarraga", "Xóchitl Zumárraga", "3125550177", "HEGR850312MDFRRS06", "MC98765432",
                      "xochilita", "quetzalli"] {
            #expect(try f.desk.search(query, by: f.supervisor).isEmpty, "found by \(query)")
        }
        #expect(try f.desk.search("rosa hernandez", by: f.supervisor).contains { $0.personId == other })
    }

    @Test func aLegalHoldRefusesTheErasureAndOnlySupervisorsMayErase() throws {
        let (id, _, _) = try personWithEverything()
        let request = try f.desk.recordDataRequest(DataRequestInput(
            personId: id, kind: .cancellation, channel: .letter, asked: "Cancelación"), by: f.supervisor)
        _ = try f.desk.setLegalHold(personId: id, reason: "Juicio laboral 123/2026", by: f.supervisor)
        do {
            _ = try f.desk.erasePerson(id: id, request: request.id, by: f.supervisor)
            Issue.record("erased under a legal hold")
        } catch StoreError.workflowRefused(let reason) {
            #expect(reason.es.contains("retención legal") && reason.en.contains("legal hold"))
        }
        #expect(try f.desk.person(id: id, by: f.supervisor).name.givenNames == "Xóchitl Quetzalli", "nothing erased")
        #expect(try f.desk.personRights(id: id, by: f.supervisor).requests.first?.isPending == true, "nothing answered")
        _ = try f.desk.setLegalHold(personId: id, reason: nil, by: f.supervisor)
        #expect(throws: StoreError.self) { try f.desk.erasePerson(id: id, request: request.id, by: f.ana) }
        #expect(throws: StoreError.self) { try f.desk.erasePerson(id: id, request: request.id, by: f.admin) }
        // A request of someone else is refused.
        let other = try f.desk.registerPerson(PersonDraft(givenNames: "Rosa", firstSurname: "Díaz"), by: f.supervisor).id
        let theirs = try f.desk.recordDataRequest(DataRequestInput(
            personId: other, kind: .cancellation, channel: .phone, asked: "Borrar"), by: f.supervisor)
        #expect(throws: StoreError.self) { try f.desk.erasePerson(id: id, request: theirs.id, by: f.supervisor) }
        _ = try f.desk.erasePerson(id: id, request: request.id, by: f.supervisor)
        // Erased: no second erasure, no edit, no new request.
        #expect(throws: StoreError.self) { try f.desk.erasePerson(id: id, request: request.id, by: f.supervisor) }
        let read = try f.desk.person(id: id, by: f.supervisor)
        var draft = PersonDraft(read)
        draft.givenNames = "Otra"
        draft.firstSurname = "Persona"
        #expect(throws: StoreError.self) { try f.desk.updatePerson(id: id, draft, version: read.version, by: f.supervisor) }
        #expect(try f.desk.personRights(id: id, by: f.supervisor).erasedAt != nil)
    }

    @Test func retentionListsThenErasesOnlyPeopleWhoseCasesClosedLongAgo() throws {
        let old = try f.makeCase(caseworker: f.ana, status: .closed, given: "Anselmo", first: "Viejo")
        let recent = try f.makeCase(caseworker: f.ana, status: .closed, given: "Berta", first: "Reciente")
        let open = try f.makeCase(caseworker: f.ana, status: .active, given: "Ciro", first: "Abierto")
        let held = try f.makeCase(caseworker: f.ana, status: .closed, given: "Dora", first: "Retenida")
        let eightYears: Int64 = 8 * 31_556_952
        let now = Int64(f.clock.date.timeIntervalSince1970)
        try f.desk.pool.write { db in
            for (caseId, closed) in [(old, now - eightYears), (recent, now - 86_400), (open, nil), (held, now - eightYears)] {
                try db.execute(sql: "UPDATE cases SET closed_at = ? WHERE id = ?", arguments: [closed, caseId])
            }
        }
        func person(_ caseId: Int64) throws -> Int64 {
            try f.desk.pool.read { db in try Int64.fetchOne(db, sql: "SELECT person_id FROM cases WHERE id = ?", arguments: [caseId])! }
        }
        _ = try f.desk.setLegalHold(personId: try person(held), reason: "Orden judicial", by: f.supervisor)
        // No setting: nobody.
        #expect(try f.desk.retentionCandidates(by: f.supervisor).isEmpty)
        _ = try f.desk.updateOrganization(OrganizationChange(retentionYears: 5), by: f.admin)
        #expect(try f.desk.organization().retentionYears == 5)
        let listed = try f.desk.retentionCandidates(by: f.supervisor)
        #expect(listed.map(\.personId) == [try person(old)])
        #expect(try f.desk.person(id: try person(old), by: f.supervisor).name.givenNames == "Anselmo", "a dry run changes nothing")
        let erased = try f.desk.applyRetention(by: f.supervisor)
        #expect(erased == listed)
        #expect(try f.desk.person(id: try person(old), by: f.supervisor).name.givenNames.isEmpty)
        #expect(try f.desk.person(id: try person(recent), by: f.supervisor).name.givenNames == "Berta")
        #expect(try f.desk.person(id: try person(held), by: f.supervisor).name.givenNames == "Dora")
        #expect(try f.desk.retentionCandidates(by: f.supervisor).isEmpty, "erased people are not listed again")
        let oldPerson = try person(old)
        try f.desk.pool.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT reason FROM audit_log WHERE action = 'erased' AND entity_id = ?",
                                        arguments: [oldPerson]) == "retention")
        }
        #expect(throws: StoreError.self) { try f.desk.applyRetention(by: f.ana) }
        #expect(throws: StoreError.self) { try f.desk.updateOrganization(OrganizationChange(retentionYears: 101), by: f.admin) }
        _ = try f.desk.updateOrganization(OrganizationChange(retentionYears: 0), by: f.admin)
        #expect(try f.desk.organization().retentionYears == nil, "0 keeps cases always")
    }
}
