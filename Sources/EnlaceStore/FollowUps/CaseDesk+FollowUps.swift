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
        f.id, f.case_id, f.referral_id, f.due_at, f.channel, \(SealedColumn.followUpNote.select("f")), f.status,
        \(SealedColumn.followUpResult.select("f")),
        f.completed_at, f.assigned_to, f.previous_id, f.version
        """

    static func load(_ db: Database, _ id: Int64) throws -> FollowUpRecord {
        guard let record = try FollowUpRecord.fetchOne(db, sql: "SELECT \(columns) FROM follow_ups f WHERE f.id = ?",
                                                      arguments: [id])
        else { throw StoreError.invalid(field: "followUpId", StoreText.followUpNotFound.text) }
        return record
    }
}

/// A follow-up row read into Core's `FollowUp`. An unknown stored channel or status is
/// `StoreError.corruptValue`, never a default.
struct FollowUpRecord: FetchableRecord, CaseChildRow {
    enum Columns {
        static let id = Column("id"), caseId = Column("case_id"), referralId = Column("referral_id")
        static let dueAt = Column("due_at"), channel = Column("channel"), note = Column("note")
        static let status = Column("status"), result = Column("result"), completedAt = Column("completed_at")
        static let assignedTo = Column("assigned_to"), previousId = Column("previous_id")
        static let version = Column("version")
    }

    let followUp: FollowUp
    let caseId: Int64

    init(row: Row) throws {
        caseId = row[Columns.caseId]
        followUp = FollowUp(
            id: String(row[Columns.id] as Int64), caseId: String(caseId),
            referralId: (row[Columns.referralId] as Int64?).map(String.init),
            due: CaseDesk.date(row[Columns.dueAt])!,
            channel: try StoredValue.decode(FollowUpChannel.self, row, Columns.channel.name, table: "follow_ups"),
            note: row[Columns.note],
            status: try StoredValue.decode(FollowUpStatus.self, row, Columns.status.name, table: "follow_ups"),
            result: row[Columns.result], completedAt: CaseDesk.date(row[Columns.completedAt]),
            assignedTo: (row[Columns.assignedTo] as Int64?).map(String.init),
            previousId: (row[Columns.previousId] as Int64?).map(String.init),
            version: row[Columns.version])
    }
}

/// The follow-up's part of the transition engine: a follow-up with the case it belongs to.
/// A closed case refuses every step; completing or missing stamps `completed_at`; a missed
/// follow-up creates the next one (same channel, note and assignee, due at `nextDue`).
struct FollowUpStepRecord: CaseChildRecord {
    let loaded: FollowUpRecord
    let facts: CaseFacts

    static var machine: FollowUpMachine { FollowUpWorkflow.machine }
    static let table = "follow_ups"

    static func loadRow(_ db: Database, _ id: Int64) throws -> FollowUpRecord { try FollowUpRows.load(db, id) }

    var status: FollowUpStatus { loaded.followUp.status }
    var version: Int { loaded.followUp.version }

    func context(_ db: Database, actor: ActingUser) throws -> FollowUpContext {
        FollowUpContext(actorId: actor.userId, caseworkerId: facts.caseworker, due: loaded.followUp.due)
    }

    func changes(_ transition: Transition<FollowUpStatus, FollowUpEvent>, actor: UserAccount,
                 now: Int64) -> ColumnChanges {
        var c = ColumnChanges()
        c.set("completed_at", now)
        if transition.effects.contains(.recordResult) {
            c.set("result", transition.inputs.result, field: "result")
        }
        return c
    }

    func afterUpdate(_ db: Database, _ transition: Transition<FollowUpStatus, FollowUpEvent>, desk: CaseDesk,
                     actor: UserAccount, now: Int64) throws -> [Int64] {
        guard transition.effects.contains(.createNextFollowUp), let due = transition.inputs.nextDue else { return [] }
        let old = loaded.followUp
        let id = Int64(old.id)!
        return [try desk.insertFollowUp(
            db, caseId: facts.id, referralId: old.referralId.flatMap(Int64.init),
            due: CaseDesk.seconds(due), channel: old.channel, note: old.note,
            assignedTo: old.assignedTo.flatMap(Int64.init) ?? facts.caseworkerId ?? actor.id,
            previousId: id, actor: actor, now: now, because: "miss follow-up \(id)")]
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
            try self.requireContactAllowed(db, caseId: caseId, channel: channel)
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
        return try followUpStep(id: id, event: .complete, inputs: WorkflowInputs(result: result), actor: actor,
                                version: version).missed
    }

    /// Records the follow-up as missed and creates the next one, due at `reschedule` (which
    /// the workflow requires, after the missed one's due time), same channel, note and
    /// assignee.
    public func missFollowUp(id: Int64, reschedule: Date?, by actor: UserAccount,
                             version: Int) throws -> MissedFollowUp {
        let step = try followUpStep(id: id, event: .miss, inputs: WorkflowInputs(nextDue: reschedule), actor: actor,
                                    version: version)
        return MissedFollowUp(missed: step.missed, next: step.next!)
    }

    /// One follow-up transition through the engine, in its own write transaction: the
    /// follow-up as saved and the next one it created.
    func followUpStep(id: Int64, event: FollowUpEvent, inputs: WorkflowInputs, actor: UserAccount,
                      version: Int) throws -> (missed: FollowUp, next: FollowUp?) {
        try write { db in
            let applied = try self.applyTransition(db, FollowUpStepRecord.self, id: id, event: event, inputs: inputs,
                                                   version: version, actor: actor)
            let next = try applied.created.first.map { try FollowUpRows.load(db, $0).followUp }
            return (try FollowUpRows.load(db, id).followUp, next)
        }
    }

    /// Inserts a scheduled follow-up and its audit row; checks the assignee.
    func insertFollowUp(_ db: Database, caseId: Int64, referralId: Int64?, due: Int64,
                        channel: FollowUpChannel, note: String, assignedTo: Int64,
                        previousId: Int64?, actor: UserAccount, now: Int64,
                        because: String?) throws -> Int64 {
        // A follow-up the desk creates by itself (a declined referral, a missed follow-up) takes
        // the first channel the person did not block; one a person schedules was checked before.
        var channel = channel
        let blocked = try blockedChannels(db, caseId: caseId)
        if blocked.contains(channel), let allowed = FollowUpChannel.allCases.first(where: { !blocked.contains($0) }) {
            channel = allowed
        }
        let deskUser = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.id = ? AND u.active = 1 AND r.role IN ('caseworker','supervisor'))
            """, arguments: [assignedTo]) ?? false
        guard deskUser else { throw StoreError.invalid(field: "assignedTo", StoreText.assigneeInvalid.text) }
        try db.execute(sql: """
            INSERT INTO follow_ups (case_id, referral_id, due_at, channel, note, status,
                assigned_to, previous_id, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, \(SealedColumn.followUpNote.write), ?, ?, ?, ?, ?, ?)
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
        try readCase(caseId, by: actor) { db in
            try FollowUpRecord.fetchAll(db, sql: """
                SELECT \(FollowUpRows.columns) FROM follow_ups f WHERE f.case_id = ?
                ORDER BY f.due_at, f.id
                """, arguments: [caseId]).map(\.followUp)
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
