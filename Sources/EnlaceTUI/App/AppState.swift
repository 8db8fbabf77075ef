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
    /// The screens, each a value with its own state: the top is shown, Esc goes back to the
    /// one under it. `screen`, `history` and the screens' accessors (`caseDetail`, `search`...)
    /// are views of it (Navigation.swift).
    public internal(set) var stack = ScreenStack(.home(HomeState()))
    /// While a store answer applies: the screen that asked (the accessors speak to it).
    var focus: ScreenKey?
    /// When the person last pressed a key (the idle lock counts from here).
    public var lastInputAt: Date
    /// The privacy lock (by key or after idle minutes) and its setting.
    public var privacy = PrivacyState()
    /// The intake being typed (kept while other screens are visited; F2 returns to it).
    public var intake: IntakeState?
    /// The event this terminal registers people at (event mode: the quick intake), if any.
    public var eventRun: EventRun?
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
        self.lastInputAt = now
    }

    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The commands a key goes to when no overlay is open: the screen's own and the global ones.
    public var scope: CommandScope { screen.scope }

    /// Shows a message on the message line.
    public mutating func say(_ text: LocalizedText, _ role: StyleRole) {
        message = StatusMessage(text(language), role: role)
    }
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
public enum Overlay: Sendable {
    case none
    case help(scroll: Int)
    case palette(PaletteState)
    /// A question: a line or paragraph of text, a choice from a list, or yes/no.
    case dialog(DialogState)

    public var isNone: Bool { if case .none = self { return true } else { return false } }
}

public struct PaletteState: Sendable, Equatable {
    public var query = ""
    public var selected = 0
    public init() {}
}
