/// Where a case stands in its workflow. Stored as the raw value.
public enum CaseStatus: String, CaseIterable, Sendable, Codable {
    case new
    case active
    case waiting
    case closureRequested
    case closed

    public var isOpen: Bool { self != .closed }

    public var label: DomainText {
        switch self {
        case .new: return .statusNew
        case .active: return .statusActive
        case .waiting: return .statusWaiting
        case .closureRequested: return .statusClosureRequested
        case .closed: return .statusClosed
        }
    }
}

/// How urgent a case is. Urgent: detention, a death, a medical urgency.
public enum CasePriority: String, CaseIterable, Sendable, Codable, Comparable {
    case normal
    case high
    case urgent

    public var rank: Int {
        switch self {
        case .normal: return 0
        case .high: return 1
        case .urgent: return 2
        }
    }

    public static func < (a: CasePriority, b: CasePriority) -> Bool { a.rank < b.rank }

    public var label: DomainText {
        switch self {
        case .normal: return .priorityNormal
        case .high: return .priorityHigh
        case .urgent: return .priorityUrgent
        }
    }
}
