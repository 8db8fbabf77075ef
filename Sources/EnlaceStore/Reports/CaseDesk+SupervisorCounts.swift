import EnlaceCore
import Foundation
import GRDB

/// How long a case has been open, in the buckets boards ask for.
public enum CaseAgeBucket: Int, CaseIterable, Sendable, Comparable {
    case upToWeek = 0        // 0-7 days
    case upToMonth = 1       // 8-30 days
    case upToQuarter = 2     // 31-90 days
    case older = 3           // 90+ days

    public static func < (a: CaseAgeBucket, b: CaseAgeBucket) -> Bool { a.rawValue < b.rawValue }

    public var label: String {
        switch self {
        case .upToWeek: return "0-7"
        case .upToMonth: return "8-30"
        case .upToQuarter: return "31-90"
        case .older: return "90+"
        }
    }
}

/// Open cases counted by status and age.
public struct OpenCaseCounts: Sendable, Equatable {
    public var counts: [CaseStatus: [CaseAgeBucket: Int]]

    public func count(_ status: CaseStatus, _ bucket: CaseAgeBucket) -> Int { counts[status]?[bucket] ?? 0 }
    public var total: Int { counts.values.reduce(0) { $0 + $1.values.reduce(0, +) } }
}

/// Overdue follow-ups of one caseworker (nil: nobody assigned).
public struct OverdueCount: Sendable, Equatable {
    public var caseworkerId: Int64?
    public var caseworkerName: String?
    public var count: Int
}

extension CaseDesk {
    /// Open cases by status and age bucket (supervisors: reports permission). Age counts whole
    /// UTC days since the case was opened (0-7, 8-30, 31-90, 90+). Reads `case_day_counts`, a
    /// few thousand rows kept by triggers, never the cases themselves.
    public func openCaseCounts(now: Date? = nil, by actor: UserAccount) throws -> OpenCaseCounts {
        let today = Int64((now ?? clock.now()).timeIntervalSince1970) / 86_400
        return try read { db in
            try self.requireReports(db, actor)
            let open = CaseStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ",")
            let rows = try StatusAgeRow.decodeAll(db, sql: """
                SELECT status,
                       CASE WHEN day >= ? THEN 0 WHEN day >= ? THEN 1 WHEN day >= ? THEN 2 ELSE 3 END AS bucket,
                       sum(n) AS n
                FROM case_day_counts
                WHERE status IN (\(open)) AND n > 0
                GROUP BY status, bucket
                """, arguments: [today - 7, today - 30, today - 90])
            var counts: [CaseStatus: [CaseAgeBucket: Int]] = [:]
            for row in rows {
                guard let bucket = CaseAgeBucket(rawValue: row.bucket) else { continue }   // 0-3 by the query
                if row.n > 0 { counts[row.status, default: [:]][bucket] = row.n }
            }
            return OpenCaseCounts(counts: counts)
        }
    }

    /// Scheduled follow-ups past due, counted per assigned caseworker, most first.
    public func overdueFollowUpsByCaseworker(now: Date? = nil, by actor: UserAccount) throws -> [OverdueCount] {
        let now = Int64((now ?? clock.now()).timeIntervalSince1970)
        return try read { db in
            try self.requireReports(db, actor)
            return try OverdueCount.decodeAll(db, sql: """
                SELECT f.assigned_to AS uid, u.display_name AS name, f.n AS n
                FROM (SELECT assigned_to, count(*) AS n FROM follow_ups
                      WHERE status = 'scheduled' AND due_at < ?
                      GROUP BY assigned_to) f
                LEFT JOIN users u ON u.id = f.assigned_to
                ORDER BY f.n DESC, name
                """, arguments: [now])
        }
    }

    /// Refuses anyone the role table does not give `.viewReports` (supervisors only).
    func requireReports(_ db: Database, _ actor: UserAccount) throws {
        let roles = try currentRoles(db, of: actor)
        if case .failure(let refusal) = Permissions.check(.viewReports, actor: ActingUser(roles: roles, userId: String(actor.id))) {
            throw StoreError.notPermitted(refusal.message)
        }
    }
}

/// How big the database is, for `enlace bench` and `enlace seed` (counts only, nothing personal).
public struct DatabaseSize: Sendable, Equatable, Codable {
    public var people: Int
    public var cases: Int
    public var referrals: Int
    public var followUps: Int
    public var fileBytes: Int64
}

extension CaseDesk {
    public func databaseSize() throws -> DatabaseSize {
        let counts = try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM people") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM referrals") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM follow_ups") ?? 0)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let bytes = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        return DatabaseSize(people: counts.0, cases: counts.1, referrals: counts.2, followUps: counts.3, fileBytes: bytes)
    }
}

/// Read as the overdue follow-ups query selects it.
extension OverdueCount: StoredRecord {
    static let storedTable = "follow_ups"

    enum CodingKeys: String, CodingKey {
        case caseworkerId = "uid", caseworkerName = "name", count = "n"
    }
}
