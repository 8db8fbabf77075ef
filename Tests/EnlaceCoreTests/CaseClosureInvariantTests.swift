import Foundation
import Testing
@testable import EnlaceCore

/// A case with its referrals and follow-ups, all moved by their own machines, with the case
/// context computed from the records: a case never reaches `closed` while any of its
/// referrals or follow-ups is open, and every applied transition leaves one audit entry.
@Suite struct CaseClosureInvariantTests {
    @Test(arguments: [UInt64(31), 32, 33, 34])
    func caseNeverClosesWithOpenWork(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var closedCount = 0
        var blockedByOpenWork = 0
        for _ in 0..<500 {
            var caseRecord = Case(id: "c1", number: CaseNumber.format(year: 2026, sequence: 1),
                                  personId: "p1", serviceArea: .legal, openedAt: t0, description: "x")
            var referrals: [Referral] = []
            var followUps: [FollowUp] = []
            var audit: [AuditEntry] = []
            var applied = 0
            var now = t0
            for _ in 0..<60 {
                now = now.addingTimeInterval(3_600)
                let actor = rng.pick(Cast.all)
                let inputs = randomInputs(&rng)
                switch Int.random(in: 0..<10, using: &rng) {
                case 0 where caseRecord.status != .closed:
                    // createReferral: the store refuses it on a closed case.
                    referrals.append(Referral(id: "r\(referrals.count)", caseId: "c1", partnerId: "p",
                                              reason: "motivo", consentToShare: rng.chance(80), createdAt: now,
                                              details: .consularOrientation(ConsularDetails(procedure: .matricula, consulate: "Chicago"))))
                case 1 where caseRecord.status != .closed:
                    followUps.append(FollowUp(id: "f\(followUps.count)", caseId: "c1", due: now, channel: .whatsapp))
                case 2...3 where !referrals.isEmpty:
                    let i = Int.random(in: 0..<referrals.count, using: &rng)
                    let ctx = ReferralContext(actorId: actor.userId, caseworkerId: caseRecord.caseworkerId,
                                              referral: referrals[i])
                    if case .success(let t) = ReferralWorkflow.machine.evaluate(
                        from: referrals[i].status, event: rng.pick(ReferralEvent.allCases),
                        role: actor.role, context: ctx, inputs: inputs) {
                        referrals[i].status = t.to
                        if t.effects.contains(.createFollowUp) {
                            followUps.append(FollowUp(id: "f\(followUps.count)", caseId: "c1", referralId: referrals[i].id,
                                                      due: now, channel: .call))
                        }
                        audit.append(t.auditEntry(actor: actor, at: now, entityType: .referral, entityId: referrals[i].id))
                        applied += 1
                    }
                case 4 where !followUps.isEmpty:
                    let i = Int.random(in: 0..<followUps.count, using: &rng)
                    let ctx = FollowUpContext(actorId: actor.userId, caseworkerId: caseRecord.caseworkerId,
                                              due: followUps[i].due)
                    if case .success(let t) = FollowUpWorkflow.machine.evaluate(
                        from: followUps[i].status, event: rng.pick(FollowUpEvent.allCases),
                        role: actor.role, context: ctx, inputs: inputs) {
                        followUps[i].status = t.to
                        if t.effects.contains(.createNextFollowUp) {
                            followUps.append(FollowUp(id: "f\(followUps.count)", caseId: "c1", due: t.inputs.nextDue ?? now,
                                                      channel: .call, previousId: followUps[i].id))
                        }
                        audit.append(t.auditEntry(actor: actor, at: now, entityType: .followUp, entityId: followUps[i].id))
                        applied += 1
                    }
                default:
                    let ctx = CaseContext(actorId: actor.userId, case: caseRecord, referrals: referrals, followUps: followUps)
                    let result = CaseWorkflow.machine.evaluate(
                        from: caseRecord.status, event: rng.pick(CaseEvent.allCases),
                        role: actor.role, context: ctx, inputs: inputs)
                    if case .failure(.guardFailed("noOpenWork", _, _)) = result { blockedByOpenWork += 1 }
                    if case .success(let t) = result {
                        caseRecord.status = t.to
                        if t.effects.contains(.assignCaseworker) { caseRecord.caseworkerId = t.inputs.assignee }
                        if t.effects.contains(.assignToActor) { caseRecord.caseworkerId = actor.userId }
                        if t.to == .closed { closedCount += 1 }
                        audit.append(t.auditEntry(actor: actor, at: now, entityType: .case, entityId: "c1"))
                        applied += 1
                    }
                }
                if caseRecord.status == .closed {
                    #expect(!referrals.contains { $0.status.isOpen })
                    #expect(!followUps.contains { $0.status.isOpen })
                }
                #expect(audit.count == applied)
            }
        }
        // The walk did close cases, and did meet the guard: the property was exercised.
        #expect(closedCount > 10)
        #expect(blockedByOpenWork > 50)
    }
}
