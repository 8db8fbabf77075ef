import EnlaceCore
import Foundation
import GRDB

/// How many rows each work queue holds for one person, counted up to a cap: the tabs of the
/// home queue say "12" or "99+", never a count that walks a million rows.
public struct QueueCounts: Sendable, Equatable {
    /// Counts stop here; a value above it means "more than `cap`".
    public static let cap = 99

    public var myCases: Int
    public var unassigned: Int
    /// Scheduled follow-ups due before the end of today (overdue and today's).
    public var followUpsDue: Int
    /// Of those, the ones already overdue.
    public var followUpsOverdue: Int
    public var referralsAwaiting: Int

    public init(myCases: Int, unassigned: Int, followUpsDue: Int, followUpsOverdue: Int,
                referralsAwaiting: Int) {
        self.myCases = myCases
        self.unassigned = unassigned
        self.followUpsDue = followUpsDue
        self.followUpsOverdue = followUpsOverdue
        self.referralsAwaiting = referralsAwaiting
    }
}

extension CaseDesk {
    /// The home queue's counts, each capped at `QueueCounts.cap + 1` (read it as "99+"), each
    /// a bounded walk of the same partial indexes the queue windows use. `followUpScope` is
    /// whose follow-ups count (the actor's or the team's, scoped as `followUpsDue` scopes it).
    /// Refused, like the queues, for roles without case content.
    public func queueCounts(followUpScope: FollowUpScope, now: Date? = nil, timeZone: TimeZone = .current,
                            by actor: UserAccount) throws -> QueueCounts {
        let now = now ?? clock.now()
        return try read { db in
            let role = try self.queueRole(db, actor: actor)
            let limit = QueueCounts.cap + 1
            func capped(_ from: String, _ conditions: [String], _ arguments: StatementArguments) throws -> Int {
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM \(from) WHERE \(conditions.joined(separator: " AND ")) LIMIT ?)
                    """, arguments: arguments + [limit]) ?? 0
            }
            let mine = try capped("cases c", ["c.caseworker_id = ?", "c.status <> 'closed'"], [actor.id])
            let unassigned = try capped("cases c", ["c.caseworker_id IS NULL", "c.status <> 'closed'"], [])

            let (_, endOfToday) = self.bounds(.today, now: now, timeZone: timeZone)
            let nowSeconds = Self.seconds(now)
            func followUps(before: Int64) throws -> Int {
                var conditions: [String] = []
                var arguments = StatementArguments()
                var from = "follow_ups f"
                if followUpScope == .mine {
                    conditions.append("f.assigned_to = ?")
                    arguments += [actor.id]
                }
                conditions += ["f.status = '\(FollowUpStatus.scheduled.rawValue)'", "f.due_at < ?"]
                arguments += [before]
                if followUpScope == .team && role != .supervisor {
                    from += " JOIN cases c ON c.id = f.case_id"
                    conditions.append("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)")
                    arguments += [actor.id]
                }
                return try capped(from, conditions, arguments)
            }
            let due = try followUps(before: endOfToday ?? nowSeconds)
            let overdue = try followUps(before: nowSeconds)

            var referralConditions = ["r.status = '\(ReferralStatus.sent.rawValue)'", "r.response_due < ?"]
            var referralArguments: StatementArguments = [nowSeconds]
            var referralFrom = "referrals r"
            if role != .supervisor {
                referralFrom += " JOIN cases c ON c.id = r.case_id"
                referralConditions.append("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)")
                referralArguments += [actor.id]
            }
            let awaiting = try capped(referralFrom, referralConditions, referralArguments)
            return QueueCounts(myCases: mine, unassigned: unassigned, followUpsDue: due,
                               followUpsOverdue: overdue, referralsAwaiting: awaiting)
        }
    }

    /// The notes of the given follow-ups (a window of a follow-up queue), by id. Only those
    /// the actor may see: a supervisor's, or those assigned to the actor or on its own or
    /// unassigned cases for a caseworker; others are left out.
    public func followUpNotes(ids: [Int64], by actor: UserAccount) throws -> [Int64: String] {
        let ids = Array(Set(ids).prefix(Self.maximumQueueLimit))
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let role = try self.queueRole(db, actor: actor)
            var sql = """
                SELECT f.id, \(SealedColumn.followUpNote.select("f")) FROM follow_ups f JOIN cases c ON c.id = f.case_id
                WHERE f.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """
            var arguments = StatementArguments(ids)
            if role != .supervisor {
                sql += " AND (f.assigned_to = ? OR c.caseworker_id = ? OR c.caseworker_id IS NULL)"
                arguments += [actor.id, actor.id]
            }
            var notes: [Int64: String] = [:]
            for row in try FollowUpNoteRow.decodeAll(db, sql: sql, arguments: arguments) {
                notes[row.id] = row.note
            }
            return notes
        }
    }
}
