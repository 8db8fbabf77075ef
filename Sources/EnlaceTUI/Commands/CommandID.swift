/// A command's stable name ("caseList.filter"). Each screen declares its own ids in an
/// extension next to its commands, so screens can be added without touching a shared list.
public struct CommandID: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// Where a command applies: `global` commands work on every screen; the others on one screen.
public enum CommandScope: String, CaseIterable, Sendable, Hashable {
    case global
    case home
    case caseList
    case search
    case intake
    case caseDetail
    case referral
    case followUps
    case review
    case reports
    case admin
    case person
    case importSheet
}
