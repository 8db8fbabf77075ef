import EnlaceCore
import Foundation
import GRDB

/// What an erasure destroyed: the records (the person and its linked duplicates) and, per kind
/// of data, how many rows. The same kinds are in the tombstone audit row.
public struct ErasureReport: Sendable, Equatable {
    public let personIds: [Int64]
    public let erased: [String: Int]
}

/// A person whose every case was closed longer ago than the organization keeps them.
public struct RetentionCandidate: Sendable, Equatable {
    public let personId: Int64
    public let cases: Int
    public let lastClosed: Date
}

extension CaseDesk {
    /// Erases a person's data on their cancellation request (supervisors: `dataRights`), in one
    /// transaction: every step of `PersonErasure`, the request answered as granted when still
    /// pending, the tombstone (`person_rights.erased_at`, and an `erased` audit row naming the
    /// kinds of data and how many rows, by whom, on which request, and no erased value), then
    /// the search indexes' segments merged so no deleted term stays in the file. Refused while
    /// a legal hold is set (on the person or a record linked to it), for a person already
    /// erased, or with a request of someone else.
    ///
    /// Deleted rows are overwritten with zeros (`PRAGMA secure_delete` for this transaction),
    /// and afterwards the WAL is checkpointed and truncated when no reader holds it, so the
    /// erased values leave the database file and its WAL; copies in backups remain until the
    /// backups age out.
    public func erasePerson(id: Int64, request: Int64, by actor: UserAccount) throws -> ErasureReport {
        let report = try secureWrite { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            try self.requireLivePerson(db, id)
            let cluster = try Self.linkedCluster(db, id)
            let asked = try RightsRows.load(db, id: request)
            guard cluster.contains(asked.personId) else {
                throw StoreError.workflowRefused(DataRightsText.requestOtherPerson.text.filling(["id": .plain(String(request))]))
            }
            if asked.isPending {
                _ = try self.answer(db, id: request, outcome: .granted, answer: "", on: self.today(), edit: nil, actor: actor)
            }
            let report = try self.erase(db, cluster: cluster, request: request, actor: actor)
            try Self.mergeSearchSegments(db)
            return report
        }
        checkpointAfterErasure()
        return report
    }

    /// The people the retention setting would erase now: every case closed more than
    /// `retention_years` ago, no open case, no legal hold, not erased, not linked as a
    /// duplicate (a linked record is erased by hand). Empty when the organization keeps cases.
    public func retentionCandidates(by actor: UserAccount) throws -> [RetentionCandidate] {
        try read { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            return try self.retentionCandidates(db)
        }
    }

    /// Erases every retention candidate in one transaction, each audited with "retention" as
    /// its request, then merges the search segments once. Returns who was erased.
    public func applyRetention(by actor: UserAccount) throws -> [RetentionCandidate] {
        let done = try secureWrite { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            let candidates = try self.retentionCandidates(db)
            for candidate in candidates {
                _ = try self.erase(db, cluster: [candidate.personId], request: nil, actor: actor)
            }
            if !candidates.isEmpty { try Self.mergeSearchSegments(db) }
            return candidates
        }
        if !done.isEmpty { checkpointAfterErasure() }
        return done
    }

    private func retentionCandidates(_ db: Database) throws -> [RetentionCandidate] {
        guard let years = try Int.fetchOne(db, sql: "SELECT retention_years FROM organization WHERE id = 1") else { return [] }
        let cutoff = clock.nowSeconds() - Int64(years) * 31_556_952
        return try Row.fetchAll(db, sql: """
            SELECT c.person_id, count(*), max(c.closed_at) FROM cases c
            WHERE c.person_id NOT IN (SELECT person_id FROM person_rights WHERE hold_reason IS NOT NULL OR erased_at IS NOT NULL)
              AND c.person_id NOT IN (SELECT duplicate_id FROM person_links UNION ALL SELECT survivor_id FROM person_links)
            GROUP BY c.person_id
            HAVING sum(c.status <> 'closed' OR c.closed_at IS NULL) = 0 AND max(c.closed_at) < ?
            ORDER BY c.person_id
            """, arguments: [cutoff]).map {
            RetentionCandidate(personId: $0[0], cases: $0[1], lastClosed: Date(timeIntervalSince1970: TimeInterval($0[2] as Int64)))
        }
    }

    /// The erasure of `cluster` inside the caller's transaction (`request` nil: retention).
    private func erase(_ db: Database, cluster: [Int64], request: Int64?, actor: UserAccount) throws -> ErasureReport {
        let list = cluster.map(String.init).joined(separator: ",")
        if let reason = try String.fetchOne(db, sql: """
            SELECT hold_reason FROM person_rights WHERE person_id IN (\(list)) AND hold_reason IS NOT NULL LIMIT 1
            """) {
            throw StoreError.workflowRefused(DataRightsText.legalHoldRefusal.text.filling(["reason": .plain(reason)]))
        }
        let now = clock.nowSeconds()
        var erasure = PersonErasure(db, ids: cluster)
        try erasure.run(now: now)
        for person in cluster {
            try RightsRows.ensureRow(db, personId: person)
            try db.execute(sql: """
                UPDATE person_rights SET erased_at = ?, erased_by = ?, erase_request = ?, version = version + 1
                WHERE person_id = ?
                """, arguments: [now, actor.id, request, person])
            // The tombstone: what kinds of data went and how many rows, when, by whom, on whose
            // request. No erased value. The first names the audit rows scrubbed (the chain).
            var fields = erasure.erased.mapValues { [String($0)] }
            if person == cluster.first, !erasure.scrubbedAuditRows.isEmpty {
                fields[AuditChain.scrubbedRowsKey] = RowRanges.encode(erasure.scrubbedAuditRows)
            }
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: person, action: "erased",
                             reason: request.map { "request \($0)" } ?? "retention", changedFields: fields)
        }
        return ErasureReport(personIds: cluster, erased: erasure.erased)
    }

    /// The person and every record linked to it as a duplicate (its survivor, the survivor's
    /// other duplicates): one human, erased together.
    static func linkedCluster(_ db: Database, _ id: Int64) throws -> [Int64] {
        let root = try Int64.fetchOne(db, sql: "SELECT survivor_id FROM person_links WHERE duplicate_id = ?",
                                      arguments: [id]) ?? id
        let duplicates = try Int64.fetchAll(db, sql: "SELECT duplicate_id FROM person_links WHERE survivor_id = ? ORDER BY 1",
                                            arguments: [root])
        return [root] + duplicates
    }

    /// Merges every segment of the two FTS5 indexes over names. FTS5 deletes by writing a
    /// delete marker in a new segment: the erased terms stay in the older segments (and in the
    /// file) until those are merged. SQLite 3.40 has no FTS5 `secure-delete`, so an erasure
    /// runs `optimize`, which rewrites each index as one segment without them.
    static func mergeSearchSegments(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO people_search (people_search) VALUES ('optimize');
            INSERT INTO people_fts (people_fts) VALUES ('optimize');
            """)
    }

    /// Copies the WAL into the file and truncates it, when no reader holds it (best effort:
    /// a busy reader leaves it to the next checkpoint; the old frames are overwritten then).
    private func checkpointAfterErasure() {
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }
}
