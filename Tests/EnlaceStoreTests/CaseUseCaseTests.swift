import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct CaseUseCaseTests {
    @Test func registerPersonStoresValidatedFieldsPhonesKeysAndOneAuditRow() throws {
        let f = try CaseFixture()
        let before = try f.auditCount()
        let code = curp("MUPJ850312HJCXRS0")
        let result = try f.desk.registerPerson(PersonDraft(
            givenNames: "  José María ", firstSurname: "Muñoz", secondSurname: "Pérez", preferredName: "Chema",
            birthDate: "1985-03-12", sex: .male,
            phones: [PhoneDraft("+52 55 1234 5678", whatsApp: true), PhoneDraft("(312) 555-0123")],
            email: "Jose@Example.com", curp: code.lowercased(), city: "Chicago", usState: "il", zip: "60608",
            originState: "Jalisco", originMunicipality: "Tepatitlán", hometownAssociation: "Club Tepa"),
            by: f.volunteer)
        #expect(result.warnings.isEmpty)
        try f.desk.pool.read { (db: Database) throws in
            let p = try Row.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [result.id])!
            #expect(p["given_names"] as String == "José María")
            #expect(p["birth_date"] as String == "1985-03-12")
            #expect(p["curp"] as String == code)
            #expect(p["us_state"] as String == "IL")
            #expect(p["origin_state"] as String == "14")
            #expect(p["email"] as String == "jose@example.com")
            #expect(p["sex"] as String == "male")
            #expect(p["created_by"] as Int64 == f.volunteer.id)
            let search: String = p["search_form"]
            #expect(search.contains("jose maria") && search.contains("munoz") && search.contains("chema"))
            let phonetic: String = p["phonetic_key"]
            #expect(phonetic == NameKeys.phoneticTokens(for: PersonName(givenNames: "José María", firstSurname: "Muñoz",
                                                                         secondSurname: "Pérez", preferredName: "Chema")).joined(separator: " "))
            let phones = try Row.fetchAll(db, sql: "SELECT e164, whatsapp FROM phones WHERE person_id = ? ORDER BY id",
                                          arguments: [result.id])
            #expect(phones.map { $0["e164"] as String } == ["+525512345678", "+13125550123"])
            #expect(phones.map { $0["whatsapp"] as Int } == [1, 0])
            let audit = try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE entity = 'person' AND entity_id = ?",
                                         arguments: [result.id])
            #expect(audit.count == 1)
            #expect(audit[0]["action"] as String == "register")
            #expect(audit[0]["actor_id"] as Int64 == f.volunteer.id)
            let fields: String = audit[0]["changed_fields"]
            #expect(fields.contains("\"curp\"") && !fields.contains(code), "field names only, no personal values")
        }
        #expect(try f.auditCount() == before + 1)
    }

    @Test func curpDisagreeingWithTypedDateAndSexIsAWarningNotAnError() throws {
        let f = try CaseFixture()
        let result = try f.desk.registerPerson(PersonDraft(
            givenNames: "Ana", firstSurname: "Gómez", birthDate: "1990-01-01", sex: .male,
            curp: curp("GOXA850312MJCMXN0")), by: f.caseworker)
        #expect(result.warnings.count == 2)
        #expect(result.warnings.allSatisfy { $0.field == "curp" })
        #expect(result.warnings.map { $0.message.es } != result.warnings.map { $0.message.en })
    }

    @Test func openCaseNumbersPerYearAndAuditsTheOpening() throws {
        let f = try CaseFixture()
        let person = try f.desk.registerPerson(CaseFixture.draft(), by: f.caseworker)
        let a = try f.desk.openCase(personId: person.id, area: .health, priority: .urgent,
                                    description: "Necesita cita", by: f.caseworker)
        let b = try f.desk.openCase(personId: person.id, area: .legal, by: f.volunteer)
        let year = Calendar(identifier: .gregorian).component(.year, from: f.clock.date)
        #expect(a.number == "\(year)-000001")
        #expect(b.number == "\(year)-000002")
        let row = try f.caseRow(a.id)
        #expect(row["status"] as String == "new")
        #expect(row["priority"] as String == "urgent")
        #expect((row["caseworker_id"] as Int64?) == nil)
        let audit = try f.audit(a.id)
        #expect(audit.count == 1)
        #expect(audit[0]["action"] as String == "open")
        #expect(audit[0]["to_state"] as String == "new")
        #expect(throws: StoreError.self) { try f.desk.openCase(personId: 999_999, area: .legal, by: f.caseworker) }
        // Next year starts again at 1.
        f.clock.advance(366 * 86_400)
        let c = try f.desk.openCase(personId: person.id, area: .education, by: f.caseworker)
        #expect(c.number == "\(year + 1)-000001")
    }

    @Test func caseNumbersContinueAfterNumbersWrittenOutsideTheSequence() throws {
        let f = try CaseFixture()
        let year = Calendar(identifier: .gregorian).component(.year, from: f.clock.date)
        let person = try f.desk.registerPerson(CaseFixture.draft(), by: f.caseworker)
        try f.sql("""
            INSERT INTO cases (number, person_id, status, priority, service_area, opened_at, updated_at)
            VALUES (?, ?, 'new', 'normal', 'legal', 0, 0)
            """, ["\(year)-000041", person.id])
        let opened = try f.desk.openCase(personId: person.id, area: .legal, by: f.caseworker)
        #expect(opened.number == "\(year)-000042")
    }

    @Test func registerAndOpenIsAllOrNothing() throws {
        let f = try CaseFixture()
        let people = try f.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM people")! }
        #expect(throws: StoreError.self) {
            try f.desk.registerAndOpen(CaseFixture.draft(), area: .legal, by: f.admin)
        }
        let long = String(repeating: "x", count: CaseDesk.maxDescriptionLength + 1)
        do {
            _ = try f.desk.registerAndOpen(PersonDraft(givenNames: "", firstSurname: ""), area: .legal,
                                           description: long, by: f.caseworker)
            Issue.record("expected a validation error")
        } catch StoreError.validation(let failure) {
            #expect(Set(failure.problems.map(\.field)) == ["givenNames", "firstSurname", "description"])
        }
        #expect(try f.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM people")! } == people)
        let opened = try f.desk.registerAndOpen(CaseFixture.draft(), area: .health, description: "Dolor de muelas",
                                                by: f.volunteer)
        #expect(try f.status(opened.id) == .new)
        #expect(opened.version == 1)
    }

    @Test func fullWorkflowHappyPathWritesOneAuditRowPerStep() throws {
        let f = try CaseFixture()
        let opened = try f.newCase(by: f.volunteer)
        let id = opened.id
        var v = opened.version
        v = try f.desk.take(caseId: id, version: v, by: f.caseworker)
        #expect(try f.caseRow(id)["caseworker_id"] as Int64 == f.caseworker.id)
        v = try f.desk.wait(caseId: id, on: .consulate, version: v, by: f.caseworker)
        #expect(try f.caseRow(id)["waiting_on"] as String == "consulate")
        v = try f.desk.resume(caseId: id, version: v, by: f.caseworker)
        #expect((try f.caseRow(id)["waiting_on"] as String?) == nil)
        v = try f.desk.changePriority(caseId: id, to: .high, version: v, by: f.caseworker)
        let note = try f.desk.addNote(caseId: id, body: "Llamó la hermana.\n\tTraerá el acta.", by: f.caseworker)
        #expect(note > 0)
        v = try f.desk.requestClosure(caseId: id, outcome: .serviceCompleted, summary: "Cita obtenida", version: v,
                                      by: f.caseworker)
        v = try f.desk.rejectClosure(caseId: id, reason: "Falta el seguimiento", version: v, by: f.supervisor)
        #expect((try f.caseRow(id)["outcome"] as String?) == nil)
        v = try f.desk.requestClosure(caseId: id, outcome: .resolved, summary: "Resuelto", version: v, by: f.caseworker)
        v = try f.desk.approveClosure(caseId: id, version: v, by: f.supervisor)
        var row = try f.caseRow(id)
        #expect(row["status"] as String == "closed")
        #expect(row["outcome"] as String == "resolved")
        #expect(row["closure_summary"] as String == "Resuelto")
        #expect((row["closed_at"] as Int64?) != nil)
        v = try f.desk.reopen(caseId: id, reason: "Volvió a llamar", version: v, by: f.supervisor)
        row = try f.caseRow(id)
        #expect(row["status"] as String == "active")
        #expect((row["closed_at"] as Int64?) == nil)
        #expect(v == 10, "one version per change of the case; the note does not count")
        #expect(row["version"] as Int == 10)

        let audit = try f.audit(id)
        #expect(audit.map { $0["action"] as String } == [
            "open", "take", "wait", "resume", "changePriority", "addNote", "requestClosure", "rejectClosure",
            "requestClosure", "approveClosure", "reopen",
        ])
        let transitions = audit.filter { ($0["from_state"] as String?) != nil && $0["action"] as String != "changePriority" }
        #expect(transitions.map { "\($0["from_state"] as String)>\($0["to_state"] as String)" } == [
            "new>active", "active>waiting", "waiting>active", "active>closureRequested", "closureRequested>active",
            "active>closureRequested", "closureRequested>closed", "closed>active",
        ])
        let reject = audit.first { $0["action"] as String == "rejectClosure" }!
        #expect(reject["reason"] as String == "Falta el seguimiento")
        #expect(reject["actor_id"] as Int64 == f.supervisor.id)
        let take = audit.first { $0["action"] as String == "take" }!
        #expect(take["changed_fields"] as String == "{\"caseworkerId\":[\"\",\"\(f.caseworker.id)\"],\"status\":[\"new\",\"active\"]}")
        let priority = audit.first { $0["action"] as String == "changePriority" }!
        #expect(priority["changed_fields"] as String == "{\"priority\":[\"normal\",\"high\"]}")
    }

    @Test func assignReassignAndCloseAsDuplicate() throws {
        let f = try CaseFixture()
        let a = try f.newCase(), b = try f.newCase(), c = try f.newCase()
        #expect(throws: StoreError.self) {
            try f.desk.assign(caseId: a.id, to: f.volunteer.id, version: 1, by: f.supervisor)
        }
        try f.desk.assign(caseId: a.id, to: f.caseworker.id, version: 1, by: f.supervisor)
        #expect(try f.status(a.id) == .active)
        let count = try f.desk.reassign(caseIds: [a.id, b.id, c.id], to: f.otherCaseworker.id, by: f.supervisor)
        #expect(count == 3)
        for id in [a.id, b.id, c.id] {
            #expect(try f.caseRow(id)["caseworker_id"] as Int64 == f.otherCaseworker.id)
            #expect(try f.status(id) == .active)
        }
        #expect(try f.audit(a.id).map { $0["action"] as String } == ["open", "assign", "reassign"])
        #expect(try f.audit(b.id).map { $0["action"] as String } == ["open", "assign"])
        try f.desk.closeAsDuplicate(caseId: c.id, of: a.id, version: try f.version(c.id), by: f.supervisor)
        let row = try f.caseRow(c.id)
        #expect(row["status"] as String == "closed")
        #expect(row["duplicate_of"] as Int64 == a.id)
        #expect(row["outcome"] as String == "duplicate")
        // Its own duplicate: the workflow's input check refuses.
        #expect(throws: StoreError.self) {
            try f.desk.closeAsDuplicate(caseId: b.id, of: b.id, version: try f.version(b.id), by: f.supervisor)
        }
        // A batch with a closed case changes nothing.
        let before = try f.auditCount()
        #expect(throws: StoreError.self) {
            try f.desk.reassign(caseIds: [a.id, c.id], to: f.caseworker.id, by: f.supervisor)
        }
        #expect(try f.caseRow(a.id)["caseworker_id"] as Int64 == f.otherCaseworker.id)
        #expect(try f.auditCount() == before)
    }

    @Test func reassignManyCasesAtOnceWritesOneAuditRowEach() throws {
        let f = try CaseFixture()
        var ids: [Int64] = []
        for i in 0..<300 { ids.append(try f.newCase(given: "P\(i)").id) }
        #expect(try f.desk.reassign(caseIds: ids, to: f.caseworker.id, by: f.supervisor) == 300)
        let rows = try f.desk.pool.read { (db: Database) throws in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = 'assign'")!
        }
        #expect(rows == 300)
    }

    @Test func closingIsRefusedWhileAReferralOrFollowUpIsOpen() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        try f.openReferral(id, status: "accepted")
        try f.openFollowUp(id)
        do {
            try f.desk.requestClosure(caseId: id, outcome: .resolved, summary: "x", version: try f.version(id), by: f.caseworker)
            Issue.record("expected a refusal")
        } catch StoreError.transitionRefused(.guardFailed("noOpenWork", let reason, _)) {
            // Open work is a condition of the case, not a matter of who may act.
            #expect(reason.es.contains("Canalizaciones abiertas: 1") && reason.en.contains("open follow-ups: 1"))
        }
        try f.sql("UPDATE referrals SET status = 'completed'; UPDATE follow_ups SET status = 'done'")
        try f.desk.requestClosure(caseId: id, outcome: .resolved, summary: "x", version: try f.version(id), by: f.caseworker)
        // A referral opened after the request blocks the approval too.
        try f.openReferral(id, status: "draft")
        #expect(throws: StoreError.self) {
            try f.desk.approveClosure(caseId: id, version: try f.version(id), by: f.supervisor)
        }
        #expect(try f.status(id) == .closureRequested)
        let actions = try f.desk.availableActions(caseId: id, by: f.supervisor)
        let approve = actions.first { $0.event == .approveClosure }!
        #expect(!approve.isAllowed)
        #expect(approve.refusal?.en.contains("Open referrals: 1") == true)
        #expect(actions.first { $0.event == .rejectClosure }?.isAllowed == true)
    }

    @Test func staleVersionIsAConflictBetweenTwoDesksAndChangesNothing() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        let second = try openDesk(f.path, create: false, clock: f.clock)
        _ = try second.authenticate(username: "sofia", password: "secreto-123")
        let readByFirst = try f.desk.caseVersion(id: id, by: f.caseworker)
        let readBySecond = try second.caseVersion(id: id, by: f.supervisor)
        #expect(readByFirst == readBySecond)
        try f.desk.wait(caseId: id, on: .client, version: readByFirst, by: f.caseworker)
        let rowAfterFirst = try f.caseRow(id)
        let audit = try f.auditCount()
        #expect(throws: StoreError.conflict) {
            try second.changePriority(caseId: id, to: .urgent, version: readBySecond, by: f.supervisor)
        }
        #expect(throws: StoreError.conflict) {
            try second.wait(caseId: id, on: .provider, version: readBySecond, by: f.supervisor)
        }
        #expect(try f.caseRow(id) == rowAfterFirst)
        #expect(try f.auditCount() == audit)
        #expect(StoreError.conflict.message(.es).contains("Otra persona"))
    }

    @Test func caseNumbersAreUniqueWithTwoDesksWritingAtOnce() async throws {
        let f = try CaseFixture()
        let second = try openDesk(f.path, create: false, clock: f.clock)
        _ = try second.authenticate(username: "carlos", password: "secreto-123")
        let person = try f.desk.registerPerson(CaseFixture.draft(), by: f.caseworker)
        let numbers = try await withThrowingTaskGroup(of: [String].self) { group in
            for desk in [f.desk, second] {
                group.addTask {
                    var numbers: [String] = []
                    for _ in 0..<40 {
                        numbers.append(try desk.openCase(personId: person.id, area: .legal, by: f.volunteer).number)
                    }
                    return numbers
                }
            }
            var all: [String] = []
            for try await part in group { all += part }
            return all
        }
        #expect(numbers.count == 80)
        #expect(Set(numbers).count == 80)
        let sequences = Set(numbers.compactMap { CaseNumber.parse($0)?.sequence })
        #expect(sequences == Set(1...80))
    }

    @Test func notesAreValidatedAndShowInTheTimeline() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        for (body, fragment) in [("   \n ", "vacía"), (String(repeating: "a", count: 20_001), "20000"),
                                 ("hola\u{1B}[31m", "control"), ("bell\u{07}", "control")] {
            do {
                try f.desk.addNote(caseId: id, body: body, by: f.caseworker)
                Issue.record("accepted \(body.prefix(10))")
            } catch StoreError.validation(let failure) {
                #expect(failure.problems.count == 1)
                #expect(failure.problems[0].field == "note")
                #expect(failure.lines(.es)[0].hasPrefix("Nota: "))
                #expect(failure.lines(.en)[0].hasPrefix("Note: "))
                #expect(failure.problems[0].message.es.contains(fragment))
            }
        }
        let exactly = String(repeating: "b", count: 20_000)
        try f.desk.addNote(caseId: id, body: exactly, by: f.caseworker)
        f.clock.advance(60)
        try f.desk.addNote(caseId: id, body: "Primera línea\r\nSegunda\tcon tab", by: f.supervisor)
        let detail = try f.desk.caseDetail(id: id, by: f.caseworker)
        #expect(detail.timeline.first?.kind == .note)
        #expect(detail.timeline.first?.text == "Primera línea\nSegunda\tcon tab")
        #expect(detail.timeline.first?.actorName == "Sofía Supervisora")
        // A note does not change the case's version: nobody editing the case is conflicted.
        #expect(detail.header.version == (try f.version(id)))
    }

    @Test func aNoteWrittenInTheSameSecondAsAChangeIsListedAboveIt() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        f.clock.advance(30)
        // The clock does not move: the change and the note share their second.
        _ = try f.desk.wait(caseId: id, on: .documents, version: try f.version(id), by: f.caseworker)
        try f.desk.addNote(caseId: id, body: "Traerá el acta el lunes", by: f.caseworker)
        let timeline = try f.desk.caseDetail(id: id, audited: false, by: f.caseworker).timeline
        #expect(timeline.first?.kind == .note)
        #expect(timeline.first?.text == "Traerá el acta el lunes")
        #expect(timeline.dropFirst().first?.kind == .change)
        #expect(timeline.dropFirst().first?.action == "wait")
    }

    @Test func caseDetailHasTheHeaderAWindowedTimelineAndAuditsTheView() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.waiting, caseworker: f.caseworker)
        try f.openReferral(id)
        for i in 0..<8 {
            f.clock.advance(10)
            try f.desk.addNote(caseId: id, body: "nota \(i)", by: f.caseworker)
        }
        let views = { try f.audit(id).filter { $0["action"] as String == "viewed" } }
        #expect(try views().isEmpty)
        let detail = try f.desk.caseDetail(id: id, timelineLimit: 5, by: f.caseworker)
        #expect(try views().count == 1)
        #expect(try views()[0]["actor_id"] as Int64 == f.caseworker.id)
        let h = detail.header
        #expect(h.personName == "López, Ana")
        #expect(h.status == .waiting)
        #expect(h.waitingOn == .documents)
        #expect(h.caseworkerName == "Carlos Caseworker")
        #expect(h.serviceArea == .legal)
        #expect(h.version == (try f.version(id)))
        #expect(detail.timeline.count == 5)
        #expect(detail.hasMoreTimeline)
        #expect(detail.timeline.map(\.text) == ["nota 7", "nota 6", "nota 5", "nota 4", "nota 3"])
        let everything = try f.desk.caseDetail(id: id, timelineLimit: 100, by: f.supervisor)
        #expect(!everything.hasMoreTimeline)
        #expect(everything.timeline.contains { $0.kind == .referral && $0.to == "sent" })
        #expect(everything.timeline.filter { $0.kind == .change }.map { $0.action } == ["wait", "assign", "open"])
        #expect(zip(everything.timeline, everything.timeline.dropFirst()).allSatisfy { $0.at >= $1.at })
        #expect(try views().count == 2)
        // Refused reads leave no view row and say why.
        #expect(throws: StoreError.self) { try f.desk.caseDetail(id: id, by: f.otherCaseworker) }
        #expect(throws: StoreError.self) { try f.desk.caseDetail(id: id, by: f.admin) }
        #expect(try views().count == 2)
    }

    @Test func personReadIsPermissionCheckedAndAudited() throws {
        let f = try CaseFixture()
        let opened = try f.desk.registerAndOpen(PersonDraft(givenNames: "Lupe", firstSurname: "Vega",
                                                            phones: [PhoneDraft("3125550123")]),
                                                area: .health, by: f.volunteer)
        let p = try f.desk.person(id: opened.personId, by: f.volunteer)
        #expect(p.listName == "Vega, Lupe")
        #expect(p.phones == [Phone(e164: "+13125550123")])
        #expect(try f.desk.person(id: opened.personId, by: f.caseworker).id == opened.personId)
        try f.desk.take(caseId: opened.id, version: 1, by: f.caseworker)
        #expect(throws: StoreError.self) { try f.desk.person(id: opened.personId, by: f.otherCaseworker) }
        #expect(throws: StoreError.self) { try f.desk.person(id: opened.personId, by: f.admin) }
        f.clock.advance(2 * 86_400)
        #expect(throws: StoreError.self) { try f.desk.person(id: opened.personId, by: f.volunteer) }
        let views = try f.desk.pool.read { (db: Database) throws in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'viewed'")!
        }
        #expect(views == 2)
    }

    @Test func auditTrailForSupervisorsAndNonCaseRowsForAdmins() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        let trail = try f.desk.auditTrail(caseId: id, limit: 10, by: f.supervisor)
        #expect(trail.map(\.action) == ["assign", "open"])
        #expect(trail[0].actorName == "Sofía Supervisora")
        let all = try f.desk.auditTrail(caseId: nil, limit: 1000, by: f.supervisor)
        #expect(all.contains { $0.entity == "user" } && all.contains { $0.entity == "case" })
        let adminRows = try f.desk.auditTrail(caseId: nil, limit: 1000, by: f.admin)
        #expect(!adminRows.isEmpty)
        #expect(adminRows.allSatisfy { $0.entity != "case" && $0.entity != "person" })
        #expect(throws: StoreError.self) { try f.desk.auditTrail(caseId: id, limit: 10, by: f.admin) }
        #expect(throws: StoreError.self) { try f.desk.auditTrail(caseId: nil, limit: 10, by: f.caseworker) }
        #expect(throws: StoreError.self) { try f.desk.auditTrail(caseId: nil, limit: 10, by: f.volunteer) }
    }

    @Test func aRoleChangedInTheDatabaseIsUsedAtOnce() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.closureRequested, caseworker: f.caseworker)
        // The UserAccount value still says supervisor; the users table now says caseworker.
        try f.sql("UPDATE user_roles SET role = 'caseworker' WHERE user_id = ?", [f.supervisor.id])
        #expect(throws: StoreError.self) {
            try f.desk.approveClosure(caseId: id, version: try f.version(id), by: f.supervisor)
        }
        try f.sql("UPDATE users SET active = 0 WHERE id = ?", [f.caseworker.id])
        #expect(throws: StoreError.self) { try f.desk.addNote(caseId: id, body: "x", by: f.caseworker) }
    }

    @Test func availableActionsExplainEveryRefusal() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        let mine = try f.desk.availableActions(caseId: id, by: f.caseworker)
        #expect(mine.map(\.event) == [.wait, .requestClosure, .closeAsDuplicate])
        #expect(mine.filter(\.isAllowed).map(\.event) == [.wait, .requestClosure])
        let duplicate = mine.first { $0.event == .closeAsDuplicate }!
        #expect(duplicate.refusal?.es.isEmpty == false && duplicate.refusal?.en.isEmpty == false)
        #expect(throws: StoreError.self) { try f.desk.availableActions(caseId: id, by: f.otherCaseworker) }
        let sup = try f.desk.availableActions(caseId: id, by: f.supervisor)
        #expect(sup.allSatisfy { $0.isAllowed })
        #expect(sup.first { $0.event == .requestClosure }?.requiredInputs == [.caseOutcome, .summary])
    }

    @Test func databaseMigratedFromV2KeepsNumberingFromExistingCases() throws {
        let folder = TempFolder()
        let path = folder.file("old.sqlite")
        // A v2 database with two cases of 2026, made with the v1 and v2 migrations only.
        try writeOldFile(path, upTo: "v2-referrals-followups", sql: """
            INSERT INTO people (id, given_names, search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'Ana', 'ana', 'ana', 0, 0);
            INSERT INTO cases (number, person_id, status, priority, service_area, opened_at, updated_at)
            VALUES ('2026-000007', 1, 'new', 'normal', 'legal', 0, 0),
                   ('2025-000003', 1, 'new', 'normal', 'legal', 0, 0);
            """)
        let f = TestClock()
        let desk = try openDesk(path, create: false, clock: f)
        #expect(try desk.appliedMigrations().contains("v3-cases"))
        try desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT last FROM case_numbers WHERE year = 2026") == 7)
            #expect(try Int.fetchOne(db, sql: "SELECT last FROM case_numbers WHERE year = 2025") == 3)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.contains(".backup-v2-referrals-followups-") })
    }
}
