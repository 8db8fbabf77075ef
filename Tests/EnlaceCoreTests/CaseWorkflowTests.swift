import Foundation
import Testing
@testable import EnlaceCore

@Suite struct CaseWorkflowTests {
    let machine = CaseWorkflow.machine

    func ctx(_ actor: ActingUser, caseworker: UserID? = "cw1", referrals: Int = 0, followUps: Int = 0) -> CaseContext {
        CaseContext(actorId: actor.userId, caseworkerId: caseworker, openReferrals: referrals, openFollowUps: followUps)
    }

    @Test func caseworkerTakesAnUnassignedNewCase() throws {
        let t = try machine.evaluate(from: .new, event: .take, role: .caseworker,
                                     context: ctx(Cast.cw1, caseworker: nil)).get()
        #expect(t.to == .active)
        #expect(t.effects == [.assignToActor])
        #expect(t.changedFields == ["status", "caseworkerId"])
    }

    @Test func supervisorAssignNeedsAnAssignee() {
        let refused = machine.evaluate(from: .new, event: .assign, role: .supervisor, context: ctx(Cast.sup, caseworker: nil))
        #expect(refused.failure == .missingInputs([.assignee]))
        let t = machine.evaluate(from: .new, event: .assign, role: .supervisor, context: ctx(Cast.sup, caseworker: nil),
                                 inputs: WorkflowInputs(assignee: "cw2")).success
        #expect(t?.to == .active && t?.effects == [.assignCaseworker])
        // A caseworker cannot assign; it takes.
        #expect(classify(machine.evaluate(from: .new, event: .assign, role: .caseworker,
                                          context: ctx(Cast.cw1, caseworker: nil),
                                          inputs: WorkflowInputs(assignee: "cw1"))) == .roleNotAllowed)
    }

    @Test func caseworkerActsOnlyOnOwnOrUnassignedCases() {
        let onOther = machine.evaluate(from: .active, event: .wait, role: .caseworker,
                                       context: ctx(Cast.cw2, caseworker: "cw1"),
                                       inputs: WorkflowInputs(waitingOn: .consulate))
        guard case .failure(.guardFailed(let name, let reason, _)) = onOther else {
            Issue.record("expected a guard refusal, got \(onOther)")
            return
        }
        #expect(name == "ownOrUnassigned")
        #expect(reason.es.contains("asignado a otra persona"))
        #expect(reason.en.contains("assigned to someone else"))
        // Its own case: fine. A supervisor: any case.
        #expect(machine.evaluate(from: .active, event: .wait, role: .caseworker, context: ctx(Cast.cw1),
                                 inputs: WorkflowInputs(waitingOn: .consulate)).success?.to == .waiting)
        #expect(machine.evaluate(from: .active, event: .wait, role: .supervisor, context: ctx(Cast.sup),
                                 inputs: WorkflowInputs(waitingOn: .client)).success?.to == .waiting)
    }

    @Test func requestClosureNeedsOutcomeSummaryAndNoOpenWork() {
        let none = machine.evaluate(from: .active, event: .requestClosure, role: .caseworker, context: ctx(Cast.cw1))
        #expect(none.failure == .missingInputs([.caseOutcome, .summary]))
        let blank = machine.evaluate(from: .waiting, event: .requestClosure, role: .caseworker, context: ctx(Cast.cw1),
                                     inputs: WorkflowInputs(summary: " \n ", caseOutcome: .resolved))
        #expect(blank.failure == .missingInputs([.summary]))
        let inputs = WorkflowInputs(summary: "Obtuvo su matrícula.", caseOutcome: .serviceCompleted)
        let busy = machine.evaluate(from: .active, event: .requestClosure, role: .caseworker,
                                    context: ctx(Cast.cw1, referrals: 2, followUps: 1), inputs: inputs)
        guard case .failure(.guardFailed("noOpenWork", let reason, .condition)) = busy else {
            Issue.record("expected noOpenWork, got \(busy)")
            return
        }
        // Counts after a colon read right for one or many ("1 referrals" did not).
        #expect(reason.es == "Canalizaciones abiertas: 2; seguimientos abiertos: 1. Ciérrelos o cancélelos antes de cerrar el caso.")
        #expect(reason.en.hasPrefix("Open referrals: 2; open follow-ups: 1."))
        let t = machine.evaluate(from: .active, event: .requestClosure, role: .caseworker,
                                 context: ctx(Cast.cw1), inputs: inputs).success
        #expect(t?.to == .closureRequested)
        let entry = t?.auditEntry(actor: Cast.cw1, at: t0, entityType: .case, entityId: "c1")
        #expect(entry?.reason == "Obtuvo su matrícula.")
        #expect(entry?.changedFields == ["status", "outcome", "closureSummary", "waitingOn"])
    }

    @Test func caseworkerNeverApprovesClosure() {
        let r = machine.evaluate(from: .closureRequested, event: .approveClosure, role: .caseworker, context: ctx(Cast.cw1))
        #expect(r.failure == .roleNotAllowed(role: .caseworker, allowed: [.supervisor]))
        #expect(r.failure?.message.es == "Su rol (trabajador social) no lo permite; solo puede hacerlo: supervisor.")
        #expect(machine.evaluate(from: .closureRequested, event: .approveClosure, role: .supervisor,
                                 context: ctx(Cast.sup)).success?.to == .closed)
    }

    @Test func approvalRechecksOpenWork() {
        // A referral opened after the request blocks the approval.
        let r = machine.evaluate(from: .closureRequested, event: .approveClosure, role: .supervisor,
                                 context: ctx(Cast.sup, referrals: 1))
        #expect(classify(r) == .guardFailed("noOpenWork"))
    }

    @Test func rejectNeedsReason() {
        let r = machine.evaluate(from: .closureRequested, event: .rejectClosure, role: .supervisor, context: ctx(Cast.sup))
        #expect(r.failure == .missingInputs([.reason]))
        #expect(r.failure?.message.es == "Falta indicar: motivo.")
        #expect(machine.evaluate(from: .closureRequested, event: .rejectClosure, role: .supervisor, context: ctx(Cast.sup),
                                 inputs: WorkflowInputs(reason: "   ")).failure == .missingInputs([.reason]))
        let t = machine.evaluate(from: .closureRequested, event: .rejectClosure, role: .supervisor, context: ctx(Cast.sup),
                                 inputs: WorkflowInputs(reason: "Falta llamar a la familia")).success
        #expect(t?.to == .active && t?.effects == [.clearClosureRequest])
        #expect(t?.auditEntry(actor: Cast.sup, at: t0, entityType: .case, entityId: "c1").reason == "Falta llamar a la familia")
    }

    @Test func reopenNeedsReasonAndASupervisor() {
        #expect(machine.evaluate(from: .closed, event: .reopen, role: .supervisor, context: ctx(Cast.sup))
            .failure == .missingInputs([.reason]))
        #expect(classify(machine.evaluate(from: .closed, event: .reopen, role: .caseworker, context: ctx(Cast.cw1),
                                          inputs: WorkflowInputs(reason: "x"))) == .roleNotAllowed)
        let t = machine.evaluate(from: .closed, event: .reopen, role: .supervisor, context: ctx(Cast.sup),
                                 inputs: WorkflowInputs(reason: "Volvió con otra necesidad")).success
        #expect(t?.to == .active && t?.effects == [.clearClosure])
    }

    @Test func supervisorClosesDirectlyAsDuplicate() {
        for state in [CaseStatus.new, .active, .waiting, .closureRequested] {
            #expect(machine.evaluate(from: state, event: .closeAsDuplicate, role: .supervisor, context: ctx(Cast.sup))
                .failure == .missingInputs([.duplicateOf]))
            let t = machine.evaluate(from: state, event: .closeAsDuplicate, role: .supervisor, context: ctx(Cast.sup),
                                     inputs: WorkflowInputs(duplicateOf: "c0")).success
            #expect(t?.to == .closed && t?.effects == [.linkDuplicate])
            #expect(t?.changedFields.contains("duplicateOf") == true)
        }
        #expect(classify(machine.evaluate(from: .closed, event: .closeAsDuplicate, role: .supervisor, context: ctx(Cast.sup),
                                          inputs: WorkflowInputs(duplicateOf: "c0"))) == .noTransition)
        #expect(classify(machine.evaluate(from: .active, event: .closeAsDuplicate, role: .caseworker, context: ctx(Cast.cw1),
                                          inputs: WorkflowInputs(duplicateOf: "c0"))) == .roleNotAllowed)
    }

    @Test func aCaseIsNotItsOwnDuplicate() {
        let context = CaseContext(actorId: "sup", caseworkerId: nil, caseId: "c7")
        let r = machine.evaluate(from: .active, event: .closeAsDuplicate, role: .supervisor, context: context,
                                 inputs: WorkflowInputs(duplicateOf: "c7"))
        #expect(classify(r) == .invalidInput("notItsOwnDuplicate"))
        #expect(r.failure?.message.es.hasPrefix("Un caso no puede ser duplicado de sí mismo.") == true)
        #expect(machine.evaluate(from: .active, event: .closeAsDuplicate, role: .supervisor, context: context,
                                 inputs: WorkflowInputs(duplicateOf: "c3")).success?.to == .closed)
    }

    @Test func volunteersAndAdminsMoveNoCase() {
        for actor in [Cast.vol, Cast.adm] {
            for state in CaseStatus.allCases {
                for item in machine.availableEvents(from: state, role: actor.role, context: ctx(actor)) {
                    #expect(!item.isAllowed)
                    #expect(refusalKind(item.refusal) == .roleNotAllowed)
                }
            }
        }
    }

    @Test func noTransitionNamesTheEventAndState() {
        let r = machine.evaluate(from: .active, event: .approveClosure, role: .supervisor, context: ctx(Cast.sup))
        #expect(r.failure?.message.es == "La acción «Aprobar cierre» no es posible en el estado «Activo».")
        #expect(r.failure?.message.en == "“Approve closure” is not possible in state “Active”.")
    }

    @Test func availableEventsShowRefusedActionsWithReasons() {
        let forCaseworker = machine.availableEvents(from: .closureRequested, role: .caseworker, context: ctx(Cast.cw1))
        #expect(forCaseworker.map(\.event) == [.approveClosure, .rejectClosure, .closeAsDuplicate])
        #expect(forCaseworker.allSatisfy { !$0.isAllowed })
        let forSupervisor = machine.availableEvents(from: .closureRequested, role: .supervisor,
                                                    context: ctx(Cast.sup, followUps: 1))
        let byEvent = Dictionary(uniqueKeysWithValues: forSupervisor.map { ($0.event, $0) })
        #expect(refusalKind(byEvent[.approveClosure]?.refusal) == .guardFailed("noOpenWork"))
        #expect(byEvent[.rejectClosure]?.isAllowed == true)
        #expect(byEvent[.rejectClosure]?.requiredInputs == [.reason])
        #expect(byEvent[.closeAsDuplicate]?.isAllowed == false)
    }

    @Test func closedIsNotTerminalButReopenIsTheOnlyWayOut() {
        #expect(machine.availableEvents(from: .closed, role: .supervisor, context: ctx(Cast.sup)).map(\.event) == [.reopen])
        #expect(machine.terminalStates.isEmpty)
    }
}

@Suite struct WorkflowTableShapeTests {
    func check<S, E, C>(_ machine: WorkflowMachine<S, E, C>) {
        // One rule per (from, event): evaluation is never ambiguous.
        var pairs = Set<String>()
        for edge in machine.edges {
            #expect(pairs.insert("\(edge.from.rawValue)/\(edge.event.rawValue)").inserted)
        }
        // Every rule names at least one role; every state is reachable from the initial one.
        #expect(machine.rules.allSatisfy { !$0.roles.isEmpty && !$0.from.isEmpty })
        var reached: Set<S> = [machine.initial]
        var changed = true
        while changed {
            changed = false
            for edge in machine.edges where reached.contains(edge.from) && !reached.contains(edge.to) {
                reached.insert(edge.to)
                changed = true
            }
        }
        #expect(reached == Set(S.allCases))
    }

    @Test func tablesAreWellFormed() {
        check(CaseWorkflow.machine)
        check(ReferralWorkflow.machine)
        check(FollowUpWorkflow.machine)
    }

    @Test func terminalStates() {
        #expect(ReferralWorkflow.machine.terminalStates == [.declined, .completed, .noShow, .cancelled])
        #expect(FollowUpWorkflow.machine.terminalStates == [.done, .missed])
        // Terminal referral and follow-up states are exactly the closed ones.
        #expect(ReferralStatus.allCases.filter { !$0.isOpen } == ReferralWorkflow.machine.terminalStates)
        #expect(FollowUpStatus.allCases.filter { !$0.isOpen } == FollowUpWorkflow.machine.terminalStates)
    }
}
