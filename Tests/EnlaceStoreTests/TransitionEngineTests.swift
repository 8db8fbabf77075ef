import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The one transition engine (`CaseDesk.applyTransition`): each kind of refusal is typed, for
/// cases, referrals and follow-ups alike.
@Suite struct TransitionEngineTests {
    // MARK: cases

    @Test func caseRefusalsAreTyped() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        // Not permitted: the role table (a caseworker never approves) ...
        guard case .notPermitted(let role) = caught({
            try f.desk.approveClosure(caseId: id, version: try f.version(id), by: f.caseworker)
        }) else { Issue.record("expected notPermitted"); return }
        #expect(role.en.contains("approve closures"))
        // ... or a guard that is a permission matter (another caseworker's case).
        guard case .notPermitted(let own) = caught({
            try f.desk.wait(caseId: id, on: .client, version: try f.version(id), by: f.otherCaseworker)
        }) else { Issue.record("expected notPermitted"); return }
        #expect(own.en.contains("assigned to someone else"))
        // A condition guard, with its name and reason: open work blocks the closure request.
        try f.openFollowUp(id)
        let busy = caught {
            try f.desk.requestClosure(caseId: id, outcome: .resolved, summary: "x", version: try f.version(id), by: f.caseworker)
        }
        guard case .transitionRefused(.guardFailed("noOpenWork", let reason, .condition)) = busy else {
            Issue.record("expected the noOpenWork guard, got \(String(describing: busy))")
            return
        }
        #expect(reason.es.contains("seguimientos abiertos: 1"))
        #expect(busy?.message(.en).hasPrefix("Cannot do that: ") == true)
        // No such transition from this state.
        guard case .transitionRefused(.noTransition(from: "active", event: "resume", _, _)) = caught({
            try f.desk.resume(caseId: id, version: try f.version(id), by: f.caseworker)
        }) else { Issue.record("expected noTransition"); return }
    }

    @Test func caseConflictIsTypedAndWritesNothing() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        let stale = try f.version(id) - 1
        let before = try f.auditCount()
        #expect(caught { try f.desk.wait(caseId: id, on: .client, version: stale, by: f.caseworker) } == .conflict)
        #expect(try f.auditCount() == before)
        #expect(try f.status(id) == .active)
    }

    @Test func refusalsOfARuleComeBeforeItsInputs() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.closureRequested, caseworker: f.caseworker)
        let missing = caught { try f.desk.rejectClosure(caseId: id, reason: "  ", version: try f.version(id), by: f.supervisor) }
        #expect(missing == .transitionRefused(.missingInputs([.reason])))
        #expect(missing?.workflowReason?.en.contains("reason") == true)
    }

    // MARK: referrals

    @Test func referralRefusalsAreTyped() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let draft = try f.desk.createReferral(caseId: caseId, kind: .telemedicine, partnerId: nil, reason: "Dolor",
                                              urgency: .routine, details: SampleDetails.telemedicine,
                                              consentToShare: false, responseDue: nil, by: f.ana)
        let id = Int64(draft.id)!
        // Not permitted: another caseworker's case.
        #expect(caught { try f.desk.sendReferral(id: id, by: f.ben, version: draft.version) }?.isNotPermitted == true)
        // A condition guard with its reason: no consent to share.
        let refused = caught { try f.desk.sendReferral(id: id, by: f.ana, version: draft.version) }
        guard case .transitionRefused(.guardFailed("consentToShare", let reason, .condition)) = refused else {
            Issue.record("expected the consent guard, got \(String(describing: refused))")
            return
        }
        #expect(reason == WorkflowText.refusalNoConsent.text)
        // A conflict: a stale version.
        #expect(caught { try f.desk.sendReferral(id: id, by: f.ana, version: draft.version + 5) } == .conflict)
        #expect(try f.desk.referral(id: id, by: f.ana).status == .draft)
    }

    @Test func followUpRefusalsAreTyped() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let due = f.clock.date.addingTimeInterval(3_600)
        let followUp = try f.desk.scheduleFollowUp(caseId: caseId, due: due, channel: .call, note: "Llamar", by: f.ana)
        let id = Int64(followUp.id)!
        #expect(caught { try f.desk.completeFollowUp(id: id, result: "ok", by: f.ben, version: 1) }?.isNotPermitted == true)
        #expect(caught { try f.desk.missFollowUp(id: id, reschedule: due.addingTimeInterval(-60), by: f.ana, version: 1) }
                == .transitionRefused(.invalidInput(name: "nextDueAfterDue", reason: WorkflowText.refusalNextDueNotAfter.text)))
        #expect(caught { try f.desk.completeFollowUp(id: id, result: "ok", by: f.ana, version: 9) } == .conflict)
        let missed = try f.desk.missFollowUp(id: id, reschedule: due.addingTimeInterval(86_400), by: f.ana, version: 1)
        #expect(missed.missed.status == .missed && missed.next.previousId == followUp.id)
    }

    // MARK: the form's save and send: one call

    static func input(_ target: ReferralDraftInput.Target, consent: Bool, partner: Int64? = nil,
                      ticks: [String: Bool] = [:]) -> ReferralDraftInput {
        ReferralDraftInput(target, kind: .consularOrientation, partnerId: partner, reason: "Matrícula",
                           urgency: .routine, details: SampleDetails.consular, consentToShare: consent,
                           responseDue: nil, ticks: ticks)
    }

    @Test func saveAndSendIsOneCallWithTheTicks() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let keys = DocumentChecklist.defaultItems(for: SampleDetails.consular).map(\.key)
        let partner = try f.makePartner("Consulado", kinds: [.consularOrientation])
        let saved = try f.desk.saveAndSendReferral(Self.input(.new(caseId: caseId), consent: true, partner: partner,
                                                              ticks: [keys[0]: true]), by: f.ana)
        #expect(saved.notSent == nil && saved.isSent)
        #expect(saved.referral.checklist.first { $0.key == keys[0] }?.done == true)
        let id = Int64(saved.referral.id)!
        #expect(try f.auditActions("referral", id) == ["create", "checklist", "send"])
    }

    @Test func aRefusedSendKeepsTheDraftAndSaysWhy() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let partner = try f.makePartner("Consulado", kinds: [.consularOrientation])
        let saved = try f.desk.saveAndSendReferral(Self.input(.new(caseId: caseId), consent: false, partner: partner),
                                                   by: f.ana)
        #expect(saved.referral.status == .draft)
        guard case .guardFailed("consentToShare", _, _) = saved.notSent else {
            Issue.record("expected the consent refusal, got \(String(describing: saved.notSent))")
            return
        }
        // The person gives consent: the same call with the draft's version sends it.
        let again = try f.desk.saveAndSendReferral(
            Self.input(.draft(id: Int64(saved.referral.id)!, version: saved.referral.version), consent: true,
                       partner: partner), by: f.ana)
        #expect(again.isSent && again.referral.id == saved.referral.id)
    }

    @Test func aFailureMidwayOfSaveAndSendLeavesNothingWritten() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let key = DocumentChecklist.defaultItems(for: SampleDetails.consular)[0].key
        func footprint() throws -> [Int] {
            [try f.count("SELECT count(*) FROM referrals"), try f.count("SELECT count(*) FROM audit_log"),
             try f.count("SELECT coalesce(sum(version), 0) FROM referrals")]
        }
        let before = try footprint()
        for step in [UseCaseStep.referralSaved, .referralTicked] {
            f.desk.failUseCases(at: step)
            let error = caught {
                try f.desk.saveAndSendReferral(Self.input(.new(caseId: caseId), consent: true, ticks: [key: true]), by: f.ana)
            }
            f.desk.failUseCases(at: nil)
            #expect(error == .other("injected failure at \(step.rawValue)"))
            #expect(try footprint() == before, "\(step) left something written")
        }
        // A stale draft version: nothing of the save, the ticks or the send.
        let draft = try f.desk.saveReferralDraft(Self.input(.new(caseId: caseId), consent: true), by: f.ana)
        let saved = try footprint()
        #expect(caught {
            try f.desk.saveAndSendReferral(Self.input(.draft(id: Int64(draft.id)!, version: draft.version - 1),
                                                      consent: true, ticks: [key: true]), by: f.ana)
        } == .conflict)
        #expect(try footprint() == saved)
    }
}
