import GRDB

/// `v14-backups`: every backup taken through `CaseDesk.takeBackup` (when, by whom, where, how
/// big, sealed or not, how many rows its check compared), and the organization's backup
/// settings: after how many days without a backup the admin screen warns (7 by default), and
/// the folder backups go to when no path is given (NULL: beside the database).
enum BackupSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE backups (
                id INTEGER PRIMARY KEY,
                taken_at INTEGER NOT NULL,
                taken_by INTEGER NOT NULL REFERENCES users(id),
                path TEXT NOT NULL,
                size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
                encrypted INTEGER NOT NULL CHECK (encrypted IN (0,1)),
                tables_checked INTEGER NOT NULL,
                rows_checked INTEGER NOT NULL
            );
            CREATE INDEX backups_taken_at ON backups(taken_at);

            CREATE TABLE backup_settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                warn_after_days INTEGER NOT NULL DEFAULT 7 CHECK (warn_after_days BETWEEN 1 AND 365),
                folder TEXT,
                version INTEGER NOT NULL DEFAULT 1
            );
            INSERT INTO backup_settings (id) VALUES (1);
            """)
    }
}
