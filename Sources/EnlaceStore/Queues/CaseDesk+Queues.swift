import EnlaceCore
import Foundation
import GRDB

/// The work queues: each a window (keyset pagination: give the last row's `key` as `after`
/// to get the next page), permission-scoped, answered by an index walk (see the
/// "v4-referrals-queues" indexes and the EXPLAIN QUERY PLAN tests).
extension CaseDesk {
    /// The largest page a queue returns.
    public static let maximumQueueLimit = 500

    struct QueueQuery {
        var sql: String
        var arguments: StatementArguments

        /// The one window shape of every queue: `select` from `from` where all `conditions`
        /// hold and, after an anchor, the row's (key) comes after it; ordered by the key, at
        /// most `limit` rows (clamped).
        static func window(select: String, from: String, _ conditions: QueueConditions,
                           key: (String, String), after: (Int64, Int64)?, limit: Int) -> QueueQuery {
            var conditions = conditions
            if let after { conditions.add("(\(key.0), \(key.1)) > (?, ?)", after.0, after.1) }
            return QueueQuery(sql: """
                SELECT \(select)
                FROM \(from)
                WHERE \(conditions.sql.joined(separator: " AND "))
                ORDER BY \(key.0), \(key.1)
                LIMIT ?
                """, arguments: conditions.arguments + [CaseDesk.clampLimit(limit)])
        }
    }

    /// A queue's conditions, each with the values its placeholders bind, in order.
    struct QueueConditions {
        var sql: [String] = []
        var arguments = StatementArguments()

        mutating func add(_ condition: String, _ values: any DatabaseValueConvertible...) {
            sql.append(condition)
            arguments += StatementArguments(values.map { $0 as (any DatabaseValueConvertible)? })
        }
    }

    /// Only the desk (caseworkers, supervisors) has queues; the reason otherwise.
    func queueRole(_ db: Database, actor: UserAccount) throws -> Role {
        let role = try currentRole(db, of: actor)
        switch Permissions.scope(.viewCase, for: role) {
        case .all, .ownOrUnassignedCases:
            return role
        case .registeredTodayByActor:
            throw StoreError.notPermitted(StoreText.noCaseContentForRole.text)
        case .denied:
            throw StoreError.notPermitted(StoreText.noCaseContentForRole.text)
        }
    }

    static func clampLimit(_ limit: Int) -> Int { max(1, min(limit, maximumQueueLimit)) }

    static let caseQueueColumns = """
        c.id, c.number, p.given_names, p.first_surname, p.second_surname, c.status, c.priority,
        c.opened_at, c.version, u.display_name AS caseworker_name,
        \(ReferralQueueSchema.priorityRank) AS rank
        """

    // MARK: - Cases

    /// Open cases assigned to the actor, urgent first, then the oldest.
    public func myCases(by actor: UserAccount, after: CaseQueueKey? = nil,
                        limit: Int = 50) throws -> [CaseQueueItem] {
        try read { db in
            _ = try self.queueRole(db, actor: actor)
            return try self.caseQueue(db, assignedTo: actor.id, after: after, limit: limit)
        }
    }

    /// Open cases nobody is assigned to, urgent first, then the oldest.
    public func unassignedCases(by actor: UserAccount, after: CaseQueueKey? = nil,
                                limit: Int = 50) throws -> [CaseQueueItem] {
        try read { db in
            _ = try self.queueRole(db, actor: actor)
            return try self.caseQueue(db, assignedTo: nil, after: after, limit: limit)
        }
    }

    /// A case queue window, one priority rank at a time: each query is then a tight range of
    /// the index (caseworker, rank, opened_at, id); SQLite cannot seek a row value that
    /// starts with an indexed expression.
    func caseQueue(_ db: Database, assignedTo: Int64?, after: CaseQueueKey?,
                   limit: Int) throws -> [CaseQueueItem] {
        let limit = Self.clampLimit(limit)
        var items: [CaseQueueItem] = []
        var rank = after?.priorityRank ?? 0
        var anchor = after.map { (openedAt: $0.openedAt, id: $0.id) }
        while rank <= 2 && items.count < limit {
            let q = caseQueueQuery(assignedTo: assignedTo, rank: rank, after: anchor,
                                   limit: limit - items.count)
            items += try CaseQueueRow.decodeAll(db, sql: q.sql, arguments: q.arguments).map(\.item)
            rank += 1
            anchor = nil
        }
        return items
    }

    func caseQueueQuery(assignedTo: Int64?, rank: Int, after: (openedAt: Int64, id: Int64)?,
                        limit: Int) -> QueueQuery {
        var conditions = QueueConditions()
        if let assignedTo {
            conditions.add("c.caseworker_id = ?", assignedTo)
        } else {
            conditions.add("c.caseworker_id IS NULL")
        }
        conditions.add("c.status <> 'closed'")
        conditions.add("\(ReferralQueueSchema.priorityRank) = ?", rank)
        return caseWindowQuery(conditions, after: after.map { ($0.openedAt, $0.id) }, limit: limit)
    }

    /// The case-queue window (`caseQueueColumns`), by opening time then id.
    func caseWindowQuery(_ conditions: QueueConditions, after: (Int64, Int64)?, limit: Int) -> QueueQuery {
        .window(select: Self.caseQueueColumns, from: """
            cases c JOIN people p ON p.id = c.person_id
            LEFT JOIN users u ON u.id = c.caseworker_id
            """, conditions, key: ("c.opened_at", "c.id"), after: after, limit: limit)
    }

    /// Cases whose closure was requested, oldest case first (supervisors only). Continue
    /// with the last row's `openedKey`.
    public func closuresAwaitingApproval(by actor: UserAccount, after: DueQueueKey? = nil,
                                         limit: Int = 50) throws -> [CaseQueueItem] {
        try read { db in
            guard try self.queueRole(db, actor: actor) == .supervisor else {
                throw StoreError.notPermitted(StoreText.onlySupervisorSeesClosures.text)
            }
            let q = self.closureQueueQuery(after: after, limit: limit)
            return try CaseQueueRow.decodeAll(db, sql: q.sql, arguments: q.arguments).map(\.item)
        }
    }

    func closureQueueQuery(after: DueQueueKey?, limit: Int) -> QueueQuery {
        var conditions = QueueConditions()
        conditions.add("c.status = '\(CaseStatus.closureRequested.rawValue)'")
        return caseWindowQuery(conditions, after: after.map { ($0.due, $0.id) }, limit: limit)
    }

    // MARK: - Follow-ups

    /// Scheduled follow-ups, soonest due first: the actor's (`.mine`) or the team's, overdue,
    /// due later today, or upcoming (from tomorrow, local time), relative to `now`.
    /// "Today" is the calendar day of `timeZone` (the desk's; the process's by default).
    public func followUpsDue(scope: FollowUpScope, range: FollowUpRange, now: Date? = nil,
                             timeZone: TimeZone = .current,
                             by actor: UserAccount, after: DueQueueKey? = nil,
                             limit: Int = 50) throws -> [FollowUpQueueItem] {
        try read { db in
            let role = try self.queueRole(db, actor: actor)
            let q = self.followUpQueueQuery(scope: scope, range: range, now: now ?? self.clock.now(), timeZone: timeZone,
                                            role: role, actor: actor, after: after, limit: limit)
            return try FollowUpQueueRow.decodeAll(db, sql: q.sql, arguments: q.arguments).map(\.item)
        }
    }

    /// The bounds of a range: [lower, upper) in seconds, either side open when nil.
    func bounds(_ range: FollowUpRange, now: Date, timeZone: TimeZone = .current) -> (Int64?, Int64?) {
        let nowSeconds = Self.seconds(now)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now))!
        switch range {
        case .overdue: return (nil, nowSeconds)
        case .today: return (nowSeconds, Self.seconds(tomorrow))
        case .upcoming: return (Self.seconds(tomorrow), nil)
        }
    }

    func followUpQueueQuery(scope: FollowUpScope, range: FollowUpRange, now: Date, timeZone: TimeZone = .current, role: Role,
                            actor: UserAccount, after: DueQueueKey?, limit: Int) -> QueueQuery {
        var conditions = QueueConditions()
        if scope == .mine { conditions.add("f.assigned_to = ?", actor.id) }
        conditions.add("f.status = '\(FollowUpStatus.scheduled.rawValue)'")
        let (lower, upper) = bounds(range, now: now, timeZone: timeZone)
        if let lower { conditions.add("f.due_at >= ?", lower) }
        if let upper { conditions.add("f.due_at < ?", upper) }
        if scope == .team && role != .supervisor {
            conditions.add("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)", actor.id)
        }
        return .window(select: """
            f.id, f.case_id, f.due_at, f.channel, f.status, f.referral_id, f.version,
                   c.number, p.given_names, p.first_surname, p.second_surname,
                   u.display_name AS assigned_name
            """, from: """
            follow_ups f
            JOIN cases c ON c.id = f.case_id
            JOIN people p ON p.id = c.person_id
            LEFT JOIN users u ON u.id = f.assigned_to
            """, conditions, key: ("f.due_at", "f.id"), after: after.map { ($0.due, $0.id) }, limit: limit)
    }

    // MARK: - Referrals awaiting response

    /// Sent referrals past their response due date, oldest due first; optionally of one kind
    /// or one partner. A caseworker sees those of its own and unassigned cases.
    public func referralsAwaitingResponse(by actor: UserAccount, kind: ReferralKind? = nil,
                                          partnerId: Int64? = nil, now: Date? = nil,
                                          after: DueQueueKey? = nil,
                                          limit: Int = 50) throws -> [ReferralQueueItem] {
        try read { db in
            let role = try self.queueRole(db, actor: actor)
            let q = self.awaitingQueueQuery(kind: kind, partnerId: partnerId,
                                            now: now ?? self.clock.now(), role: role,
                                            actor: actor, after: after, limit: limit)
            return try ReferralQueueRow.decodeAll(db, sql: q.sql, arguments: q.arguments).map(\.item)
        }
    }

    func awaitingQueueQuery(kind: ReferralKind?, partnerId: Int64?, now: Date, role: Role,
                            actor: UserAccount, after: DueQueueKey?, limit: Int) -> QueueQuery {
        var conditions = QueueConditions()
        if let partnerId { conditions.add("r.partner_id = ?", partnerId) }
        conditions.add("r.status = '\(ReferralStatus.sent.rawValue)'")
        if let kind { conditions.add("r.kind = ?", kind.rawValue) }
        conditions.add("r.response_due < ?", Self.seconds(now))
        if role != .supervisor {
            conditions.add("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)", actor.id)
        }
        return .window(select: """
            r.id, r.case_id, r.kind, r.status, r.response_due, r.sent_at, r.version,
                   c.number, p.given_names, p.first_surname, p.second_surname,
                   pa.name AS partner_name, u.display_name AS caseworker_name
            """, from: """
            referrals r
            JOIN cases c ON c.id = r.case_id
            JOIN people p ON p.id = c.person_id
            LEFT JOIN partners pa ON pa.id = r.partner_id
            LEFT JOIN users u ON u.id = c.caseworker_id
            """, conditions, key: ("r.response_due", "r.id"), after: after.map { ($0.due, $0.id) }, limit: limit)
    }
}
