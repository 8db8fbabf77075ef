import Testing
@testable import EnlaceCore

/// A person may hold several roles; what they may do is the union, in the role table and in
/// the workflow; and the password rules an account meets.
@Suite struct SeveralRolesTests {
    @Test func theRoleTableTakesTheUnion() {
        let both = ActingUser(roles: [.admin, .supervisor], userId: "7")
        #expect(Permissions.allows(.manageUsers, actor: both))
        #expect(Permissions.allows(.viewReports, actor: both))
        #expect(both.role == .supervisor)
        let adminOnly = ActingUser(role: .admin, userId: "7")
        #expect(!Permissions.allows(.viewCase, actor: adminOnly, subject: .caseRecord(caseworkerId: nil)))
        // A caseworker who is also a volunteer: another's case is refused for ownership, the
        // most telling reason, not for the role.
        let worker = ActingUser(roles: [.caseworker, .volunteer], userId: "1")
        guard case .failure(let why) = Permissions.check(.addNote, actor: worker, subject: .caseRecord(caseworkerId: "2")) else {
            Issue.record("a caseworker added a note to another's case")
            return
        }
        #expect(why == .notOwnCase(useCase: .addNote))
        guard case .failure(let roleWhy) = Permissions.check(.backup, actor: worker) else {
            Issue.record("a caseworker took a backup")
            return
        }
        #expect(roleWhy == .roleNotAllowed(useCase: .backup, role: .caseworker, allowed: [.admin]))
    }

    @Test func theWorkflowTakesTheUnion() {
        let machine = CaseWorkflow.machine
        let context = CaseContext(actorId: "a", caseworkerId: "b")
        // Approving a closure is supervisor work: an admin who is also a supervisor may.
        let approve = machine.evaluate(from: .closureRequested, event: .approveClosure, roles: [.admin, .supervisor],
                                       context: context)
        #expect(approve.failure == nil)
        let adminOnly = machine.evaluate(from: .closureRequested, event: .approveClosure, roles: [.admin],
                                         context: context)
        #expect(adminOnly.failure?.isPermissionMatter == true)
        let offered = machine.availableEvents(from: .closureRequested, roles: [.supervisor, .admin], context: context)
        #expect(offered.contains { $0.event == .approveClosure && $0.refusal == nil })
    }

    @Test func passwordRules() {
        #expect(PasswordPolicy.problem("corta", username: "ana") == .tooShort)
        #expect(PasswordPolicy.problem("zzzzzzzzzzzz", username: "ana") == .oneCharacter)
        #expect(PasswordPolicy.problem("Password123", username: "ana") == .common)
        #expect(PasswordPolicy.problem("qwertyuiop", username: "ana") == .common)
        #expect(PasswordPolicy.problem("teamo123456", username: "ana") == .common, "a common word and digits")
        #expect(PasswordPolicy.problem("rosalinda-2026", username: "rosalinda") == .containsUsername)
        #expect(PasswordPolicy.problem(String(repeating: "ab", count: 200), username: "ana") == .tooLong)
        #expect(PasswordPolicy.problem("tres perros en la plaza", username: "ana") == nil)
        #expect(PasswordPolicy.problem("secreto-123", username: "ana") == nil)
        #expect(PasswordPolicy.commonPasswordCount > 1000)
    }
}
