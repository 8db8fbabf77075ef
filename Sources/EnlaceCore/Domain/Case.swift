import Foundation

/// A case: one need of one person, followed from intake to closure. `status` moves only
/// through `CaseWorkflow.machine`.
public struct Case: Codable, Sendable, Equatable, Identifiable {
    public var id: CaseID
    /// Human-facing number, "2026-000123" (see `CaseNumber`).
    public var number: String
    public var personId: PersonID
    public var status: CaseStatus
    public var priority: CasePriority
    public var serviceArea: ServiceArea
    public var caseworkerId: UserID?
    public var openedAt: Date
    public var openedBy: UserID?
    public var description: String
    /// Set while `status == .waiting`.
    public var waitingOn: WaitingOn?
    /// Set when closure is requested, and kept once closed.
    public var outcome: CaseOutcome?
    public var closureSummary: String?
    public var closedAt: Date?
    /// The surviving case when this one was closed as a duplicate.
    public var duplicateOf: CaseID?
    /// Optimistic-concurrency version, incremented by the store on each write.
    public var version: Int

    public init(
        id: CaseID, number: String, personId: PersonID, status: CaseStatus = .new,
        priority: CasePriority = .normal, serviceArea: ServiceArea, caseworkerId: UserID? = nil,
        openedAt: Date, openedBy: UserID? = nil, description: String, waitingOn: WaitingOn? = nil,
        outcome: CaseOutcome? = nil, closureSummary: String? = nil, closedAt: Date? = nil,
        duplicateOf: CaseID? = nil, version: Int = 1
    ) {
        self.id = id
        self.number = number
        self.personId = personId
        self.status = status
        self.priority = priority
        self.serviceArea = serviceArea
        self.caseworkerId = caseworkerId
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.description = description
        self.waitingOn = waitingOn
        self.outcome = outcome
        self.closureSummary = closureSummary
        self.closedAt = closedAt
        self.duplicateOf = duplicateOf
        self.version = version
    }

    /// Whole days the case has been open at `now` (0 on the day it was opened).
    public func ageInDays(at now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(openedAt) / 86_400))
    }
}

/// The case number shown to people: the year it was opened and a six-digit sequence.
public enum CaseNumber {
    /// "2026-000123". Sequences above 999999 keep all their digits.
    public static func format(year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        return "\(year)-\(padded)"
    }

    /// The year and sequence of a well-formed case number, or nil.
    public static func parse(_ text: String) -> (year: Int, sequence: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count >= 6,
              parts[0].allSatisfy(\.isASCIIDigitChar), parts[1].allSatisfy(\.isASCIIDigitChar),
              let year = Int(parts[0]), let sequence = Int(parts[1]), sequence > 0
        else { return nil }
        return (year, sequence)
    }
}

extension Character {
    fileprivate var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}

/// Who or what a waiting case waits on.
public enum WaitingOn: String, CaseIterable, Sendable, Codable {
    case client
    case provider
    case consulate
    case documents

    public var label: CaseText {
        switch self {
        case .client: return .waitingOnClient
        case .provider: return .waitingOnProvider
        case .consulate: return .waitingOnConsulate
        case .documents: return .waitingOnDocuments
        }
    }
}

/// How a case ended. Required to request closure.
public enum CaseOutcome: String, CaseIterable, Sendable, Codable {
    case resolved
    case serviceCompleted
    case clientWithdrew
    /// Unreachable after attempts.
    case unreachable
    case ineligible
    case duplicate
    case transferred

    public var label: CaseText {
        switch self {
        case .resolved: return .outcomeResolved
        case .serviceCompleted: return .outcomeServiceCompleted
        case .clientWithdrew: return .outcomeClientWithdrew
        case .unreachable: return .outcomeUnreachable
        case .ineligible: return .outcomeIneligible
        case .duplicate: return .outcomeDuplicate
        case .transferred: return .outcomeTransferred
        }
    }
}
