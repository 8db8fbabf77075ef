import Foundation
import EnlaceCore
import EnlaceStore

/// The loop on a real terminal: read a key, update, draw. Returns the process exit status.
public enum TerminalApp {
    public struct Options: Sendable {
        public var theme: Theme
        public var noColour: Bool
        public var environment: [String: String]
        public var idleMilliseconds: Int32 = 500
        /// Shown on the message line at start (a broken theme or config file, say).
        public var initialMessage: StatusMessage?
        /// Minutes without a key before the screen locks itself (0: never).
        public var lockMinutes: Int = PrivacyState.defaultIdleMinutes

        public init(theme: Theme, noColour: Bool, environment: [String: String]) {
            self.theme = theme
            self.noColour = noColour
            self.environment = environment
        }
    }

    /// What the sign-in screen starts with.
    public struct SignInSetup: Sendable {
        /// A user name already known (`enlace --user NAME`): the cursor starts in the password.
        public var username: String
        /// The demo accounts, listed under the fields by `enlace demo`.
        public var demoLogins: [DemoLogin]
        /// A database without accounts (at this path): the screen creates the first admin.
        public var firstAdminPath: String?

        public init(username: String = "", demoLogins: [DemoLogin] = [], firstAdminPath: String? = nil) {
            self.username = username
            self.demoLogins = demoLogins
            self.firstAdminPath = firstAdminPath
        }
    }

    /// Runs until the person quits, a signal arrives, or input ends. Exit status: 0 for quit,
    /// SIGINT, SIGTERM and end of input; 129 for SIGHUP (the connection dropped).
    public static func run(desk: CaseDesk, user: UserAccount, language: Language, options: Options) throws -> Int32 {
        let backend = try NcursesBackend(theme: options.theme, noColour: options.noColour, environment: options.environment)
        defer { backend.shutdown() }
        var decoder = InputDecoder()
        return runMain(backend: backend, decoder: &decoder, desk: desk, user: user, language: language, options: options)
    }

    /// The sign-in screen first (user name and password, in the same full-screen terminal; on a
    /// new database the first admin account), then the app as the account that signed in.
    /// Quitting at the sign-in exits with 0.
    public static func signInAndRun(desk: CaseDesk, language: Language, options: Options,
                                    setup: SignInSetup = SignInSetup()) throws -> Int32 {
        let backend = try NcursesBackend(theme: options.theme, noColour: options.noColour, environment: options.environment)
        defer { backend.shutdown() }
        let size = backend.size
        let organization = (try? desk.organizationName()) ?? "Enlace"
        let signIn = SignInRuntime(desk: desk, state: SignInState(
            language: language, width: size.width, height: size.height, organization: organization,
            username: setup.username, demoLogins: setup.demoLogins,
            mode: setup.firstAdminPath.map { .firstAdmin(path: $0) } ?? .signIn))
        var decoder = InputDecoder()
        let status = loop(backend: backend, decoder: &decoder, idleMilliseconds: options.idleMilliseconds,
                          render: { signIn.render() }, isDone: { signIn.isFinished },
                          send: { signIn.send($0) }, resize: { signIn.resize(width: $0, height: $1) }, idle: {})
        if let status { return status }
        guard let user = signIn.state.signedIn else { return 0 }
        backend.invalidate()
        return runMain(backend: backend, decoder: &decoder, desk: desk, user: user, language: signIn.state.language, options: options)
    }

    private static func runMain(backend: NcursesBackend, decoder: inout InputDecoder, desk: CaseDesk, user: UserAccount,
                                language: Language, options: Options) -> Int32 {
        let size = backend.size
        let organization = (try? desk.organizationName()) ?? "Enlace"
        var state = AppState(language: language, width: size.width, height: size.height,
                             user: user, organization: organization, now: Date())
        state.message = options.initialMessage
        state.privacy.idleMinutes = options.lockMinutes
        let runtime = AppRuntime(desk: desk, state: state, outputDirectory: outputDirectory(for: desk))
        let status = loop(backend: backend, decoder: &decoder, idleMilliseconds: options.idleMilliseconds,
                          render: { runtime.render() }, isDone: { runtime.state.shouldQuit },
                          send: { runtime.send(.key($0)) }, resize: { runtime.send(.resize(width: $0, height: $1)) },
                          idle: { runtime.idle(now: Date()) }) ?? 0
        // Quit, end of input, SIGHUP or SIGTERM: whatever form was being typed is kept as a draft.
        runtime.saveDrafts()
        return status
    }

    /// Where slips and exports go: a private folder (0700) next to the database, never /tmp,
    /// whose file names would show case numbers to other accounts of the machine.
    static func outputDirectory(for desk: CaseDesk) -> URL {
        let folder = URL(fileURLWithPath: desk.path).deletingLastPathComponent().appendingPathComponent("salidas")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// Reads keys and draws until `isDone` (nil) or a signal or the end of input (the exit
    /// status).
    private static func loop(backend: NcursesBackend, decoder: inout InputDecoder, idleMilliseconds: Int32,
                             render: () -> ScreenBuffer, isDone: () -> Bool, send: (Key) -> Void,
                             resize: (Int, Int) -> Void, idle: () -> Void) -> Int32? {
        var dirty = true
        while true {
            if dirty {
                backend.flush(render())
                dirty = false
            }
            if isDone() { return nil }
            let read = backend.read(timeoutMilliseconds: decoder.isPending ? 40 : idleMilliseconds)
            switch read {
            case .signal(let sig):
                return sig == SIGHUP ? 129 : 0
            case .endOfInput:
                return 0
            case .timeout:
                if decoder.isPending {
                    for key in decoder.feed(.escapeTimeout) { send(key) }
                } else {
                    idle()
                }
                dirty = true
            case .resize(let w, let h):
                backend.invalidate()
                resize(w, h)
                dirty = true
            case .unit(let unit):
                for key in decoder.feed(unit) where !isDone() {
                    if key == .ctrl("r") { backend.invalidate() }
                    send(key)
                }
                // Inside a paste nothing changes on screen until it ends: drawing a frame per
                // pasted character left a long paste taking minutes to appear.
                if !decoder.isInPaste { dirty = true }
            }
        }
    }
}
