import EnlaceCore
import Foundation

/// Whose cases: anyone's, nobody's, or one caseworker's.
public enum CaseworkerScope: Sendable, Hashable {
    case any
    case unassigned
    case user(Int64)

    /// The scope of a figure's caseworker id (nil: unassigned).
    public static func of(_ caseworkerId: Int64?) -> CaseworkerScope {
        caseworkerId.map { .user($0) } ?? .unassigned
    }
}

/// Sent referrals past their response date of one kind and one partner (nil: none chosen).
public struct AwaitingReferralCount: Sendable, Equatable {
    public var kind: ReferralKind
    public var partnerId: Int64?
    public var partnerName: String?
    public var count: Int
}

/// A count of one caseworker's cases (nil: nobody's).
public struct CaseworkerCount: Sendable, Equatable {
    public var caseworkerId: Int64?
    public var caseworkerName: String?
    public var count: Int
}

/// What one caseworker (nil: nobody) has on the desk now.
public struct CaseworkerWorkload: Sendable, Equatable {
    public var caseworkerId: Int64?
    public var caseworkerName: String?
    /// Cases not closed.
    public var openCases: Int
    /// Open cases of urgent priority.
    public var urgentCases: Int
    /// Cases whose closure awaits a supervisor.
    public var closuresAwaiting: Int
    /// Scheduled follow-ups assigned to this person, past due.
    public var overdueFollowUps: Int
    /// Sent referrals of this person's cases past their response date.
    public var awaitingReferrals: Int
}

/// The cases behind one figure of the review or the reports. `CaseDesk.drillDown` lists them
/// newest first, a window at a time.
public enum ReportDrillDown: Sendable, Hashable {
    /// Open cases of a status, of an age bucket (nil: any age).
    case openCases(status: CaseStatus, age: CaseAgeBucket?)
    /// Cases not closed, of a caseworker.
    case caseworkerOpenCases(CaseworkerScope)
    /// Urgent cases not closed, optionally of one status.
    case urgentOpenCases(CaseworkerScope, status: CaseStatus?)
    /// Closures awaiting approval.
    case closuresAwaiting(CaseworkerScope)
    /// Cases with a scheduled follow-up past due assigned to someone (`.any`: anyone).
    case overdueFollowUps(assignedTo: CaseworkerScope)
    /// Cases with a sent referral past its response date, optionally of one kind and one
    /// partner, of cases of a caseworker.
    case referralsAwaiting(kind: ReferralKind?, partnerId: Int64?, caseworker: CaseworkerScope)
    /// Cases with a sent referral past its response date sent to no partner (none chosen),
    /// optionally of one kind, of cases of a caseworker: the figure of a count whose
    /// `partnerId` is nil (`referralsAwaiting` with a nil partner means any partner).
    case referralsAwaitingWithoutPartner(kind: ReferralKind?, caseworker: CaseworkerScope)
}

/// Read as the awaiting-referrals query selects it.
extension AwaitingReferralCount: StoredRecord {
    static let storedTable = "referrals"

    enum CodingKeys: String, CodingKey {
        case kind
        case partnerId = "partner_id", partnerName = "partner_name", count = "n"
    }
}
