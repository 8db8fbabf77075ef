import Foundation
import GRDB

/// Appends rows to the append-only audit_log.
///
/// `reason` is a code or a summary that names no person's data ("privacyKey", a report's
/// kind, a backup's path). Free text a person typed with a step (a closure summary, why a
/// referral was cancelled, a legal hold's reason) is `text`: kept sealed in `audit_texts`
/// beside the row (`SealedColumn.auditText`), never in the append-only row, so that a key
/// rotation can seal it again and an erasure can remove it.
enum Audit {
    static func append(_ db: Database, actor: Int64?, at: Int64, entity: String, entityID: Int64?,
                       action: String, from: String? = nil, to: String? = nil,
                       reason: String? = nil, text: String? = nil,
                       changedFields: [String: [String]]? = nil) throws {
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
        if let text, !text.isEmpty {
            try db.execute(sql: "INSERT INTO audit_texts (audit_id, text) VALUES (?, \(SealedColumn.auditText.write))",
                           arguments: [db.lastInsertedRowID, text])
        }
    }
}
