import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Sign-in sheets (`v21-imports`): reviewed with the intake's checks and the duplicate check
/// before anything is written, committed as one batch through the registration and person-edit
/// paths, undone only when nothing was touched since; supervisors only.
@Suite struct ImportStoreTests {
    let f: DeskFixture
    let rosa: Int64

    init() throws {
        f = try DeskFixture()
        rosa = try f.desk.registerPerson(PersonDraft(givenNames: "Rosa", firstSurname: "Ávila", secondSurname: "Cruz",
                                                     birthDate: "1980-05-04", phones: [PhoneDraft("(312) 555-0101")]),
                                         by: f.supervisor).id
    }

    static let text = """
        Nombre,Apellido paterno,Apellido materno,Teléfono,Correo,Fecha de nacimiento,Sexo
        Juan,Pérez,López,(773) 555-0199,,12/03/1985,H
        Rosa,Ávila,Cruz,312-555-0101,rosa@example.org,04/05/1980,Mujer
        Luis,,,(773) 55,,31/02/1990,M
        Juana,Pérez,López,773 555 0199,,,F

        """

    func review(_ text: String = Self.text) throws -> ImportReview {
        guard case .success(let sheet) = ImportSheet.read(Array(text.utf8)) else { throw StoreError.conflict }
        return try f.desk.reviewImport(sheet, mapping: ImportMapping.guess(headers: sheet.headers), by: f.supervisor)
    }

    @Test func theReviewChecksEachRowLikeIntakeAndShowsTheCandidates() throws {
        let r = try review()
        #expect(r.rows.map(\.line) == [2, 3, 4, 5])
        // Line 2: clean, new.
        #expect(r.rows[0].problems.isEmpty && r.rows[0].candidates.isEmpty && r.rows[0].decision == .new)
        #expect(r.rows[0].draft.sex == .male && r.rows[0].draft.secondSurname == "López")
        // Line 3: Rosa is registered (same phone, name and birth date): waits for a decision,
        // and would add her email.
        #expect(r.rows[1].decision == nil)
        #expect(r.rows[1].candidates.map(\.candidate.personId) == [rosa])
        #expect(r.rows[1].candidates[0].candidate.reasons.contains(.phone))
        #expect(r.rows[1].candidates[0].adds == ["sex", "email"])
        // Line 4: the intake's own messages, field by field, and the sheet's own (sex "M").
        #expect(Set(r.rows[2].problems.map(\.field)) == ["firstSurname", "birthDate", "phones[0]", "sex"])
        #expect(r.rows[2].decision == .skip)
        #expect(r.rows[2].problems.first { $0.field == "birthDate" }!.message.es.contains("febrero"))
        // Line 5: the same phone as line 2 of this very sheet.
        #expect(r.rows[3].sameAsLine == 2 && r.rows[3].decision == nil)
        #expect(r.readyCount == 1 && r.undecidedCount == 2 && r.problemCount == 1)
        #expect(r.plan(fileName: "hoja.csv", eventId: nil) == nil)  // undecided rows: no plan
        // Nothing written by a review.
        #expect(try f.count("SELECT count(*) FROM people") == 1)
        #expect(try f.count("SELECT count(*) FROM imports") == 0)
    }

    @Test func theBatchCommitsThroughIntakeAndEditAndUndoPutsEverythingBack() throws {
        let event = try f.desk.addEvent(EventDraft(name: "Jornada Pilsen", kind: .jornada, startsOn: "hoy"), by: f.supervisor)
        var r = try review()
        let accepted = r.decide(line: 3, .same(personId: rosa))
        let errorRowAsNew = r.decide(line: 4, .new)  // a row with problems can only be skipped
        let notACandidate = r.decide(line: 5, .same(personId: 999))  // not one of its candidates
        #expect(accepted && !errorRowAsNew && !notACandidate)
        r.decideUndecided(.new)
        let plan = try #require(r.plan(fileName: "jornada.csv", eventId: event.id))
        let done = try f.desk.commitImport(plan, by: f.supervisor)
        #expect(done.created == 2 && done.updated == 1 && done.skipped == 1 && done.attended == 3)
        #expect(try f.count("SELECT count(*) FROM people") == 3)
        let juan = try #require(try f.desk.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM people WHERE given_names = 'Juan'") })
        // Registered through the intake's path: audited, searchable, on the event.
        #expect(try f.auditActions("person", juan) == ["register"])
        #expect(try f.desk.duplicateCandidates(for: DuplicateProbe(givenNames: "Juan", firstSurname: "Pérez",
                                                                   phones: ["7735550199"]), by: f.supervisor).count == 2)
        #expect(try f.count("SELECT count(*) FROM event_attendance WHERE event_id = ?", [event.id]) == 3)
        // Rosa got her email and sex through the person edit (an `edit` audit row); nothing else changed.
        let record = try f.desk.person(id: rosa, by: f.supervisor)
        #expect(record.email == "rosa@example.org" && record.sex == "female" && record.version == 2)
        #expect(record.name.secondSurname == "Cruz" && record.phones.map(\.e164) == ["+13125550101"])
        #expect(try f.auditActions("person", rosa).contains("edit"))
        #expect(try f.auditActions("import", done.id) == ["imported"])
        // The mapping is kept for the next sheet with these headers.
        #expect(try f.desk.savedImportMapping(headers: r.headers) == r.mapping)
        #expect(try f.desk.imports(by: f.supervisor).map(\.id) == [done.id])

        let undone = try f.desk.undoImport(id: done.id, by: f.supervisor)
        #expect(undone.removed == 2 && undone.restored == 1 && undone.attendanceRemoved == 3)
        #expect(try f.count("SELECT count(*) FROM people") == 1)
        #expect(try f.count("SELECT count(*) FROM event_attendance") == 0)
        #expect(try f.count("SELECT count(*) FROM person_match_keys WHERE person_id <> ?", [rosa]) == 0)
        let back = try f.desk.person(id: rosa, by: f.supervisor)
        #expect(back.email == nil && back.sex == nil && back.phones.map(\.e164) == ["+13125550101"])
        #expect(try f.auditActions("import", done.id) == ["imported", "undone"])
        #expect(try f.desk.imports(by: f.supervisor).first?.undoneAt != nil)
        guard case .workflowRefused(let again) = caught({ try f.desk.undoImport(id: done.id, by: f.supervisor) }) else {
            Issue.record("undone twice"); return
        }
        #expect(again.es.contains("ya se deshizo"))
    }

    @Test func anUndoIsRefusedWhenARecordWasTouchedSinceAndNothingChanges() throws {
        var r = try review()
        r.decideUndecided(.skip)
        let done = try f.desk.commitImport(try #require(r.plan(fileName: "a.csv", eventId: nil)), by: f.supervisor)
        #expect(done.created == 1)
        let juan = try #require(try f.desk.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM people WHERE given_names = 'Juan'") })
        var draft = PersonDraft(try f.desk.person(id: juan, by: f.supervisor))
        draft.email = "juan@example.org"
        _ = try f.desk.updatePerson(id: juan, draft, version: 1, by: f.supervisor)
        guard case .workflowRefused(let why) = caught({ try f.desk.undoImport(id: done.id, by: f.supervisor) }) else {
            Issue.record("expected a refusal"); return
        }
        #expect(why.es.contains("línea 2, persona \(juan): el registro se editó"))
        #expect(why.en.contains("1 row has changed"))
        #expect(try f.count("SELECT count(*) FROM people") == 2)
        #expect(try f.count("SELECT count(*) FROM imports WHERE undone_at IS NULL") == 1)
    }

    @Test func aPhoneAddedToARecordIsTakenOffAgainByTheUndo() throws {
        let plan = ImportPlan(fileName: "d.csv", headers: ["Nombre", "Apellido", "Teléfono"],
                              mapping: ImportMapping(fields: [.givenNames, .firstSurname, .phone]), eventId: nil, rows: [
                                .init(line: 2, draft: PersonDraft(givenNames: "Rosa", firstSurname: "Ávila",
                                                                  phones: [PhoneDraft("(773) 555-0111")]), decision: .same(personId: rosa)),
                              ])
        let done = try f.desk.commitImport(plan, by: f.supervisor)
        #expect(done.updated == 1 && done.created == 0)
        #expect(try f.desk.person(id: rosa, by: f.supervisor).phones.map(\.e164) == ["+13125550101", "+17735550111"])
        // The batch keeps field names, never the values it added.
        #expect(try f.count("SELECT count(*) FROM import_rows WHERE added_fields LIKE '%555%'") == 0)
        _ = try f.desk.undoImport(id: done.id, by: f.supervisor)
        #expect(try f.desk.person(id: rosa, by: f.supervisor).phones.map(\.e164) == ["+13125550101"])
    }

    @Test func aRowThatFailsAtCommitNamesItsLineAndNothingIsWritten() throws {
        let plan = ImportPlan(fileName: "b.csv", headers: ["Nombre", "Apellido"],
                              mapping: ImportMapping(fields: [.givenNames, .firstSurname]), eventId: nil, rows: [
                                .init(line: 2, draft: PersonDraft(givenNames: "Ana", firstSurname: "Ruiz"), decision: .new),
                                .init(line: 3, draft: PersonDraft(givenNames: "Eva", firstSurname: "", curp: "XXXX"), decision: .new),
                              ])
        guard case .validation(let failure) = caught({ try f.desk.commitImport(plan, by: f.supervisor) }) else {
            Issue.record("expected a validation failure"); return
        }
        #expect(failure.lines(.es).allSatisfy { $0.hasPrefix("Línea 3 · ") })
        #expect(try f.count("SELECT count(*) FROM people") == 1)
        #expect(try f.count("SELECT count(*) FROM imports") == 0)
    }

    @Test func onlySupervisorsImport() throws {
        guard case .success(let sheet) = ImportSheet.read(Array(Self.text.utf8)) else { Issue.record("sheet"); return }
        let mapping = ImportMapping.guess(headers: sheet.headers)
        for user in [f.ana, f.volunteer] {
            #expect(caught({ try f.desk.reviewImport(sheet, mapping: mapping, by: user) })?.isNotPermitted == true)
            let plan = ImportPlan(fileName: "c.csv", headers: sheet.headers, mapping: mapping, eventId: nil,
                                  rows: [.init(line: 2, draft: PersonDraft(givenNames: "Ana", firstSurname: "Ruiz"), decision: .new)])
            #expect(caught({ try f.desk.commitImport(plan, by: user) })?.isNotPermitted == true)
            #expect(caught({ try f.desk.undoImport(id: 1, by: user) })?.isNotPermitted == true)
        }
        #expect(try f.count("SELECT count(*) FROM people") == 1)
    }
}
