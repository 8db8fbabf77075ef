import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct FollowUpUseCaseTests {
    @Test func scheduleAndCompleteAreAudited() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let due = f.clock.date.addingTimeInterval(86_400)
        var fu = try f.desk.scheduleFollowUp(caseId: caseId, due: due, channel: .whatsapp,
                                             note: "Preguntar por los documentos", by: f.supervisor)
        #expect(fu.assignedTo == String(f.ana.id))  // the case's caseworker by default
        #expect(fu.status == .scheduled && fu.version == 1)
        #expect(fu.due == Date(timeIntervalSince1970: TimeInterval(Int64(due.timeIntervalSince1970))))
        let id = Int64(fu.id)!
        #expect(caught { try f.desk.completeFollowUp(id: id, result: " ", by: f.ana, version: 1) }?.isWorkflowRefused == true)
        fu = try f.desk.completeFollowUp(id: id, result: "Ya tiene el acta", by: f.ana, version: 1)
        #expect(fu.status == .done && fu.result == "Ya tiene el acta" && fu.version == 2)
        #expect(fu.completedAt != nil)
        #expect(try f.auditActions("followUp", id) == ["create", "complete"])
        // Nothing leaves done.
        #expect(caught { try f.desk.missFollowUp(id: id, reschedule: due.addingTimeInterval(86_400), by: f.ana, version: 2) }?.isWorkflowRefused == true)
    }

    @Test func missedWithRescheduleCreatesTheNextOne() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let due = f.clock.date.addingTimeInterval(3600)
        let fu = try f.desk.scheduleFollowUp(caseId: caseId, due: due, channel: .call, note: "Llamar", by: f.ana)
        let id = Int64(fu.id)!
        // The workflow requires the next date, after the missed one's due time.
        #expect(caught { try f.desk.missFollowUp(id: id, reschedule: nil, by: f.ana, version: 1) }?.isWorkflowRefused == true)
        let early = caught { try f.desk.missFollowUp(id: id, reschedule: due.addingTimeInterval(-60), by: f.ana, version: 1) }
        #expect(early?.isWorkflowRefused == true)
        #expect(try f.count("SELECT count(*) FROM follow_ups") == 1)
        let next = due.addingTimeInterval(2 * 86_400)
        let result = try f.desk.missFollowUp(id: id, reschedule: next, by: f.ana, version: 1)
        #expect(result.missed.status == .missed && result.missed.version == 2)
        #expect(result.next.status == .scheduled && result.next.previousId == fu.id)
        #expect(result.next.due == next && result.next.channel == .call && result.next.note == "Llamar")
        #expect(result.next.assignedTo == String(f.ana.id))
        #expect(try f.auditActions("followUp", id) == ["create", "miss"])
        #expect(try f.auditActions("followUp", Int64(result.next.id)!) == ["create"])
        #expect(try f.desk.followUps(caseId: caseId, by: f.ana).map(\.status) == [.missed, .scheduled])
    }

    @Test func permissionsAndConflicts() throws {
        let f = try DeskFixture()
        let anas = try f.makeCase(caseworker: f.ana)
        let due = f.clock.date.addingTimeInterval(3600)
        #expect(caught { try f.desk.scheduleFollowUp(caseId: anas, due: due, channel: .sms, note: "", by: f.ben) }?.isNotPermitted == true)
        #expect(caught { try f.desk.scheduleFollowUp(caseId: anas, due: due, channel: .sms, note: "", by: f.volunteer) }?.isNotPermitted == true)
        #expect(caught { try f.desk.scheduleFollowUp(caseId: anas, due: due, channel: .sms, note: "", by: f.admin) }?.isNotPermitted == true)
        // Assigned only to the desk.
        #expect(caught { try f.desk.scheduleFollowUp(caseId: anas, due: due, channel: .sms, note: "", assignedTo: f.volunteer.id, by: f.ana) }?.isInvalid == true)
        let fu = try f.desk.scheduleFollowUp(caseId: anas, due: due, channel: .sms, note: "", assignedTo: f.ben.id, by: f.ana)
        #expect(fu.assignedTo == String(f.ben.id))
        let id = Int64(fu.id)!
        #expect(caught { try f.desk.completeFollowUp(id: id, result: "ok", by: f.ben, version: 1) }?.isNotPermitted == true)
        let second = try openDesk(f.desk.path, create: false, clock: f.clock)
        _ = try second.authenticate(username: "sofia", password: "secreto-123")
        _ = try second.completeFollowUp(id: id, result: "Listo", by: f.supervisor, version: 1)
        #expect(caught { try f.desk.missFollowUp(id: id, reschedule: due.addingTimeInterval(86_400), by: f.ana, version: 1) } == .conflict)
        #expect(try f.auditActions("followUp", id) == ["create", "complete"])
    }
}
