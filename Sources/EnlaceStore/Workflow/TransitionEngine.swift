import EnlaceCore
import Foundation
import GRDB

/// A record that moves through one of Core's workflow tables: the parts the one transition
/// engine (`CaseDesk.applyTransition`) plugs in per kind of record (cases, referrals,
/// follow-ups). The engine owns the order of the checks and the writes; a record only says how
/// it loads, what its guards look at, which columns an effect writes, and what an effect
/// creates elsewhere.
protocol WorkflowRecord {
    associatedtype State: WorkflowValue
    associatedtype Event: WorkflowValue
    associatedtype Context: Sendable

    static var machine: WorkflowMachine<State, Event, Context> { get }
    /// The table its rows live in.
    static var table: String { get }
    /// The record `id`, read in the transaction (its "not found" error when missing).
    static func load(_ db: Database, _ id: Int64, desk: CaseDesk) throws -> Self

    var status: State { get }
    var version: Int { get }
    /// What the role table looks at: whose case it is, who opened it and whether today.
    func subject(desk: CaseDesk) -> PermissionSubject
    /// A rule of the record outside its table, checked after permission (a referral of a
    /// closed case cannot move): the reason when it refuses.
    var standingRefusal: LocalizedText? { get }
    /// A refusal of one event for this record that comes from outside the workflow table
    /// (the person objected to sharing: no referral of theirs is sent).
    func eventRefusal(_ db: Database, _ event: Event, desk: CaseDesk) throws -> LocalizedText?
    /// What the guards and input checks look at.
    func context(_ db: Database, actor: ActingUser) throws -> Context
    /// The columns the transition writes besides `status`, `updated_at` and `version`, with
    /// the changed fields of its audit row.
    func changes(_ transition: Transition<State, Event>, actor: UserAccount, now: Int64) -> ColumnChanges
    /// Effects that write other records, after the update and its audit row (a follow-up
    /// for a declined referral). Returns the ids it created.
    func afterUpdate(_ db: Database, _ transition: Transition<State, Event>, desk: CaseDesk,
                     actor: UserAccount, now: Int64) throws -> [Int64]
}

extension WorkflowRecord {
    var standingRefusal: LocalizedText? { nil }

    func eventRefusal(_ db: Database, _ event: Event, desk: CaseDesk) throws -> LocalizedText? { nil }

    func afterUpdate(_ db: Database, _ transition: Transition<State, Event>, desk: CaseDesk,
                     actor: UserAccount, now: Int64) throws -> [Int64] { [] }
}

/// A case row as the role table sees it: whose case, who opened it and when.
protocol CaseSubjectRow {
    var caseworkerId: Int64? { get }
    var createdBy: Int64? { get }
    var openedAt: Int64 { get }
}

extension CaseSubjectRow {
    /// What the role table looks at: whose case, who opened it, and whether today.
    func subject(startOfToday: Int64) -> PermissionSubject {
        .caseRecord(caseworkerId: caseworkerId.map(String.init), registeredBy: createdBy.map(String.init),
                    registeredToday: openedAt >= startOfToday)
    }
}

/// A workflow record inside a case (a referral, a follow-up): the role table looks at its
/// case, and a closed case refuses every step until it is reopened.
protocol CaseChildRecord: WorkflowRecord {
    associatedtype Loaded: CaseChildRow
    /// The record's own row, or its "not found" error.
    static func loadRow(_ db: Database, _ id: Int64) throws -> Loaded
    init(loaded: Loaded, facts: CaseFacts)
    var facts: CaseFacts { get }
}

/// A row that belongs to a case.
protocol CaseChildRow {
    var caseId: Int64 { get }
}

extension CaseChildRecord {
    static func load(_ db: Database, _ id: Int64, desk: CaseDesk) throws -> Self {
        let loaded = try loadRow(db, id)
        return Self(loaded: loaded, facts: try desk.caseFacts(db, loaded.caseId))
    }

    var standingRefusal: LocalizedText? { facts.closedRefusal }

    func subject(desk: CaseDesk) -> PermissionSubject { facts.subject(startOfToday: desk.startOfToday()) }
}

/// Columns an applied transition writes, and what its audit row says changed.
struct ColumnChanges {
    private(set) var columns: [String] = []
    private(set) var values: [(any DatabaseValueConvertible)?] = []
    /// Field name to [old, new] (either may be left out when the value is personal data).
    var audit: [String: [String]] = [:]

    /// Writes `value` into `column`; with `field`, the audit row names it with `audited`.
    mutating func set(_ column: String, _ value: (any DatabaseValueConvertible)?,
                      field: String? = nil, audited: [String] = []) {
        columns.append(column)
        values.append(value)
        if let field { audit[field] = audited }
    }
}

/// What the engine did: the record's new version and the records its effects created.
struct AppliedTransition {
    let version: Int
    let created: [Int64]
}

extension CaseDesk {
    /// The one path of every workflow step, inside the caller's write transaction:
    /// load, permission (the rule's use case in the role table, against the role read now),
    /// the record's standing rule, version, the machine's verdict (guards, inputs), the
    /// declared effects as columns, the versioned update, the audit row, then the effects that
    /// create other records. Refusals are typed: `notPermitted` (the role table, or a guard
    /// that is a permission matter), `transitionRefused` (the machine: no transition, a
    /// condition guard with its reason, missing or invalid inputs), `workflowRefused` (the
    /// record's standing rule), `conflict` (the version). `version` nil skips the comparison
    /// (a caller that read the row in the same transaction).
    func applyTransition<R: WorkflowRecord>(_ db: Database, _ type: R.Type, id: Int64, event: R.Event,
                                            inputs: WorkflowInputs, version: Int?,
                                            actor: UserAccount) throws -> AppliedTransition {
        let acting = try acting(db, actor)
        let record = try R.load(db, id, desk: self)
        guard let useCase = R.machine.useCase(of: event) else {
            throw StoreError.transitionRefused(.noTransition(
                from: record.status.rawValue, event: event.rawValue,
                fromLabel: record.status.labelText, eventLabel: event.labelText))
        }
        try Self.require(useCase, acting, record.subject(desk: self))
        if let reason = record.standingRefusal { throw StoreError.workflowRefused(reason) }
        if let reason = try record.eventRefusal(db, event, desk: self) { throw StoreError.workflowRefused(reason) }
        if let version, version != record.version { throw StoreError.conflict }
        let transition: Transition<R.State, R.Event>
        switch R.machine.evaluate(from: record.status, event: event, roles: acting.roles,
                                  context: try record.context(db, actor: acting), inputs: inputs) {
        case .success(let t): transition = t
        case .failure(let refusal): throw StoreError(refusal)
        }
        let now = clock.nowSeconds()
        var changes = record.changes(transition, actor: actor, now: now)
        if transition.from != transition.to {
            changes.audit["status"] = [transition.from.rawValue, transition.to.rawValue]
        }
        // A sealed column (`SealedColumn`) is written through `enlace_seal`.
        let sets = (["status"] + changes.columns + ["updated_at"]).map { column in
            SealedColumn(rawValue: "\(R.table).\(column)").map { "\(column) = \($0.write)" } ?? "\(column) = ?"
        }
        var arguments: StatementArguments = [transition.to.rawValue]
        arguments += StatementArguments(changes.values)
        arguments += [now, id, record.version]
        try db.execute(sql: """
            UPDATE \(R.table) SET \(sets.joined(separator: ", ")), version = version + 1
            WHERE id = ? AND version = ?
            """, arguments: arguments)
        if db.changesCount == 0 { throw StoreError.conflict }
        let entry = transition.auditEntry(actor: acting, at: Date(timeIntervalSince1970: TimeInterval(now)),
                                          entityType: R.machine.entityType, entityId: String(id))
        try Audit.append(db, actor: actor.id, at: now, entity: entry.entityType.rawValue, entityID: id,
                         action: entry.action, from: entry.from, to: entry.to, text: entry.reason,
                         changedFields: changes.audit)
        let created = try record.afterUpdate(db, transition, desk: self, actor: actor, now: now)
        return AppliedTransition(version: record.version + 1, created: created)
    }

    /// Every event the table offers from the record's state, each allowed or refused with the
    /// reason to show beside it: the role table first (the rule's use case), then the
    /// machine's guards, then the record's standing rule. Inputs are asked for afterwards.
    func offeredTransitions<R: WorkflowRecord>(_ db: Database, _ record: R,
                                               acting: ActingUser) throws
        -> [(event: AvailableEvent<R.State, R.Event>, refusal: LocalizedText?)] {
        let subject = record.subject(desk: self)
        let context = try record.context(db, actor: acting)
        let rules = R.machine.rules
        return try R.machine.availableEvents(from: record.status, roles: acting.roles, context: context).map { offered in
            var refusal: LocalizedText?
            if let useCase = rules.first(where: { $0.event == offered.event })?.useCase,
               case .failure(let p) = Permissions.check(useCase, actor: acting, subject: subject) {
                refusal = p.message
            } else {
                refusal = try offered.refusal?.message ?? record.standingRefusal
                    ?? record.eventRefusal(db, offered.event, desk: self)
            }
            return (offered, refusal)
        }
    }
}

extension StoreError {
    /// A machine's refusal, typed: about who may act, `notPermitted`; otherwise
    /// `transitionRefused` with the refusal itself.
    init(_ refusal: WorkflowRefusal) {
        self = refusal.isPermissionMatter ? .notPermitted(refusal.message) : .transitionRefused(refusal)
    }

    /// The reason of a refusal by the workflow (its table or a standing rule of the record).
    public var workflowReason: LocalizedText? {
        switch self {
        case .workflowRefused(let reason): return reason
        case .transitionRefused(let refusal): return refusal.message
        default: return nil
        }
    }
}
