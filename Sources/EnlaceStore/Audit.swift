import Foundation
import GRDB

/// Appends rows to the append-only audit_log.
enum Audit {
    static func append(_ db: Database, actor: Int64?, at: Int64, entity: String, entityID: Int64?,
                       action: String, from: String? = nil, to: String? = nil,
                       reason: String? = nil, changedFields: [String: [String]]? = nil) throws {
        var json: String?
        if let changedFields {
            let data = try JSONSerialization.data(withJSONObject: changedFields,
                                                  options: [.sortedKeys])
            json = String(decoding: data, as: UTF8.self)
        }
        try db.execute(sql: """
            INSERT INTO audit_log (actor_id, at, entity, entity_id, action, from_state, to_state,
                                   reason, changed_fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [actor, at, entity, entityID, action, from, to, reason, json])
    }
}
