import Foundation
import Testing
@testable import EnlaceCore

private struct ReferralModel {
    var status: ReferralStatus = .draft
    var sentAt: Date?
    var appointment: Appointment?
    var outcome: ReferralOutcome?
    var followUpsCreated = 0
    var audit: [AuditEntry] = []
    var applied = 0

    mutating func apply(_ t: Transition<ReferralStatus, ReferralEvent>, by actor: ActingUser, at now: Date) {
        status = t.to
        for effect in t.effects {
            switch effect {
            case .stampSentAt: sentAt = now
            case .recordAppointment: appointment = t.inputs.appointment
            case .recordReferralOutcome: outcome = t.inputs.referralOutcome
            case .createFollowUp: followUpsCreated += 1
            default: Issue.record("unexpected effect \(effect) on a referral")
            }
        }
        audit.append(t.auditEntry(actor: actor, at: now, entityType: .referral, entityId: "ref-1"))
        applied += 1
    }
}

/// `domain.md`'s referral workflow, written out independently of `ReferralWorkflow.machine`.
private func expectedReferral(_ status: ReferralStatus, _ event: ReferralEvent, _ actor: ActingUser,
                              _ ctx: ReferralContext, _ inputs: WorkflowInputs) -> Expected<ReferralStatus> {
    let desk: Set<Role> = [.caseworker, .supervisor]
    let own = ("ownOrUnassigned", ownOrUnassigned(actor, ctx.caseworkerId))
    switch (status, event) {
    case (.draft, .send):
        return decide(actor, roles: desk,
                      guards: [own, ("consentToShare", ctx.consentToShare),
                               ("requiredFields", ctx.missingFields.isEmpty)],
                      inputs: inputs, to: .sent)
    case (.sent, .accept):
        return decide(actor, roles: desk, guards: [own], inputs: inputs, to: .accepted)
    case (.sent, .decline):
        return decide(actor, roles: desk, guards: [own], needs: [.reason], inputs: inputs, to: .declined)
    case (.accepted, .schedule):
        return decide(actor, roles: desk, guards: [own], needs: [.appointment], inputs: inputs, to: .scheduled)
    case (.scheduled, .reschedule):
        return decide(actor, roles: desk, guards: [own], needs: [.appointment], inputs: inputs, to: .scheduled)
    case (.scheduled, .complete):
        return decide(actor, roles: desk, guards: [own], needs: [.referralOutcome], inputs: inputs, to: .completed)
    case (.scheduled, .markNoShow):
        return decide(actor, roles: desk, guards: [own], inputs: inputs, to: .noShow)
    case (.draft, .cancel), (.sent, .cancel), (.accepted, .cancel), (.scheduled, .cancel):
        return decide(actor, roles: desk, guards: [own], needs: [.reason], inputs: inputs, to: .cancelled)
    default:
        return .noTransition
    }
}

@Suite struct ReferralWorkflowPropertyTests {
    @Test(arguments: [UInt64(11), 12, 13, 14])
    func randomSequencesFollowTheTable(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let machine = ReferralWorkflow.machine
        var allowedSeen: [String: Int] = [:]
        for sequence in 0..<750 {
            var model = ReferralModel()
            var now = t0
            let caseworker = rng.pick(Cast.caseworkers)
            for _ in 0..<40 {
                now = now.addingTimeInterval(3_600)
                let actor = rng.pick(Cast.all)
                // Mostly events the state offers (to walk deep), often any event at all.
                let offered = machine.rules.filter { $0.from.contains(model.status) }.map(\.event)
                let event = rng.chance(60) && !offered.isEmpty ? rng.pick(offered) : rng.pick(ReferralEvent.allCases)
                let inputs = randomInputs(&rng)
                let missing = rng.chance(70) ? [] : ReferralField.allCases.filter { _ in rng.chance(20) }
                let ctx = ReferralContext(actorId: actor.userId, caseworkerId: caseworker,
                                          consentToShare: rng.chance(70), missingFields: missing)
                let before = model
                let result = machine.evaluate(from: model.status, event: event, role: actor.role,
                                              context: ctx, inputs: inputs)
                #expect(classify(result) == expectedReferral(model.status, event, actor, ctx, inputs),
                        "seed \(seed) sequence \(sequence): \(model.status) \(event) by \(actor.role)")
                if case .success(let t) = result {
                    #expect(machine.edges.contains { $0.from == t.from && $0.event == t.event && $0.to == t.to })
                    if t.event == .send { #expect(ctx.consentToShare && ctx.missingFields.isEmpty) }
                    model.apply(t, by: actor, at: now)
                    allowedSeen["\(t.from.rawValue)-\(t.event.rawValue)", default: 0] += 1
                    #expect(model.audit.count == before.audit.count + 1)
                    #expect(model.audit.last?.from == t.from.rawValue && model.audit.last?.to == t.to.rawValue)
                    // Declined and no-show each create exactly one follow-up; nothing else does.
                    let creates = t.to == .declined || t.to == .noShow
                    #expect(model.followUpsCreated == before.followUpsCreated + (creates ? 1 : 0))
                } else {
                    #expect(model.status == before.status && model.audit.count == before.audit.count)
                }
                #expect(model.audit.count == model.applied)
                if model.status != .draft && model.status != .cancelled { #expect(model.sentAt != nil) }
                if model.status == .scheduled || model.status == .completed { #expect(model.appointment != nil) }
                if model.status == .completed { #expect(model.outcome != nil) }
            }
        }
        let allEdges = Set(machine.edges.map { "\($0.from.rawValue)-\($0.event.rawValue)" })
        #expect(Set(allowedSeen.keys) == allEdges)
        // Each edge was taken at least ten times (the fewest is about twenty), not once by luck.
        #expect(allowedSeen.values.allSatisfy { $0 >= 10 }, "\(allowedSeen)")
    }
}
