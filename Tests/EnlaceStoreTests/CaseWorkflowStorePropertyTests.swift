import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Random use cases by random users on a few cases, with open referrals and follow-ups added
/// and finished behind the store's back: the store never reaches a status the workflow table
/// does not allow, every success leaves an audit row, a refusal changes nothing, and no case
/// is ever closed while a referral or follow-up of it is open.
@Suite struct CaseWorkflowStorePropertyTests {
    static let edges: Set<String> = Set(CaseWorkflow.machine.edges.map { "\($0.from.rawValue)>\($0.to.rawValue)" })

    @Test(arguments: [UInt64(1), 7, 2026])
    func randomSequencesKeepTheInvariants(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let f = try CaseFixture()
        var ids: [Int64] = []
        for i in 0..<4 { ids.append(try f.newCase(by: f.users.filter { $0.role != .admin }[i % 4], given: "C\(i)").id) }
        var successes = 0, refusals = 0, closings = 0
        for step in 0..<600 {
            let id = ids.randomElement(using: &rng)!
            let actor = [f.supervisor, f.supervisor, f.caseworker, f.caseworker, f.otherCaseworker, f.volunteer, f.admin]
                .randomElement(using: &rng)!
            // Now and then, work appears or finishes outside the case desk.
            switch Int.random(in: 0..<20, using: &rng) {
            case 0: try f.openReferral(id, status: ["draft", "sent", "accepted", "scheduled"].randomElement(using: &rng)!)
            case 1: try f.openFollowUp(id)
            case 2, 3:
                try f.sql("UPDATE referrals SET status = 'completed' WHERE case_id = ?", [id])
                try f.sql("UPDATE follow_ups SET status = 'done' WHERE case_id = ?", [id])
            default: break
            }
            let before = try f.caseRow(id)
            let statusBefore = CaseStatus(rawValue: before["status"])!
            let auditBefore = try f.auditCount()
            // Mostly the version just read; sometimes a stale one.
            let v = Int.random(in: 0..<10, using: &rng) == 0 ? (before["version"] as Int) - 1 : before["version"]
            let other = ids.randomElement(using: &rng)!
            let assignee = [f.caseworker, f.otherCaseworker, f.supervisor, f.volunteer].randomElement(using: &rng)!
            let op = Int.random(in: 0..<13, using: &rng)
            var isWorkflow = true
            do {
                switch op {
                case 0: try f.desk.assign(caseId: id, to: assignee.id, version: v, by: actor)
                case 1: try f.desk.take(caseId: id, version: v, by: actor)
                case 2: try f.desk.wait(caseId: id, on: WaitingOn.allCases.randomElement(using: &rng)!, version: v, by: actor)
                case 3: try f.desk.resume(caseId: id, version: v, by: actor)
                case 4:
                    try f.desk.requestClosure(caseId: id, outcome: CaseOutcome.allCases.randomElement(using: &rng)!,
                                              summary: Bool.random(using: &rng) ? "hecho" : " ", version: v, by: actor)
                case 5: try f.desk.approveClosure(caseId: id, version: v, by: actor)
                case 6: try f.desk.rejectClosure(caseId: id, reason: Bool.random(using: &rng) ? "falta" : "", version: v, by: actor)
                case 7: try f.desk.reopen(caseId: id, reason: "otra vez", version: v, by: actor)
                case 8: try f.desk.closeAsDuplicate(caseId: id, of: other, version: v, by: actor)
                case 9:
                    isWorkflow = false
                    try f.desk.changePriority(caseId: id, to: CasePriority.allCases.randomElement(using: &rng)!, version: v, by: actor)
                case 10:
                    isWorkflow = false
                    try f.desk.addNote(caseId: id, body: "paso \(step)", by: actor)
                case 11:
                    isWorkflow = false
                    try f.desk.reassign(caseIds: [id, other], to: assignee.id, by: actor)
                default:
                    isWorkflow = false
                    _ = try f.desk.caseDetail(id: id, timelineLimit: 5, by: actor)
                }
                successes += 1
                let after = try f.caseRow(id)
                let statusAfter = CaseStatus(rawValue: after["status"])!
                #expect(try f.auditCount() > auditBefore, "step \(step): success without an audit row")
                if isWorkflow || statusAfter != statusBefore {
                    #expect(Self.edges.contains("\(statusBefore.rawValue)>\(statusAfter.rawValue)"),
                            "step \(step) (seed \(seed)): \(statusBefore) -> \(statusAfter) is not in the table")
                } else {
                    #expect(statusAfter == statusBefore)
                }
                if statusAfter == .closed && statusBefore != .closed {
                    closings += 1
                    let work = try f.desk.pool.read { (db: Database) throws in try OpenWork.count(db, caseId: id) }
                    #expect(work.referrals == 0 && work.followUps == 0,
                            "step \(step) (seed \(seed)): closed with open work \(work)")
                }
            } catch let error as StoreError {
                refusals += 1
                switch error {
                // The table's own refusals are typed now (open work, a missing input...).
                case .notPermitted, .transitionRefused, .conflict, .validation, .invalid, .notFound: break
                default: Issue.record("step \(step): unexpected \(error)")
                }
                #expect(try f.caseRow(id) == before, "step \(step): a refusal changed the case")
                #expect(try f.auditCount() == auditBefore, "step \(step): a refusal wrote audit rows")
            }
        }
        #expect(successes > 50 && refusals > 50, "the sequence should exercise both paths (\(successes)/\(refusals))")
        #expect(closings > 0, "the sequence should close some cases")
    }
}
