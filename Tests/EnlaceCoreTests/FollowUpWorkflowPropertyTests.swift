import Foundation
import Testing
@testable import EnlaceCore

@Suite struct FollowUpWorkflowPropertyTests {
    /// A chain of follow-ups: a missed one is replaced by the next one (effect
    /// `createNextFollowUp`); only allowed transitions happen and each is audited once.
    @Test(arguments: [UInt64(21), 22, 23])
    func randomSequencesFollowTheTable(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let machine = FollowUpWorkflow.machine
        var allowedSeen: [String: Int] = [:]
        for sequence in 0..<1_000 {
            let caseworker = rng.pick(Cast.caseworkers)
            var followUps = [FollowUp(id: "f0", caseId: "c", due: t0, channel: .call, assignedTo: caseworker)]
            var audit: [AuditEntry] = []
            var applied = 0
            var misses = 0
            var now = t0
            for _ in 0..<25 {
                now = now.addingTimeInterval(1_800)
                let index = Int.random(in: 0..<followUps.count, using: &rng)
                let current = followUps[index]
                let actor = rng.pick(Cast.all)
                let event = rng.pick(FollowUpEvent.allCases)
                let inputs = randomInputs(&rng)
                let ctx = FollowUpContext(actorId: actor.userId, caseworkerId: caseworker, due: current.due)
                let result = machine.evaluate(from: current.status, event: event, role: actor.role,
                                              context: ctx, inputs: inputs)
                let own = ("ownOrUnassigned", ownOrUnassigned(actor, caseworker))
                let expected: Expected<FollowUpStatus>
                switch (current.status, event) {
                case (.scheduled, .complete):
                    expected = decide(actor, roles: [.caseworker, .supervisor], guards: [own],
                                      needs: [.result], inputs: inputs, to: .done)
                case (.scheduled, .miss):
                    expected = decide(actor, roles: [.caseworker, .supervisor], guards: [own],
                                      needs: [.nextDue],
                                      checks: [("nextDueAfterDue", inputs.nextDue.map { $0 > current.due } ?? true)],
                                      inputs: inputs, to: .missed)
                default:
                    expected = .noTransition
                }
                #expect(classify(result) == expected, "seed \(seed) sequence \(sequence)")
                guard case .success(let t) = result else { continue }
                allowedSeen["\(t.from.rawValue)-\(t.event.rawValue)", default: 0] += 1
                followUps[index].status = t.to
                for effect in t.effects {
                    switch effect {
                    case .recordResult:
                        followUps[index].result = t.inputs.result
                        followUps[index].completedAt = now
                    case .createNextFollowUp:
                        misses += 1
                        followUps.append(FollowUp(id: "f\(followUps.count)", caseId: "c", due: t.inputs.nextDue ?? now,
                                                  channel: current.channel, assignedTo: caseworker,
                                                  previousId: current.id))
                    default: Issue.record("unexpected effect \(effect) on a follow-up")
                    }
                }
                audit.append(t.auditEntry(actor: actor, at: now, entityType: .followUp, entityId: current.id))
                applied += 1
            }
            #expect(audit.count == applied)
            #expect(followUps.count == 1 + misses)
            // Every missed follow-up has exactly one successor.
            for f in followUps where f.status == .missed {
                #expect(followUps.filter { $0.previousId == f.id }.count == 1)
            }
            // Overdue is "scheduled and due in the past"; done and missed ones never are.
            for f in followUps {
                #expect(f.isOverdue(at: now) == (f.status == .scheduled && f.due < now))
                if f.status == .done { #expect(f.result != nil) }
            }
        }
        #expect(Set(allowedSeen.keys) == Set(machine.edges.map { "\($0.from.rawValue)-\($0.event.rawValue)" }))
        #expect(allowedSeen.values.allSatisfy { $0 >= 10 }, "\(allowedSeen)")
    }
}
