import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// `CaseDesk.intake`: the whole intake step (screen and `enlace intake`) in one transaction.
@Suite struct IntakeUseCaseTests {
    /// Counts of every table the intake writes, to compare before and after.
    struct Footprint: Equatable {
        var people = 0, cases = 0, consents = 0, distinct = 0, audit = 0, drafts = 0, caseNumbers = 0
    }

    static func footprint(_ f: CaseFixture) throws -> Footprint {
        try f.desk.pool.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
            return Footprint(people: try count("people"), cases: try count("cases"),
                             consents: try count("person_consents"), distinct: try count("person_distinct"),
                             audit: try count("audit_log"), drafts: try count("drafts"),
                             caseNumbers: try Int.fetchOne(db, sql: "SELECT coalesce(sum(last), 0) FROM case_numbers")!)
        }
    }

    static func request(_ f: CaseFixture, notSame: [Int64] = []) -> IntakeRequest {
        IntakeRequest(person: .new(CaseFixture.draft("Lucía", "Hernández", "Ramos")), area: .health,
                      priority: .high, description: "Necesita cita médica",
                      consent: ConsentGiven(method: .written, scope: [.shareWithPartners]),
                      notSamePeople: notSame, draftKind: "intake")
    }

    @Test func aCaseworkersIntakeTakesTheCaseRecordsConsentNotSameAndDeletesTheDraft() throws {
        let f = try CaseFixture()
        let other = try f.newCase(given: "Lucía")
        try f.desk.saveDraft(kind: "intake", payload: "{}", by: f.caseworker)
        let result = try f.desk.intake(Self.request(f, notSame: [other.personId]), by: f.caseworker)
        #expect(result.taken)
        #expect(result.notSameSkipped == 0)
        #expect(try f.status(result.opened.id) == .active)
        #expect(result.opened.version == 2)
        #expect(try f.caseRow(result.opened.id)["caseworker_id"] as Int64? == f.caseworker.id)
        let consent = try f.desk.latestConsent(personId: result.opened.personId)
        #expect(consent?.method == .written)
        #expect(consent?.scope == [.keepRecord, .shareWithPartners])
        #expect(try f.desk.areMarkedNotSame(result.opened.personId, other.personId))
        #expect(try f.desk.draft(kind: "intake", by: f.caseworker) == nil)
        #expect(try f.audit(result.opened.id).map { $0["action"] as String } == ["open", "take"])
    }

    @Test func aVolunteersIntakeStaysUnassignedAndSkipsNotSame() throws {
        let f = try CaseFixture()
        let other = try f.newCase(given: "Lucía")
        try f.desk.saveDraft(kind: "intake", payload: "{}", by: f.volunteer)
        let result = try f.desk.intake(Self.request(f, notSame: [other.personId]), by: f.volunteer)
        #expect(!result.taken)
        #expect(result.notSameSkipped == 1)
        #expect(try f.status(result.opened.id) == .new)
        #expect(try f.caseRow(result.opened.id)["caseworker_id"] as Int64? == nil)
        #expect(try f.desk.latestConsent(personId: result.opened.personId)?.method == .written)
        #expect(try !f.desk.areMarkedNotSame(result.opened.personId, other.personId))
        #expect(try f.desk.draft(kind: "intake", by: f.volunteer) == nil)
    }

    @Test func aSupervisorsIntakeOfAChosenPersonOpensWithoutTaking() throws {
        let f = try CaseFixture()
        let first = try f.newCase(given: "Lucía")
        let before = try Self.footprint(f)
        let result = try f.desk.intake(IntakeRequest(person: .existing(personId: first.personId), area: .legal,
                                                     consent: ConsentGiven(method: .verbal, scope: [])),
                                       by: f.supervisor)
        #expect(!result.taken && result.opened.personId == first.personId && result.warnings.isEmpty)
        let after = try Self.footprint(f)
        #expect(after.people == before.people && after.cases == before.cases + 1)
        #expect(after.consents == before.consents + 1)
    }

    /// A failure between any two writes leaves nothing: no person, case, number, consent,
    /// not-same pair or audit row, and the draft is still there.
    @Test func aFailureMidwayLeavesNothingWritten() throws {
        let f = try CaseFixture()
        let other = try f.newCase(given: "Lucía")
        try f.desk.saveDraft(kind: "intake", payload: "{\"given\":\"Lucía\"}", by: f.caseworker)
        let steps: [UseCaseStep] = [.intakePersonSaved, .intakeCaseOpened, .intakeCaseTaken,
                                    .intakeConsentRecorded, .intakeNotSameStored]
        for step in steps {
            let before = try Self.footprint(f)
            f.desk.failUseCases(at: step)
            let error = caught { try f.desk.intake(Self.request(f, notSame: [other.personId]), by: f.caseworker) }
            f.desk.failUseCases(at: nil)
            #expect(error == .other("injected failure at \(step.rawValue)"), "\(step)")
            #expect(try Self.footprint(f) == before, "\(step) left something written")
            #expect(try f.desk.draft(kind: "intake", by: f.caseworker)?.payload == "{\"given\":\"Lucía\"}")
        }
        // Unarmed, the same request goes through and writes each part once.
        let before = try Self.footprint(f)
        _ = try f.desk.intake(Self.request(f, notSame: [other.personId]), by: f.caseworker)
        let after = try Self.footprint(f)
        #expect(after.people == before.people + 1 && after.cases == before.cases + 1)
        #expect(after.consents == before.consents + 1 && after.distinct == before.distinct + 1)
        #expect(after.drafts == before.drafts - 1)
    }

    @Test func invalidFieldsComeBackTogetherAndWriteNothing() throws {
        let f = try CaseFixture()
        let before = try Self.footprint(f)
        let bad = IntakeRequest(person: .new(PersonDraft(givenNames: "", firstSurname: "")), area: .health,
                                description: String(repeating: "x", count: CaseDesk.maxDescriptionLength + 1))
        guard case .validation(let failure) = caught({ try f.desk.intake(bad, by: f.caseworker) }) else {
            Issue.record("expected a validation failure")
            return
        }
        #expect(failure.problems.contains { $0.field == "description" })
        #expect(failure.problems.contains { $0.field == "givenNames" })
        #expect(try Self.footprint(f) == before)
    }
}
