import EnlaceCore
import EnlaceStore

/// The sign-in screen, shown before the main loop starts: a user name, a masked password, and
/// why the last try failed. On a database without accounts the same screen creates the first
/// admin account (user name, full name, password twice).
public struct SignInState: Sendable {
    public enum Mode: Sendable, Equatable {
        case signIn
        /// A new database: the first admin account is created here.
        case firstAdmin(path: String)
        /// Signed in with a temporary password: the person chooses their own (twice) before
        /// anything else. Holds the account and the temporary password just typed.
        case newPassword(account: UserAccount, temporary: String)
        /// The first admin was just made, with the database's keyring: the recovery key's
        /// words are shown once, to be written on paper, before the desk opens.
        case recoveryWords(account: UserAccount, words: [String], notes: [LocalizedText])
    }

    public enum Field: Sendable, Equatable, CaseIterable {
        case username, displayName, password, passwordAgain
    }

    public var mode: Mode
    public var language: Language
    public var width: Int
    public var height: Int
    public var organization: String
    public var username = TextField("", maxLength: 64)
    public var displayName = TextField("", maxLength: 100)
    public var password = TextField("", maxLength: 256, masked: true)
    public var passwordAgain = TextField("", maxLength: 256, masked: true)
    public var focus: Field = .username
    /// Why the last try failed (wrong password, locked account), in both languages.
    public var problem: LocalizedText?
    /// The demo database's accounts, shown under the fields (`enlace demo`).
    public var demoLogins: [DemoLogin] = []
    /// Set when the password was right: the main loop starts with this account.
    public var signedIn: UserAccount?
    public var shouldQuit = false

    public init(language: Language, width: Int, height: Int, organization: String,
                username: String = "", demoLogins: [DemoLogin] = [], mode: Mode = .signIn) {
        self.mode = mode
        self.language = language
        self.width = width
        self.height = height
        self.organization = organization
        self.username = TextField(username, maxLength: 64)
        self.demoLogins = demoLogins
        if !username.isEmpty, mode == .signIn { focus = .password }
    }

    /// The fields of this mode, in Tab order.
    public var fields: [Field] {
        switch mode {
        case .signIn: return [.username, .password]
        case .firstAdmin: return [.username, .displayName, .password, .passwordAgain]
        case .newPassword: return [.password, .passwordAgain]
        case .recoveryWords: return []
        }
    }

    public subscript(field: Field) -> TextField {
        get {
            switch field {
            case .username: return username
            case .displayName: return displayName
            case .password: return password
            case .passwordAgain: return passwordAgain
            }
        }
        set {
            switch field {
            case .username: username = newValue
            case .displayName: displayName = newValue
            case .password: password = newValue
            case .passwordAgain: passwordAgain = newValue
            }
        }
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
}
