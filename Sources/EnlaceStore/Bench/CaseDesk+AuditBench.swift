import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// For `enlace bench --audit-chain`: appends `count` chained audit rows (views of person 1
    /// by `actor`) fast, keeping the previous hash in memory and committing every 100,000, so
    /// the verify time can be measured at a million rows. Not for a database in use.
    public func benchAppendAuditRows(_ count: Int, actor: Int64) throws {
        var left = count
        while left > 0 {
            let batch = min(left, 100_000)
            try write { db in
                var head = try AuditChain.head(db)
                let insert = try db.makeStatement(sql: """
                    INSERT INTO audit_log (id, actor_id, at, entity, entity_id, action, salt, digest, prev_hash, hash)
                    VALUES (?, ?, ?, 'person', 1, 'viewed', ?, ?, ?, ?)
                    """)
                let at = self.clock.nowSeconds()
                for _ in 0..<batch {
                    let record = AuditRecordBytes(id: (head?.id ?? 0) + 1, actorId: actor, at: at, entity: "person", entityId: 1,
                                                  action: "viewed", fromState: nil, toState: nil, reason: nil, changedFields: nil)
                    let link = AuditChain.link(record, after: head?.hash ?? AuditRecordBytes.genesis)
                    try insert.execute(arguments: [record.id, actor, at, Data(link.salt), Data(link.digest),
                                                   Data(link.prevHash), Data(link.hash)])
                    head = (record.id, link.hash)
                }
            }
            left -= batch
        }
    }
}
