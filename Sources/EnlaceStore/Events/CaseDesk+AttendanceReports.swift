import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// `attendance`: for each month and workshop topic, how many came, how many were new to
    /// the organization (registered on the workshop's day or at it) and how many returning.
    /// Supervisors; the period filters the workshops' days.
    func attendanceTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        let rows = try read { db -> [[ReportCell]] in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            let period = Self.eventPeriod(filter, &arguments)
            return try Row.fetchAll(db, sql: """
                SELECT substr(e.held_on, 1, 7) AS month, coalesce(e.topic, 'other') AS topic, count(*) AS attended,
                       sum(date(p.created_at, 'unixepoch') >= e.held_on) AS new_people
                FROM event_attendance a JOIN events e ON e.id = a.event_id JOIN people p ON p.id = a.person_id
                WHERE e.kind = 'workshop' \(period)
                GROUP BY 1, 2 ORDER BY 1, 2
                """, arguments: arguments).map { row in
                let topic = WorkshopTopic(rawValue: row["topic"]) ?? .other
                let attended: Int = row["attended"], new: Int = row["new_people"]
                return [.text(row["month"]), .label(topic.label), .count(attended), .count(new), .count(attended - new)]
            }
        }
        return ReportTable(id: ReportKind.attendance.rawValue, title: ReportKind.attendance.title.text,
                           columns: [ReportColumn("month", ReportText.colMonth.text, .label),
                                     ReportColumn("topic", ReportText.colTopic.text, .label),
                                     ReportColumn("attended", ReportText.colAttended.text, .count),
                                     ReportColumn("new", ReportText.colNew.text, .count),
                                     ReportColumn("returning", ReportText.colReturning.text, .count)],
                           rows: rows, notes: [ReportText.noteAttendance.text])
    }

    /// `event-origins`: for each event of the period, the people who came by their state of
    /// origin ("not given" when unknown). Its aggregate export hides cells from 1 to 4.
    func eventOriginsTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        let rows = try read { db -> [[ReportCell]] in
            try self.requireReports(db, actor)
            var arguments = StatementArguments()
            let period = Self.eventPeriod(filter, &arguments)
            return try Row.fetchAll(db, sql: """
                SELECT e.name, e.held_on, p.origin_state AS state, count(*) AS people
                FROM event_attendance a JOIN events e ON e.id = a.event_id JOIN people p ON p.id = a.person_id
                WHERE 1 \(period)
                GROUP BY e.id, p.origin_state ORDER BY e.held_on DESC, e.id DESC, people DESC, state
                """, arguments: arguments).map { row in
                let code: String? = row["state"]
                let state: ReportCell = code.flatMap { MexicanState(lookup: $0)?.officialName }.map { .text($0) }
                    ?? code.map { .text($0) } ?? .label(ReportText.notGiven.text)
                return [.text(row["name"]), .text(row["held_on"]), state, .count(row["people"])]
            }
        }
        return ReportTable(id: ReportKind.eventOrigins.rawValue, title: ReportKind.eventOrigins.title.text,
                           columns: [ReportColumn("event", ReportText.colEvent.text, .label),
                                     ReportColumn("date", ReportText.colDate.text, .label),
                                     ReportColumn("state", ReportText.colState.text, .label),
                                     ReportColumn("people", ReportText.colPeople.text, .count)],
                           rows: rows)
    }

    /// " AND e.held_on >= ? AND e.held_on <= ?" for the filter's days.
    static func eventPeriod(_ filter: ReportFilter, _ arguments: inout StatementArguments) -> String {
        var sql = ""
        if let from = filter.from { sql += " AND e.held_on >= ?"; arguments += [from.iso] }
        if let to = filter.to { sql += " AND e.held_on <= ?"; arguments += [to.iso] }
        return sql
    }
}
