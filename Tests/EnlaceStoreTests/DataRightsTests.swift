import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// ARCO requests with their legal time, opposition (no sharing, channels not to contact by),
/// the legal hold; who may; what the person's file and page show.
@Suite struct DataRightsTests {
    let f: DeskFixture

    init() throws { f = try DeskFixture() }

    private var today: CalendarDate { CalendarDate(f.clock.date, timeZone: .current) }

    @Test func requestsAreDueAfterTheOrganizationsDaysAndAnsweredInTimeOrLate() throws {
        let caseId = try f.makeCase(caseworker: f.ana)
        let person = try f.desk.pool.read { db in try Int64.fetchOne(db, sql: "SELECT person_id FROM cases WHERE id = ?", arguments: [caseId])! }
        let received = today.adding(days: -25)!
        let late = try f.desk.recordDataRequest(DataRequestInput(
            personId: person, kind: .access, requester: .representative, representative: "Lic. Paula Ríos",
            channel: .email, receivedOn: received, asked: "Copia de todo lo que tienen"), by: f.supervisor)
        #expect(late.dueOn == received.adding(days: 20)!, "20 days by default (LFPDPPP)")
        #expect(late.daysLeft(on: today) == -5)
        #expect(late.standing(on: today).es == "vencida hace 5 días" && late.standing(on: today).en == "overdue by 5 days")
        _ = try f.desk.updateOrganization(OrganizationChange(requestDays: 10), by: f.admin)
        let soon = try f.desk.recordDataRequest(DataRequestInput(
            personId: person, kind: .opposition, channel: .phone, asked: "No compartir mis datos"), by: f.supervisor)
        #expect(soon.dueOn == today.adding(days: 10)! && soon.daysLeft(on: today) == 10)
        // Pending: soonest due first.
        #expect(try f.desk.dataRequests(pending: true, by: f.supervisor).map(\.id) == [late.id, soon.id])
        let answered = try f.desk.answerDataRequest(id: late.id, outcome: .granted, answer: "Se entregó el archivo", by: f.supervisor)
        #expect(answered.answeredOn == today && answered.answeredInTime == false && answered.answeredBy == "Sofía Supervisora")
        #expect(answered.standing(on: today).en == "answered late")
        let inTime = try f.desk.answerDataRequest(id: soon.id, outcome: .partlyGranted, answer: "", by: f.supervisor)
        #expect(inTime.answeredInTime == true)
        #expect(try f.desk.dataRequests(pending: true, by: f.supervisor).isEmpty)
        #expect(Set(try f.desk.dataRequests(pending: false, by: f.supervisor).map(\.id)) == [late.id, soon.id])
        // Bad input: one clear refusal each, nothing written.
        #expect(throws: StoreError.self) { try f.desk.answerDataRequest(id: soon.id, outcome: .denied, answer: "", by: f.supervisor) }
        #expect(throws: StoreError.self) {
            try f.desk.recordDataRequest(DataRequestInput(personId: person, kind: .access, channel: .phone, asked: "  "), by: f.supervisor)
        }
        #expect(throws: StoreError.self) {
            try f.desk.recordDataRequest(DataRequestInput(personId: person, kind: .access, channel: .phone,
                                                          receivedOn: today.adding(days: 1), asked: "x"), by: f.supervisor)
        }
        #expect(throws: StoreError.self) {
            try f.desk.recordDataRequest(DataRequestInput(personId: person, kind: .access, requester: .representative,
                                                          channel: .phone, asked: "x"), by: f.supervisor)
        }
        #expect(throws: StoreError.self) { try f.desk.updateOrganization(OrganizationChange(requestDays: 0), by: f.admin) }
        // Caseworkers may not record or list requests.
        #expect(throws: StoreError.self) {
            try f.desk.recordDataRequest(DataRequestInput(personId: person, kind: .access, channel: .phone, asked: "x"), by: f.ana)
        }
        #expect(throws: StoreError.self) { try f.desk.dataRequests(pending: true, by: f.ana) }
        // The person's file holds the requests; the audit names kinds, never what was asked.
        let file = try f.desk.personFile(id: person, by: f.supervisor)
        #expect(file.requests.map(\.id) == [soon.id, late.id] || Set(file.requests.map(\.id)) == [soon.id, late.id])
        try f.desk.pool.read { (db: Database) throws in
            let audits = try String.fetchAll(db, sql: """
                SELECT coalesce(changed_fields, '') FROM audit_log WHERE entity = 'person' AND entity_id = ?
                  AND action IN ('requestRecorded', 'requestAnswered')
                """, arguments: [person])
            #expect(audits.count == 4)
            #expect(!audits.joined().contains("Copia de todo") && !audits.joined().contains("Paula"))
        }
    }

    @Test func aRectificationIsTiedToTheEditThatAnswersIt() throws {
        let person = try f.desk.registerPerson(PersonDraft(givenNames: "Rosa", firstSurname: "Hernandes"), by: f.supervisor).id
        let request = try f.desk.recordDataRequest(DataRequestInput(
            personId: person, kind: .rectification, channel: .inPerson, asked: "Mi apellido es Hernández"), by: f.supervisor)
        let read = try f.desk.person(id: person, by: f.supervisor)
        var draft = PersonDraft(read)
        draft.firstSurname = "Hernández"
        _ = try f.desk.updatePerson(id: person, draft, version: read.version, by: f.supervisor, request: request.id)
        let answered = try #require(try f.desk.personRights(id: person, by: f.supervisor).requests.first)
        #expect(answered.outcome == .granted && answered.answeredInTime == true)
        try f.desk.pool.read { (db: Database) throws in
            let editId = try Int64.fetchOne(db, sql: "SELECT id FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'edit'",
                                            arguments: [person])!
            let answer = try String.fetchOne(db, sql: "SELECT changed_fields FROM audit_log WHERE action = 'requestAnswered' AND entity_id = ?",
                                             arguments: [person])!
            #expect(answer.contains(#""edits":["\#(editId)"]"#))
        }
        // An access request cannot be answered by an edit.
        let access = try f.desk.recordDataRequest(DataRequestInput(
            personId: person, kind: .access, channel: .inPerson, asked: "Copia"), by: f.supervisor)
        let now = try f.desk.person(id: person, by: f.supervisor)
        var again = PersonDraft(now)
        again.city = "Cicero"
        #expect(throws: StoreError.self) {
            try f.desk.updatePerson(id: person, again, version: now.version, by: f.supervisor, request: access.id)
        }
        #expect(try f.desk.person(id: person, by: f.supervisor).city == nil, "the refused edit wrote nothing")
    }

    @Test func oppositionBlocksSendingReferralsAndContactByBlockedChannels() throws {
        let caseId = try f.makeCase(caseworker: f.ana)
        let person = try f.desk.pool.read { db in try Int64.fetchOne(db, sql: "SELECT person_id FROM cases WHERE id = ?", arguments: [caseId])! }
        let partner = try f.makePartner("Clínica", kinds: [.telemedicine])
        let referral = try f.desk.createReferral(caseId: caseId, kind: .telemedicine, partnerId: partner, reason: "Consulta",
                                                 urgency: .routine, details: SampleDetails.complete(.telemedicine),
                                                 consentToShare: true, responseDue: nil, by: f.ana)
        let saved = try f.desk.setOpposition(personId: person, DataOpposition(noShare: true, noContact: [.call, .visit]), by: f.supervisor)
        #expect(saved.opposition.noShare && saved.opposition.blockedChannels == [.call, .visit])
        #expect(throws: StoreError.self) { try f.desk.setOpposition(personId: person, .none, by: f.ana) }
        do {
            _ = try f.desk.sendReferral(id: Int64(referral.id)!, by: f.ana, version: referral.version)
            Issue.record("sent although the person objected")
        } catch StoreError.workflowRefused(let reason) {
            #expect(reason.es.contains("se opuso") && reason.en.contains("objected"))
        }
        // The slip still prints for the person.
        #expect(try !f.desk.referralSlip(id: Int64(referral.id)!, language: .es, by: f.ana).isEmpty)
        do {
            _ = try f.desk.scheduleFollowUp(caseId: caseId, due: f.clock.date.addingTimeInterval(86_400), channel: .call,
                                            note: "", by: f.ana)
            Issue.record("scheduled by a blocked channel")
        } catch StoreError.workflowRefused(let reason) {
            #expect(reason.es == "No se programó: la persona pidió no ser contactada por Llamada.")
        }
        let sms = try f.desk.scheduleFollowUp(caseId: caseId, due: f.clock.date.addingTimeInterval(86_400), channel: .sms,
                                              note: "", by: f.ana)
        #expect(sms.channel == .sms)
        // Everyone who works on the person sees the opposition on the person page; only
        // supervisors the requests and the hold.
        _ = try f.desk.setLegalHold(personId: person, reason: "Orden", by: f.supervisor)
        let page = try f.desk.personPage(id: person, by: f.ana)
        #expect(page.rights.opposition.noShare && page.rights.hold == nil)
        #expect(try f.desk.personPage(id: person, by: f.supervisor).rights.hold?.reason == "Orden")
        #expect(try f.desk.personFile(id: person, by: f.supervisor).opposition.noContact == [.call, .visit])
        // Cleared: the send goes.
        _ = try f.desk.setOpposition(personId: person, .none, by: f.supervisor)
        #expect(try f.desk.sendReferral(id: Int64(referral.id)!, by: f.ana, version: referral.version).status == .sent)
        try f.desk.pool.read { (db: Database) throws in
            let rows = try String.fetchAll(db, sql: """
                SELECT changed_fields FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'opposition' ORDER BY id
                """, arguments: [person])
            #expect(rows == [#"{"noContact":["","call,visit"],"noShare":["no","yes"]}"#,
                             #"{"noContact":["call,visit",""],"noShare":["yes","no"]}"#])
        }
    }

    @Test func typedChannelsAreReadInBothLanguages() throws {
        #expect(try DataOpposition.parseChannels("whatsapp, Teléfono,visita").get() == [.whatsapp, .call, .visit])
        #expect(try DataOpposition.parseChannels("none").get() == [])
        #expect(throws: DataOpposition.UnknownChannel(word: "paloma")) { try DataOpposition.parseChannels("sms,paloma").get() }
    }
}
