import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Above this many people matching a name filter, the window walks the cases in list order
    /// and checks the name on each row, instead of collecting and sorting every match.
    static let ftsDrivenLimit = 2000
    /// caseCount gives up counting past this and returns nil ("10.000+").
    public static let countCap = 10_000

    /// Which cases an actor may see in lists.
    enum Visibility {
        case all
        /// Own cases and unassigned ones.
        case caseworker(Int64)
        /// Cases the volunteer registered since the start of today (local time).
        case volunteer(Int64, since: Int64)
        /// Admins see no case content.
        case none
    }

    func visibility(_ db: Database, of actor: UserAccount) throws -> Visibility {
        switch try currentRole(db, of: actor) {
        case .supervisor: return .all
        case .caseworker: return .caseworker(actor.id)
        case .volunteer:
            let start = Calendar.current.startOfDay(for: clock.now())
            return .volunteer(actor.id, since: Int64(start.timeIntervalSince1970.rounded(.down)))
        case .admin: return .none
        }
    }

    /// A window of the case list (keyset pagination: never loads the table).
    public func caseWindow(_ request: CaseWindowRequest, actor: UserAccount) throws -> [CaseSummary] {
        try caseWindow(request, actor: actor, ftsDrivenLimit: Self.ftsDrivenLimit)
    }

    func caseWindow(_ request: CaseWindowRequest, actor: UserAccount,
                    ftsDrivenLimit: Int) throws -> [CaseSummary] {
        try read { db in
            guard let query = try self.windowQuery(db, request, actor: actor,
                                                   ftsDrivenLimit: ftsDrivenLimit)
            else { return [] }
            var summaries = try CaseSummaryRow.summaries(db, sql: query.sql, arguments: query.arguments)
            if request.direction == .before { summaries.reverse() }
            return summaries
        }
    }

    /// How many cases the filter finds for the actor; nil when more than `countCap`.
    public func caseCount(filter: String, actor: UserAccount) throws -> Int? {
        try read { db in
            let visibility = try self.visibility(db, of: actor)
            if case .none = visibility { return 0 }
            var from = "cases c"
            var conditions: [String] = []
            var arguments = StatementArguments()
            switch CaseFilter.parse(filter, currentYear: self.currentYear()) {
            case .all:
                break
            case .numbers(let numbers):
                Self.appendNumbers(numbers, to: &conditions, &arguments)
            case .phones(let phones):
                conditions.append("c.person_id IN (SELECT person_id FROM phones WHERE e164 IN (\(Self.placeholders(phones.count))))")
                arguments += StatementArguments(phones)
            case .curp(let curp):
                conditions.append("c.person_id IN (SELECT id FROM people WHERE curp = ?)")
                arguments += [curp]
            case .name(let tokens):
                if case .volunteer = visibility {
                    from += " JOIN people p ON p.id = c.person_id"
                    Self.appendInstr(tokens, to: &conditions, &arguments)
                } else {
                    from = "people_fts CROSS JOIN cases c ON c.person_id = people_fts.rowid"
                    conditions.append("people_fts MATCH ?")
                    arguments += [CaseFilter.ftsQuery(tokens)]
                }
            }
            Self.appendVisibility(visibility, to: &conditions, &arguments)
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [Self.countCap + 1]
            let count = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT 1 FROM \(from) \(whereClause) LIMIT ?)
                """, arguments: arguments) ?? 0
            return count > Self.countCap ? nil : count
        }
    }

    // MARK: - Query building (internal so tests can EXPLAIN it)

    struct WindowQuery {
        var sql: String
        var arguments: StatementArguments
        /// True when the name filter is resolved through people_fts first.
        var ftsDriven: Bool
    }

    func windowQuery(_ db: Database, _ request: CaseWindowRequest, actor: UserAccount,
                     ftsDrivenLimit: Int = CaseDesk.ftsDrivenLimit) throws -> WindowQuery? {
        let visibility = try visibility(db, of: actor)
        if case .none = visibility { return nil }
        let limit = max(1, min(request.limit, CaseWindowRequest.maximumLimit))
        var from = "cases c JOIN people p ON p.id = c.person_id"
        var conditions: [String] = []
        var arguments = StatementArguments()
        var ftsDriven = false

        switch CaseFilter.parse(request.filter, currentYear: currentYear()) {
        case .numbers(let numbers):
            Self.appendNumbers(numbers, to: &conditions, &arguments)
        case .phones(let phones):
            // Few people share a phone: start from them, then sort their cases.
            from = """
                (SELECT DISTINCT person_id AS pid FROM phones
                 WHERE e164 IN (\(Self.placeholders(phones.count)))) m
                CROSS JOIN cases c ON c.person_id = m.pid
                JOIN people p ON p.id = c.person_id
                """
            arguments += StatementArguments(phones)
        case .curp(let curp):
            from = """
                people p CROSS JOIN cases c ON c.person_id = p.id
                """
            conditions.append("p.curp = ?")
            arguments += [curp]
        case .name(let tokens):
            var useFTS = false
            if case .volunteer = visibility {
                useFTS = false
            } else {
                let matches = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM people_fts WHERE people_fts MATCH ? LIMIT ?)
                    """, arguments: [CaseFilter.ftsQuery(tokens), ftsDrivenLimit + 1]) ?? 0
                if matches == 0 { return nil }
                useFTS = matches <= ftsDrivenLimit
            }
            if useFTS {
                ftsDriven = true
                from = """
                    people_fts CROSS JOIN cases c ON c.person_id = people_fts.rowid
                    JOIN people p ON p.id = c.person_id
                    """
                conditions.append("people_fts MATCH ?")
                arguments += [CaseFilter.ftsQuery(tokens)]
            } else {
                Self.appendInstr(tokens, to: &conditions, &arguments)
            }
        case .all:
            break
        }
        Self.appendVisibility(visibility, to: &conditions, &arguments)

        let descending = request.direction == .after
        if let anchor = request.anchor {
            conditions.append(descending ? "(c.opened_at, c.id) < (?, ?)" : "(c.opened_at, c.id) > (?, ?)")
            arguments += [anchor.openedAtSeconds, anchor.id]
        }
        let order = descending ? "c.opened_at DESC, c.id DESC" : "c.opened_at ASC, c.id ASC"
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var allArguments: StatementArguments = [clock.nowSeconds()]
        allArguments += arguments
        allArguments += [limit]
        let sql = """
            SELECT c.id, c.number, p.given_names, p.first_surname, p.second_surname,
                   c.status, c.priority, c.service_area, u.display_name AS caseworker_name,
                   c.opened_at,
                   EXISTS (SELECT 1 FROM follow_ups f
                           WHERE f.case_id = c.id AND f.status = 'scheduled' AND f.due_at < ?)
                       AS overdue
            FROM \(from)
            LEFT JOIN users u ON u.id = c.caseworker_id
            \(whereClause)
            ORDER BY \(order)
            LIMIT ?
            """
        return WindowQuery(sql: sql, arguments: allArguments, ftsDriven: ftsDriven)
    }

    static func appendVisibility(_ visibility: Visibility, to conditions: inout [String],
                                 _ arguments: inout StatementArguments) {
        switch visibility {
        case .all, .none:
            break
        case .caseworker(let id):
            // The unary + keeps SQLite on the (opened_at, id) index, which gives list order.
            conditions.append("(+c.caseworker_id = ? OR +c.caseworker_id IS NULL)")
            arguments += [id]
        case .volunteer(let id, let since):
            conditions.append("c.created_by = ? AND c.opened_at >= ?")
            arguments += [id, since]
        }
    }

    /// Word-prefix match on people.search_form, row by row (same meaning as the FTS query).
    static func appendInstr(_ tokens: [String], to conditions: inout [String],
                            _ arguments: inout StatementArguments) {
        for token in tokens {
            conditions.append("instr(' ' || p.search_form, ?) > 0")
            arguments += [" " + token]
        }
    }

    /// Cases with one of these numbers.
    static func appendNumbers(_ numbers: [String], to conditions: inout [String],
                              _ arguments: inout StatementArguments) {
        conditions.append("c.number IN (\(placeholders(numbers.count)))")
        arguments += StatementArguments(numbers)
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    func currentYear() -> Int {
        Calendar(identifier: .gregorian).component(.year, from: clock.now())
    }
}
