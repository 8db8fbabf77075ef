import Foundation
import EnlaceCore
import EnlaceStore

/// Everything the screen shows, and nothing else. Changed only by `App.update`.
public struct AppState: Sendable {
    public var language: Language
    public var width: Int
    public var height: Int
    public var user: UserAccount
    public var organization: String
    public var now: Date
    public var timeZone: TimeZone
    public var caseList = CaseListState()
    public var overlay: Overlay = .none
    public var message: StatusMessage?
    public var shouldQuit = false

    public init(language: Language, width: Int, height: Int, user: UserAccount, organization: String,
                now: Date, timeZone: TimeZone = .current) {
        self.language = language
        self.width = width
        self.height = height
        self.user = user
        self.organization = organization
        self.now = now
        self.timeZone = timeZone
    }

    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The screen a key goes to when no overlay is open.
    public var scope: CommandScope { .caseList }
}

/// A one-line message under the main area: what was saved, what went wrong.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// What floats over the screen.
public enum Overlay: Sendable, Equatable {
    case none
    case help(scroll: Int)
    case palette(PaletteState)
}

public struct PaletteState: Sendable, Equatable {
    public var query = ""
    public var selected = 0
    public init() {}
}
