import Foundation
import GRDB

extension CaseDesk {
    /// SQLite's own checks of the whole file (`PRAGMA integrity_check`, then
    /// `foreign_key_check`): no lines when the file is sound, else one line per problem.
    /// Read-only; reads every page, so it is for checks and benches, not for screens.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            var problems = lines == ["ok"] ? [] : lines
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0], parent: String = row[2]
                let rowid: Int64? = row[1]
                problems.append("foreign key: \(table) row \(rowid.map(String.init) ?? "?") → \(parent)")
            }
            return problems
        }
    }
}
