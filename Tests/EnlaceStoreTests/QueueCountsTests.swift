import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The home queue's counts against the queues themselves (read whole here), the cap, the
/// notes of a window, and rescheduling a follow-up.
@Suite struct QueueCountsTests {
    private func capped(_ n: Int) -> Int { min(n, QueueCounts.cap + 1) }

    @Test(arguments: [90, 400])
    func countsMatchTheQueuesUpToTheCap(caseCount: Int) throws {
        let w = try QueueTests.World(caseCount: caseCount)
        let f = w.f
        let now = f.clock.date
        for actor in [f.ana, f.ben, f.supervisor] {
            for scope in FollowUpScope.allCases {
                let counts = try f.desk.queueCounts(followUpScope: scope, now: now, by: actor)
                let overdue = try f.desk.followUpsDue(scope: scope, range: .overdue, now: now, by: actor, limit: 500)
                let today = try f.desk.followUpsDue(scope: scope, range: .today, now: now, by: actor, limit: 500)
                #expect(counts.myCases == capped(try f.desk.myCases(by: actor, limit: 500).count))
                #expect(counts.unassigned == capped(try f.desk.unassignedCases(by: actor, limit: 500).count))
                #expect(counts.followUpsOverdue == capped(overdue.count))
                #expect(counts.followUpsDue == capped(overdue.count + today.count))
                #expect(counts.referralsAwaiting == capped(try f.desk.referralsAwaitingResponse(by: actor, now: now, limit: 500).count))
            }
        }
        if caseCount == 400 {
            // Enough unassigned open cases to pass the cap: the count stops at cap + 1.
            #expect(try f.desk.unassignedCases(by: f.ana, limit: 500).count > QueueCounts.cap)
            #expect(try f.desk.queueCounts(followUpScope: .mine, now: now, by: f.ana).unassigned == QueueCounts.cap + 1)
        }
        #expect(caught { try f.desk.queueCounts(followUpScope: .mine, by: f.volunteer) }?.isNotPermitted == true)
        #expect(caught { try f.desk.queueCounts(followUpScope: .mine, by: f.admin) }?.isNotPermitted == true)
    }

    @Test func notesOfAWindowOnlyWhatTheActorMaySee() throws {
        let f = try DeskFixture()
        let anas = try f.makeCase(caseworker: f.ana)
        let bens = try f.makeCase(caseworker: f.ben)
        let due = f.clock.date.addingTimeInterval(86_400)
        let a = Int64(try f.desk.scheduleFollowUp(caseId: anas, due: due, channel: .call, note: "Llamar a José Ángel", by: f.ana).id)!
        let b = Int64(try f.desk.scheduleFollowUp(caseId: bens, due: due, channel: .sms, note: "Mensaje a Ñoño", by: f.ben).id)!
        #expect(try f.desk.followUpNotes(ids: [a, b], by: f.ana) == [a: "Llamar a José Ángel"])
        #expect(try f.desk.followUpNotes(ids: [a, b], by: f.supervisor) == [a: "Llamar a José Ángel", b: "Mensaje a Ñoño"])
        #expect(try f.desk.followUpNotes(ids: [], by: f.ana) == [:])
        #expect(caught { try f.desk.followUpNotes(ids: [a], by: f.volunteer) }?.isNotPermitted == true)
    }

    @Test func rescheduleMovesTheDueTimeWithVersionAndAudit() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let due = f.clock.date.addingTimeInterval(3600)
        let fu = try f.desk.scheduleFollowUp(caseId: caseId, due: due, channel: .call, note: "Llamar", by: f.ana)
        let id = Int64(fu.id)!
        let later = due.addingTimeInterval(3 * 86_400)
        let moved = try f.desk.rescheduleFollowUp(id: id, due: later, by: f.ana, version: 1)
        #expect(moved.status == .scheduled && moved.version == 2)
        #expect(moved.due == Date(timeIntervalSince1970: TimeInterval(Int64(later.timeIntervalSince1970))))
        #expect(try f.auditActions("followUp", id) == ["create", "reschedule"])
        // A stale version is a conflict; another caseworker's follow-up is refused.
        let stale = caught { try f.desk.rescheduleFollowUp(id: id, due: due, by: f.ana, version: 1) }
        #expect({ if case .conflict? = stale { return true }; return false }())
        #expect(caught { try f.desk.rescheduleFollowUp(id: id, due: due, by: f.ben, version: 2) }?.isNotPermitted == true)
        // Done: no longer scheduled, so it cannot move.
        _ = try f.desk.completeFollowUp(id: id, result: "Hecho", by: f.ana, version: 2)
        #expect(caught { try f.desk.rescheduleFollowUp(id: id, due: due, by: f.ana, version: 3) }?.isWorkflowRefused == true)
    }
}
