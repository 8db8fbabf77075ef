import EnlaceCore
import Foundation
import GRDB

/// What `enlace audit verify` found: how many rows were walked, the last row (a checkpoint to
/// keep), and the first break, if any.
public struct AuditVerification: Sendable, Equatable {
    public let rows: Int
    public let head: AuditCheckpoint?
    public let firstBreak: AuditBreak?
    /// The checkpoints given that the log still holds.
    public let held: [AuditCheckpoint]
}

/// Walks the chain in id order inside one read transaction and stops at the first row that
/// does not hold. How a break is named (`AuditBreak.Kind`), at row `r` after row `p`:
/// - no chain columns: `inserted` (written outside Enlace);
/// - `r.prev_hash` is not `p.hash`: the row it names decides. None, with ids missing between
///   `p` and `r`: `deleted` (those ids); none, no gap, `r`'s own hash wrong: `edited`; none
///   otherwise: `deleted`; another row: `outOfOrder` (copied, moved, or `p` was put in);
/// - the digest of `r`'s salt and values, or the hash of its frame, is not the stored one:
///   `edited`; a row whose salt is NULL is `edited` unless a later chained erasure row names it.
/// Then each checkpoint: its row gone is `truncated`, its hash different is `rewritten`.
enum AuditChainVerifier {
    static func verify(_ db: Database, checkpoints: [AuditCheckpoint]) throws -> AuditVerification {
        var previous: (id: Int64, hash: [UInt8])?
        var count = 0
        var scrubbed = Set<Int64>()
        var firstBreak: AuditBreak?
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(AuditChain.columns), salt, digest, prev_hash, hash FROM audit_log ORDER BY id
            """)
        while let row = try rows.next() {
            count += 1
            let record = AuditChain.record(row)
            if let problem = try check(db, row: row, record: record, previous: previous, scrubbed: &scrubbed) {
                firstBreak = problem
                break
            }
            previous = (record.id, bytes(row["hash"])!)
        }
        // A salt removed with no erasure naming the row, before any other break.
        if let unexplained = scrubbed.min(), unexplained < firstBreak?.row ?? .max {
            firstBreak = AuditBreak(.edited, row: unexplained)
        }
        let head = try AuditChain.head(db).map { AuditCheckpoint(id: $0.id, hash: $0.hash) }
        var held: [AuditCheckpoint] = []
        for point in checkpoints {
            guard firstBreak == nil else { break }
            if let problem = try check(db, point, head: head) {
                firstBreak = problem
            } else {
                held.append(point)
            }
        }
        return AuditVerification(rows: count, head: head, firstBreak: firstBreak, held: held)
    }

    private static func bytes(_ value: DatabaseValue) -> [UInt8]? {
        guard let data = Data.fromDatabaseValue(value) else { return nil }
        return Array(data)
    }

    private static func check(_ db: Database, row: Row, record: AuditRecordBytes,
                              previous: (id: Int64, hash: [UInt8])?, scrubbed: inout Set<Int64>) throws -> AuditBreak? {
        let length = AuditRecordBytes.hashLength
        guard let hash = bytes(row["hash"]), hash.count == length,
              let prevHash = bytes(row["prev_hash"]), prevHash.count == length,
              let digest = bytes(row["digest"]), digest.count == length else {
            return AuditBreak(.inserted, row: record.id)
        }
        let before = previous?.id ?? 0
        let ownHashHolds = AuditChain.hash(record, prevHash: prevHash, digest: digest) == hash
        if prevHash != previous?.hash ?? AuditRecordBytes.genesis {
            if let named = try Int64.fetchOne(db, sql: "SELECT id FROM audit_log WHERE hash = ? AND id <> ? LIMIT 1",
                                               arguments: [Data(prevHash), record.id]) {
                return AuditBreak(.outOfOrder, row: record.id, from: named, to: before)
            }
            if record.id > before + 1 { return AuditBreak(.deleted, row: record.id, from: before + 1, to: record.id - 1) }
            return ownHashHolds ? AuditBreak(.deleted, row: record.id) : AuditBreak(.edited, row: record.id)
        }
        if let salt = bytes(row["salt"]) {
            guard AuditChain.digest(record, salt: salt) == digest else { return AuditBreak(.edited, row: record.id) }
        } else {
            scrubbed.insert(record.id)
        }
        guard ownHashHolds else { return AuditBreak(.edited, row: record.id) }
        if record.action == "erased", let ranges = AuditScrub.decode(record.changedFields)?[AuditChain.scrubbedRowsKey],
           let named = RowRanges.decode(ranges) {
            scrubbed = scrubbed.filter { id in !named.contains { $0.contains(id) } }
        }
        return nil
    }

    private static func check(_ db: Database, _ point: AuditCheckpoint, head: AuditCheckpoint?) throws -> AuditBreak? {
        guard let stored = try Data.fetchOne(db, sql: "SELECT hash FROM audit_log WHERE id = ?", arguments: [point.id]) else {
            if let head, head.id > point.id { return AuditBreak(.deleted, row: point.id) }
            return AuditBreak(.truncated, row: point.id, to: head?.id)
        }
        return point.matches(Array(stored)) ? nil : AuditBreak(.rewritten, row: point.id)
    }
}

extension CaseDesk {
    /// Walks the audit chain and checks the checkpoints given (supervisors and admins:
    /// `verifyAudit`). Reads ids and hashes only; one read transaction, so a log being
    /// written meanwhile is verified as it stood when the walk began.
    public func verifyAudit(checkpoints: [AuditCheckpoint] = [], by actor: UserAccount) throws -> AuditVerification {
        try read { db in
            try Self.require(.verifyAudit, try self.acting(db, actor), .none)
            return try AuditChainVerifier.verify(db, checkpoints: checkpoints)
        }
    }

    /// The audit log's last row as a checkpoint, for a report read without an audit row of its
    /// own (aggregate reports). Nil for an empty log.
    public func auditCheckpoint() throws -> AuditCheckpoint? {
        try read { db in try AuditChain.head(db).map { AuditCheckpoint(id: $0.id, hash: $0.hash) } }
    }
}
