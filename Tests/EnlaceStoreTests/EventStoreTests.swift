import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Events (`v18-events`): created by supervisors and admins with every field checked, listed
/// with their counts, closed at a version, and a closed event takes no more intakes.
@Suite struct EventStoreTests {
    @Test func aSupervisorCreatesAWorkshopAndItsCountsFollowTheIntakes() throws {
        let f = try DeskFixture()
        let partner = try f.makePartner("Clínica Alivio", kinds: [.telemedicine])
        let event = try f.desk.addEvent(EventDraft(
            name: " Conozca sus derechos en Pilsen ", kind: .workshop, startsOn: "12/03/2027", endsOn: "13/03/2027",
            place: "Parroquia San Pío V", city: "Chicago", usState: "il", topic: .knowYourRights,
            partnerIds: [partner, partner]), by: f.supervisor)
        #expect(event.name == "Conozca sus derechos en Pilsen")
        #expect(event.startsOn.iso == "2027-03-12" && event.endsOn?.iso == "2027-03-13")
        #expect(event.usState == "IL" && event.topic == .knowYourRights && event.partners == ["Clínica Alivio"])
        #expect(event.isOpen && event.people == 0 && event.version == 1)
        #expect(try f.auditActions("event", event.id) == ["created"])

        // Two people registered at it: one by ana, one by the volunteer.
        _ = try f.desk.registerPerson(PersonDraft(givenNames: "Rosa", firstSurname: "Ávila", eventId: event.id), by: f.ana)
        _ = try f.desk.registerPerson(PersonDraft(givenNames: "Juan", firstSurname: "Ortiz", eventId: event.id), by: f.volunteer)
        #expect(try f.desk.eventCounters(id: event.id, user: f.ana) == EventCounters(mine: 1, total: 2))
        #expect(try f.desk.event(id: event.id).people == 2)
        #expect(try f.desk.events().map(\.id).contains(event.id))
    }

    @Test func everyProblemOfADraftIsSaidAtOnceAndNothingIsWritten() throws {
        let f = try DeskFixture()
        guard case .validation(let failure) = caught({
            try f.desk.addEvent(EventDraft(name: "  ", kind: .workshop, startsOn: "31/02/2027", usState: "ZZ"), by: f.supervisor)
        }) else { Issue.record("expected a validation failure"); return }
        #expect(Set(failure.problems.map(\.field)) == ["name", "startsOn", "usState", "topic"])
        #expect(failure.lines(.es).contains { $0.contains("febrero") })
        guard case .validation(let order) = caught({
            try f.desk.addEvent(EventDraft(name: "Feria", kind: .healthFair, startsOn: "12/03/2027", endsOn: "10/03/2027"), by: f.supervisor)
        }) else { Issue.record("expected the end before the start"); return }
        #expect(order.problems.map(\.field) == ["endsOn"])
        guard case .validation(let partner) = caught({
            try f.desk.addEvent(EventDraft(name: "Feria", kind: .healthFair, startsOn: "12/03/2027", partnerIds: [999]), by: f.supervisor)
        }) else { Issue.record("expected an unknown partner"); return }
        #expect(partner.problems.map(\.field) == ["partners"])
        #expect(try f.count("SELECT count(*) FROM events") == 0)
        #expect(try f.count("SELECT count(*) FROM audit_log WHERE entity = 'event'") == 0)
    }

    @Test func caseworkersAndVolunteersMayNotCreateOrCloseEvents() throws {
        let f = try DeskFixture()
        for user in [f.ana, f.volunteer] {
            guard case .notPermitted = caught({
                try f.desk.addEvent(EventDraft(name: "Jornada", kind: .jornada, startsOn: "hoy"), by: user)
            }) else { Issue.record("expected a refusal for \(user.username)"); continue }
        }
        let event = try f.desk.addEvent(EventDraft(name: "Jornada", kind: .jornada, startsOn: "hoy"), by: f.admin)
        guard case .notPermitted = caught({ try f.desk.closeEvent(id: event.id, version: 1, by: f.ana) }) else {
            Issue.record("a caseworker closed an event"); return
        }
        #expect(try f.desk.event(id: event.id).isOpen)
    }

    @Test func aClosedEventTakesNoMoreIntakesAndIsLeftOutOfTheOpenList() throws {
        let f = try DeskFixture()
        let event = try f.desk.addEvent(EventDraft(name: "Consulado sobre ruedas", kind: .mobileConsulate, startsOn: "hoy"),
                                        by: f.supervisor)
        _ = try f.desk.registerAndOpen(PersonDraft(givenNames: "Rosa", firstSurname: "Ávila", eventId: event.id),
                                       area: .legal, by: f.ana)
        #expect(caught({ try f.desk.closeEvent(id: event.id, version: 7, by: f.supervisor) }) == .conflict)
        let closed = try f.desk.closeEvent(id: event.id, version: event.version, by: f.supervisor)
        #expect(!closed.isOpen && closed.people == 1 && closed.cases == 1 && closed.version == 2)
        #expect(try f.auditActions("event", event.id) == ["created", "checkedIn", "closed"])
        guard case .workflowRefused(let why) = caught({
            try f.desk.registerPerson(PersonDraft(givenNames: "Juan", firstSurname: "Ortiz", eventId: event.id), by: f.ana)
        }) else { Issue.record("a closed event took an intake"); return }
        #expect(why.es.contains("cerrado") && why.en.contains("closed"))
        guard case .workflowRefused = caught({ try f.desk.closeEvent(id: event.id, version: 2, by: f.supervisor) }) else {
            Issue.record("closed twice"); return
        }
        #expect(try f.desk.events().isEmpty)
        #expect(try f.desk.events(includingClosed: true).map(\.id) == [event.id])
        #expect(try f.count("SELECT count(*) FROM people WHERE given_names = 'Juan'") == 0)
    }

    @Test func aKindOrTopicIsReadFromAWordInEitherLanguage() {
        #expect(EventKind(typed: "consulado") == .mobileConsulate)
        #expect(EventKind(typed: "Taller") == .workshop)
        #expect(EventKind(typed: "health") == .healthFair)
        #expect(EventKind(typed: "fiesta") == nil)
        #expect(WorkshopTopic(typed: "derechos") == .knowYourRights)
        #expect(WorkshopTopic(typed: "cívica") == .civicTraining)
        #expect(WorkshopTopic(typed: "") == nil)
    }

    @Test func aWorkshopChecksPeopleInWithoutACaseAndTheReportsCountNewAndReturning() throws {
        let f = try DeskFixture()
        // Rosa was registered yesterday (returning); the workshop is today.
        let caseId = try f.makeCase(caseworker: f.ana, given: "Rosa", first: "Ávila")
        let rosa = try f.desk.caseDetail(id: caseId, by: f.supervisor).header.personId
        let workshop = try f.desk.addEvent(EventDraft(name: "Conozca sus derechos", kind: .workshop, startsOn: "hoy",
                                                      topic: .knowYourRights), by: f.supervisor)
        let first = try f.desk.checkIn(eventId: workshop.id, personId: rosa, by: f.volunteer)
        #expect(!first.alreadyThere && first.counters == EventCounters(mine: 1, total: 1))
        let again = try f.desk.checkIn(eventId: workshop.id, personId: rosa, by: f.ana)
        #expect(again.alreadyThere && again.counters == EventCounters(mine: 0, total: 1))
        let juan = try f.desk.registerAndCheckIn(eventId: workshop.id,
                                                 PersonDraft(givenNames: "Juan", firstSurname: "Ortiz", originState: "Oaxaca"),
                                                 consent: ConsentGiven(method: .verbal, scope: [.keepRecord]), by: f.volunteer)
        #expect(juan.counters == EventCounters(mine: 2, total: 2))
        let summary = try f.desk.event(id: workshop.id)
        #expect(summary.attendance == 2 && summary.people == 1 && summary.cases == 0, "no case is opened at a workshop")
        #expect(try f.count("SELECT count(*) FROM cases WHERE person_id = ?", [juan.personId]) == 0)
        #expect(try f.count("SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = 'checkedIn'") == 2)
        let list = try f.desk.attendance(eventId: workshop.id, by: f.supervisor)
        #expect(list.map(\.name) == ["Rosa Ávila Pérez", "Juan Ortiz"])
        #expect(list.map(\.isNew) == [false, true])
        // The person's record and file list the events they came to.
        #expect(try f.desk.personPage(id: rosa, by: f.supervisor).events.map(\.name) == ["Conozca sus derechos"])
        #expect(try f.desk.personFile(id: juan.personId, by: f.supervisor).events.map(\.kind) == [.workshop])

        let report = try f.desk.report(.attendance, by: f.supervisor)
        #expect(report.rows.count == 1)
        #expect(report.rows.first?[1] == .label(WorkshopTopic.knowYourRights.label))
        #expect(Array(report.rows.first?.suffix(3) ?? []) == [.count(2), .count(1), .count(1)])
        let origins = try f.desk.report(.eventOrigins, by: f.supervisor)
        #expect(origins.rows.map { $0[2] } == [.label(ReportText.notGiven.text), .text("Oaxaca")]
                || origins.rows.map { $0[2] } == [.text("Oaxaca"), .label(ReportText.notGiven.text)])
        // Shared outside: counts from 1 to 4 are hidden.
        let shared = try f.desk.sharedReport(.eventOrigins, by: f.supervisor)
        #expect(shared.rows.allSatisfy { $0[3] == .suppressed })

        // Closed: no more check-ins.
        _ = try f.desk.closeEvent(id: workshop.id, version: summary.version, by: f.supervisor)
        guard case .workflowRefused = caught({ try f.desk.checkIn(eventId: workshop.id, personId: rosa, by: f.ana) }) else {
            Issue.record("checked in at a closed event"); return
        }
    }
}
