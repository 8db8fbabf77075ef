import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The id of the case numbered `number` ("2026-000123"), when the actor may see it; nil
    /// when there is no such case.
    public func caseId(number: String, by actor: UserAccount) throws -> Int64? {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE number = ?",
                                              arguments: [number.trimmingCharacters(in: .whitespaces)])
            else { return nil }
            try self.permit(.viewCase, db, actor: actor, case: try self.caseFacts(db, id))
            return id
        }
    }
}
