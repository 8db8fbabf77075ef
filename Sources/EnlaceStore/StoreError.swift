import EnlaceCore
import Foundation
import GRDB

/// Every failure the store reports. Each case has one clear line in Spanish and English
/// (`message(_:)`); none carries a stack trace or raw SQL.
public enum StoreError: Error, Sendable, Equatable {
    case fileMissing(path: String)
    /// Not an SQLite file, not an Enlace database, or damaged.
    case notADatabase(path: String)
    /// Another program holds the database for longer than the busy timeout.
    case locked(path: String)
    case readOnly(path: String)
    case permissionDenied(path: String)
    /// The file was migrated by a newer Enlace; this build refuses to touch it.
    case newerSchema(path: String, found: String, supported: String)
    case diskFull(path: String)
    /// A write refused by the system other than a full disk: a quota, a file-size limit
    /// (EDQUOT, EFBIG), or a failing device.
    case writeFailed(path: String)
    /// Wrong user name or password; never says which.
    case authenticationFailed
    case accountLocked(until: Date)
    case notPermitted(LocalizedText)
    /// The workflow table (or a rule of the record, such as a closed case) does not allow
    /// this step now; the reason says what to do first.
    case workflowRefused(LocalizedText)
    /// A workflow table refused the step, typed: no such transition from this state, a guard
    /// that is a condition of the record (with its name and reason), an input missing or
    /// wrong. A refusal about who may act is `notPermitted` instead.
    case transitionRefused(WorkflowRefusal)
    /// Somebody else changed the record first (optimistic concurrency).
    case conflict
    case invalid(field: String, LocalizedText)
    /// Several fields of a form are wrong: every problem, each with its field.
    case validation(ValidationFailure)
    /// The case or person asked for does not exist.
    case notFound(LocalizedText)
    /// A stored value this build cannot read (an unknown status, a damaged row): never turned
    /// into a default without a word.
    case corruptValue(table: String, column: String, value: String)
    /// A backup or a restore refused (`BackupProblem`).
    case backup(BackupProblem)
    /// The database's keys: locked, an account without its key, a damaged sealed value,
    /// wrong recovery words (`KeyProblem`).
    case keys(KeyProblem)
    case other(String)

    /// One line a person can act on, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .fileMissing(let path):
            return StoreText.fileMissing.format(language, ["path": path])
        case .notADatabase(let path):
            return StoreText.notADatabase.format(language, ["path": path])
        case .locked(let path):
            return StoreText.locked.format(language, ["path": path])
        case .readOnly(let path):
            return StoreText.readOnly.format(language, ["path": path])
        case .permissionDenied(let path):
            return StoreText.permissionDenied.format(language, ["path": path])
        case .newerSchema(let path, let found, let supported):
            return StoreText.newerSchema.format(
                language, ["path": path, "found": found, "supported": supported])
        case .diskFull(let path):
            return StoreText.diskFull.format(language, ["path": path])
        case .writeFailed(let path):
            return StoreText.writeFailed.format(language, ["path": path])
        case .authenticationFailed:
            return StoreText.authenticationFailed(language)
        case .accountLocked(let until):
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: language == .es ? "es_MX" : "en_US")
            formatter.dateFormat = "HH:mm"
            return StoreText.accountLocked.format(language, ["time": formatter.string(from: until)])
        case .notPermitted(let reason):
            return StoreText.notPermitted.format(language, ["reason": reason(language)])
        case .workflowRefused(let reason):
            return StoreText.workflowRefused.format(language, ["reason": reason(language)])
        case .transitionRefused(let refusal):
            return StoreText.workflowRefused.format(language, ["reason": refusal.message(language)])
        case .conflict:
            return StoreText.conflict(language)
        case .invalid(_, let text):
            return text(language)
        case .validation(let failure):
            return failure.lines(language).joined(separator: "\n")
        case .notFound(let text):
            return text(language)
        case .corruptValue(let table, let column, let value):
            return StoreText.corruptValue.format(language, ["table": table, "column": column, "value": value])
        case .backup(let problem):
            return problem.message(language)
        case .keys(let problem):
            return problem.message(language)
        case .other(let detail):
            return StoreText.otherError.format(language, ["detail": detail])
        }
    }
}

extension StoreError {
    /// Translates an SQLite error met while working on the file at `path`.
    init(_ error: DatabaseError, path: String) {
        if let problem = KeyProblem.fromSQLite(error.message) {
            self = .keys(problem)
            return
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .locked(path: path)
        case .SQLITE_READONLY:
            self = .readOnly(path: path)
        case .SQLITE_CANTOPEN:
            if !FileManager.default.fileExists(atPath: path) {
                self = .fileMissing(path: path)
            } else if access(StoreFiles.directory(of: path), W_OK) != 0 {
                self = .readOnly(path: path)
            } else {
                self = .permissionDenied(path: path)
            }
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .notADatabase(path: path)
        case .SQLITE_FULL:
            self = .diskFull(path: path)
        case .SQLITE_PERM, .SQLITE_AUTH:
            self = .permissionDenied(path: path)
        case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_SHMSIZE:
            // The shared-memory index beside the file could not grow: no room left on the disk.
            self = .diskFull(path: path)
        case .SQLITE_IOERR where [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE]
                .contains(error.extendedResultCode):
            self = .writeFailed(path: path)
        case .SQLITE_IOERR:
            self = .other("I/O (\(error.extendedResultCode.rawValue))")
        default:
            self = .other(error.message ?? "SQLite \(error.resultCode.rawValue)")
        }
    }

    /// Any error thrown inside the store, as a StoreError.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if let problem = error as? KeyProblem { return .keys(problem) }
        if let databaseError = error as? DatabaseError { return StoreError(databaseError, path: path) }
        if let decoding = error as? RowDecodingError { return StoredValue.corrupt(decoding) }
        if let decoding = error as? DecodingError { return StoredValue.corrupt(decoding) }
        return .other(String(describing: error))
    }
}
