import EnlaceCore
import Foundation
import GRDB

/// What `missFollowUp` did: the missed follow-up and the next one it created.
public struct MissedFollowUp: Sendable, Equatable {
    public let missed: FollowUp
    public let next: FollowUp
}

enum FollowUpRows {
    static let columns = """
        f.id, f.case_id, f.referral_id, f.due_at, f.channel, f.note, f.status, f.result,
        f.completed_at, f.assigned_to, f.previous_id, f.version
        """

    static func followUp(_ row: Row) -> FollowUp {
        FollowUp(id: String(row["id"] as Int64), caseId: String(row["case_id"] as Int64),
                 referralId: (row["referral_id"] as Int64?).map(String.init),
                 due: CaseDesk.date(row["due_at"])!,
                 channel: FollowUpChannel(rawValue: row["channel"]) ?? .call, note: row["note"],
                 status: FollowUpStatus(rawValue: row["status"]) ?? .scheduled,
                 result: row["result"], completedAt: CaseDesk.date(row["completed_at"]),
                 assignedTo: (row["assigned_to"] as Int64?).map(String.init),
                 previousId: (row["previous_id"] as Int64?).map(String.init),
                 version: row["version"])
    }

    static func load(_ db: Database, _ id: Int64) throws -> (followUp: FollowUp, caseId: Int64) {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM follow_ups f WHERE f.id = ?",
                                         arguments: [id])
        else { throw StoreError.invalid(field: "followUpId", StoreText.followUpNotFound.text) }
        return (followUp(row), row["case_id"])
    }
}

extension CaseDesk {
    static let maxFollowUpTextLength = 2000

    /// A new follow-up of the case, for `assignedTo` (an active caseworker or supervisor), or
    /// else the case's caseworker, or else the actor. Refused on a closed case.
    public func scheduleFollowUp(caseId: Int64, due: Date, channel: FollowUpChannel, note: String,
                                 assignedTo: Int64? = nil, by actor: UserAccount) throws -> FollowUp {
        let note = try Self.checkedText(note, field: "note", max: Self.maxFollowUpTextLength)
        return try write { db in
            let facts = try self.caseFacts(db, caseId)
            try self.permit(.scheduleFollowUp, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            let assignee = assignedTo ?? facts.caseworkerId ?? actor.id
            let id = try self.insertFollowUp(db, caseId: caseId, referralId: nil,
                                             due: Self.seconds(due), channel: channel, note: note,
                                             assignedTo: assignee, previousId: nil, actor: actor,
                                             now: self.clock.nowSeconds(), because: nil)
            return try FollowUpRows.load(db, id).followUp
        }
    }

    /// Records the follow-up as done, with its result.
    public func completeFollowUp(id: Int64, result: String, by actor: UserAccount,
                                 version: Int) throws -> FollowUp {
        let result = try Self.checkedText(result, field: "result", max: Self.maxFollowUpTextLength)
        return try followUpStep(id: id, event: .complete, useCase: .completeFollowUp,
                                inputs: WorkflowInputs(result: result), actor: actor,
                                version: version).missed
    }

    /// Records the follow-up as missed and creates the next one, due at `reschedule` (which
    /// the workflow requires, after the missed one's due time), same channel, note and
    /// assignee.
    public func missFollowUp(id: Int64, reschedule: Date?, by actor: UserAccount,
                             version: Int) throws -> MissedFollowUp {
        let step = try followUpStep(id: id, event: .miss, useCase: .missFollowUp,
                                    inputs: WorkflowInputs(nextDue: reschedule), actor: actor,
                                    version: version)
        return MissedFollowUp(missed: step.missed, next: step.next!)
    }

    func followUpStep(id: Int64, event: FollowUpEvent, useCase: UseCase, inputs: WorkflowInputs,
                      actor: UserAccount, version: Int) throws -> (missed: FollowUp, next: FollowUp?) {
        try write { db in
            let loaded = try FollowUpRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            let role = try self.permit(useCase, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            guard loaded.followUp.version == version else { throw StoreError.conflict }
            let context = FollowUpContext(actorId: String(actor.id), caseworkerId: facts.caseworker,
                                          due: loaded.followUp.due)
            let transition: Transition<FollowUpStatus, FollowUpEvent>
            switch FollowUpWorkflow.machine.evaluate(from: loaded.followUp.status, event: event,
                                                     role: role, context: context, inputs: inputs) {
            case .success(let t): transition = t
            case .failure(let refusal): throw storeError(refusal)
            }
            let now = self.clock.nowSeconds()
            var sets = ["status = ?", "updated_at = ?", "completed_at = ?", "version = version + 1"]
            var arguments: StatementArguments = [transition.to.rawValue, now, now]
            var changed: [String: [String]] = ["status": [transition.from.rawValue, transition.to.rawValue]]
            if transition.effects.contains(.recordResult) {
                sets.append("result = ?")
                arguments += [transition.inputs.result]
                changed["result"] = []
            }
            arguments += [id, version]
            try db.execute(sql: "UPDATE follow_ups SET \(sets.joined(separator: ", ")) WHERE id = ? AND version = ?",
                           arguments: arguments)
            guard db.changesCount == 1 else { throw StoreError.conflict }
            let entry = transition.auditEntry(actor: ActingUser(role: role, userId: String(actor.id)),
                                              at: Self.date(now)!, entityType: .followUp,
                                              entityId: String(id))
            try Audit.append(db, actor: actor.id, at: now, entity: entry.entityType.rawValue,
                             entityID: id, action: entry.action, from: entry.from, to: entry.to,
                             reason: entry.reason, changedFields: changed)
            var next: FollowUp?
            if transition.effects.contains(.createNextFollowUp), let due = transition.inputs.nextDue {
                let old = loaded.followUp
                let nextId = try self.insertFollowUp(
                    db, caseId: facts.id, referralId: old.referralId.flatMap(Int64.init),
                    due: Self.seconds(due), channel: old.channel, note: old.note,
                    assignedTo: old.assignedTo.flatMap(Int64.init) ?? facts.caseworkerId ?? actor.id,
                    previousId: id, actor: actor, now: now, because: "miss follow-up \(id)")
                next = try FollowUpRows.load(db, nextId).followUp
            }
            return (try FollowUpRows.load(db, id).followUp, next)
        }
    }

    /// Inserts a scheduled follow-up and its audit row; checks the assignee.
    func insertFollowUp(_ db: Database, caseId: Int64, referralId: Int64?, due: Int64,
                        channel: FollowUpChannel, note: String, assignedTo: Int64,
                        previousId: Int64?, actor: UserAccount, now: Int64,
                        because: String?) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT role, active FROM users WHERE id = ?",
                                         arguments: [assignedTo]),
              (row["active"] as Int64?) == 1,
              let role = Role(rawValue: row["role"]), role == .caseworker || role == .supervisor
        else { throw StoreError.invalid(field: "assignedTo", StoreText.assigneeInvalid.text) }
        try db.execute(sql: """
            INSERT INTO follow_ups (case_id, referral_id, due_at, channel, note, status,
                assigned_to, previous_id, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [caseId, referralId, due, channel.rawValue, note,
                             FollowUpWorkflow.machine.initial.rawValue, assignedTo, previousId,
                             actor.id, now, now])
        let id = db.lastInsertedRowID
        try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.followUp.rawValue,
                         entityID: id, action: "create", to: FollowUpStatus.scheduled.rawValue,
                         reason: because,
                         changedFields: ["due": [], "channel": [channel.rawValue],
                                         "assignedTo": [String(assignedTo)], "note": []])
        return id
    }

    // MARK: - Reads

    /// The case's follow-ups, soonest due first.
    public func followUps(caseId: Int64, by actor: UserAccount) throws -> [FollowUp] {
        try read { db in
            let facts = try self.caseFacts(db, caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            return try Row.fetchAll(db, sql: """
                SELECT \(FollowUpRows.columns) FROM follow_ups f WHERE f.case_id = ?
                ORDER BY f.due_at, f.id
                """, arguments: [caseId]).map(FollowUpRows.followUp)
        }
    }

    public func followUp(id: Int64, by actor: UserAccount) throws -> FollowUp {
        try read { db in
            let loaded = try FollowUpRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            return loaded.followUp
        }
    }
}
