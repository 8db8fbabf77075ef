import EnlaceCore
import Foundation
import GRDB

/// The rows the report queries read from the count tables of "v7-reports" and a few indexes,
/// decoded as records (the SQL stays hand-written: it groups and sums). A stored kind, status
/// or outcome this build does not know is `corruptValue` naming the count table it was read
/// from, never a row left out of a total.

/// `case_flow_days`: cases opened or closed on one UTC day.
struct CaseFlowDayRow: StoredRecord {
    static let storedTable = "case_flow_days"
    enum Event: String, Decodable { case opened, closed }
    var event: Event
    /// UTC day number.
    var day: Int
    var n: Int
}

/// `referral_day_counts` by kind, status and outcome ('' when none).
struct ReferralResultRow: StoredRecord {
    static let storedTable = "referral_day_counts"
    var kind: ReferralKind
    var status: ReferralStatus
    var outcome: String
    var n: Int

    /// The finished referral's result: its outcome when completed (none given: "completed"),
    /// else its status (declined, no-show, cancelled).
    func result() throws -> ReferralResult {
        if status == .completed {
            if outcome.isEmpty { return .completedNoOutcome }
            guard let outcome = ReferralOutcome(rawValue: outcome),
                  let result = ReferralResult(rawValue: outcome.rawValue) else {
                throw StoreError.corruptValue(table: Self.storedTable, column: "outcome", value: outcome)
            }
            return result
        }
        guard let result = ReferralResult(rawValue: status.rawValue) else {
            throw StoreError.corruptValue(table: Self.storedTable, column: "status", value: status.rawValue)
        }
        return result
    }
}

/// `referral_response_days`: answers that took `days` whole days, per kind.
struct ResponseDaysRow: StoredRecord {
    static let storedTable = "referral_response_days"
    var kind: ReferralKind
    var days: Int
    var n: Int
}

/// `people_origin_days` summed by one of its columns ('' when not given).
struct KeyCountRow: StoredRecord {
    static let storedTable = "people_origin_days"
    var key: String
    var n: Int
}

/// `case_load_counts` summed by status.
struct StatusCountRow: StoredRecord {
    static let storedTable = "case_load_counts"
    var status: CaseStatus
    var n: Int
}

/// `case_day_counts` summed by status and age bucket (0-3, computed by the query).
struct StatusAgeRow: StoredRecord {
    static let storedTable = "case_day_counts"
    var status: CaseStatus
    var bucket: Int
    var n: Int
}

/// `case_load_counts` summed per caseworker (0: nobody).
struct CaseworkerLoadRow: StoredRecord {
    static let storedTable = "case_load_counts"
    var caseworkerId: Int64
    var open: Int
    var urgent: Int
    var closures: Int

    enum CodingKeys: String, CodingKey {
        case open, urgent, closures
        case caseworkerId = "caseworker_id"
    }
}

/// A count per caseworker id (0: nobody), under the column names the queries give.
struct CaseworkerCountRow: StoredRecord {
    static let storedTable = "case_load_counts"
    var caseworkerId: Int64
    var n: Int

    enum CodingKeys: String, CodingKey {
        case n
        case caseworkerId = "caseworker_id"
    }
}

/// A count per user id (`uid`, 0: nobody).
struct UserCountRow: StoredRecord {
    static let storedTable = "follow_ups"
    var uid: Int64
    var n: Int
}

/// A user's display name.
struct UserNameRow: StoredRecord {
    static let storedTable = "users"
    var id: Int64
    var displayName: String

    enum CodingKeys: String, CodingKey {
        case id
        case displayName = "display_name"
    }
}
