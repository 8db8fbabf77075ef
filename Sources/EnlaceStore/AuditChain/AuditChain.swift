import Crypto
import EnlaceCore
import Foundation
import GRDB

/// The hash chain over `audit_log` (migration `v20-audit-chain`, canonical bytes in Core's
/// `AuditRecordBytes`):
///
/// ```
/// digest = SHA256(salt || values)          salt: 16 random bytes, NULL once scrubbed
/// hash   = SHA256(label || prev_hash || frame || digest)
/// ```
/// An erasure empties a row's values and sets its salt to NULL (`AuditScrub`); the digest and
/// the hash stay, so the frame (who, what, when) still verifies, and the erasure's own chained
/// row names the rows it scrubbed (`auditRows`, as `RowRanges`). `AuditChainVerifier` accepts a
/// row without salt only when a later erasure row names it.
enum AuditChain {
    struct Link {
        let salt: [UInt8]
        let digest: [UInt8]
        let prevHash: [UInt8]
        let hash: [UInt8]
    }

    /// The key of the erasure row's `changed_fields` that lists the audit rows it scrubbed.
    static let scrubbedRowsKey = "auditRows"

    static func sha256(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }

    static func newSalt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<AuditRecordBytes.saltLength).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    static func digest(_ record: AuditRecordBytes, salt: [UInt8]) -> [UInt8] {
        sha256(record.digestInput(salt: salt))
    }

    static func hash(_ record: AuditRecordBytes, prevHash: [UInt8], digest: [UInt8]) -> [UInt8] {
        sha256(record.hashInput(prevHash: prevHash, digest: digest))
    }

    /// A new row's chain columns after `prevHash`, with a fresh salt.
    static func link(_ record: AuditRecordBytes, after prevHash: [UInt8]) -> Link {
        let salt = newSalt()
        let digest = digest(record, salt: salt)
        return Link(salt: salt, digest: digest, prevHash: prevHash, hash: hash(record, prevHash: prevHash, digest: digest))
    }

    /// The last row: its id and hash (nil for an empty log).
    static func head(_ db: Database) throws -> (id: Int64, hash: [UInt8])? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1") else {
            return nil
        }
        let hash: Data? = row[1]
        return (row[0], hash.map { Array($0) } ?? AuditRecordBytes.genesis)
    }

    static let columns = "id, actor_id, at, entity, entity_id, action, from_state, to_state, reason, changed_fields"

    static func record(_ row: Row) -> AuditRecordBytes {
        AuditRecordBytes(id: row["id"], actorId: row["actor_id"], at: row["at"], entity: row["entity"],
                         entityId: row["entity_id"], action: row["action"], fromState: row["from_state"],
                         toState: row["to_state"], reason: row["reason"], changedFields: row["changed_fields"])
    }

    /// Chains every row in id order with fresh salts, a batch at a time (the migration, on rows
    /// written before the chain existed). The caller has lifted the update trigger.
    static func chainAll(_ db: Database) throws {
        var prev = AuditRecordBytes.genesis
        var after: Int64 = 0
        let update = try db.makeStatement(sql: "UPDATE audit_log SET salt = ?, digest = ?, prev_hash = ?, hash = ? WHERE id = ?")
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT \(columns) FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000",
                                        arguments: [after])
            guard !rows.isEmpty else { return }
            for row in rows {
                let record = record(row)
                let link = link(record, after: prev)
                try update.execute(arguments: [Data(link.salt), Data(link.digest), Data(link.prevHash), Data(link.hash), record.id])
                prev = link.hash
                after = record.id
            }
        }
    }
}
