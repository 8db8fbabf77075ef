import EnlaceCore
import EnlaceStore

/// The sign-in screen, shown before the main loop starts: a user name, a masked password, and
/// why the last try failed.
public struct SignInState: Sendable {
    public enum Field: Sendable, Equatable { case username, password }

    public var language: Language
    public var width: Int
    public var height: Int
    public var organization: String
    public var username = TextField("", maxLength: 64)
    public var password = TextField("", maxLength: 256, masked: true)
    public var focus: Field = .username
    /// Why the last try failed (wrong password, locked account), in both languages.
    public var problem: LocalizedText?
    /// The demo database's accounts, shown under the fields (`enlace demo`).
    public var demoLogins: [DemoLogin] = []
    /// Set when the password was right: the main loop starts with this account.
    public var signedIn: UserAccount?
    public var shouldQuit = false

    public init(language: Language, width: Int, height: Int, organization: String,
                username: String = "", demoLogins: [DemoLogin] = []) {
        self.language = language
        self.width = width
        self.height = height
        self.organization = organization
        self.username = TextField(username, maxLength: 64)
        self.demoLogins = demoLogins
        if !username.isEmpty { focus = .password }
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
}
