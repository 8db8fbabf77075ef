import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Sensitive fields sealed at rest (issue 13): what the file holds, who can open it, and what
/// happens with wrong keys, altered bytes and a key rotation.
@Suite struct FieldEncryptionTests {
    /// Every sensitive value a desk writes, each a word found nowhere else.
    static let secrets = [
        "descripcionSECRETA", "notaSECRETA", "sintomasSECRETOS", "A987654321", "centroDETENCION", "difuntoSECRETO",
        "motivoSECRETO", "lugarCITA", "notaCITA", "resultadoSECRETO", "seguimientoSECRETO", "resultadoLLAMADA",
        "MATRICULA7788", "pedidoSECRETO", "respuestaSECRETA", "representanteSECRETO", "borradorSECRETO",
        "resumenCIERRE", "cancelacionSECRETA",
    ]

    /// A case with every kind of sensitive value, written through the store as a caseworker
    /// would. Returns the case and person ids.
    @discardableResult
    static func writeEverything(_ f: DeskFixture) throws -> (caseId: Int64, personId: Int64) {
        let desk = f.desk
        let opened = try desk.registerAndOpen(PersonDraft(givenNames: "Rosa", firstSurname: "Secreta", secondSurname: ""),
                                              area: .legal, description: "descripcionSECRETA", by: f.supervisor)
        let caseId = opened.id
        let personId = opened.personId
        try desk.assign(caseId: caseId, to: f.ana.id, version: 1, by: f.supervisor)
        _ = try desk.addNote(caseId: caseId, body: "notaSECRETA", by: f.ana)
        let clinic = try f.makePartner("Clínica", kinds: ReferralKind.allCases)
        let tele = try desk.createReferral(
            caseId: caseId, kind: .telemedicine, partnerId: clinic, reason: "motivoSECRETO", urgency: .routine,
            details: .telemedicine(TelemedicineDetails(symptoms: "sintomasSECRETOS", preferredLanguage: .spanish,
                                                       modality: .phone, insurance: InsuranceCoverage.none)),
            consentToShare: true, responseDue: nil, by: f.ana)
        var sent = try desk.sendReferral(id: Int64(tele.id)!, by: f.ana, version: tele.version)
        sent = try desk.acceptReferral(id: Int64(tele.id)!, by: f.ana, version: sent.version)
        sent = try desk.scheduleReferral(id: Int64(tele.id)!, appointment: Appointment(
            at: f.clock.date.addingTimeInterval(86_400), place: "lugarCITA", note: "notaCITA"), by: f.ana, version: sent.version)
        _ = try desk.completeReferral(id: Int64(tele.id)!, outcome: .serviceProvided, note: "resultadoSECRETO", by: f.ana,
                                      version: sent.version)
        let legal = try desk.createReferral(
            caseId: caseId, kind: .legalAid, partnerId: clinic, reason: "", urgency: .routine,
            details: .legalAid(LegalAidDetails(matter: .immigrationDefense, detained: true,
                                               detentionFacility: "centroDETENCION", aNumber: "A987654321")),
            consentToShare: true, responseDue: nil, by: f.ana)
        let funeral = try desk.createReferral(
            caseId: caseId, kind: .funeralAssistance, partnerId: clinic, reason: "", urgency: .routine,
            details: .funeralAssistance(FuneralDetails(deceasedName: "difuntoSECRETO")),
            consentToShare: true, responseDue: nil, by: f.ana)
        // Drafts kept as records: cancelled (with a reason) so that the case can be closed.
        _ = try desk.cancelReferral(id: Int64(funeral.id)!, reason: "cancelacionSECRETA", by: f.ana, version: funeral.version)
        _ = try desk.cancelReferral(id: Int64(legal.id)!, reason: "cancelacionSECRETA", by: f.ana, version: legal.version)
        let call = try desk.scheduleFollowUp(caseId: caseId, due: f.clock.date.addingTimeInterval(3_600), channel: .call,
                                             note: "seguimientoSECRETO", by: f.ana)
        _ = try desk.completeFollowUp(id: Int64(call.id)!, result: "resultadoLLAMADA", by: f.ana, version: call.version)
        _ = try desk.addDocument(personId: personId, DocumentDraft(kind: .matriculaConsular, number: "MATRICULA7788"),
                                 by: f.ana)
        let request = try desk.recordDataRequest(DataRequestInput(
            personId: personId, kind: .access, requester: .representative, representative: "representanteSECRETO",
            channel: .inPerson, asked: "pedidoSECRETO"), by: f.supervisor)
        _ = try desk.answerDataRequest(id: request.id, outcome: .granted, answer: "respuestaSECRETA",
                                       by: f.supervisor)
        try desk.saveDraft(kind: "intake", payload: "{\"nota\":\"borradorSECRETO\"}", by: f.ana)
        _ = try desk.requestClosure(caseId: caseId, outcome: .resolved, summary: "resumenCIERRE",
                                    version: try f.caseVersion(caseId), by: f.ana)
        return (caseId, personId)
    }

    /// The secrets found in the database file and its WAL, read as bytes.
    static func secretsInFile(_ path: String) -> [String] {
        var bytes = Data()
        for file in [path, path + "-wal"] {
            bytes.append(FileManager.default.contents(atPath: file) ?? Data())
        }
        return secrets.filter { bytes.range(of: Data($0.utf8)) != nil }
    }

    @Test func noSensitiveValueIsInClearInTheFileOrItsWAL() throws {
        let f = try DeskFixture()
        let (caseId, personId) = try Self.writeEverything(f)
        // The WAL still holds the last pages: scan it too, then again after a checkpoint.
        #expect(FileManager.default.fileExists(atPath: f.desk.path + "-wal"))
        #expect(Self.secretsInFile(f.desk.path) == [])
        try f.desk.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
        #expect(Self.secretsInFile(f.desk.path) == [])
        // And every value reads back in clear through the store.
        let detail = try f.desk.caseDetail(id: caseId, by: f.supervisor)
        #expect(detail.header.description == "descripcionSECRETA")
        #expect(detail.header.closureSummary == "resumenCIERRE")
        #expect(detail.timeline.contains { $0.text == "notaSECRETA" })
        let referrals = try f.desk.referrals(caseId: caseId, by: f.ana)
        #expect(referrals.contains { $0.details == .legalAid(LegalAidDetails(
            matter: .immigrationDefense, detained: true, detentionFacility: "centroDETENCION", aNumber: "A987654321")) })
        #expect(referrals.contains { $0.appointment?.place == "lugarCITA" && $0.appointment?.note == "notaCITA" })
        #expect(try f.desk.followUps(caseId: caseId, by: f.ana).contains { $0.result == "resultadoLLAMADA" })
        #expect(try f.desk.draft(kind: "intake", by: f.ana)?.payload == "{\"nota\":\"borradorSECRETO\"}")
        let documents = try f.desk.documents(personId: personId, by: f.ana)
        #expect(try f.desk.revealDocumentNumber(id: documents[0].id, by: f.ana) == "MATRICULA7788")
        // The exact number still finds the person (a keyed hash, not the number, is indexed).
        #expect(try f.desk.search("MATRICULA7788", by: f.supervisor).map(\.personId) == [personId])
        let keys = try f.desk.pool.read { db in try String.fetchAll(db, sql: "SELECT key FROM search_keys WHERE key GLOB 'd:*'") }
        #expect(keys.count == 1 && keys[0].hasPrefix("d:#") && !keys[0].contains("7788"))
    }

    @Test func aDeskWithNobodySignedInCannotReadOrWriteSealedValues() throws {
        let f = try DeskFixture()
        let (caseId, _) = try Self.writeEverything(f)
        let other = try openDesk(f.desk.path, create: false, clock: f.clock)
        #expect(caught { try other.caseDetail(id: caseId, by: f.supervisor) } == .keys(.locked))
        #expect(caught { try other.addNote(caseId: caseId, body: "nueva", by: f.ana) } == .keys(.locked))
        let ana = try other.authenticate(username: "ana", password: "secreto-123")
        #expect(try other.caseDetail(id: caseId, by: ana).header.description == "descripcionSECRETA")
        // The privacy lock forgets the keys until the password is typed again.
        try other.recordScreenLock(of: ana, reason: .privacyKey)
        #expect(caught { try other.caseDetail(id: caseId, by: ana) } == .keys(.locked))
        try other.verifyPassword(of: ana, password: "secreto-123")
        #expect(try other.caseDetail(id: caseId, by: ana).header.description == "descripcionSECRETA")
    }

    @Test func accountsGetTheirKeyWithTheirPasswordAndLoseItWhenDeactivated() throws {
        let f = try DeskFixture()
        let (caseId, _) = try Self.writeEverything(f)
        // A password change wraps the key again: the new password opens it, the old one no longer signs in.
        _ = try f.desk.authenticate(username: "ana", password: "secreto-123")
        _ = try f.desk.changeOwnPassword(of: f.ana, current: "secreto-123", new: "otra-clave-456")
        let fresh = try openDesk(f.desk.path, create: false, clock: f.clock)
        #expect(caught { try fresh.authenticate(username: "ana", password: "secreto-123") } == .authenticationFailed)
        let ana = try fresh.authenticate(username: "ana", password: "otra-clave-456")
        #expect(try fresh.caseDetail(id: caseId, by: ana).header.description == "descripcionSECRETA")
        // Deactivated: the wrapped key and grants are deleted.
        _ = try f.desk.changeStaff(username: "sofia", .deactivate, by: f.admin)
        #expect(try f.count("SELECT count(*) FROM user_keys WHERE user_id = ?", [f.supervisor.id]) == 0)
        #expect(try f.count("SELECT count(*) FROM key_grants WHERE holder = ?", ["user:\(f.supervisor.id)"]) == 0)
        _ = try f.desk.changeStaff(username: "sofia", .activate, by: f.admin)
        let third = try openDesk(f.desk.path, create: false, clock: f.clock)
        #expect(caught { try third.authenticate(username: "sofia", password: "secreto-123") }
                == .keys(.noKeyForAccount(username: "sofia")))
        // A reset by an admin (whose keys are open) gives a new key with the temporary password.
        _ = try f.desk.changeStaff(username: "sofia", .resetPassword(temporary: "maiz-cerro-luna-47"), by: f.admin)
        let sofia = try third.authenticate(username: "sofia", password: "maiz-cerro-luna-47")
        #expect(try third.caseDetail(id: caseId, by: sofia).header.closureSummary == "resumenCIERRE")
    }

    @Test func recoveryWordsResetAForgottenPasswordAndWrongWordsChangeNothing() throws {
        let f = try DeskFixture()
        let (caseId, _) = try Self.writeEverything(f)
        let words = try #require(f.desk.takeRecoveryWords())
        #expect(words.count == 17)
        #expect(f.desk.takeRecoveryWords() == nil)
        let hashBefore = try f.desk.pool.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM users WHERE username = 'admin'") }
        var wrong = words
        wrong[3] = wrong[3] == "abeja" ? "alce" : "abeja"
        let other = try openDesk(f.desk.path, create: false, clock: f.clock)
        #expect(caught { try other.recoverAccount(username: "admin", words: wrong.joined(separator: " ")) }
                == .keys(.recoveryWords(.checksum)))
        #expect(caught { try other.recoverAccount(username: "admin", words: "abeja alce") }
                == .keys(.recoveryWords(.count(found: 2))))
        #expect(caught { try other.recoverAccount(username: "admin", words: (["xilofono"] + words.dropFirst()).joined(separator: " ")) }
                == .keys(.recoveryWords(.unknownWord(position: 1, word: "xilofono"))))
        // Well-formed words of another database.
        let elsewhere = try DeskFixture()
        let otherWords = try #require(elsewhere.desk.takeRecoveryWords())
        #expect(caught { try other.recoverAccount(username: "admin", words: otherWords.joined(separator: " ")) }
                == .keys(.recoveryKeyWrong))
        #expect(try f.desk.pool.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM users WHERE username = 'admin'") } == hashBefore)
        // The right words, typed with capitals, accents and only four letters of some.
        let typed = words.enumerated().map { $0.offset % 2 == 0 ? $0.element.uppercased() : String($0.element.prefix(4)) }
        let temporary = try other.recoverAccount(username: "admin", words: typed.joined(separator: ", "))
        let admin = try other.authenticate(username: "admin", password: temporary)
        #expect(admin.mustChangePassword)
        let supervisor = try other.authenticate(username: "sofia", password: "secreto-123")
        #expect(try other.caseDetail(id: caseId, by: supervisor).header.description == "descripcionSECRETA")
        #expect(try f.auditActions("user", admin.id).contains("passwordRecovered"))
    }

    @Test func anAlteredWrappedKeyOrSealedValueGivesOneClearLineAndWritesNothing() throws {
        let f = try DeskFixture()
        let (caseId, _) = try Self.writeEverything(f)
        let auditRows = try f.count("SELECT count(*) FROM audit_log")
        try f.desk.pool.write { db in
            try db.execute(sql: "UPDATE user_keys SET wrapped = zeroblob(length(wrapped)) WHERE user_id = ?", arguments: [f.ana.id])
        }
        let other = try openDesk(f.desk.path, create: false, clock: f.clock)
        let problem = caught { try other.authenticate(username: "ana", password: "secreto-123") }
        #expect(problem == .keys(.wrappedKeyDamaged(username: "ana")))
        #expect(problem?.message(.es).contains("alterada") == true)
        #expect(try f.count("SELECT count(*) FROM audit_log") == auditRows)
        // A sealed note cut short: the case does not open, with the column named.
        try f.desk.pool.write { db in
            try db.execute(sql: "UPDATE notes SET body = substr(body, 1, length(body) - 3) WHERE case_id = ?", arguments: [caseId])
        }
        let damaged = caught { try f.desk.caseDetail(id: caseId, by: f.supervisor) }
        #expect(damaged == .keys(.damaged(column: "notes.body")))
        #expect(damaged?.message(.en).contains("notes.body") == true)
    }

    @Test func rotationSealsEverythingAgainWhileAnotherDeskKeepsWorking() throws {
        let f = try DeskFixture()
        let (caseId, personId) = try Self.writeEverything(f)
        let other = try openDesk(f.desk.path, create: false, clock: f.clock)
        let ana = try other.authenticate(username: "ana", password: "secreto-123")
        _ = try f.desk.changeStaff(username: "ben", .deactivate, by: f.admin)
        let report = try f.desk.rotateKeys(by: f.admin)
        #expect(report.generation == 2)
        #expect(report.rowsSealed >= 12)
        let generations = try f.desk.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT DISTINCT enlace_generation(body) FROM notes")
        }
        #expect(generations == [2])
        #expect(try f.count("SELECT count(*) FROM key_grants WHERE generation = 1") == 0)
        #expect(try f.count("SELECT count(*) FROM key_grants WHERE holder = ?", ["user:\(f.ben.id)"]) == 0)
        // The other desk took the new generation at its next transaction, reads and writes.
        #expect(try other.caseDetail(id: caseId, by: ana).header.description == "descripcionSECRETA")
        _ = try other.addNote(caseId: caseId, body: "despues de rotar", by: ana)
        #expect(try f.count("SELECT count(*) FROM notes WHERE enlace_generation(body) = 2") == 2)
        #expect(try f.desk.search("MATRICULA7788", by: f.supervisor).map(\.personId) == [personId])
        let status = try f.desk.keyStatus(by: f.admin)
        #expect(status.valuesToSeal == 0)
        #expect(status.generations.map(\.number) == [1, 2] && status.generations[0].retiredAt != nil)
        // A desk signed in after the rotation gets generation 2 only.
        let later = try openDesk(f.desk.path, create: false, clock: f.clock)
        let sofia = try later.authenticate(username: "sofia", password: "secreto-123")
        #expect(try later.caseDetail(id: caseId, by: sofia).timeline.contains { $0.text == "despues de rotar" })
    }

    @Test func aFileMadeBeforeEncryptionIsBackedUpThenSealedInPlace() throws {
        let old = OldFile("old.sqlite")
        // An older build's file: staff, a person, a case with a note, a document, all in clear.
        let hash = try PasswordHasher.hash("secreto-123", cost: testCost)
        try writeOldFile(old.path, upTo: StoreSchema.events, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES
                (1, 'admin', 'Admin', 'admin', ?1, 0), (2, 'ana', 'Ana', 'caseworker', ?1, 0),
                (3, 'sofia', 'Sofía', 'supervisor', ?1, 0);
            INSERT INTO user_roles (user_id, role) VALUES (1, 'admin'), (2, 'caseworker'), (3, 'supervisor');
            INSERT INTO people (id, given_names, first_surname, search_form, phonetic_key, created_at, updated_at)
                VALUES (1, 'Rosa', 'Vieja', 'rosa vieja', 'x', 0, 0);
            INSERT INTO cases (id, number, person_id, status, priority, service_area, caseworker_id, description,
                               opened_at, updated_at) VALUES (1, '2026-000001', 1, 'active', 'normal', 'legal', 2,
                               'descripcionSECRETA', 0, 0);
            INSERT INTO notes (case_id, author_id, body, created_at, updated_at) VALUES (1, 2, 'notaSECRETA', 0, 0);
            INSERT INTO person_documents (person_id, kind, number, created_at) VALUES (1, 'passport', 'MATRICULA7788', 0);
            INSERT INTO search_keys (key, person_id) VALUES ('d:MATRICULA7788', 1);
            """, arguments: [hash])
        let desk = try openDesk(old.path, create: false, clock: old.clock)
        let admin = try desk.authenticate(username: "admin", password: "secreto-123")
        let sofia = try desk.authenticate(username: "sofia", password: "secreto-123")
        #expect(try desk.keyStatus(by: admin).encrypted == false)
        // Still readable and writable in clear until it is encrypted.
        #expect(try desk.caseDetail(id: 1, by: sofia).header.description == "descripcionSECRETA")
        #expect(caught { try desk.encryptDatabase(by: admin, password: "equivocada-99") } != nil)
        let report = try desk.encryptDatabase(by: admin, password: "secreto-123")
        #expect(report.recoveryWords?.count == 17)
        #expect(report.accountsWithoutKey == ["ana", "sofia"])
        let backup = try #require(report.backupPath)
        #expect(SealedBackup.isSealed(backup))
        #expect(Self.secretsInFile(old.path) == [])
        #expect(try desk.caseDetail(id: 1, by: sofia).header.description == "descripcionSECRETA")
        #expect(try desk.search("MATRICULA7788", by: sofia).map(\.personId) == [1])
        #expect(caught { try desk.encryptDatabase(by: admin, password: "secreto-123") } == .keys(.alreadyEncrypted))
        // Ana had no key: she is told to ask for a temporary password, which brings one.
        let other = try openDesk(old.path, create: false, clock: old.clock)
        #expect(caught { try other.authenticate(username: "ana", password: "secreto-123") } == .keys(.noKeyForAccount(username: "ana")))
        _ = try desk.changeStaff(username: "ana", .resetPassword(temporary: "maiz-cerro-luna-47"), by: admin)
        let ana = try other.authenticate(username: "ana", password: "maiz-cerro-luna-47")
        #expect(try other.caseDetail(id: 1, by: ana).timeline.contains { $0.text == "notaSECRETA" })
    }
}

extension DeskFixture {
    func caseVersion(_ id: Int64) throws -> Int {
        try desk.pool.read { db in try Int.fetchOne(db, sql: "SELECT version FROM cases WHERE id = ?", arguments: [id])! }
    }
}
