import EnlaceCore
import Foundation
import GRDB

/// A case row as the use cases need it inside a transaction. An unknown stored status,
/// priority, area, wait or outcome is `StoreError.corruptValue`, never a default.
struct CaseRecordRow: StoredRecord {
    static let storedTable = "cases"

    let id: Int64
    let number: String
    let personId: Int64
    let status: CaseStatus
    let priority: CasePriority
    let serviceArea: ServiceArea
    let caseworkerId: Int64?
    let createdBy: Int64?
    let openedAt: Int64
    let description: String
    let waitingOn: WaitingOn?
    let outcome: CaseOutcome?
    let closureSummary: String?
    let closedAt: Int64?
    let duplicateOf: Int64?
    let version: Int

    enum CodingKeys: String, CodingKey {
        case id, number, status, priority, description, outcome, version
        case personId = "person_id", serviceArea = "service_area", caseworkerId = "caseworker_id"
        case createdBy = "created_by", openedAt = "opened_at", waitingOn = "waiting_on"
        case closureSummary = "closure_summary", closedAt = "closed_at", duplicateOf = "duplicate_of"
    }

    /// The select list: every column the row reads, the sealed ones opened.
    static let columns = """
        id, number, person_id, status, priority, service_area, caseworker_id, created_by, opened_at,
        \(SealedColumn.caseDescription.select()), waiting_on, outcome,
        \(SealedColumn.caseClosureSummary.select()), closed_at, duplicate_of, version
        """

    static func load(_ db: Database, id: Int64) throws -> CaseRecordRow {
        guard let row = try decodeOne(db, sql: "SELECT \(columns) FROM cases WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(CaseStoreText.caseNotFound.text.filling(["case": .plain(String(id))]))
        }
        return row
    }
}

extension CaseRecordRow: CaseSubjectRow {}

/// The case's part of the transition engine: its guards count the open work; its effects
/// write the caseworker, the wait, the closure and the duplicate link, each audited with the
/// old and the new value.
extension CaseRecordRow: WorkflowRecord {
    static var machine: CaseMachine { CaseWorkflow.machine }
    static let table = "cases"

    static func load(_ db: Database, _ id: Int64, desk: CaseDesk) throws -> CaseRecordRow {
        try load(db, id: id)
    }

    func subject(desk: CaseDesk) -> PermissionSubject { subject(startOfToday: desk.startOfToday()) }

    func context(_ db: Database, actor: ActingUser) throws -> CaseContext {
        let work = try OpenWork.count(db, caseId: id)
        return CaseContext(actorId: actor.userId, caseworkerId: caseworkerId.map(String.init),
                           openReferrals: work.referrals, openFollowUps: work.followUps,
                           caseId: String(id))
    }

    func changes(_ transition: Transition<CaseStatus, CaseEvent>, actor: UserAccount, now: Int64) -> ColumnChanges {
        let inputs = transition.inputs
        var c = ColumnChanges()
        func set(_ column: String, _ value: (any DatabaseValueConvertible)?, field: String, old: String?, new: String?) {
            c.set(column, value, field: field, audited: [old ?? "", new ?? ""])
        }
        let wait = waitingOn?.rawValue, was = outcome?.rawValue
        for effect in transition.effects {
            switch effect {
            case .assignCaseworker:
                let assignee = inputs.assignee.flatMap { Int64($0) }
                set("caseworker_id", assignee, field: "caseworkerId", old: caseworkerId.map(String.init),
                    new: assignee.map(String.init))
            case .assignToActor:
                set("caseworker_id", actor.id, field: "caseworkerId", old: caseworkerId.map(String.init),
                    new: String(actor.id))
            case .recordWaitingOn:
                set("waiting_on", inputs.waitingOn?.rawValue, field: "waitingOn", old: wait, new: inputs.waitingOn?.rawValue)
            case .clearWaitingOn:
                set("waiting_on", nil, field: "waitingOn", old: wait, new: nil)
            case .recordClosureRequest:
                set("outcome", inputs.caseOutcome?.rawValue, field: "outcome", old: was, new: inputs.caseOutcome?.rawValue)
                set("closure_summary", inputs.summary, field: "closureSummary", old: nil, new: nil)
                set("waiting_on", nil, field: "waitingOn", old: wait, new: nil)
            case .clearClosureRequest:
                set("outcome", nil, field: "outcome", old: was, new: nil)
                set("closure_summary", nil, field: "closureSummary", old: nil, new: nil)
            case .stampClosedAt:
                set("closed_at", now, field: "closedAt", old: nil, new: String(now))
            case .clearClosure:
                set("closed_at", nil, field: "closedAt", old: closedAt.map(String.init), new: nil)
                set("outcome", nil, field: "outcome", old: was, new: nil)
                set("closure_summary", nil, field: "closureSummary", old: nil, new: nil)
            case .linkDuplicate:
                let survivor = inputs.duplicateOf.flatMap { Int64($0) }
                set("duplicate_of", survivor, field: "duplicateOf", old: duplicateOf.map(String.init),
                    new: survivor.map(String.init))
                set("outcome", CaseOutcome.duplicate.rawValue, field: "outcome", old: was,
                    new: CaseOutcome.duplicate.rawValue)
                set("closed_at", now, field: "closedAt", old: nil, new: String(now))
                set("waiting_on", nil, field: "waitingOn", old: wait, new: nil)
            case .stampSentAt, .recordAppointment, .recordReferralOutcome, .createFollowUp,
                 .recordResult, .createNextFollowUp:
                // Referral and follow-up effects never appear in the case table.
                break
            }
        }
        return c
    }
}

enum OpenWork {
    static let referralStatuses = ReferralStatus.allCases.filter(\.isOpen).map(\.rawValue)
    static let followUpStatuses = FollowUpStatus.allCases.filter(\.isOpen).map(\.rawValue)

    /// Open referrals and follow-ups of a case, read from their tables.
    static func count(_ db: Database, caseId: Int64) throws -> (referrals: Int, followUps: Int) {
        let r = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM referrals WHERE case_id = ? AND status IN (\(CaseDesk.placeholders(referralStatuses.count)))
            """, arguments: StatementArguments([caseId]) + StatementArguments(referralStatuses)) ?? 0
        let f = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM follow_ups WHERE case_id = ? AND status IN (\(CaseDesk.placeholders(followUpStatuses.count)))
            """, arguments: StatementArguments([caseId]) + StatementArguments(followUpStatuses)) ?? 0
        return (r, f)
    }
}

/// A timeline line from the merged window of notes, audited changes, referrals and
/// follow-ups (`caseDetail`); an unknown kind is `corruptValue`.
struct TimelineRow: FetchableRecord {
    enum Columns {
        static let kind = Column("kind"), id = Column("id"), at = Column("at"), actor = Column("actor")
        static let action = Column("action"), from = Column("from_state"), to = Column("to_state")
        static let text = Column("text")
    }

    let entry: TimelineEntry

    init(row: Row) throws {
        entry = TimelineEntry(kind: try StoredValue.decode(TimelineEntry.Kind.self, row, Columns.kind.name, table: "timeline"),
                  id: row[Columns.id], at: Date(timeIntervalSince1970: TimeInterval(row[Columns.at] as Int64)),
                  actorName: row[Columns.actor], action: row[Columns.action], from: row[Columns.from],
                  to: row[Columns.to], text: row[Columns.text])
    }
}

/// An audit row with its actor's name (`auditTrail`).
struct AuditRow: FetchableRecord {
    enum Columns {
        static let id = Column("id"), at = Column("at"), actorId = Column("actor_id")
        static let actorName = Column("display_name"), entity = Column("entity"), entityId = Column("entity_id")
        static let action = Column("action"), from = Column("from_state"), to = Column("to_state")
        static let reason = Column("reason"), changedFields = Column("changed_fields")
    }

    let record: AuditRecord

    init(row: Row) {
        record = AuditRecord(id: row[Columns.id], at: Date(timeIntervalSince1970: TimeInterval(row[Columns.at] as Int64)),
                  actorId: row[Columns.actorId], actorName: row[Columns.actorName], entity: row[Columns.entity],
                  entityId: row[Columns.entityId], action: row[Columns.action], from: row[Columns.from],
                  to: row[Columns.to], reason: row[Columns.reason], changedFields: row[Columns.changedFields])
    }
}
