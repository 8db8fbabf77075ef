import Foundation
import EnlaceCore
import EnlaceStore

/// A caseworker named in a figure; `id` nil means nobody (unassigned cases).
public struct ReviewPerson: Sendable, Hashable {
    public var id: Int64?
    public var name: String?

    public init(id: Int64?, name: String?) {
        self.id = id
        self.name = name
    }
}

/// A figure of the review whose cases can be listed (drilled down).
public enum ReviewFigure: Sendable, Hashable {
    /// Open cases of a status, of an age bucket (nil: any age).
    case openCases(status: CaseStatus, age: CaseAgeBucket?)
    /// Cases not closed, of a caseworker.
    case caseworkerOpenCases(ReviewPerson)
    /// Urgent cases not closed, everyone's (nil) or a caseworker's.
    case urgentOpenCases(ReviewPerson?)
    /// Closures awaiting approval of a caseworker's cases.
    case closuresAwaiting(ReviewPerson)
    /// Cases with a scheduled follow-up past due, assigned to a person.
    case overdueFollowUps(ReviewPerson)
    /// Cases with a sent referral of a kind to a partner, past its response date.
    case referralsAwaiting(kind: ReferralKind, partner: ReviewPartner)
}

/// A partner named in a figure; `id` nil when the figure does not know it.
public struct ReviewPartner: Sendable, Hashable {
    public var id: Int64?
    public var name: String?

    public init(id: Int64?, name: String?) {
        self.id = id
        self.name = name
    }
}

/// Sent referrals of one kind to one partner past their response date.
public struct ReviewReferralCount: Sendable, Equatable {
    public var kind: ReferralKind
    public var partner: ReviewPartner
    public var count: Int
}

/// What one caseworker (nil id: nobody) has on the desk now.
public struct ReviewWorkloadRow: Sendable, Equatable {
    public var person: ReviewPerson
    public var openCases = 0
    public var urgentCases = 0
    public var closuresAwaiting = 0
    public var overdueFollowUps = 0
}

/// Every figure the review screen shows, read in one task.
public struct ReviewFigures: Sendable, Equatable {
    public var openCounts: OpenCaseCounts
    public var overdue: [OverdueCount]
    public var workload: [ReviewWorkloadRow]
    public var referrals: [ReviewReferralCount]
}

/// The one place where the review and reports screens ask the store for figures and for the
/// cases behind them. Every figure is a store count (`openCaseCounts`,
/// `overdueFollowUpsByCaseworker`, `workloadByCaseworker`, `referralsAwaitingByKindAndPartner`,
/// read from count tables and indexes) and every list a `drillDown` window: nothing here walks
/// the cases.
extension ReviewFigure {
    /// The store's drill-down of this figure. A referral figure with no partner id stands for
    /// referrals sent to no partner (`referralsAwaitingWithoutPartner`), not for every partner.
    var storeFigure: ReportDrillDown {
        switch self {
        case .openCases(let status, let age): return .openCases(status: status, age: age)
        case .caseworkerOpenCases(let p): return .caseworkerOpenCases(.of(p.id))
        case .urgentOpenCases(let p): return .urgentOpenCases(p.map { .of($0.id) } ?? .any, status: nil)
        case .closuresAwaiting(let p): return .closuresAwaiting(.of(p.id))
        case .overdueFollowUps(let p): return .overdueFollowUps(assignedTo: .of(p.id))
        case .referralsAwaiting(let kind, let partner):
            if let id = partner.id { return .referralsAwaiting(kind: kind, partnerId: id, caseworker: .any) }
            return .referralsAwaitingWithoutPartner(kind: kind, caseworker: .any)
        }
    }
}

extension CaseDesk {
    func reviewFigures(now: Date, by actor: UserAccount) throws -> ReviewFigures {
        ReviewFigures(openCounts: try openCaseCounts(now: now, by: actor),
                      overdue: try overdueFollowUpsByCaseworker(now: now, by: actor),
                      workload: try reviewWorkload(now: now, by: actor),
                      referrals: try reviewReferrals(now: now, by: actor))
    }

    /// Sent referrals past their response date by kind and partner, most first.
    func reviewReferrals(now: Date, by actor: UserAccount) throws -> [ReviewReferralCount] {
        try referralsAwaitingByKindAndPartner(now: now, by: actor).map {
            ReviewReferralCount(kind: $0.kind, partner: ReviewPartner(id: $0.partnerId, name: $0.partnerName), count: $0.count)
        }
    }

    /// Open cases, urgent ones, closures awaiting and overdue follow-ups per caseworker, every
    /// active caseworker listed (zeros included); most open cases first.
    func reviewWorkload(now: Date, by actor: UserAccount) throws -> [ReviewWorkloadRow] {
        try workloadByCaseworker(now: now, by: actor).map {
            ReviewWorkloadRow(person: ReviewPerson(id: $0.caseworkerId, name: $0.caseworkerName), openCases: $0.openCases,
                              urgentCases: $0.urgentCases, closuresAwaiting: $0.closuresAwaiting,
                              overdueFollowUps: $0.overdueFollowUps)
        }
    }

    /// The cases behind a figure, newest first, a window at a time: give the last row's key
    /// as `after` for the next window (supervisors).
    func reviewCases(_ figure: ReviewFigure, after: CaseListKey?, limit: Int, now: Date,
                     by actor: UserAccount) throws -> [CaseSummary] {
        try drillDown(figure.storeFigure, after: after, limit: limit, now: now, by: actor)
    }
}
