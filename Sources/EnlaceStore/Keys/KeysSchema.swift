import EnlaceCore
import GRDB

/// `v19-field-encryption`: the keyring, and sealed columns that may hold BLOBs.
///
/// - `key_generations`: one row per generation of the data key (`retired_at` once a rotation
///   has sealed everything again with a newer one and its grants were deleted).
/// - `user_keys`: each account's X25519 public key and its private key wrapped under the
///   account's password (`KeyEnvelope`).
/// - `key_grants`: each live generation sealed to each holder ("user:<id>", "recovery").
/// - `recovery_key`: the public half of the organization's recovery key.
/// - `referrals` and `person_documents` are rebuilt without the CHECKs that read their sealed
///   columns as text (`json_valid(details)`, the number's length): the store checks those
///   values before sealing them. Every other table, index and trigger is unchanged.
///
/// Nothing is encrypted here: a file gets its keyring with its first admin, or, made by an
/// earlier version, with `enlace keys init` (which backs it up and seals in batches).
enum KeysSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE key_generations (
                generation INTEGER PRIMARY KEY CHECK (generation > 0),
                created_at INTEGER NOT NULL,
                created_by INTEGER REFERENCES users(id),
                retired_at INTEGER
            );
            CREATE TABLE user_keys (
                user_id INTEGER PRIMARY KEY REFERENCES users(id),
                public_key BLOB NOT NULL CHECK (length(public_key) = 32),
                wrapped BLOB NOT NULL,
                kdf TEXT NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE key_grants (
                generation INTEGER NOT NULL REFERENCES key_generations(generation),
                holder TEXT NOT NULL,
                sealed BLOB NOT NULL,
                PRIMARY KEY (generation, holder)
            ) WITHOUT ROWID;
            -- Free text typed with an audited step, sealed beside its append-only row (`Audit`).
            CREATE TABLE audit_texts (
                audit_id INTEGER PRIMARY KEY REFERENCES audit_log(id),
                text
            );
            CREATE TABLE recovery_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                public_key BLOB NOT NULL CHECK (length(public_key) = 32),
                created_at INTEGER NOT NULL,
                created_by INTEGER REFERENCES users(id)
            );
            """)
        try moveTypedReasons(db)
        try rebuild(db, table: "referrals", dropping: ["CHECK (json_valid(details))"])
        try rebuild(db, table: "person_documents",
                    dropping: ["CHECK (number IS NULL OR length(number) BETWEEN 1 AND \(DocumentNumber.maxLength))"])
    }

    /// The reasons typed with workflow steps, legal holds and duplicate links, written into
    /// audit rows by earlier versions, move to `audit_texts` (where the sweep seals them): the
    /// rows' values change under the erasure's permit (`AuditScrub`), nothing else of them.
    static func moveTypedReasons(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO audit_texts (audit_id, text)
                SELECT id, reason FROM audit_log
                WHERE reason IS NOT NULL AND reason <> '' AND action <> 'searched'
                  AND entity IN ('case', 'referral', 'followUp', 'follow_up', 'person');
            INSERT INTO audit_scrub_permit (id) VALUES (1);
            UPDATE audit_log SET reason = NULL WHERE id IN (SELECT audit_id FROM audit_texts);
            DELETE FROM audit_scrub_permit;
            """)
    }

    /// Rebuilds `table` from its own CREATE statement minus the `dropping` fragments, keeping
    /// its rows, ids, indexes and triggers (SQLite's "other kinds of table schema changes").
    /// Foreign keys are checked by the migrator at the end.
    static func rebuild(_ db: Database, table: String, dropping fragments: [String]) throws {
        guard var create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                               arguments: [table]) else { return }
        for fragment in fragments {
            guard create.contains(fragment) else { continue }
            create = create.replacingOccurrences(of: fragment, with: "")
        }
        let dependents = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
            """, arguments: [table])
        let temporary = "\(table)_v19"
        guard let open = create.firstIndex(of: "(") else { return }
        try db.execute(sql: "CREATE TABLE \(temporary) " + create[open...])
        try db.execute(sql: "INSERT INTO \(temporary) SELECT * FROM \(table)")
        try db.execute(sql: "DROP TABLE \(table)")
        try db.execute(sql: "ALTER TABLE \(temporary) RENAME TO \(table)")
        for statement in dependents { try db.execute(sql: statement) }
    }
}
