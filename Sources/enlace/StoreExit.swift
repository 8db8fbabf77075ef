import ArgumentParser
import EnlaceCore
import EnlaceStore

/// Turns store errors into one clear message per line and the exit codes of sysexits.h:
/// 65 validation, 66 no such case or person, 77 permission or sign-in, 75 conflict,
/// 74 database.
enum StoreExit {
    static func code(for error: StoreError) -> Int32 {
        switch error {
        case .validation, .invalid, .workflowRefused, .transitionRefused: return 65
        case .notFound: return 66
        case .notPermitted, .authenticationFailed, .accountLocked: return 77
        case .conflict: return 75
        case .backup(let problem): return problem.exitCode
        case .keys(let problem): return problem.exitCode
        default: return 74
        }
    }

    /// Runs `body`; a StoreError is printed on standard error and becomes its exit code.
    static func run<T>(_ language: Language, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            for line in error.message(language).split(separator: "\n", omittingEmptySubsequences: false) {
                Console.error(String(line))
            }
            throw ExitCode(code(for: error))
        }
    }
}

/// The case and intake commands use the same signed-in session as the referral commands.
typealias Session = DeskSession

extension DeskSession {
    init(_ options: GlobalOptions, user: String?) throws {
        self = try DeskSession.open(options, SignInOptions(user: user))
    }

    func userId(_ username: String) throws -> Int64 {
        let id = try StoreExit.run(language) { try desk.activeUserId(username: username) }
        guard let id else {
            Console.error(CaseStoreText.cliUnknownUser.format(language, ["user": username]))
            throw ExitCode(65)
        }
        return id
    }
}
