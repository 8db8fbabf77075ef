import GRDB

/// Migration "v6-case-counts": open cases counted per status and opening day, kept by triggers
/// in the same transaction as every write to `cases`, so the supervisor's counts read a few
/// thousand rows instead of every open case (a million cases on file).
enum CaseCountsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE case_day_counts (
                status TEXT NOT NULL,
                day INTEGER NOT NULL,          -- opened_at / 86400 (UTC day number)
                n INTEGER NOT NULL,
                PRIMARY KEY (status, day)
            ) WITHOUT ROWID;
            INSERT INTO case_day_counts (status, day, n)
                SELECT status, opened_at / 86400, count(*) FROM cases GROUP BY 1, 2;

            CREATE TRIGGER case_day_counts_insert AFTER INSERT ON cases BEGIN
                INSERT INTO case_day_counts (status, day, n) VALUES (new.status, new.opened_at / 86400, 1)
                    ON CONFLICT (status, day) DO UPDATE SET n = n + 1;
            END;
            CREATE TRIGGER case_day_counts_delete AFTER DELETE ON cases BEGIN
                UPDATE case_day_counts SET n = n - 1
                    WHERE status = old.status AND day = old.opened_at / 86400;
            END;
            CREATE TRIGGER case_day_counts_update AFTER UPDATE OF status, opened_at ON cases
                WHEN old.status IS NOT new.status OR old.opened_at IS NOT new.opened_at BEGIN
                UPDATE case_day_counts SET n = n - 1
                    WHERE status = old.status AND day = old.opened_at / 86400;
                INSERT INTO case_day_counts (status, day, n) VALUES (new.status, new.opened_at / 86400, 1)
                    ON CONFLICT (status, day) DO UPDATE SET n = n + 1;
            END;
            """)
    }
}
