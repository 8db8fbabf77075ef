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
        /// This machine's minutes without a key before the screen locks itself (0: never), from
        /// its config file; nil: the organization's setting (or the default).
        public var lockMinutes: Int?
        /// Event mode from the start (`enlace event run N`): the quick intake at this event.
        public var startEvent: Int64?

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
        let frames = FrameLog(environment: options.environment)
        return runMain(backend: backend, decoder: &decoder, frames: frames, desk: desk, user: user, language: language, options: options)
    }

    /// The sign-in screen first (user name and password, in the same full-screen terminal; on a
    /// new database the first admin account), then the app as the account that signed in.
    /// Quitting at the sign-in exits with 0.
    public static func signInAndRun(desk: CaseDesk, language: Language, options: Options,
                                    setup: SignInSetup = SignInSetup()) throws -> Int32 {
        let backend = try NcursesBackend(theme: options.theme, noColour: options.noColour, environment: options.environment)
        defer { backend.shutdown() }
        let frames = FrameLog(environment: options.environment)
        let size = backend.size
        let organization = (try? desk.organizationName()) ?? "Enlace"
        let signIn = SignInRuntime(desk: desk, state: SignInState(
            language: language, width: size.width, height: size.height, organization: organization,
            username: setup.username, demoLogins: setup.demoLogins,
            mode: setup.firstAdminPath.map { .firstAdmin(path: $0) } ?? .signIn))
        var decoder = InputDecoder()
        let driver = LoopDriver(render: { signIn.render() }, isDone: { signIn.isFinished },
                                send: { signIn.send($0) }, resize: { signIn.resize(width: $0, height: $1) },
                                idle: {}, screenName: { "signIn" })
        let status = loop(backend: backend, decoder: &decoder, idleMilliseconds: options.idleMilliseconds,
                          frames: frames, driver: driver)
        if let status { return status }
        guard let user = signIn.state.signedIn else { return 0 }
        backend.invalidate()
        return runMain(backend: backend, decoder: &decoder, frames: frames, desk: desk, user: user,
                       language: signIn.state.language, options: options)
    }

    private static func runMain(backend: NcursesBackend, decoder: inout InputDecoder, frames: FrameLog?,
                                desk: CaseDesk, user: UserAccount, language: Language, options: Options) -> Int32 {
        let size = backend.size
        var state = startState(desk: desk, user: user, language: language, width: size.width,
                               height: size.height, lockMinutes: options.lockMinutes, now: Date())
        state.message = options.initialMessage
        let runtime = AppRuntime(desk: desk, state: state, outputDirectory: outputDirectory(for: desk))
        if let event = options.startEvent { runtime.send(.changed(StateChange { _ in [EventMode.start(event)] })) }
        var driver = LoopDriver(render: { runtime.render() }, isDone: { runtime.state.shouldQuit },
                                send: { runtime.send(.key($0)) }, resize: { runtime.send(.resize(width: $0, height: $1)) },
                                idle: { runtime.idle(now: Date()) }, screenName: { runtime.state.screen.rawValue })
        driver.quietDeadline = { runtime.quietDeadline }
        driver.runQuiet = { now, meanwhile in runtime.runQuietWork(now: now, meanwhile: meanwhile) }
        driver.frameDrawn = { runtime.frameDrawn() }
        let status = loop(backend: backend, decoder: &decoder, idleMilliseconds: options.idleMilliseconds,
                          frames: frames, driver: driver) ?? 0
        // Quit, end of input, SIGHUP or SIGTERM: whatever form was being typed is kept as a draft.
        runtime.saveDrafts()
        return status
    }

    /// The app's first state for `user`: the organization's name, time zone (the machine's
    /// when none is set) and idle lock minutes (this machine's `lockMinutes` win).
    public static func startState(desk: CaseDesk, user: UserAccount, language: Language, width: Int, height: Int,
                                  lockMinutes: Int?, now: Date) -> AppState {
        let organization = try? desk.organization()
        let zone = organization?.timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        let name = organization.map(\.name) ?? "Enlace"
        var state = AppState(language: language, width: width, height: height, user: user,
                             organization: name, now: now, timeZone: zone)
        state.privacy.machineIdleMinutes = lockMinutes
        state.privacy.organizationSet(lockMinutes: organization?.lockMinutes)
        return state
    }

    /// Where slips and exports go: a private folder (0700) next to the database, never /tmp,
    /// whose file names would show case numbers to other accounts of the machine.
    static func outputDirectory(for desk: CaseDesk) -> URL {
        let folder = URL(fileURLWithPath: desk.path).deletingLastPathComponent().appendingPathComponent("salidas")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// What the loop drives: the sign-in or the app.
    private struct LoopDriver {
        var render: () -> ScreenBuffer
        var isDone: () -> Bool
        var send: (Key) -> Void
        var resize: (Int, Int) -> Void
        var idle: () -> Void
        /// The screen on top, for the frame log.
        var screenName: () -> String
        /// When work waiting for quiet is due (monotonic ns), and running it (see
        /// `AppRuntime.runQuietWork`); the sign-in has none.
        var quietDeadline: () -> UInt64? = { nil }
        var runQuiet: (UInt64, () -> Void) -> Bool = { _, _ in false }
        var frameDrawn: () -> Void = {}
    }

    /// Most keys read in one go before a frame is drawn anyway (a very long paste still shows).
    private static let drainLimit = 512

    /// Reads keys and draws until `isDone` (nil) or a signal or the end of input (the exit
    /// status). Keys already waiting are all read before a frame is drawn (a burst is one
    /// frame); work that waits for quiet runs when no key has come for the quiet interval.
    private static func loop(backend: NcursesBackend, decoder: inout InputDecoder, idleMilliseconds: Int32,
                             frames: FrameLog?, driver: LoopDriver) -> Int32? {
        var dirty = true
        var exitStatus: Int32?
        // When the unit that left the decoder waiting (a lone Esc) was read.
        var pendingReadAt = FrameLog.now()
        var keysRead = 0

        func sendKeys(_ keys: [Key], readAt: UInt64) {
            for key in keys where !driver.isDone() {
                keysRead += 1
                if key == .ctrl("r") { backend.invalidate() }
                frames?.keyRead(screen: driver.screenName(), at: readAt)
                driver.send(key)
            }
        }
        /// Handles one read that brought something; a signal or the end of input gives the status.
        func take(_ read: TerminalRead) -> Int32? {
            switch read {
            case .signal(let sig):
                return sig == SIGHUP ? 129 : 0
            case .endOfInput:
                return 0
            case .timeout:
                return nil
            case .resize(let w, let h):
                backend.invalidate()
                driver.resize(w, h)
            case .unit(let unit):
                let at = FrameLog.now()
                sendKeys(decoder.feed(unit), readAt: at)
                if decoder.isPending { pendingReadAt = at }
            }
            return nil
        }
        /// Reads what is already waiting, without waiting.
        func drain() {
            for _ in 0..<drainLimit {
                guard exitStatus == nil, !driver.isDone() else { return }
                let read = backend.read(timeoutMilliseconds: 0)
                if read == .timeout { return }
                exitStatus = take(read)
            }
        }

        while true {
            if dirty {
                backend.flush(driver.render())
                frames?.frameFlushed(screen: driver.screenName())
                dirty = false
                driver.frameDrawn()
            }
            if let exitStatus { return exitStatus }
            if driver.isDone() { return nil }
            var timeout = decoder.isPending ? 40 : idleMilliseconds
            if let due = driver.quietDeadline() {
                let now = FrameLog.now()
                if due <= now {
                    // An answer is shown unless keys typed while it worked overtook it.
                    let before = keysRead
                    if driver.runQuiet(now, drain), keysRead == before { frames?.answerApplied() }
                    dirty = true
                    continue
                }
                timeout = min(timeout, Int32(clamping: (due - now + 999_999) / 1_000_000))
            }
            let read = backend.read(timeoutMilliseconds: timeout)
            switch read {
            case .timeout:
                if decoder.isPending {
                    sendKeys(decoder.feed(.escapeTimeout), readAt: pendingReadAt)
                    dirty = true
                } else if driver.quietDeadline() == nil {
                    driver.idle()
                    dirty = true
                }
            default:
                if let status = take(read) { return status }
                drain()
                // Inside a paste nothing changes on screen until it ends: drawing a frame per
                // pasted character left a long paste taking minutes to appear.
                if !decoder.isInPaste { dirty = true }
            }
        }
    }
}
