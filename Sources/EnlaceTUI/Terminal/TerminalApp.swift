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

        public init(theme: Theme, noColour: Bool, environment: [String: String]) {
            self.theme = theme
            self.noColour = noColour
            self.environment = environment
        }
    }

    /// Runs until the person quits, a signal arrives, or input ends. Exit status: 0 for quit,
    /// SIGINT, SIGTERM and end of input; 129 for SIGHUP (the connection dropped).
    public static func run(desk: CaseDesk, user: UserAccount, language: Language, options: Options) throws -> Int32 {
        let backend = try NcursesBackend(theme: options.theme, noColour: options.noColour, environment: options.environment)
        defer { backend.shutdown() }
        let size = backend.size
        let organization = (try? desk.organizationName()) ?? "Enlace"
        var state = AppState(language: language, width: size.width, height: size.height,
                             user: user, organization: organization, now: Date())
        state.message = options.initialMessage
        let runtime = AppRuntime(desk: desk, state: state)
        var decoder = InputDecoder()
        var dirty = true
        while true {
            if dirty {
                backend.flush(runtime.render())
                dirty = false
            }
            if runtime.state.shouldQuit { runtime.saveDrafts(); return 0 }
            let read = backend.read(timeoutMilliseconds: decoder.isPending ? 40 : options.idleMilliseconds)
            switch read {
            case .signal(let sig):
                runtime.saveDrafts()
                return sig == SIGHUP ? 129 : 0
            case .endOfInput:
                runtime.saveDrafts()
                return 0
            case .timeout:
                if decoder.isPending {
                    for key in decoder.feed(.escapeTimeout) { runtime.send(.key(key)) }
                } else {
                    runtime.idle(now: Date())
                }
                dirty = true
            case .resize(let w, let h):
                backend.invalidate()
                runtime.send(.resize(width: w, height: h))
                dirty = true
            case .unit(let unit):
                for key in decoder.feed(unit) {
                    if key == .ctrl("r") { backend.invalidate() }
                    runtime.send(.key(key))
                }
                dirty = true
            }
        }
    }
}
