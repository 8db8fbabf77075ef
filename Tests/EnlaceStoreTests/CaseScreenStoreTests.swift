import EnlaceCore
import Foundation
import Testing
@testable import EnlaceStore

/// What the case screen asks of the store beyond the use cases: whom a case can be assigned
/// to, and a re-read of a case on screen that writes nothing.
@Suite struct CaseScreenStoreTests {
    @Test func assigneesAreTheActiveDeskStaffByNameAndOnlySupervisorsMayAsk() throws {
        let f = try CaseFixture()
        let names = try f.desk.assignees(by: f.supervisor).map(\.displayName)
        #expect(names == ["Carlos Caseworker", "Olga Otra", "Sofía Supervisora"])
        let roles = try f.desk.assignees(by: f.supervisor).map(\.role)
        #expect(roles == [.caseworker, .caseworker, .supervisor])
        for actor in [f.caseworker, f.volunteer, f.admin] {
            #expect(throws: StoreError.self) { try f.desk.assignees(by: actor) }
        }
    }

    @Test func anUnauditedReReadWritesNothingSoOtherTerminalsAreNotWoken() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.caseworker)
        let other = try openDesk(f.path, clock: f.clock)
        let rows = { try f.desk.auditTrail(caseId: id, limit: 1000, by: f.supervisor).filter { $0.action == "viewed" }.count }
        let before = try rows()
        let version = try other.dataVersion()
        let unaudited = try f.desk.caseDetail(id: id, audited: false, by: f.caseworker)
        #expect(try rows() == before)
        #expect(try other.dataVersion() == version)
        let audited = try f.desk.caseDetail(id: id, by: f.caseworker)
        #expect(try rows() == before + 1)
        #expect(try other.dataVersion() != version)
        #expect(unaudited == audited)
    }

    @Test func anUnauditedReadIsStillPermissionChecked() throws {
        let f = try CaseFixture()
        let id = try f.caseIn(.active, caseworker: f.otherCaseworker)
        #expect(throws: StoreError.self) { try f.desk.caseDetail(id: id, audited: false, by: f.caseworker) }
    }
}
