/// Every command of the app. The registry gives each its keys, labels and help.
public enum CommandID: String, CaseIterable, Sendable, Hashable {
    case help
    case palette
    case quit
    case switchLanguage
    case redraw
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case moveFirst
    case moveLast
    case filter
    case clearFilter
}

/// Where a command applies. `global` commands work on every screen.
public enum CommandScope: String, CaseIterable, Sendable, Hashable {
    case global
    case caseList
}
