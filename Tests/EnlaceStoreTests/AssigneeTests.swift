import EnlaceCore
import Foundation
import Testing
@testable import EnlaceStore

/// Who cases can be given to: active caseworkers and supervisors, the same people `reassign`
/// accepts; supervisors may ask, caseworkers, volunteers and admins may not.
@Suite struct AssigneeTests {
    @Test func activeCaseworkersAndSupervisorsByName() throws {
        let f = try DeskFixture()
        let list = try f.desk.assignees(by: f.supervisor)
        #expect(list.map(\.displayName) == ["Ana Caseworker", "Ben Caseworker", "Sofía Supervisora"])
        #expect(list.map(\.role) == [.caseworker, .caseworker, .supervisor])
        // Only supervisors assign, so only they are offered the list.
        #expect(throws: StoreError.self) { try f.desk.assignees(by: f.ana) }
        // Every one of them is accepted by reassign.
        let caseId = try f.makeCase(caseworker: f.ana)
        for person in list {
            #expect(try f.desk.reassign(caseIds: [caseId], to: person.id, by: f.supervisor) == 1)
        }
        // A deactivated caseworker is no longer offered.
        try f.desk.pool.write { db in try db.execute(sql: "UPDATE users SET active = 0 WHERE id = ?", arguments: [f.ben.id]) }
        #expect(try f.desk.assignees(by: f.supervisor).map(\.displayName) == ["Ana Caseworker", "Sofía Supervisora"])
    }

    @Test func volunteersAndAdminsAreRefused() throws {
        let f = try DeskFixture()
        #expect(throws: StoreError.self) { try f.desk.assignees(by: f.volunteer) }
        #expect(throws: StoreError.self) { try f.desk.assignees(by: f.admin) }
    }
}
