/// The screens of the app. Each has its own command scope, state, keys and view.
public enum ScreenID: String, CaseIterable, Sendable, Hashable {
    case home
    case caseList
    case search
    case intake
    case caseDetail
    case referral
    case followUps
    case review
    case reports

    public var scope: CommandScope { CommandScope(rawValue: rawValue)! }
}

extension AppState {
    /// Opens `screen` on top of the current one; `back()` returns. Opening the screen that is
    /// already on top keeps the history as it is.
    public mutating func push(_ screen: ScreenID) {
        guard screen != self.screen else { return }
        history.append(self.screen)
        if history.count > 32 { history.removeFirst(history.count - 32) }
        self.screen = screen
    }

    /// Replaces the whole history: the screen becomes the only one (the home queue, say).
    public mutating func reset(to screen: ScreenID) {
        history = []
        self.screen = screen
    }

    /// Whether there is a screen to go back to.
    public var canGoBack: Bool { !history.isEmpty }
}
