import GRDB

/// Seals every sensitive value with the newest key generation, a batch of rows per
/// transaction, so the desk keeps working between batches (`keys init` on a file made by an
/// earlier version, `keys rotate`). A value already sealed with the newest generation is left
/// alone, so a sweep cut short is simply run again. Overwritten values are zeroed in the file
/// (`secure_delete`), and the WAL is truncated at the end so no old page survives beside it.
struct KeySweep {
    /// Rows read per transaction.
    static let batchSize = 500

    struct Progress: Sendable {
        public var table: String
        public var rowsSealed: Int
    }

    let desk: CaseDesk

    /// Sweeps every table holding sealed columns; returns how many rows were sealed again.
    @discardableResult
    func run(batchSize: Int = batchSize, progress: ((Progress) -> Void)? = nil) throws -> Int {
        var total = 0
        let tables = Dictionary(grouping: SealedColumn.allCases, by: \.table)
        for table in tables.keys.sorted() {
            let columns = tables[table]!
            let sealed = table == "drafts"
                ? try sweepAll(table, columns)
                : try sweepByRowid(table, columns, batchSize: batchSize)
            total += sealed
            progress?(Progress(table: table, rowsSealed: sealed))
        }
        try reindexDocuments(batchSize: batchSize)
        try desk.guarded {
            try desk.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        return total
    }

    private func assignments(_ columns: [SealedColumn]) -> (set: String, needed: String) {
        let set = columns.map { "\($0.column) = enlace_reseal(\($0.column), '\($0.rawValue)')" }
            .joined(separator: ", ")
        let needed = columns.map { $0.needsSealing(newest: "?1") }.joined(separator: " OR ")
        return (set, needed)
    }

    private func sweepByRowid(_ table: String, _ columns: [SealedColumn], batchSize: Int) throws -> Int {
        let (set, needed) = assignments(columns)
        var after: Int64 = 0
        var sealed = 0
        while true {
            let step: (last: Int64?, changed: Int) = try secureWrite { db in
                let newest = try Int64.fetchOne(db, sql: "SELECT max(generation) FROM key_generations")
                guard let last = try Int64.fetchOne(db, sql: """
                    SELECT max(rowid) FROM (SELECT rowid FROM \(table) WHERE rowid > ?2 ORDER BY rowid LIMIT ?3)
                    """, arguments: [newest, after, batchSize]) else { return (nil, 0) }
                try db.execute(sql: """
                    UPDATE \(table) SET \(set) WHERE rowid > ?2 AND rowid <= ?3 AND (\(needed))
                    """, arguments: [newest, after, last])
                return (last, db.changesCount)
            }
            sealed += step.changed
            guard let last = step.last else { return sealed }
            after = last
        }
    }

    /// A small table without rowid (drafts: one per user and form).
    private func sweepAll(_ table: String, _ columns: [SealedColumn]) throws -> Int {
        let (set, needed) = assignments(columns)
        return try secureWrite { db in
            let newest = try Int64.fetchOne(db, sql: "SELECT max(generation) FROM key_generations")
            try db.execute(sql: "UPDATE \(table) SET \(set) WHERE \(needed)", arguments: [newest])
            return db.changesCount
        }
    }

    /// The `d:` search keys made with an older generation (or, in an older file, the numbers
    /// themselves) are made again from the documents, person by person.
    private func reindexDocuments(batchSize: Int) throws {
        var after: Int64 = 0
        while true {
            let last: Int64? = try secureWrite { db in
                let ids = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT person_id FROM person_documents
                    WHERE person_id > ? AND number IS NOT NULL ORDER BY person_id LIMIT ?
                    """, arguments: [after, batchSize])
                for id in ids { try SearchIndex.update(db, personId: id) }
                return ids.last
            }
            guard let last else { break }
            after = last
        }
        // Keys of documents no longer held by anyone (a number in clear from an older file).
        _ = try secureWrite { db in
            try db.execute(sql: "DELETE FROM search_keys WHERE key GLOB 'd:*' AND key NOT GLOB 'd:#*'")
        }
    }

    private func secureWrite<T>(_ body: (Database) throws -> T) throws -> T {
        try desk.secureWrite(body)
    }
}
