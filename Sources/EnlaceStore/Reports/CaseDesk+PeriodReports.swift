import EnlaceCore
import Foundation
import GRDB

/// The board's reports over a period (`ReportFilter`: UTC days, both ends included). Each
/// reads one count table of "v7-reports" (a row per day and value), never the big tables.
extension CaseDesk {
    /// Cases opened and closed per month, every month of the period (zeros included); the
    /// period defaults to the first month with a case up to this month. With a caseworker:
    /// the cases now assigned to that person (supervisors).
    public func casesPerMonth(_ filter: ReportFilter = ReportFilter(), now: Date? = nil,
                              by actor: UserAccount) throws -> [MonthlyCaseFlow] {
        let today = CalendarDate(now ?? clock.now())
        return try read { db in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            var conditions = Self.dayConditions(filter, column: "day", &arguments)
            if let id = filter.caseworkerId {
                conditions.append("caseworker_id = ?")
                arguments += [id]
            }
            let rows = try CaseFlowDayRow.decodeAll(db, sql: """
                SELECT event, day, sum(n) AS n FROM case_flow_days
                \(Self.whereClause(conditions)) GROUP BY event, day HAVING sum(n) > 0
                """, arguments: arguments)
            var opened: [Int: Int] = [:], closed: [Int: Int] = [:]   // month index -> n
            var first = filter.from.map(Self.monthIndex), last = filter.to.map(Self.monthIndex) ?? Self.monthIndex(today)
            for row in rows {
                guard let day = CalendarDate(daysSinceEpoch: row.day) else { continue }
                let m = Self.monthIndex(day)
                switch row.event {
                case .opened: opened[m, default: 0] += row.n
                case .closed: closed[m, default: 0] += row.n
                }
                if filter.from == nil { first = min(first ?? m, m) }
                if filter.to == nil { last = max(last, m) }
            }
            guard let start = first, start <= last else { return [] }
            return (start...last).map { m in
                MonthlyCaseFlow(year: m / 12, month: m % 12 + 1, opened: opened[m] ?? 0, closed: closed[m] ?? 0)
            }
        }
    }

    /// Referrals created in the period, by kind and status (supervisors).
    public func referralsByKindAndStatus(_ filter: ReportFilter = ReportFilter(),
                                         by actor: UserAccount) throws -> [ReferralStatusCount] {
        try read { db in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            let conditions = Self.referralConditions(filter, &arguments)
            return try ReferralStatusCount.decodeAll(db, sql: """
                SELECT kind, status, sum(n) AS n FROM referral_day_counts
                \(Self.whereClause(conditions)) GROUP BY kind, status HAVING sum(n) > 0
                """, arguments: arguments)
        }
    }

    /// Referrals created in the period that are finished, by kind and result (supervisors).
    public func referralResultsByKind(_ filter: ReportFilter = ReportFilter(),
                                      by actor: UserAccount) throws -> [ReferralResultCount] {
        try read { db in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            var conditions = Self.referralConditions(filter, &arguments)
            conditions.append("status IN ('completed', 'declined', 'noShow', 'cancelled')")
            var counts: [ReferralKind: [ReferralResult: Int]] = [:]
            for row in try ReferralResultRow.decodeAll(db, sql: """
                SELECT kind, status, outcome, sum(n) AS n FROM referral_day_counts
                \(Self.whereClause(conditions)) GROUP BY kind, status, outcome HAVING sum(n) > 0
                """, arguments: arguments) {
                counts[row.kind, default: [:]][try row.result(), default: 0] += row.n
            }
            return ReferralKind.allCases.flatMap { kind in
                ReferralResult.allCases.compactMap { result in
                    counts[kind]?[result].map { ReferralResultCount(kind: kind, result: result, count: $0) }
                }
            }
        }
    }

    /// For referrals sent in the period and answered by the partner (accepted or declined):
    /// how many, and the median whole days from sending to the answer, per kind; every kind
    /// is listed (supervisors).
    public func partnerResponseTimes(_ filter: ReportFilter = ReportFilter(),
                                     by actor: UserAccount) throws -> [ResponseTime] {
        try read { db in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            let conditions = Self.referralConditions(filter, &arguments)
            var histograms: [ReferralKind: [Int: Int]] = [:]
            for row in try ResponseDaysRow.decodeAll(db, sql: """
                SELECT kind, days, sum(n) AS n FROM referral_response_days
                \(Self.whereClause(conditions)) GROUP BY kind, days HAVING sum(n) > 0
                """, arguments: arguments) {
                histograms[row.kind, default: [:]][row.days, default: 0] += row.n
            }
            let kinds = filter.kind.map { [$0] } ?? ReferralKind.allCases
            return kinds.map { kind in
                let h = histograms[kind] ?? [:]
                return ResponseTime(kind: kind, responses: h.values.reduce(0, +), medianDays: HistogramMedian.median(h))
            }
        }
    }

    /// People registered in the period, by state of origin, most first (supervisors).
    public func peopleByOriginState(_ filter: ReportFilter = ReportFilter(),
                                    by actor: UserAccount) throws -> [PeopleCount] {
        try peopleCounts(filter, column: "origin_state", actor: actor) { key in
            MexicanState(inegiCode: key)?.commonName ?? MexicanState(lookup: key)?.commonName ?? key
        }
    }

    /// People registered in the period, by hometown association, most first (supervisors).
    public func peopleByHometownAssociation(_ filter: ReportFilter = ReportFilter(),
                                            by actor: UserAccount) throws -> [PeopleCount] {
        try peopleCounts(filter, column: "association", actor: actor) { $0 }
    }

    private func peopleCounts(_ filter: ReportFilter, column: String, actor: UserAccount,
                              name: (String) -> String) throws -> [PeopleCount] {
        try read { db in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            let conditions = Self.dayConditions(filter, column: "day", &arguments)
            return try KeyCountRow.decodeAll(db, sql: """
                SELECT \(column) AS key, sum(n) AS n FROM people_origin_days
                \(Self.whereClause(conditions)) GROUP BY \(column) HAVING sum(n) > 0
                ORDER BY n DESC, key
                """, arguments: arguments).map { row in
                PeopleCount(key: row.key, name: row.key.isEmpty ? nil : name(row.key), count: row.n)
            }
        }
    }

    /// Events held in the period (by their date), newest first, with the cases opened and the
    /// people registered at each (supervisors).
    public func intakesPerEvent(_ filter: ReportFilter = ReportFilter(),
                                by actor: UserAccount) throws -> [EventIntakes] {
        try read { db in
            try self.requireReports(db, actor)
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let from = filter.from { conditions.append("e.held_on >= ?"); arguments += [from.iso] }
            if let to = filter.to { conditions.append("e.held_on <= ?"); arguments += [to.iso] }
            return try EventIntakes.decodeAll(db, sql: """
                SELECT e.id, e.name, e.held_on,
                       (SELECT count(*) FROM cases c WHERE c.event_id = e.id) AS cases,
                       (SELECT count(*) FROM people p WHERE p.event_id = e.id) AS people
                FROM events e \(Self.whereClause(conditions))
                ORDER BY e.held_on DESC, e.id DESC
                """, arguments: arguments)
        }
    }

    // MARK: - Helpers

    /// Month number since year 0 (year * 12 + month - 1).
    static func monthIndex(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }

    static func dayConditions(_ filter: ReportFilter, column: String,
                              _ arguments: inout StatementArguments) -> [String] {
        var conditions: [String] = []
        let (lower, upper) = filter.dayRange
        if let lower { conditions.append("\(column) >= ?"); arguments += [lower] }
        if let upper { conditions.append("\(column) <= ?"); arguments += [upper] }
        return conditions
    }

    static func referralConditions(_ filter: ReportFilter, _ arguments: inout StatementArguments) -> [String] {
        var conditions = dayConditions(filter, column: "day", &arguments)
        if let kind = filter.kind {
            conditions.append("kind = ?")
            arguments += [kind.rawValue]
        }
        return conditions
    }

    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}
