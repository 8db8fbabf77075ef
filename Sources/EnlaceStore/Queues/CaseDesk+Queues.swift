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
        var conditions = ["c.status <> 'closed'", "\(ReferralQueueSchema.priorityRank) = ?"]
        var arguments = StatementArguments()
        if let assignedTo {
            conditions.insert("c.caseworker_id = ?", at: 0)
            arguments += [assignedTo]
        } else {
            conditions.insert("c.caseworker_id IS NULL", at: 0)
        }
        arguments += [rank]
        if let after {
            conditions.append("(c.opened_at, c.id) > (?, ?)")
            arguments += [after.openedAt, after.id]
        }
        arguments += [Self.clampLimit(limit)]
        return QueueQuery(sql: """
            SELECT \(Self.caseQueueColumns)
            FROM cases c JOIN people p ON p.id = c.person_id
            LEFT JOIN users u ON u.id = c.caseworker_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY c.opened_at, c.id
            LIMIT ?
            """, arguments: arguments)
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
        var conditions = ["c.status = '\(CaseStatus.closureRequested.rawValue)'"]
        var arguments = StatementArguments()
        if let after {
            conditions.append("(c.opened_at, c.id) > (?, ?)")
            arguments += [after.due, after.id]
        }
        arguments += [Self.clampLimit(limit)]
        return QueueQuery(sql: """
            SELECT \(Self.caseQueueColumns)
            FROM cases c JOIN people p ON p.id = c.person_id
            LEFT JOIN users u ON u.id = c.caseworker_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY c.opened_at, c.id
            LIMIT ?
            """, arguments: arguments)
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
        var conditions: [String] = []
        var arguments = StatementArguments()
        if scope == .mine {
            conditions.append("f.assigned_to = ?")
            arguments += [actor.id]
        }
        conditions.append("f.status = '\(FollowUpStatus.scheduled.rawValue)'")
        let (lower, upper) = bounds(range, now: now, timeZone: timeZone)
        if let lower { conditions.append("f.due_at >= ?"); arguments += [lower] }
        if let upper { conditions.append("f.due_at < ?"); arguments += [upper] }
        if scope == .team && role != .supervisor {
            conditions.append("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)")
            arguments += [actor.id]
        }
        if let after {
            conditions.append("(f.due_at, f.id) > (?, ?)")
            arguments += [after.due, after.id]
        }
        arguments += [Self.clampLimit(limit)]
        return QueueQuery(sql: """
            SELECT f.id, f.case_id, f.due_at, f.channel, f.status, f.referral_id, f.version,
                   c.number, p.given_names, p.first_surname, p.second_surname,
                   u.display_name AS assigned_name
            FROM follow_ups f
            JOIN cases c ON c.id = f.case_id
            JOIN people p ON p.id = c.person_id
            LEFT JOIN users u ON u.id = f.assigned_to
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY f.due_at, f.id
            LIMIT ?
            """, arguments: arguments)
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
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let partnerId {
            conditions.append("r.partner_id = ?")
            arguments += [partnerId]
        }
        conditions.append("r.status = '\(ReferralStatus.sent.rawValue)'")
        if let kind {
            conditions.append("r.kind = ?")
            arguments += [kind.rawValue]
        }
        conditions.append("r.response_due < ?")
        arguments += [Self.seconds(now)]
        if role != .supervisor {
            conditions.append("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)")
            arguments += [actor.id]
        }
        if let after {
            conditions.append("(r.response_due, r.id) > (?, ?)")
            arguments += [after.due, after.id]
        }
        arguments += [Self.clampLimit(limit)]
        return QueueQuery(sql: """
            SELECT r.id, r.case_id, r.kind, r.status, r.response_due, r.sent_at, r.version,
                   c.number, p.given_names, p.first_surname, p.second_surname,
                   pa.name AS partner_name, u.display_name AS caseworker_name
            FROM referrals r
            JOIN cases c ON c.id = r.case_id
            JOIN people p ON p.id = c.person_id
            LEFT JOIN partners pa ON pa.id = r.partner_id
            LEFT JOIN users u ON u.id = c.caseworker_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY r.response_due, r.id
            LIMIT ?
            """, arguments: arguments)
    }
}
