import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $XDG_DATA_HOME/enlace/enlace.sqlite).")
    var db: String?

    @Option(name: .long, help: "Language: es (Spanish, default) or en (English).")
    var lang: String?

    @Option(name: .long, help: "Theme: default, high-contrast, mono, a name in $XDG_CONFIG_HOME/enlace/themes, or a .toml path.")
    var theme: String?
}

/// What a command needs to start: environment, config, language, theme; and the helpers to
/// print messages in the person's language.
struct Context {
    let environment: [String: String]
    let config: AppConfig
    let configWarning: LocalizedText?
    let language: Language
    /// False when no flag, environment or config chose the language: the terminal then starts
    /// in the organization's default language.
    let languageChosen: Bool

    init(_ options: GlobalOptions) throws {
        environment = ProcessInfo.processInfo.environment
        let loaded = AppConfig.load(path: AppConfig.path(environment: environment))
        config = loaded.config
        configWarning = loaded.warning
        if let code = options.lang {
            guard let l = Language(code: code) else {
                Console.error("Idioma desconocido «\(code)»: use es o en. / Unknown language “\(code)”: use es or en.")
                throw ExitCode(64)
            }
            language = l
        } else if let env = environment["ENLACE_LANG"], let l = Language(code: env) {
            language = l
        } else {
            language = config.language ?? .default
        }
        languageChosen = options.lang != nil || environment["ENLACE_LANG"].flatMap(Language.init(code:)) != nil
            || config.language != nil
    }

    func databasePath(_ options: GlobalOptions) -> String {
        options.db ?? config.database ?? CaseDesk.defaultDatabasePath(environment: environment)
    }

    /// The chosen theme, or the default with a message naming the broken file.
    func theme(_ options: GlobalOptions) -> (Theme, StatusMessage?) {
        let name = options.theme ?? config.theme ?? "default"
        do {
            return (try ThemeLoader.load(name, userFolder: AppConfig.configFolder(environment: environment) + "/themes"), nil)
        } catch let error as ThemeError {
            return (ThemeLoader.fallback, StatusMessage(error.message(language), role: .error))
        } catch {
            return (ThemeLoader.fallback, StatusMessage("\(error)", role: .error))
        }
    }

    var noColour: Bool {
        if let v = environment["NO_COLOR"], !v.isEmpty { return true }
        return false
    }

    /// Opens the database or exits with one clear line: never a stack trace.
    func openDesk(path: String, create: Bool) throws -> CaseDesk {
        do {
            return try CaseDesk.open(path: path, create: create)
        } catch let error as StoreError {
            Console.error(error.message(language))
            throw ExitCode(74)
        } catch {
            Console.error("\(error)")
            throw ExitCode(74)
        }
    }

    func startupMessage(themeMessage: StatusMessage?) -> StatusMessage? {
        if let themeMessage { return themeMessage }
        if let configWarning { return StatusMessage(configWarning(language), role: .warning) }
        return nil
    }

    /// Runs the terminal app, turning a terminal that cannot be used into a clear exit.
    func runApp(desk: CaseDesk, user: UserAccount, options: GlobalOptions, event: Int64? = nil) throws {
        try runTerminal(options, event: event) { appOptions in
            try TerminalApp.run(desk: desk, user: user, language: startLanguage(desk), options: appOptions)
        }
    }

    /// The sign-in screen, then the app as the account that signed in.
    func runSignInAndApp(desk: CaseDesk, options: GlobalOptions, setup: TerminalApp.SignInSetup, event: Int64? = nil) throws {
        // Quitting forgets the data key before the process ends.
        defer { desk.lockKeys() }
        try runTerminal(options, event: event) { appOptions in
            try TerminalApp.signInAndRun(desk: desk, language: startLanguage(desk), options: appOptions, setup: setup)
        }
    }

    /// The language chosen, or else the organization's default.
    func startLanguage(_ desk: CaseDesk) -> Language {
        languageChosen ? language : (try? desk.organization().defaultLanguage) ?? language
    }

    private func runTerminal(_ options: GlobalOptions, event: Int64? = nil, _ body: (TerminalApp.Options) throws -> Int32) throws {
        let (theme, themeMessage) = self.theme(options)
        var appOptions = TerminalApp.Options(theme: theme, noColour: noColour, environment: environment)
        appOptions.startEvent = event
        appOptions.initialMessage = startupMessage(themeMessage: themeMessage)
        if let minutes = config.lockMinutes { appOptions.lockMinutes = minutes }
        let status: Int32
        do {
            status = try body(appOptions)
        } catch let error as TerminalError {
            Console.error(error.message(language))
            throw ExitCode(69)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
