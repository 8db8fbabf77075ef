import EnlaceCore
import EnlaceStore

/// The sign-in loop's pure half: keys change the state and may ask to check a user name and
/// password; the answer comes back through `answer`.
public enum SignInScreen {
    /// A user name and password to check with the store.
    public struct Attempt: Sendable, Equatable {
        public let username: String
        public let password: String
    }

    /// Keys: typing into the focused field, Tab / Shift-Tab / ↑ ↓ between fields, Enter moves on
    /// or signs in, F9 / Ctrl-E switches the language, F10 / Ctrl-Q quits.
    public static func update(_ state: inout SignInState, _ key: Key) -> Attempt? {
        switch key {
        case .function(9), .ctrl("e"):
            state.language = state.language.toggled
            return nil
        case .function(10), .ctrl("q"):
            state.shouldQuit = true
            return nil
        case .ctrl("c"):
            state.problem = TUIText.quitHint.text
            return nil
        case .tab, .backTab, .up, .down:
            state.focus = state.focus == .username ? .password : .username
            return nil
        case .enter:
            return submit(&state)
        default:
            break
        }
        let handled: Bool
        switch state.focus {
        case .username: handled = state.username.handle(key)
        case .password: handled = state.password.handle(key)
        }
        if handled { state.problem = nil }
        return nil
    }

    private static func submit(_ state: inout SignInState) -> Attempt? {
        let name = state.username.text.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            state.focus = .username
            state.problem = SignInText.usernameRequired.text
            return nil
        }
        if state.password.isEmpty {
            if state.focus == .username {
                state.focus = .password
            } else {
                state.problem = SignInText.passwordRequired.text
            }
            return nil
        }
        return Attempt(username: name, password: state.password.text)
    }

    /// The store's answer. A refusal empties the password (never the user name), keeps the
    /// cursor there and says why: wrong password, or the account locked until when.
    public static func answer(_ state: inout SignInState, _ result: Result<UserAccount, Error>) {
        switch result {
        case .success(let account):
            state.signedIn = account
            state.problem = nil
        case .failure(let error):
            state.password = TextField("", maxLength: 256, masked: true)
            state.focus = .password
            state.problem = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
        }
    }
}

/// Runs the sign-in loop against the store: used by the terminal and, the same way, by tests.
public final class SignInRuntime {
    public let desk: CaseDesk
    public private(set) var state: SignInState

    public init(desk: CaseDesk, state: SignInState) {
        self.desk = desk
        self.state = state
    }

    public var isFinished: Bool { state.signedIn != nil || state.shouldQuit }

    public func send(_ key: Key) {
        guard !isFinished else { return }
        var s = state
        let attempt = SignInScreen.update(&s, key)
        if let attempt {
            SignInScreen.answer(&s, Result { try desk.authenticate(username: attempt.username, password: attempt.password) })
        }
        state = s
    }

    public func send(_ keys: [Key]) {
        for key in keys { send(key) }
    }

    /// Types text as a person would, one key per character.
    public func type(_ text: String) {
        for ch in text { send(.char(ch)) }
    }

    public func resize(width: Int, height: Int) {
        state.width = width
        state.height = height
    }

    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        SignInView.draw(state, into: &buffer)
        return buffer
    }
}
