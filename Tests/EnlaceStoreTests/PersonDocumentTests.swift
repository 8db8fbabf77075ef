import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Identity documents and languages: kept masked, revealed only on request (audited), the
/// number never in clear in the audit, search by the full number only, versioned edits, who may.
@Suite struct PersonDocumentTests {
    let f: DeskFixture

    init() throws { f = try DeskFixture() }

    private func register(_ given: String = "Rosa", _ first: String = "Hernández") throws -> Int64 {
        try f.desk.registerPerson(PersonDraft(givenNames: given, firstSurname: first, birthDate: "1985-03-12"),
                                  by: f.supervisor).id
    }

    /// The person's audit rows, oldest first (`viewed` rows left out unless asked for).
    private func audit(_ person: Int64, views: Bool = false) throws -> [(action: String, fields: String)] {
        try f.desk.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT action, coalesce(changed_fields, '') FROM audit_log WHERE entity = 'person' AND entity_id = ?
                    AND (? OR action <> 'viewed') ORDER BY id
                """, arguments: [person, views]).map { ($0[0], $0[1]) }
        }
    }

    @Test func aMatriculaIsKeptMaskedFoundByItsFullNumberAndRevealedOnRequest() throws {
        let id = try register()
        let added = try f.desk.addDocument(personId: id, DocumentDraft(kind: .matriculaConsular, number: "1234 5678-9",
                                                                       expires: "1 de mayo de 2028"), by: f.supervisor)
        #expect(added.maskedNumber == "••••6789")
        #expect(added.expiresOn == CalendarDate(year: 2028, month: 5, day: 1))
        #expect(added.status == .has && added.version == 1)
        let page = try f.desk.personPage(id: id, by: f.supervisor)
        #expect(page.documents.documents == [added])

        // The full number finds her, typed with or without spaces; a part of it does not.
        #expect(try f.desk.search("123456789", by: f.supervisor).map(\.personId) == [id])
        #expect(try f.desk.search("1234 56789", by: f.supervisor).contains { $0.personId == id })
        #expect(try !f.desk.search("12345678", by: f.supervisor).contains { $0.personId == id })
        #expect(try !f.desk.search("56789", by: f.supervisor).contains { $0.personId == id })

        #expect(try f.desk.revealDocumentNumber(id: added.id, by: f.supervisor) == "123456789")
        let rows = try audit(id, views: true)
        #expect(rows.map(\.action).suffix(3) == ["document-added", "viewed", "document-revealed"])
        #expect(rows.last?.fields == #"{"document":["\#(added.id)"],"kind":["matriculaConsular"],"number":["••••6789"]}"#)
        // No audit row ever holds the number in clear.
        let clear = try f.desk.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE changed_fields LIKE '%6789%' AND changed_fields LIKE '%12345%'")
        }
        #expect(clear == 0)
    }

    @Test func anEditIsVersionedAuditedMaskedAndMovesTheSearchKey() throws {
        let id = try register()
        let doc = try f.desk.addDocument(personId: id, DocumentDraft(kind: .passport, number: "g1234567"), by: f.supervisor)
        #expect(doc.maskedNumber == "••••4567")
        var draft = DocumentDraft(kind: .passport, status: .expired, number: nil, expires: "2024-01-31")
        let saved = try f.desk.editDocument(id: doc.id, draft, version: doc.version, by: f.supervisor)
        #expect(saved.changed == ["status", "expiresOn"])
        #expect(saved.line.maskedNumber == "••••4567", "nil number keeps the stored one")
        #expect(saved.line.version == 2)
        // The old version is a conflict, and nothing changes.
        draft.status = .lost
        #expect(throws: StoreError.conflict) {
            try f.desk.editDocument(id: doc.id, draft, version: doc.version, by: f.supervisor)
        }
        #expect(try f.desk.document(id: doc.id, by: f.supervisor).status == .expired)
        // A new number: the old one no longer finds her, the new one does; the audit has both masked.
        draft = DocumentDraft(kind: .passport, status: .inProcess, number: "N7654321", expires: "")
        let renewed = try f.desk.editDocument(id: doc.id, draft, version: 2, by: f.supervisor)
        #expect(renewed.changed == ["status", "number", "expiresOn"])
        #expect(try !f.desk.search("G1234567", by: f.supervisor).contains { $0.personId == id })
        #expect(try f.desk.search("n7654321", by: f.supervisor).map(\.personId) == [id])
        let last = try #require(try audit(id).last)
        #expect(last.action == "document-edited")
        #expect(last.fields == #"{"document":["\#(doc.id)"],"expiresOn":["2024-01-31",""],"number":["••••4567","••••4321"],"status":["expired","inProcess"]}"#)
        // Saying what is stored writes nothing.
        let same = try f.desk.editDocument(id: doc.id, draft, version: 3, by: f.supervisor)
        #expect(same.changed.isEmpty && same.line.version == 3)
    }

    @Test func removingTakesTheNumberOutOfTheSearch() throws {
        let id = try register()
        let doc = try f.desk.addDocument(personId: id, DocumentDraft(kind: .itin, number: "912-70-1234"), by: f.supervisor)
        #expect(try f.desk.search("912701234", by: f.supervisor).map(\.personId) == [id])
        #expect(throws: StoreError.conflict) { try f.desk.removeDocument(id: doc.id, version: 9, by: f.supervisor) }
        try f.desk.removeDocument(id: doc.id, version: doc.version, by: f.supervisor)
        #expect(try f.desk.documents(personId: id, by: f.supervisor).isEmpty)
        #expect(try !f.desk.search("912701234", by: f.supervisor).contains { $0.personId == id })
        let keys = try f.desk.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search_keys WHERE key LIKE 'd:%' AND person_id = ?", arguments: [id])
        }
        #expect(keys == 0)
        let last = try #require(try audit(id).last)
        #expect(last.action == "document-removed")
        #expect(last.fields == #"{"document":["\#(doc.id)"],"kind":["itin",""],"number":["••••1234",""],"status":["has",""]}"#)
        do {
            _ = try f.desk.revealDocumentNumber(id: doc.id, by: f.supervisor)
            Issue.record("a removed document was revealed")
        } catch StoreError.notFound(let text) {
            #expect(text.es.contains("No existe el documento \(doc.id)"))
        }
    }

    @Test func badValuesAreRefusedTogetherAndNothingIsSaved() throws {
        let id = try register()
        do {
            _ = try f.desk.addDocument(personId: id, DocumentDraft(kind: .ine, number: "12#45", expires: "31/02/2027"),
                                       by: f.supervisor)
            Issue.record("a bad number and date were saved")
        } catch StoreError.validation(let failure) {
            #expect(failure.problems.map(\.field) == ["number", "expires"])
            #expect(failure.problems[0].message.es.contains("solo letras y dígitos"))
            #expect(failure.problems[1].message.en.contains("31"))
        }
        #expect(throws: StoreError.self) {
            try f.desk.addDocument(personId: id, DocumentDraft(kind: .curp, number: "HEGR850312MDFRRS06"), by: f.supervisor)
        }
        #expect(throws: StoreError.self) {
            try f.desk.addDocument(personId: id, DocumentDraft(kind: .passport, number: String(repeating: "9", count: 41)), by: f.supervisor)
        }
        #expect(try f.desk.documents(personId: id, by: f.supervisor).isEmpty)
        // Blank number and expiry are simply absent.
        let blank = try f.desk.addDocument(personId: id, DocumentDraft(kind: .birthCertificate, number: "  ", expires: " "),
                                           by: f.supervisor)
        #expect(blank.maskedNumber == nil && blank.expiresOn == nil)
        #expect(try f.desk.revealDocumentNumber(id: blank.id, by: f.supervisor) == nil)
    }

    @Test func whoMayKeepDocuments() throws {
        let id = try register()
        let opened = try f.desk.openCase(personId: id, area: .legal, by: f.supervisor)
        _ = try f.desk.assign(caseId: opened.id, to: f.ben.id, version: opened.version, by: f.supervisor)
        let draft = DocumentDraft(kind: .matriculaConsular, number: "123456789")
        // Ben has her case: he may; Ana (not her caseworker), an admin and a volunteer may not.
        for outsider in [f.ana, f.admin, f.volunteer] {
            #expect(throws: StoreError.self) { try f.desk.addDocument(personId: id, draft, by: outsider) }
        }
        let doc = try f.desk.addDocument(personId: id, draft, by: f.ben)
        for outsider in [f.ana, f.admin, f.volunteer] {
            #expect(throws: StoreError.self) { try f.desk.revealDocumentNumber(id: doc.id, by: outsider) }
            #expect(throws: StoreError.self) { try f.desk.removeDocument(id: doc.id, version: doc.version, by: outsider) }
        }
        #expect(try f.desk.revealDocumentNumber(id: doc.id, by: f.ben) == "123456789")
        #expect(throws: StoreError.self) { try f.desk.addDocument(personId: 9_999, draft, by: f.supervisor) }
    }

    @Test func languagesAreSetInOneVersionedAuditedStep() throws {
        let id = try register()
        let read = try f.desk.person(id: id, by: f.supervisor)
        #expect(try f.desk.personPage(id: id, by: f.supervisor).documents.languages == LanguageProfile())
        let profile = LanguageProfile(spoken: [.mixteco, .spanish], preferred: .mixteco, needsInterpreter: true)
        let saved = try f.desk.setLanguages(personId: id, profile, version: read.version, by: f.supervisor)
        #expect(saved.changed == ["languages", "preferredLanguage", "needsInterpreter"])
        #expect(saved.languages.spoken == [.spanish, .mixteco])
        #expect(saved.version == read.version + 1)
        #expect(try f.desk.person(id: id, by: f.supervisor).version == read.version + 1)
        let last = try #require(try audit(id).last)
        #expect(last.action == "edit")
        #expect(last.fields == #"{"languages":["","spanish, mixteco"],"needsInterpreter":["no","yes"],"preferredLanguage":["","mixteco"]}"#)
        // A stale version is a conflict; the person's record edit sees the new version too.
        #expect(throws: StoreError.conflict) {
            try f.desk.setLanguages(personId: id, LanguageProfile(spoken: [.english]), version: read.version, by: f.supervisor)
        }
        var draft = PersonDraft(read)
        draft.city = "Cicero"
        #expect(throws: StoreError.conflict) { try f.desk.updatePerson(id: id, draft, version: read.version, by: f.supervisor) }
        // The preferred language always counts as spoken; the same profile again writes nothing.
        let same = try f.desk.setLanguages(personId: id, LanguageProfile(spoken: [.spanish], preferred: .mixteco, needsInterpreter: true),
                                           version: saved.version, by: f.supervisor)
        #expect(same.changed.isEmpty && same.version == saved.version)
        #expect(throws: StoreError.self) {
            try f.desk.setLanguages(personId: id, profile, version: saved.version, by: f.admin)
        }
    }

    @Test func thePersonsFileHoldsFullNumbersAndLanguages() throws {
        let id = try register()
        _ = try f.desk.addDocument(personId: id, DocumentDraft(kind: .workPermit, status: .inProcess, number: "ioe0912345678",
                                                              expires: "2027-06-30"), by: f.supervisor)
        let read = try f.desk.person(id: id, by: f.supervisor)
        _ = try f.desk.setLanguages(personId: id, LanguageProfile(spoken: [.kiche, .spanish], preferred: .kiche, needsInterpreter: true),
                                    version: read.version, by: f.supervisor)
        let file = try f.desk.personFile(id: id, by: f.supervisor)
        #expect(file.documents.held == [PersonFile.Document(kind: .workPermit, status: .inProcess, number: "IOE0912345678",
                                                            expiresOn: "2027-06-30")])
        #expect(file.documents.languages.spoken == [.spanish, .kiche])
        #expect(file.documents.languages.needsInterpreter)
        #expect(file.access.contains { $0.action == "document-added" })
    }

    @Test func theMigrationKeepsEarlierDocumentsAndTakesEveryKind() throws {
        let folder = TempFolder()
        let path = folder.file("v14.sqlite")
        try writeOldFile(path, upTo: StoreSchema.backups, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'sup', 'Sup', 'supervisor', ?, 0);
            INSERT INTO user_roles (user_id, role) VALUES (1, 'supervisor');
            INSERT INTO people (id, given_names, first_surname, search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'María', 'López', 'maria lopez', 'x', 0, 0);
            INSERT INTO person_documents (id, person_id, kind, number, expires_on, created_at)
            VALUES (7, 1, 'passport', 'G1234567', '2030-01-02', 5);
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost)])
        let desk = try openDesk(path, create: false)
        #expect(try desk.appliedMigrations().contains(StoreSchema.personDocuments))
        let sup = try desk.authenticate(username: "sup", password: "secreto-123")
        let kept = try desk.documents(personId: 1, by: sup)
        #expect(kept.map(\.id) == [7])
        #expect(kept.first?.status == .has && kept.first?.maskedNumber == "••••4567")
        #expect(kept.first?.expiresOn == CalendarDate(year: 2030, month: 1, day: 2))
        for kind in IdentityDocumentKind.held {
            _ = try desk.addDocument(personId: 1, DocumentDraft(kind: kind), by: sup)
        }
        #expect(try desk.documents(personId: 1, by: sup).count == 1 + IdentityDocumentKind.held.count)
        #expect(try desk.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == StoreSchema.newestUserVersion)
    }
}
