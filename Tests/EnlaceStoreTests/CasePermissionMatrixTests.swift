import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The role table of domain.md, written here independently of `Permissions.table`, checked
/// against the store: every (operation, role, whose case) either succeeds or is refused with
/// `.notPermitted`, and a refusal changes nothing.
@Suite struct CasePermissionMatrixTests {
    enum Who: String, CaseIterable { case volunteer, caseworker, supervisor, admin }
    /// Whose case: nobody's yet, the acting user's, another caseworker's.
    enum Owner: String, CaseIterable { case unassigned, mine, others }

    enum Op: String, CaseIterable {
        case registerPerson, openCase, take, assign, wait, resume, changePriority, addNote, requestClosure
        case approveClosure, rejectClosure, reopen, closeAsDuplicate, reassign, caseDetail, auditTrail

        /// The status the case must be in for the workflow to allow the operation at all.
        var status: CaseStatus {
            switch self {
            case .registerPerson, .openCase, .take, .assign: return .new
            case .resume: return .waiting
            case .approveClosure, .rejectClosure: return .closureRequested
            case .reopen: return .closed
            default: return .active
            }
        }
    }

    /// Who may, from domain.md: volunteers register and open; caseworkers work on their own and
    /// unassigned cases, request closure, never approve; supervisors everything on every case;
    /// admins no case content.
    static let allowed: [Op: [Who: Set<Owner>]] = {
        let desk: [Who: Set<Owner>] = [.caseworker: [.unassigned, .mine], .supervisor: Set(Owner.allCases)]
        let supervisorOnly: [Who: Set<Owner>] = [.supervisor: Set(Owner.allCases)]
        let intake: [Who: Set<Owner>] = [.volunteer: Set(Owner.allCases), .caseworker: Set(Owner.allCases),
                                         .supervisor: Set(Owner.allCases)]
        return [
            .registerPerson: intake,
            .openCase: intake,
            .take: [.caseworker: [.unassigned]],
            .assign: supervisorOnly,
            .wait: desk, .resume: desk, .changePriority: desk, .addNote: desk, .requestClosure: desk,
            .approveClosure: supervisorOnly, .rejectClosure: supervisorOnly, .reopen: supervisorOnly,
            .closeAsDuplicate: supervisorOnly, .reassign: supervisorOnly,
            .caseDetail: desk,
            .auditTrail: supervisorOnly,
        ]
    }()

    @Test func roleByUseCaseMatrix() throws {
        let f = try CaseFixture()
        func account(_ who: Who) -> UserAccount {
            switch who {
            case .volunteer: return f.volunteer
            case .caseworker: return f.caseworker
            case .supervisor: return f.supervisor
            case .admin: return f.admin
            }
        }
        var checked = 0
        for op in Op.allCases {
            for who in Who.allCases {
                for owner in Owner.allCases {
                    // A case out of `new` always has a caseworker; `new` ones never do.
                    if op.status == .new && owner != .unassigned { continue }
                    if op.status != .new && owner == .unassigned { continue }
                    let actor = account(who)
                    let assignee: UserAccount? = switch owner {
                    case .unassigned: nil
                    case .mine: (who == .caseworker || who == .supervisor) ? actor : f.caseworker
                    case .others: f.otherCaseworker
                    }
                    let id = try f.caseIn(op.status, caseworker: assignee)
                    let survivor = try f.newCase().id
                    let rowBefore = try f.caseRow(id)
                    let auditBefore = try f.auditCount()
                    let v = try f.version(id)
                    let expected = Self.allowed[op]?[who]?.contains(owner) ?? false
                    var outcome: Result<Void, StoreError>
                    do {
                        switch op {
                        case .registerPerson: _ = try f.desk.registerPerson(CaseFixture.draft(), by: actor)
                        case .openCase:
                            _ = try f.desk.openCase(personId: rowBefore["person_id"], area: .health, by: actor)
                        case .take: try f.desk.take(caseId: id, version: v, by: actor)
                        case .assign: try f.desk.assign(caseId: id, to: f.caseworker.id, version: v, by: actor)
                        case .wait: try f.desk.wait(caseId: id, on: .client, version: v, by: actor)
                        case .resume: try f.desk.resume(caseId: id, version: v, by: actor)
                        case .changePriority: try f.desk.changePriority(caseId: id, to: .urgent, version: v, by: actor)
                        case .addNote: try f.desk.addNote(caseId: id, body: "nota", by: actor)
                        case .requestClosure:
                            try f.desk.requestClosure(caseId: id, outcome: .resolved, summary: "s", version: v, by: actor)
                        case .approveClosure: try f.desk.approveClosure(caseId: id, version: v, by: actor)
                        case .rejectClosure: try f.desk.rejectClosure(caseId: id, reason: "r", version: v, by: actor)
                        case .reopen: try f.desk.reopen(caseId: id, reason: "r", version: v, by: actor)
                        case .closeAsDuplicate: try f.desk.closeAsDuplicate(caseId: id, of: survivor, version: v, by: actor)
                        case .reassign: try f.desk.reassign(caseIds: [id], to: f.otherCaseworker.id, by: actor)
                        case .caseDetail: _ = try f.desk.caseDetail(id: id, by: actor)
                        case .auditTrail: _ = try f.desk.auditTrail(caseId: id, limit: 5, by: actor)
                        }
                        outcome = .success(())
                    } catch let error as StoreError {
                        outcome = .failure(error)
                    }
                    let label = "\(op) by \(who) on \(owner) case"
                    switch outcome {
                    case .success:
                        #expect(expected, "\(label) succeeded but domain.md refuses it")
                        if op != .auditTrail {
                            #expect(try f.auditCount() > auditBefore, "\(label) left no audit row")
                        }
                    case .failure(let error):
                        #expect(!expected, "\(label) refused: \(error.message(.en))")
                        guard case .notPermitted(let reason) = error else {
                            Issue.record("\(label): expected notPermitted, got \(error)")
                            continue
                        }
                        #expect(!reason.es.isEmpty && !reason.en.isEmpty && reason.es != reason.en)
                        #expect(try f.caseRow(id) == rowBefore, "\(label) changed the case")
                        #expect(try f.auditCount() == auditBefore, "\(label) wrote audit rows")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == Op.allCases.count * Who.allCases.count * 2 - 4 * Who.allCases.count)
    }

    @Test func volunteerSeesOnlyCasesItOpenedToday() throws {
        let f = try CaseFixture()
        let own = try f.newCase(by: f.volunteer)
        let others = try f.newCase(by: f.caseworker)
        #expect(try f.desk.caseDetail(id: own.id, by: f.volunteer).header.number == own.number)
        #expect(throws: StoreError.self) { try f.desk.caseDetail(id: others.id, by: f.volunteer) }
        #expect(throws: StoreError.self) { try f.desk.addNote(caseId: own.id, body: "x", by: f.volunteer) }
        f.clock.advance(86_400 + 1)
        do {
            _ = try f.desk.caseDetail(id: own.id, by: f.volunteer)
            Issue.record("a volunteer read yesterday's case")
        } catch StoreError.notPermitted(let reason) {
            #expect(reason.es.contains("hoy") && reason.en.contains("today"))
        }
    }
}
