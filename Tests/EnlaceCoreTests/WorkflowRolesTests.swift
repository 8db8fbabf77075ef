import Testing
@testable import EnlaceCore

/// Who may act is declared once: each workflow rule names its use case, and its roles come
/// from the role table.
@Suite struct WorkflowRolesTests {
    @Test func everyRuleTakesItsRolesFromThePermissionTable() {
        func check<S, E, C>(_ machine: WorkflowMachine<S, E, C>) {
            for rule in machine.rules {
                #expect(rule.orderedRoles == Permissions.roles(for: rule.useCase), "\(rule.event)")
                #expect(!rule.orderedRoles.isEmpty, "\(rule.event)")
                #expect(machine.useCase(of: rule.event) == rule.useCase)
            }
        }
        check(CaseWorkflow.machine)
        check(ReferralWorkflow.machine)
        check(FollowUpWorkflow.machine)
        // The printed tables keep their roles: a supervisor assigns, a caseworker takes.
        let english = WorkflowDocument.table(CaseWorkflow.machine, .en)
        #expect(english.contains("| New `new` | Assign `assign` | Active `active` | supervisor |"))
        #expect(english.contains("| New `new` | Take the case `take` | Active `active` | caseworker |"))
    }

    @Test func ownOrUnassignedIsAPermissionMatterAndOpenWorkIsNot() {
        let machine = CaseWorkflow.machine
        let other = machine.evaluate(from: .active, event: .wait, role: .caseworker,
                                     context: CaseContext(actorId: "a", caseworkerId: "b"),
                                     inputs: WorkflowInputs(waitingOn: .client))
        #expect(other.failure?.isPermissionMatter == true)
        guard case .failure(.guardFailed("ownOrUnassigned", _, .permission)) = other else {
            Issue.record("expected the ownership guard, got \(other)")
            return
        }
        let busy = machine.evaluate(from: .closureRequested, event: .approveClosure, role: .supervisor,
                                    context: CaseContext(actorId: "s", caseworkerId: "b", openReferrals: 1))
        #expect(busy.failure?.isPermissionMatter == false)
        let role = machine.evaluate(from: .closureRequested, event: .approveClosure, role: .caseworker,
                                    context: CaseContext(actorId: "b", caseworkerId: "b"))
        #expect(role.failure == .roleNotAllowed(role: .caseworker, allowed: [.supervisor]))
        #expect(role.failure?.isPermissionMatter == true)
    }
}
