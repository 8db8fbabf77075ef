import EnlaceCore
import Foundation
import GRDB

/// The supervisor's review figures beyond `openCaseCounts` and `overdueFollowUpsByCaseworker`:
/// each reads a count table kept by triggers ("v7-reports") or walks one index.
extension CaseDesk {
    /// Sent referrals past their response date, counted by kind and partner, most first
    /// (supervisors). Walks the `referrals_awaiting` index: only the overdue ones.
    public func referralsAwaitingByKindAndPartner(kind: ReferralKind? = nil, now: Date? = nil,
                                                  by actor: UserAccount) throws -> [AwaitingReferralCount] {
        let now = Self.seconds(now ?? clock.now())
        return try read { db in
            try self.requireReports(db, actor)
            var arguments: StatementArguments = [now]
            var kindCondition = ""
            if let kind {
                kindCondition = "AND kind = ?"
                arguments += [kind.rawValue]
            }
            return try AwaitingReferralCount.decodeAll(db, sql: """
                SELECT g.kind, g.partner_id, pa.name AS partner_name, g.n
                FROM (SELECT kind, partner_id, count(*) AS n FROM referrals
                      WHERE status = 'sent' AND response_due < ? \(kindCondition)
                      GROUP BY kind, partner_id) g
                LEFT JOIN partners pa ON pa.id = g.partner_id
                ORDER BY g.n DESC, g.kind, partner_name
                """, arguments: arguments)
        }
    }

    /// Urgent cases not closed, counted by status, for everyone or one caseworker (supervisors).
    public func urgentOpenCaseCounts(caseworker: CaseworkerScope = .any,
                                     by actor: UserAccount) throws -> [CaseStatus: Int] {
        try read { db in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            let condition = Self.loadCaseworkerCondition(caseworker, &arguments)
            let rows = try StatusCountRow.decodeAll(db, sql: """
                SELECT status, sum(n) AS n FROM case_load_counts
                WHERE priority = 'urgent' AND status <> 'closed' \(condition)
                GROUP BY status
                """, arguments: arguments)
            var counts: [CaseStatus: Int] = [:]
            for row in rows where row.n > 0 { counts[row.status] = row.n }
            return counts
        }
    }

    /// What each caseworker has on the desk now: every active caseworker (zeros included) and
    /// anyone else, or nobody, who has open work; most open cases first (supervisors).
    public func workloadByCaseworker(now: Date? = nil, by actor: UserAccount) throws -> [CaseworkerWorkload] {
        let now = Self.seconds(now ?? clock.now())
        return try read { db in
            try self.requireReports(db, actor)
            var table: [Int64: CaseworkerWorkload] = [:]
            func entry(_ id: Int64) -> CaseworkerWorkload {
                table[id] ?? CaseworkerWorkload(caseworkerId: id == 0 ? nil : id, caseworkerName: nil, openCases: 0,
                                                urgentCases: 0, closuresAwaiting: 0, overdueFollowUps: 0,
                                                awaitingReferrals: 0)
            }
            for id in try Int64.fetchAll(db, sql: "SELECT u.id FROM users u WHERE u.active = 1 AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'caseworker')") {
                table[id] = entry(id)
            }
            for row in try CaseworkerLoadRow.decodeAll(db, sql: """
                SELECT caseworker_id,
                       sum(CASE WHEN status <> 'closed' THEN n ELSE 0 END) AS open,
                       sum(CASE WHEN status <> 'closed' AND priority = 'urgent' THEN n ELSE 0 END) AS urgent,
                       sum(CASE WHEN status = 'closureRequested' THEN n ELSE 0 END) AS closures
                FROM case_load_counts GROUP BY caseworker_id
                """) where row.open > 0 {
                var w = entry(row.caseworkerId)
                w.openCases = row.open
                w.urgentCases = row.urgent
                w.closuresAwaiting = row.closures
                table[row.caseworkerId] = w
            }
            for row in try UserCountRow.decodeAll(db, sql: """
                SELECT ifnull(assigned_to, 0) AS uid, count(*) AS n FROM follow_ups
                WHERE status = 'scheduled' AND due_at < ? GROUP BY 1
                """, arguments: [now]) {
                var w = entry(row.uid)
                w.overdueFollowUps = row.n
                table[row.uid] = w
            }
            for row in try UserCountRow.decodeAll(db, sql: """
                SELECT ifnull(c.caseworker_id, 0) AS uid, count(*) AS n
                FROM referrals r JOIN cases c ON c.id = r.case_id
                WHERE r.status = 'sent' AND r.response_due < ? GROUP BY 1
                """, arguments: [now]) {
                var w = entry(row.uid)
                w.awaitingReferrals = row.n
                table[row.uid] = w
            }
            let names = try self.userNames(db, Array(table.keys))
            return table.values.map { w in
                var w = w
                w.caseworkerName = w.caseworkerId.flatMap { names[$0] }
                return w
            }.sorted {
                ($0.openCases, $1.caseworkerName ?? "") > ($1.openCases, $0.caseworkerName ?? "")
            }
        }
    }

    /// Closures awaiting approval counted per caseworker (nil: nobody), most first (supervisors).
    public func closuresAwaitingByCaseworker(by actor: UserAccount) throws -> [CaseworkerCount] {
        try read { db in
            try self.requireReports(db, actor)
            let rows = try CaseworkerCountRow.decodeAll(db, sql: """
                SELECT caseworker_id, sum(n) AS n FROM case_load_counts
                WHERE status = 'closureRequested' GROUP BY caseworker_id HAVING sum(n) > 0
                """)
            let names = try self.userNames(db, rows.map(\.caseworkerId))
            return rows.map { row -> CaseworkerCount in
                let id = row.caseworkerId
                return CaseworkerCount(caseworkerId: id == 0 ? nil : id, caseworkerName: names[id], count: row.n)
            }.sorted { ($0.count, $1.caseworkerName ?? "") > ($1.count, $0.caseworkerName ?? "") }
        }
    }

    // MARK: - Helpers

    /// Display names of users by id (0 and unknown ids are left out).
    func userNames(_ db: Database, _ ids: [Int64]) throws -> [Int64: String] {
        let wanted = ids.filter { $0 != 0 }
        guard !wanted.isEmpty else { return [:] }
        let rows = try UserNameRow.decodeAll(
            db, sql: "SELECT id, display_name FROM users WHERE id IN (\(Self.placeholders(wanted.count)))",
            arguments: StatementArguments(wanted))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.displayName) })
    }

    /// `AND caseworker_id ...` on a count table where 0 means nobody.
    static func loadCaseworkerCondition(_ scope: CaseworkerScope, _ arguments: inout StatementArguments) -> String {
        switch scope {
        case .any: return ""
        case .unassigned: return "AND caseworker_id = 0"
        case .user(let id):
            arguments += [id]
            return "AND caseworker_id = ?"
        }
    }
}
