import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Moves a scheduled follow-up to a new due time (the person asked to be called another
    /// day: nothing was missed). Same permission as scheduling one; the case must be open and
    /// the follow-up still scheduled; `version` guards against a change made meanwhile. The
    /// audit row keeps the old and the new due time. Returns the follow-up as saved.
    @discardableResult
    public func rescheduleFollowUp(id: Int64, due: Date, by actor: UserAccount,
                                   version: Int) throws -> FollowUp {
        try write { db in
            let loaded = try FollowUpRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.scheduleFollowUp, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            guard loaded.followUp.version == version else { throw StoreError.conflict }
            guard loaded.followUp.status == .scheduled else {
                throw StoreError.workflowRefused(LocalizedText(
                    es: "Ese seguimiento ya no está programado (se hizo o no se logró); no se puede reprogramar.",
                    en: "That follow-up is no longer scheduled (it was done or missed); it cannot be rescheduled."))
            }
            let now = self.clock.nowSeconds()
            let oldDue = Self.seconds(loaded.followUp.due)
            let newDue = Self.seconds(due)
            try db.execute(sql: """
                UPDATE follow_ups SET due_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [newDue, now, id, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.followUp.rawValue,
                             entityID: id, action: "reschedule",
                             from: FollowUpStatus.scheduled.rawValue, to: FollowUpStatus.scheduled.rawValue,
                             changedFields: ["due": [String(oldDue), String(newDue)]])
            return try FollowUpRows.load(db, id).followUp
        }
    }
}
