import EnlaceCore
import EnlaceStore

/// The sign-in loop's pure half: keys change the state and may ask the store to check a user
/// name and password (or to create the first admin); the answer comes back through `answer`.
public enum SignInScreen {
    /// What to ask the store.
    public enum Request: Sendable, Equatable {
        case signIn(username: String, password: String)
        case createFirstAdmin(username: String, displayName: String, password: String)
        /// A temporary password replaced by the person's own.
        case changePassword(account: UserAccount, temporary: String, new: String)
    }

    /// Keys: typing into the focused field, Tab / Shift-Tab / ↑ ↓ between fields, Enter moves on
    /// or signs in, F9 / Ctrl-E switches the language, F10 / Ctrl-Q quits.
    public static func update(_ state: inout SignInState, _ key: Key) -> Request? {
        let order = state.fields
        let index = order.firstIndex(of: state.focus) ?? 0
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
        case _ where order.isEmpty:
            // A page without fields (the recovery words): only Enter goes on.
            return key == .enter ? submit(&state) : nil
        case .tab, .down:
            state.focus = order[(index + 1) % order.count]
            return nil
        case .backTab, .up:
            state.focus = order[(index + order.count - 1) % order.count]
            return nil
        case .enter:
            return submit(&state)
        default:
            break
        }
        var field = state[state.focus]
        if field.handle(key) {
            state[state.focus] = field
            state.problem = nil
        }
        return nil
    }

    /// Enter: an empty field is asked for (the focused one with a message, another by moving
    /// there); with every field typed, the request.
    private static func submit(_ state: inout SignInState) -> Request? {
        let empty = state.fields.filter { state[$0].text.trimmingCharacters(in: .whitespaces).isEmpty }
        if let first = empty.first {
            if empty.contains(state.focus) {
                state.problem = required(state.focus)
            } else {
                state.focus = first
            }
            return nil
        }
        let name = state.username.text.trimmingCharacters(in: .whitespaces)
        switch state.mode {
        case .recoveryWords(let account, _, _):
            // The words were written down: the desk opens.
            state.signedIn = account
            return nil
        case .signIn:
            return .signIn(username: name, password: state.password.text)
        case .newPassword(let account, let temporary):
            guard state.password.text == state.passwordAgain.text else {
                clearPasswords(&state)
                state.problem = PasswordMessage.mismatch.text
                return nil
            }
            return .changePassword(account: account, temporary: temporary, new: state.password.text)
        case .firstAdmin:
            guard state.password.text == state.passwordAgain.text else {
                state.password = TextField("", maxLength: 256, masked: true)
                state.passwordAgain = TextField("", maxLength: 256, masked: true)
                state.focus = .password
                state.problem = CLIText.passwordsDiffer.text
                return nil
            }
            return .createFirstAdmin(username: name, displayName: state.displayName.text.trimmingCharacters(in: .whitespaces),
                                     password: state.password.text)
        }
    }

    /// After the first admin is made: its recovery words, shown once, before the desk opens.
    public static func showRecoveryWords(_ state: inout SignInState, _ words: [String], notes: [LocalizedText] = []) {
        guard let account = state.signedIn else { return }
        state.signedIn = nil
        state.mode = .recoveryWords(account: account, words: words, notes: notes)
        state.problem = nil
    }

    private static func clearPasswords(_ state: inout SignInState) {
        state.password = TextField("", maxLength: 256, masked: true)
        state.passwordAgain = TextField("", maxLength: 256, masked: true)
        state.focus = .password
    }

    private static func required(_ field: SignInState.Field) -> LocalizedText {
        switch field {
        case .username: return SignInText.usernameRequired.text
        case .displayName: return SignInText.displayNameRequired.text
        case .password, .passwordAgain: return SignInText.passwordRequired.text
        }
    }

    /// The store's answer. A refusal empties the password (never the user name), keeps the
    /// cursor there and says why: wrong password, or the account locked until when; for a new
    /// admin, the field that is wrong.
    public static func answer(_ state: inout SignInState, _ result: Result<UserAccount, Error>) {
        switch result {
        case .success(let account) where account.mustChangePassword:
            // A temporary password: the person chooses their own before the desk opens.
            let temporary: String
            if case .newPassword(_, let typed) = state.mode { temporary = typed } else { temporary = state.password.text }
            state.mode = .newPassword(account: account, temporary: temporary)
            clearPasswords(&state)
            state.problem = nil
        case .success(let account):
            state.signedIn = account
            state.problem = nil
        case .failure(let error):
            state.problem = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
            if case .invalid(let field, _) = error as? StoreError {
                switch field {
                case "username": state.focus = .username
                case "displayName": state.focus = .displayName
                default: state.focus = .password
                }
                if state.focus != .password { return }
            }
            state.password = TextField("", maxLength: 256, masked: true)
            state.passwordAgain = TextField("", maxLength: 256, masked: true)
            state.focus = .password
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
        if let request = SignInScreen.update(&s, key) {
            var words: [String]?
            var notes: [LocalizedText] = []
            SignInScreen.answer(&s, Result {
                switch request {
                case .signIn(let username, let password):
                    let account = try desk.authenticate(username: username, password: password)
                    // A file made before encryption is encrypted at its first admin sign-in
                    // (a sealed backup first), and the new recovery words are shown.
                    if !desk.isEncrypted, account.has(.admin), !account.mustChangePassword {
                        let report = try desk.encryptDatabase(by: account, password: password)
                        words = report.recoveryWords
                        notes = SignInText.encryptedNotes(report)
                    }
                    return account
                case .createFirstAdmin(let username, let displayName, let password):
                    let account = try desk.createFirstAdmin(username: username, displayName: displayName, password: password)
                    words = desk.takeRecoveryWords()
                    return account
                case .changePassword(let account, let temporary, let new):
                    return try desk.changeOwnPassword(of: account, current: temporary, new: new)
                }
            })
            if let words { SignInScreen.showRecoveryWords(&s, words, notes: notes) }
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
