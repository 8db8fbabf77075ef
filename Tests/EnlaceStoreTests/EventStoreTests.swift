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
        #expect(try f.auditActions("event", event.id) == ["created", "closed"])
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
}
