import ArgumentParser
import EnlaceCore
import EnlaceStore

/// Turns store errors into one clear message per line and the exit codes of sysexits.h:
/// 65 validation, 66 no such case or person, 77 permission or sign-in, 75 conflict,
/// 74 database.
enum StoreExit {
    static func code(for error: StoreError) -> Int32 {
        switch error {
        case .validation, .invalid: return 65
        case .notFound: return 66
        case .notPermitted, .authenticationFailed, .accountLocked: return 77
        case .conflict: return 75
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

/// Opening the database and signing in, for the one-shot commands.
struct Session {
    let context: Context
    let desk: CaseDesk
    let user: UserAccount
    var language: Language { context.language }

    init(_ options: GlobalOptions, user: String?) throws {
        context = try Context(options)
        desk = try context.openDesk(path: context.databasePath(options), create: false)
        self.user = try SignIn.run(desk: desk, context: context, user: user)
    }

    /// The case named by a number ("2026-000123") or an id, or exit 66.
    func caseId(_ text: String) throws -> Int64 {
        let id = try StoreExit.run(language) { try desk.caseId(for: text) }
        guard let id else {
            Console.error(CaseStoreText.cliUnknownCase.format(language, ["case": text]))
            throw ExitCode(66)
        }
        return id
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
