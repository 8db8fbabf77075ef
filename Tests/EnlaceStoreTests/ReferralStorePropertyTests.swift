import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Random sequences of referral and follow-up calls by random people against a real file:
/// every accepted call moves exactly as the workflow table says and writes exactly its audit
/// rows (plus the follow-up its effect creates); every refused call changes nothing.
@Suite struct ReferralStorePropertyTests {
    enum Step: CaseIterable { case send, accept, decline, schedule, reschedule, complete, noShow, cancel, tick, followUpDone, followUpMiss }

    @Test(arguments: [UInt64(1), 2, 3])
    func randomCallsFollowTheTable(seed: UInt64) throws {
        let f = try DeskFixture()
        var rng = SplitMix64(seed: seed)
        let actors = [f.ana, f.ben, f.supervisor, f.volunteer, f.admin]
        let cases = [try f.makeCase(caseworker: f.ana), try f.makeCase(caseworker: nil)]
        let partner = try f.makePartner("Aliada", kinds: ReferralKind.allCases)
        var referrals: [Int64] = []
        for i in 0..<12 {
            let kind = ReferralKind.allCases[i % 4]
            let r = try f.desk.createReferral(
                caseId: cases[i % 2], kind: kind, partnerId: partner, reason: "Motivo",
                urgency: .routine, details: i % 6 < 4 ? SampleDetails.complete(kind) : .empty(kind),
                consentToShare: i % 6 != 5, responseDue: nil, by: f.supervisor)
            referrals.append(Int64(r.id)!)
        }
        func snapshot() throws -> (audit: Int, followUps: Int) {
            (try f.count("SELECT count(*) FROM audit_log"), try f.count("SELECT count(*) FROM follow_ups"))
        }
        var accepted = 0, refused = 0
        for _ in 0..<300 {
            f.clock.advance(Double(Int.random(in: 60...20_000, using: &rng)))
            let actor = actors.randomElement(using: &rng)!
            let step = Step.allCases.randomElement(using: &rng)!
            let stale = Int.random(in: 0..<10, using: &rng) == 0
            let before = try snapshot()
            if step == .followUpDone || step == .followUpMiss {
                let ids = try f.desk.pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM follow_ups") }
                guard let id = ids.randomElement(using: &rng) else { continue }
                let old = try f.desk.pool.read { db in try FollowUpRows.load(db, id).followUp }
                let version = stale ? old.version - 1 : old.version
                let event: FollowUpEvent = step == .followUpDone ? .complete : .miss
                do {
                    if step == .followUpDone {
                        _ = try f.desk.completeFollowUp(id: id, result: "Hecho", by: actor, version: version)
                    } else {
                        _ = try f.desk.missFollowUp(id: id, reschedule: old.due.addingTimeInterval(86_400), by: actor, version: version)
                    }
                    accepted += 1
                    let new = try f.desk.pool.read { db in try FollowUpRows.load(db, id).followUp }
                    let rule = try #require(FollowUpWorkflow.machine.rule(from: old.status, event: event))
                    #expect(new.status == rule.to && new.version == old.version + 1)
                    let after = try snapshot()
                    let created = rule.effects.contains(.createNextFollowUp) ? 1 : 0
                    #expect(after.followUps == before.followUps + created)
                    #expect(after.audit == before.audit + 1 + created)
                } catch let error as StoreError {
                    refused += 1
                    if stale { #expect(error == .conflict || error.isNotPermitted || error.isWorkflowRefused) }
                    let new = try f.desk.pool.read { db in try FollowUpRows.load(db, id).followUp }
                    #expect(new == old)
                    #expect(try snapshot() == before)
                }
                continue
            }
            let id = referrals.randomElement(using: &rng)!
            let old = try f.desk.pool.read { db in try ReferralRows.load(db, id).referral }
            let version = stale ? old.version - 1 : old.version
            let at = f.clock.date.addingTimeInterval(86_400)
            let event: ReferralEvent?
            do {
                switch step {
                case .send: event = .send; _ = try f.desk.sendReferral(id: id, by: actor, version: version)
                case .accept: event = .accept; _ = try f.desk.acceptReferral(id: id, by: actor, version: version)
                case .decline: event = .decline; _ = try f.desk.declineReferral(id: id, reason: "Sin cupo", by: actor, version: version)
                case .schedule: event = .schedule; _ = try f.desk.scheduleReferral(id: id, appointment: Appointment(at: at), by: actor, version: version)
                case .reschedule: event = .reschedule; _ = try f.desk.rescheduleReferral(id: id, appointment: Appointment(at: at), by: actor, version: version)
                case .complete: event = .complete; _ = try f.desk.completeReferral(id: id, outcome: .serviceProvided, by: actor, version: version)
                case .noShow: event = .markNoShow; _ = try f.desk.markReferralNoShow(id: id, by: actor, version: version)
                case .cancel: event = .cancel; _ = try f.desk.cancelReferral(id: id, reason: "Ya no", by: actor, version: version)
                case .tick:
                    event = nil
                    _ = try f.desk.setChecklistItem(referralId: id, item: old.checklist[0].key, done: !old.checklist[0].done, by: actor, version: version)
                case .followUpDone, .followUpMiss: continue
                }
                accepted += 1
                #expect(!stale)
                #expect([Role.caseworker, .supervisor].contains(actor.role))
                let new = try f.desk.pool.read { db in try ReferralRows.load(db, id).referral }
                #expect(new.version == old.version + 1)
                let after = try snapshot()
                if let event {
                    let rule = try #require(ReferralWorkflow.machine.rule(from: old.status, event: event))
                    #expect(new.status == rule.to)
                    let created = rule.effects.contains(.createFollowUp) ? 1 : 0
                    #expect(after.followUps == before.followUps + created)
                    #expect(after.audit == before.audit + 1 + created)
                    if event == .send { #expect(new.consentToShare && new.missingFieldsToSend.isEmpty) }
                } else {
                    #expect(after.audit == before.audit + 1)
                }
            } catch let error as StoreError {
                refused += 1
                _ = error
                let new = try f.desk.pool.read { db in try ReferralRows.load(db, id).referral }
                #expect(new == old)
                #expect(try snapshot() == before)
            }
        }
        #expect(accepted > 15 && refused > 20, "accepted \(accepted) refused \(refused)")
        // Every referral ends in a state of the table, and every status change is audited.
        for id in referrals {
            let r = try f.desk.pool.read { db in try ReferralRows.load(db, id).referral }
            let moves = try f.desk.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'referral' AND entity_id = ? AND action NOT IN ('create', 'checklist', 'update', 'printedSlip')", arguments: [id])!
            }
            #expect(r.version == 1 + moves + (try f.count("SELECT count(*) FROM audit_log WHERE entity = 'referral' AND entity_id = ? AND action = 'checklist'", [id])))
        }
    }
}
