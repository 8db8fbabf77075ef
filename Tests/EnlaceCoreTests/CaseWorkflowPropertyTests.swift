import Foundation
import Testing
@testable import EnlaceCore

/// The case as the store would keep it, changed only by applying allowed transitions.
private struct CaseModel {
    var status: CaseStatus = .new
    var caseworkerId: UserID?
    var waitingOn: WaitingOn?
    var outcome: CaseOutcome?
    var summary: String?
    var closedAt: Date?
    var duplicateOf: CaseID?
    var openReferrals = 0
    var openFollowUps = 0
    var audit: [AuditEntry] = []
    var applied = 0

    mutating func apply(_ t: Transition<CaseStatus, CaseEvent>, by actor: ActingUser, at now: Date) {
        status = t.to
        for effect in t.effects {
            switch effect {
            case .assignCaseworker: caseworkerId = t.inputs.assignee
            case .assignToActor: caseworkerId = actor.userId
            case .recordWaitingOn: waitingOn = t.inputs.waitingOn
            case .clearWaitingOn: waitingOn = nil
            case .recordClosureRequest:
                outcome = t.inputs.caseOutcome
                summary = t.inputs.summary
                waitingOn = nil
            case .clearClosureRequest: outcome = nil; summary = nil
            case .stampClosedAt: closedAt = now
            case .clearClosure: closedAt = nil; outcome = nil; summary = nil
            case .linkDuplicate:
                duplicateOf = t.inputs.duplicateOf
                outcome = .duplicate
                closedAt = now
                waitingOn = nil
            default: Issue.record("unexpected effect \(effect) on a case")
            }
        }
        audit.append(t.auditEntry(actor: actor, at: now, entityType: .case, entityId: "case-1"))
        applied += 1
    }
}

/// `domain.md`'s case workflow, written out independently of `CaseWorkflow.machine`.
private func expectedCase(_ status: CaseStatus, _ event: CaseEvent, _ actor: ActingUser,
                          _ ctx: CaseContext, _ inputs: WorkflowInputs) -> Expected<CaseStatus> {
    let desk: Set<Role> = [.caseworker, .supervisor]
    let own = ("ownOrUnassigned", ownOrUnassigned(actor, ctx.caseworkerId))
    let noWork = ("noOpenWork", ctx.openReferrals == 0 && ctx.openFollowUps == 0)
    switch (status, event) {
    case (.new, .assign):
        return decide(actor, roles: [.supervisor], needs: [.assignee], inputs: inputs, to: .active)
    case (.new, .take):
        return decide(actor, roles: [.caseworker], guards: [own], inputs: inputs, to: .active)
    case (.active, .wait):
        return decide(actor, roles: desk, guards: [own], needs: [.waitingOn], inputs: inputs, to: .waiting)
    case (.waiting, .resume):
        return decide(actor, roles: desk, guards: [own], inputs: inputs, to: .active)
    case (.active, .requestClosure), (.waiting, .requestClosure):
        return decide(actor, roles: desk, guards: [own, noWork], needs: [.caseOutcome, .summary],
                      inputs: inputs, to: .closureRequested)
    case (.closureRequested, .approveClosure):
        return decide(actor, roles: [.supervisor], guards: [noWork], inputs: inputs, to: .closed)
    case (.closureRequested, .rejectClosure):
        return decide(actor, roles: [.supervisor], needs: [.reason], inputs: inputs, to: .active)
    case (.closed, .reopen):
        return decide(actor, roles: [.supervisor], needs: [.reason], inputs: inputs, to: .active)
    case (.new, .closeAsDuplicate), (.active, .closeAsDuplicate), (.waiting, .closeAsDuplicate),
         (.closureRequested, .closeAsDuplicate):
        return decide(actor, roles: [.supervisor], guards: [noWork], needs: [.duplicateOf],
                      checks: [("notItsOwnDuplicate", inputs.duplicateOf != "case-1")],
                      inputs: inputs, to: .closed)
    default:
        return .noTransition
    }
}

@Suite struct CaseWorkflowPropertyTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomSequencesFollowTheTable(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let machine = CaseWorkflow.machine
        var allowedSeen: [String: Int] = [:]
        for sequence in 0..<750 {
            var model = CaseModel()
            var now = t0
            for _ in 0..<40 {
                now = now.addingTimeInterval(3_600)
                // Work opens and closes around the case, as in the store; never on a closed case.
                if model.status != .closed && rng.chance(15) {
                    if rng.chance(50) { model.openReferrals += 1 } else { model.openFollowUps += 1 }
                }
                if rng.chance(25) && model.openReferrals > 0 { model.openReferrals -= 1 }
                if rng.chance(25) && model.openFollowUps > 0 { model.openFollowUps -= 1 }

                let actor = rng.pick(Cast.all)
                // Mostly events the state offers (to walk deep), often any event at all.
                let offered = machine.rules.filter { $0.from.contains(model.status) }.map(\.event)
                let event = rng.chance(60) ? rng.pick(offered) : rng.pick(CaseEvent.allCases)
                let inputs = randomInputs(&rng)
                let ctx = CaseContext(actorId: actor.userId, caseworkerId: model.caseworkerId,
                                      openReferrals: model.openReferrals, openFollowUps: model.openFollowUps,
                                      caseId: "case-1")
                let before = model
                let result = machine.evaluate(from: model.status, event: event, role: actor.role,
                                              context: ctx, inputs: inputs)
                let expected = expectedCase(model.status, event, actor, ctx, inputs)
                #expect(classify(result) == expected,
                        "seed \(seed) sequence \(sequence): \(model.status) \(event) by \(actor.role)")
                if case .success(let t) = result {
                    // Only a table edge, by a role the rule names.
                    #expect(machine.edges.contains { $0.from == t.from && $0.event == t.event && $0.to == t.to })
                    #expect(machine.rule(from: t.from, event: t.event)?.roles.contains(actor.role) == true)
                    if t.to == .closed {
                        #expect(model.openReferrals == 0 && model.openFollowUps == 0)
                    }
                    model.apply(t, by: actor, at: now)
                    allowedSeen["\(t.from.rawValue)-\(t.event.rawValue)", default: 0] += 1
                    // Exactly one audit entry, describing this transition.
                    #expect(model.audit.count == before.audit.count + 1)
                    guard let entry = model.audit.last else { continue }
                    #expect(entry.from == t.from.rawValue && entry.to == t.to.rawValue)
                    #expect(entry.action == event.rawValue && entry.actorId == actor.userId)
                    #expect(entry.at == now && entry.entityType == .case)
                } else {
                    #expect(model.status == before.status && model.audit.count == before.audit.count)
                }
                // Invariants of the stored case.
                #expect(model.audit.count == model.applied)
                if model.status == .closed {
                    #expect(model.openReferrals == 0 && model.openFollowUps == 0)
                    #expect(model.outcome != nil && model.closedAt != nil)
                }
                #expect((model.status == .waiting) == (model.waitingOn != nil))
                if case .success(let t) = result, t.event == .assign { #expect(model.caseworkerId == inputs.assignee) }
                if case .success(let t) = result, t.event == .take { #expect(model.caseworkerId == actor.userId) }
                if model.status == .closureRequested { #expect(model.outcome != nil && model.summary != nil) }
            }
            // The audit trail chains: each entry starts where the previous one ended.
            var state = machine.initial.rawValue
            for entry in model.audit {
                #expect(entry.from == state)
                state = entry.to ?? state
            }
            #expect(state == model.status.rawValue)
        }
        // The walk reached every edge of the table, so the properties above covered them all.
        let allEdges = Set(machine.edges.map { "\($0.from.rawValue)-\($0.event.rawValue)" })
        #expect(Set(allowedSeen.keys) == allEdges)
        // Each edge was taken at least ten times (the fewest is about twenty), not once by luck.
        #expect(allowedSeen.values.allSatisfy { $0 >= 10 }, "\(allowedSeen)")
    }
}
