import GRDB

/// `v20-audit-chain`: every audit row carries `salt`, `digest`, `prev_hash` and `hash`
/// (`AuditChain`). The rows written before are chained here in id order. The update trigger of
/// `v17-data-rights` is replaced: a scrub (only while `audit_scrub_permit` holds its row) may
/// change the values and must set the salt to NULL, and may never change the frame, the digest
/// or either hash. A new trigger refuses a row inserted without its chain columns.
enum AuditChainSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE audit_log ADD COLUMN salt BLOB;
            ALTER TABLE audit_log ADD COLUMN digest BLOB;
            ALTER TABLE audit_log ADD COLUMN prev_hash BLOB;
            ALTER TABLE audit_log ADD COLUMN hash BLOB;
            DROP TRIGGER IF EXISTS audit_log_no_update;
            """)
        try AuditChain.chainAll(db)
        try db.execute(sql: """
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT (EXISTS (SELECT 1 FROM audit_scrub_permit)
                      AND new.id = old.id AND new.actor_id IS old.actor_id AND new.at = old.at
                      AND new.entity = old.entity AND new.entity_id IS old.entity_id
                      AND new.action = old.action AND new.salt IS NULL
                      AND new.digest IS old.digest AND new.prev_hash IS old.prev_hash AND new.hash IS old.hash)
            BEGIN
                SELECT RAISE(ABORT, 'audit_log is append-only');
            END;
            CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
            WHEN new.salt IS NULL OR length(new.salt) <> 16 OR new.digest IS NULL OR length(new.digest) <> 32
                 OR new.prev_hash IS NULL OR length(new.prev_hash) <> 32 OR new.hash IS NULL OR length(new.hash) <> 32
            BEGIN
                SELECT RAISE(ABORT, 'audit_log rows are written by Enlace only (hash chain)');
            END;
            """)
    }
}
