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
/// cases behind them. Counts come from `openCaseCounts` and `overdueFollowUpsByCaseworker`.
///
/// MERGE NOTE (reports branch): `workload` and `cases(_:)` are composed here from the case
/// list window (`caseWindow`, walked page by page with a predicate) because this branch has no
/// store query for them. After the reports branch is merged, replace their bodies with:
/// - `cases`: `desk.drillDown(figure.storeFigure, after: after, limit: limit, now: now, by: actor)`
///   with `.openCases(status:age:)`, `.caseworkerOpenCases(.of(id))`,
///   `.urgentOpenCases(person.map { .of($0.id) } ?? .any, status: nil)`,
///   `.closuresAwaiting(.of(id))`, `.overdueFollowUps(assignedTo: .of(id))`,
///   `.referralsAwaiting(kind: kind, partnerId: partner.id, caseworker: .any)`;
/// - `workload`: `desk.workloadByCaseworker(now:by:)` mapped field by field;
/// - `reviewReferrals`: `desk.referralsAwaitingByKindAndPartner(now:by:)` (it gives partner ids).
/// The screens and their tests do not change.
extension CaseDesk {
    func reviewFigures(now: Date, by actor: UserAccount) throws -> ReviewFigures {
        let counts = try openCaseCounts(now: now, by: actor)
        let overdue = try overdueFollowUpsByCaseworker(now: now, by: actor)
        return ReviewFigures(openCounts: counts, overdue: overdue,
                             workload: try reviewWorkload(overdue: overdue, by: actor),
                             referrals: try reviewReferrals(now: now, by: actor))
    }

    /// Sent referrals past their response date by kind and partner, most first.
    func reviewReferrals(now: Date, by actor: UserAccount) throws -> [ReviewReferralCount] {
        var counts: [ReviewReferralCount] = []
        try walkAwaitingReferrals(now: now, by: actor) { r in
            if let i = counts.firstIndex(where: { $0.kind == r.kind && $0.partner.name == r.partnerName }) {
                counts[i].count += 1
            } else {
                counts.append(ReviewReferralCount(kind: r.kind, partner: ReviewPartner(id: nil, name: r.partnerName), count: 1))
            }
        }
        return counts.sorted {
            ($0.count, $1.kind.rawValue, $1.partner.name ?? "") > ($1.count, $0.kind.rawValue, $0.partner.name ?? "")
        }
    }

    /// Every sent referral past its response date, oldest due first, window by window.
    func walkAwaitingReferrals(now: Date, by actor: UserAccount, _ visit: (ReferralQueueItem) -> Void) throws {
        var anchor: DueQueueKey?
        while true {
            let page = try referralsAwaitingResponse(by: actor, now: now, after: anchor, limit: CaseDesk.maximumQueueLimit)
            page.forEach(visit)
            guard page.count == CaseDesk.maximumQueueLimit, let last = page.last else { return }
            anchor = last.key
        }
    }

    /// Open cases, urgent ones and closures awaiting per caseworker, every active caseworker
    /// listed (zeros included), with the overdue follow-ups; most open cases first.
    func reviewWorkload(overdue: [OverdueCount], by actor: UserAccount) throws -> [ReviewWorkloadRow] {
        let people = try assignees(by: actor)
        let ids = Dictionary(people.map { ($0.displayName, $0.id) }, uniquingKeysWith: { a, _ in a })
        var rows: [String?: ReviewWorkloadRow] = [:]
        for p in people where p.role == .caseworker {
            rows[p.displayName] = ReviewWorkloadRow(person: ReviewPerson(id: p.id, name: p.displayName))
        }
        func row(_ name: String?) -> ReviewWorkloadRow {
            rows[name] ?? ReviewWorkloadRow(person: ReviewPerson(id: name.flatMap { ids[$0] }, name: name))
        }
        try walkCases(by: actor) { c in
            guard c.status.isOpen else { return true }
            var r = row(c.caseworkerName)
            r.openCases += 1
            if c.priority == .urgent { r.urgentCases += 1 }
            if c.status == .closureRequested { r.closuresAwaiting += 1 }
            rows[c.caseworkerName] = r
            return true
        }
        for o in overdue {
            var r = row(o.caseworkerName)
            r.overdueFollowUps = o.count
            rows[o.caseworkerName] = r
        }
        return rows.values.sorted {
            ($0.openCases, $1.person.name ?? "") > ($1.openCases, $0.person.name ?? "")
        }
    }

    /// The cases behind a figure, newest first, a window at a time: give the last row's key
    /// as `after` for the next window (supervisors).
    func reviewCases(_ figure: ReviewFigure, after: CaseListKey?, limit: Int, now: Date,
                     by actor: UserAccount) throws -> [CaseSummary] {
        let today = Int64(now.timeIntervalSince1970) / 86_400
        func bucket(_ c: CaseSummary) -> CaseAgeBucket {
            let day = Int64(c.openedAt.timeIntervalSince1970) / 86_400
            if day >= today - 7 { return .upToWeek }
            if day >= today - 30 { return .upToMonth }
            if day >= today - 90 { return .upToQuarter }
            return .older
        }
        var overdueCases: Set<Int64> = []
        if case .referralsAwaiting(let kind, let partner) = figure {
            try walkAwaitingReferrals(now: now, by: actor) { r in
                if r.kind == kind && r.partnerName == partner.name { overdueCases.insert(r.caseId) }
            }
            if overdueCases.isEmpty { return [] }
        }
        if case .overdueFollowUps(let person) = figure {
            var anchor: DueQueueKey?
            while true {
                let page = try followUpsDue(scope: .team, range: .overdue, now: now, by: actor, after: anchor,
                                            limit: CaseDesk.maximumQueueLimit)
                for f in page where f.assignedToName == person.name { overdueCases.insert(f.caseId) }
                guard page.count == CaseDesk.maximumQueueLimit, let last = page.last else { break }
                anchor = last.key
            }
            if overdueCases.isEmpty { return [] }
        }
        let wanted: (CaseSummary) -> Bool
        switch figure {
        case .openCases(let status, let age):
            wanted = { $0.status == status && (age == nil || bucket($0) == age) }
        case .caseworkerOpenCases(let person):
            wanted = { $0.status.isOpen && $0.caseworkerName == person.name }
        case .urgentOpenCases(let person):
            wanted = { $0.status.isOpen && $0.priority == .urgent && (person == nil || $0.caseworkerName == person?.name) }
        case .closuresAwaiting(let person):
            wanted = { $0.status == .closureRequested && $0.caseworkerName == person.name }
        case .overdueFollowUps, .referralsAwaiting:
            wanted = { overdueCases.contains($0.id) }
        }
        var found: [CaseSummary] = []
        try walkCases(from: after, by: actor) { c in
            if wanted(c) { found.append(c) }
            return found.count < limit
        }
        return found
    }

    /// Every case the actor sees, newest first, after `from`, page by page, until `visit`
    /// says stop.
    func walkCases(from: CaseListKey? = nil, by actor: UserAccount,
                           _ visit: (CaseSummary) -> Bool) throws {
        var anchor = from
        while true {
            let page = try caseWindow(CaseWindowRequest(anchor: anchor, direction: .after,
                                                        limit: CaseWindowRequest.maximumLimit), actor: actor)
            for c in page where !visit(c) { return }
            guard page.count == CaseWindowRequest.maximumLimit, let last = page.last else { return }
            anchor = last.key
        }
    }
}
