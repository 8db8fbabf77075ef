import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The cases behind a figure, newest first (opening time, then id), a window at a time:
    /// give the last row's `key` as `after` for the next window (supervisors). Rows are the
    /// case list's `CaseSummary`, with no sensitive field.
    public func drillDown(_ figure: ReportDrillDown, after: CaseListKey? = nil, limit: Int = 50,
                          now: Date? = nil, by actor: UserAccount) throws -> [CaseSummary] {
        let now = now ?? clock.now()
        return try read { db in
            try self.requireReports(db, actor)
            let q = self.drillDownQuery(figure, after: after, limit: limit, now: now)
            return try Row.fetchAll(db, sql: q.sql, arguments: q.arguments).compactMap(Self.summary)
        }
    }

    /// The query of one drill-down window (internal so tests can EXPLAIN it).
    func drillDownQuery(_ figure: ReportDrillDown, after: CaseListKey?, limit: Int, now: Date) -> QueueQuery {
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
        case .overdueFollowUps(let scope):
            var inner = "status = 'scheduled' AND due_at < ?"
            arguments += [nowSeconds]
            switch scope {
            case .any: break
            case .unassigned: inner += " AND assigned_to IS NULL"
            case .user(let id):
                inner += " AND assigned_to = ?"
                arguments += [id]
            }
            conditions.append("c.id IN (SELECT case_id FROM follow_ups WHERE \(inner))")
        case .referralsAwaiting(let kind, let partnerId, let scope):
            var inner = "status = 'sent' AND response_due < ?"
            arguments += [nowSeconds]
            if let kind {
                inner += " AND kind = ?"
                arguments += [kind.rawValue]
            }
            if let partnerId {
                inner += " AND partner_id = ?"
                arguments += [partnerId]
            }
            conditions.append("c.id IN (SELECT case_id FROM referrals WHERE \(inner))")
            caseworker(scope)
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

    /// The columns `summary(_:)` reads; the first argument is now (for the overdue flag).
    static let caseSummaryColumns = """
        c.id, c.number, p.given_names, p.first_surname, p.second_surname,
        c.status, c.priority, c.service_area, u.display_name AS caseworker_name, c.opened_at,
        EXISTS (SELECT 1 FROM follow_ups f
                WHERE f.case_id = c.id AND f.status = 'scheduled' AND f.due_at < ?) AS overdue
        """
}
