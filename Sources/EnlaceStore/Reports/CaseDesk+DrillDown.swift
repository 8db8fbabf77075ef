import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The cases behind a figure, newest first (opening time, then id), a window at a time:
    /// give the last row's `key` as `after` for the next window (supervisors). Rows are the
    /// case list's `CaseSummary`, with no sensitive field.
    public func drillDown(_ figure: ReportDrillDown, after: CaseListKey? = nil, limit: Int = 50,
                          now: Date? = nil, by actor: UserAccount) throws -> [CaseSummary] {
        try drillDown(figure, after: after, limit: limit, now: now, denseLimit: Self.drillDownDenseLimit, by: actor)
    }

    func drillDown(_ figure: ReportDrillDown, after: CaseListKey?, limit: Int, now: Date?, denseLimit: Int,
                   by actor: UserAccount) throws -> [CaseSummary] {
        let now = now ?? clock.now()
        return try read { db in
            try self.requireReports(db, actor)
            let q = self.drillDownQuery(figure, after: after, limit: limit, now: now,
                                        dense: try self.isDense(db, figure, now: now, limit: denseLimit))
            return try CaseSummaryRow.summaries(db, sql: q.sql, arguments: q.arguments)
        }
    }

    /// The query of one drill-down window (internal so tests can EXPLAIN it).
    func drillDownQuery(_ figure: ReportDrillDown, after: CaseListKey?, limit: Int, now: Date,
                        dense: Bool = false) -> QueueQuery {
        let nowSeconds = Self.seconds(now)
        var conditions: [String] = []
        var arguments = StatementArguments()
        func caseworker(_ scope: CaseworkerScope) {
            switch scope {
            case .any: break
            case .unassigned: conditions.append("c.caseworker_id IS NULL")
            case .user(let id):
                conditions.append("c.caseworker_id = ?")
                arguments += [id]
            }
        }
        switch figure {
        case .openCases(let status, let age):
            conditions.append("c.status = ?")
            arguments += [status.rawValue]
            if let age {
                // Age in whole UTC days, as openCaseCounts: day >= today - 7 is 0-7, ...
                let today = nowSeconds / 86_400
                let edges: [Int64?] = [nil, today - 90, today - 30, today - 7, nil]
                let lower = edges[3 - age.rawValue]
                let upper = edges[4 - age.rawValue]
                if let lower { conditions.append("c.opened_at >= ?"); arguments += [lower * 86_400] }
                if let upper { conditions.append("c.opened_at < ?"); arguments += [upper * 86_400] }
            }
        case .caseworkerOpenCases(let scope):
            caseworker(scope)
            conditions.append("c.status <> 'closed'")
        case .urgentOpenCases(let scope, let status):
            conditions.append("c.priority = 'urgent' AND c.status <> 'closed'")
            if let status {
                conditions.append("+c.status = ?")
                arguments += [status.rawValue]
            }
            switch scope {
            case .any: break
            case .unassigned: conditions.append("+c.caseworker_id IS NULL")
            case .user(let id):
                conditions.append("+c.caseworker_id = ?")
                arguments += [id]
            }
        case .closuresAwaiting(let scope):
            conditions.append("c.status = 'closureRequested'")
            caseworker(scope)
        case .overdueFollowUps, .referralsAwaiting, .referralsAwaitingWithoutPartner:
            let member = Self.drillDownMembers(figure, now: nowSeconds, dense: dense)!
            arguments += member.arguments
            let conds = member.conditions.joined(separator: " AND ")
            conditions.append(dense
                ? "EXISTS (SELECT 1 FROM \(member.table) x WHERE x.case_id = c.id AND \(conds))"
                : "c.id IN (SELECT x.case_id FROM \(member.table) x WHERE \(conds))")
            if case .referralsAwaiting(_, _, let scope) = figure { caseworker(scope) }
            if case .referralsAwaitingWithoutPartner(_, let scope) = figure { caseworker(scope) }
        }
        if let after {
            conditions.append("(c.opened_at, c.id) < (?, ?)")
            arguments += [after.openedAtSeconds, after.id]
        }
        var all: StatementArguments = [nowSeconds]
        all += arguments
        all += [max(1, min(limit, CaseWindowRequest.maximumLimit))]
        // The window's ids first, from the case table alone; names, caseworker and the
        // overdue flag only for the rows shown (a figure may stand for thousands of cases
        // that must be sorted, and the LIMIT keeps SQLite from flattening this).
        return QueueQuery(sql: """
            SELECT \(Self.caseSummaryColumns)
            FROM (SELECT c.id FROM cases c
                  WHERE \(conditions.joined(separator: " AND "))
                  ORDER BY c.opened_at DESC, c.id DESC
                  LIMIT ?) w
            JOIN cases c ON c.id = w.id
            JOIN people p ON p.id = c.person_id
            LEFT JOIN users u ON u.id = c.caseworker_id
            ORDER BY c.opened_at DESC, c.id DESC
            """, arguments: all)
    }

    /// The columns `CaseSummaryRow` reads; the first argument is now (for the overdue flag).
    static let caseSummaryColumns = """
        c.id, c.number, p.given_names, p.first_surname, p.second_surname,
        c.status, c.priority, c.service_area, u.display_name AS caseworker_name, c.opened_at,
        EXISTS (SELECT 1 FROM follow_ups f
                WHERE f.case_id = c.id AND f.status = 'scheduled' AND f.due_at < ?) AS overdue
        """

    /// Above this many follow-ups or referrals behind a figure, its window walks the cases
    /// newest first and checks each one (a few hundred probes when that many match), instead
    /// of collecting and sorting every case behind it.
    static let drillDownDenseLimit = 2000

    func isDense(_ db: Database, _ figure: ReportDrillDown, now: Date, limit: Int) throws -> Bool {
        guard let member = Self.drillDownMembers(figure, now: Self.seconds(now), dense: false) else { return false }
        var arguments = member.arguments
        arguments += [limit + 1]
        let n = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM \(member.table) x
                                  WHERE \(member.conditions.joined(separator: " AND ")) LIMIT ?)
            """, arguments: arguments) ?? 0
        return n > limit
    }

    /// The follow-ups or referrals whose cases a figure stands for (alias x), or nil for a
    /// figure of the case table alone. Dense: the conditions beyond the case are kept off
    /// their indexes (unary +) so each probe seeks the row's case.
    static func drillDownMembers(_ figure: ReportDrillDown, now: Int64, dense: Bool)
        -> (table: String, conditions: [String], arguments: StatementArguments)? {
        let plus = dense ? "+" : ""
        var arguments: StatementArguments = [now]
        switch figure {
        case .overdueFollowUps(let scope):
            var conditions = ["x.status = 'scheduled'", "x.due_at < ?"]
            switch scope {
            case .any: break
            case .unassigned: conditions.append("\(plus)x.assigned_to IS NULL")
            case .user(let id):
                conditions.append("\(plus)x.assigned_to = ?")
                arguments += [id]
            }
            return ("follow_ups", conditions, arguments)
        case .referralsAwaiting(let kind, let partnerId, _):
            // referrals_case is (case_id) alone: every other term stays off the indexes.
            var conditions = ["\(plus)x.status = 'sent'", "\(plus)x.response_due < ?"]
            if let kind {
                conditions.append("\(plus)x.kind = ?")
                arguments += [kind.rawValue]
            }
            if let partnerId {
                conditions.append("\(plus)x.partner_id = ?")
                arguments += [partnerId]
            }
            return ("referrals", conditions, arguments)
        case .referralsAwaitingWithoutPartner(let kind, _):
            var conditions = ["\(plus)x.status = 'sent'", "\(plus)x.response_due < ?", "\(plus)x.partner_id IS NULL"]
            if let kind {
                conditions.append("\(plus)x.kind = ?")
                arguments += [kind.rawValue]
            }
            return ("referrals", conditions, arguments)
        default:
            return nil
        }
    }
}
