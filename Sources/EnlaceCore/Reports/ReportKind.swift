/// Every report Enlace makes, by the name the command line takes (`enlace report NAME`).
/// The first six are the supervisor's review figures (as of now); the next seven look at a
/// period; `cases` is the person-level case list.
public enum ReportKind: String, CaseIterable, Sendable {
    case openByAge = "open-by-age"
    case overdueFollowUps = "overdue-follow-ups"
    case referralsAwaiting = "referrals-awaiting"
    case urgentCases = "urgent-cases"
    case workload
    case closuresAwaiting = "closures-awaiting"
    case casesPerMonth = "cases-per-month"
    case services
    case responseTime = "response-time"
    case outcomes
    case peopleByState = "people-by-state"
    case peopleByAssociation = "people-by-association"
    case intakesPerEvent = "intakes-per-event"
    /// Workshops' attendance per topic and month, new and returning people.
    case attendance
    /// People who came to each event, by their state of origin.
    case eventOrigins = "event-origins"
    case caseList = "cases"

    /// A report with a line per case (names): supervisors only, audited, never aggregate.
    public var isPersonLevel: Bool { self == .caseList }

    /// Whether `--from/--to` mean something for this report (review figures are as of now).
    public var acceptsDateRange: Bool {
        switch self {
        case .openByAge, .overdueFollowUps, .referralsAwaiting, .urgentCases, .workload, .closuresAwaiting:
            return false
        case .casesPerMonth, .services, .responseTime, .outcomes, .peopleByState, .peopleByAssociation,
             .intakesPerEvent, .attendance, .eventOrigins, .caseList:
            return true
        }
    }

    /// Whether the report can be narrowed to one caseworker's cases.
    public var acceptsCaseworker: Bool {
        switch self {
        case .casesPerMonth, .urgentCases, .caseList: return true
        default: return false
        }
    }

    /// Whether the report can be narrowed to one referral kind.
    public var acceptsKind: Bool {
        switch self {
        case .referralsAwaiting, .services, .responseTime, .outcomes: return true
        default: return false
        }
    }

    public var title: ReportText {
        switch self {
        case .openByAge: return .titleOpenByAge
        case .overdueFollowUps: return .titleOverdueFollowUps
        case .referralsAwaiting: return .titleReferralsAwaiting
        case .urgentCases: return .titleUrgentCases
        case .workload: return .titleWorkload
        case .closuresAwaiting: return .titleClosuresAwaiting
        case .casesPerMonth: return .titleCasesPerMonth
        case .services: return .titleServices
        case .responseTime: return .titleResponseTime
        case .outcomes: return .titleOutcomes
        case .peopleByState: return .titlePeopleByState
        case .peopleByAssociation: return .titlePeopleByAssociation
        case .intakesPerEvent: return .titleIntakesPerEvent
        case .attendance: return .titleAttendance
        case .eventOrigins: return .titleEventOrigins
        case .caseList: return .titleCaseList
        }
    }
}

/// What narrows a report. Dates are whole UTC days, both ends included; a filter the
/// report does not take is ignored by the store (the command line refuses it).
public struct ReportFilter: Sendable, Equatable {
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var caseworkerId: Int64?
    public var kind: ReferralKind?

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, caseworkerId: Int64? = nil,
                kind: ReferralKind? = nil) {
        self.from = from
        self.to = to
        self.caseworkerId = caseworkerId
        self.kind = kind
    }

    /// [first second, last second + 1) of the period, either side open when not given.
    public var secondsRange: (lower: Int64?, upper: Int64?) {
        (from.map { Int64($0.daysSinceEpoch) * 86_400 }, to.map { Int64($0.daysSinceEpoch + 1) * 86_400 })
    }

    /// [first day, last day] as UTC day numbers.
    public var dayRange: (lower: Int64?, upper: Int64?) {
        (from.map { Int64($0.daysSinceEpoch) }, to.map { Int64($0.daysSinceEpoch) })
    }
}
