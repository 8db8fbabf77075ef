import Crypto
import EnlaceCore
import Foundation
import GRDB

/// Appends rows to the append-only, hash-chained audit_log. The one writer of `audit_log`:
/// every row it writes carries a random salt, the digest of its values, the previous row's
/// hash and its own (`AuditChain`, `AuditRecordBytes`), all in the caller's write transaction.
/// Writes are `BEGIN IMMEDIATE`, so the previous row read here is the last one committed by any
/// process, and no other writer can append between the read and the insert.
///
/// `reason` is a code or a summary that names no person's data ("privacyKey", a report's
/// kind, a backup's path). Free text a person typed with a step (a closure summary, why a
/// referral was cancelled, a legal hold's reason) is `text`: kept sealed in `audit_texts`
/// beside the row (`SealedColumn.auditText`), never in the append-only row (nor in its chained values), so that a key
/// rotation can seal it again and an erasure can remove it.
enum Audit {
    @discardableResult
    static func append(_ db: Database, actor: Int64?, at: Int64, entity: String, entityID: Int64?,
                       action: String, from: String? = nil, to: String? = nil,
                       reason: String? = nil, text: String? = nil,
                       changedFields: [String: [String]]? = nil) throws -> AuditCheckpoint {
        var json: String?
        if let changedFields {
            let data = try JSONSerialization.data(withJSONObject: changedFields,
                                                  options: [.sortedKeys])
            json = String(decoding: data, as: UTF8.self)
        }
        let head = try AuditChain.head(db)
        let record = AuditRecordBytes(id: (head?.id ?? 0) + 1, actorId: actor, at: at, entity: entity,
                                      entityId: entityID, action: action, fromState: from, toState: to,
                                      reason: reason, changedFields: json)
        let link = AuditChain.link(record, after: head?.hash ?? AuditRecordBytes.genesis)
        try db.execute(sql: """
            INSERT INTO audit_log (id, actor_id, at, entity, entity_id, action, from_state, to_state,
                                   reason, changed_fields, salt, digest, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.id, actor, at, entity, entityID, action, from, to, reason, json,
                             Data(link.salt), Data(link.digest), Data(link.prevHash), Data(link.hash)])
        if let text, !text.isEmpty {
            try db.execute(sql: "INSERT INTO audit_texts (audit_id, text) VALUES (?, \(SealedColumn.auditText.write))",
                           arguments: [record.id, text])
        }
        return AuditCheckpoint(id: record.id, hash: link.hash)
    }
}
