import EnlaceCore
import Foundation

/// Cases opened and closed in one calendar month (UTC days).
public struct MonthlyCaseFlow: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var opened: Int
    public var closed: Int

    /// "2026-03"
    public var label: String { String(format: "%04d-%02d", year, month) }
}

/// Referrals of one kind in one status.
public struct ReferralStatusCount: Sendable, Equatable {
    public var kind: ReferralKind
    public var status: ReferralStatus
    public var count: Int
}

/// How partners of one kind answered: how many answers, and the median of whole days from
/// sending to the answer (nil when none).
public struct ResponseTime: Sendable, Equatable {
    public var kind: ReferralKind
    public var responses: Int
    public var medianDays: Double?
}

/// How a finished referral ended: the outcome of a completed one, else its final status.
public enum ReferralResult: String, CaseIterable, Sendable {
    case serviceProvided, partiallyProvided, notProvided, referredElsewhere
    /// Completed with no outcome recorded.
    case completedNoOutcome
    case declined, noShow, cancelled

    public var label: LocalizedText {
        switch self {
        case .serviceProvided: return ReferralOutcome.serviceProvided.label.text
        case .partiallyProvided: return ReferralOutcome.partiallyProvided.label.text
        case .notProvided: return ReferralOutcome.notProvided.label.text
        case .referredElsewhere: return ReferralOutcome.referredElsewhere.label.text
        case .completedNoOutcome: return ReferralStatus.completed.label.text
        case .declined: return ReferralStatus.declined.label.text
        case .noShow: return ReferralStatus.noShow.label.text
        case .cancelled: return ReferralStatus.cancelled.label.text
        }
    }
}

/// Finished referrals of one kind with one result.
public struct ReferralResultCount: Sendable, Equatable {
    public var kind: ReferralKind
    public var result: ReferralResult
    public var count: Int
}

/// People counted under one value (a state of origin, a hometown association); `key` is
/// the stored value ("" when not given), `name` what a person reads (nil: not given).
public struct PeopleCount: Sendable, Equatable {
    public var key: String
    public var name: String?
    public var count: Int
}

/// An event and what was registered there.
public struct EventIntakes: Sendable, Equatable {
    public var eventId: Int64
    public var name: String
    public var heldOn: String
    /// Cases opened at the event.
    public var cases: Int
    /// People registered at the event.
    public var people: Int
}

/// The median of values given as a histogram (value -> how many): the middle value, or the
/// mean of the two middle ones; nil when empty.
public enum HistogramMedian {
    public static func median(_ histogram: [Int: Int]) -> Double? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        let sorted = histogram.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        func value(at rank: Int) -> Int {        // rank 1-based
            var seen = 0
            for (v, n) in sorted {
                seen += n
                if seen >= rank { return v }
            }
            return sorted.last!.key
        }
        if total % 2 == 1 { return Double(value(at: (total + 1) / 2)) }
        return Double(value(at: total / 2) + value(at: total / 2 + 1)) / 2
    }
}

/// Read from `referral_day_counts` summed by kind and status.
extension ReferralStatusCount: StoredRecord {
    static let storedTable = "referral_day_counts"

    enum CodingKeys: String, CodingKey {
        case kind, status
        case count = "n"
    }
}

/// Read from `events` with its counts.
extension EventIntakes: StoredRecord {
    static let storedTable = "events"

    enum CodingKeys: String, CodingKey {
        case name, cases, people
        case eventId = "id", heldOn = "held_on"
    }
}
