import GRDB

/// Migration "v7-reports": what the supervisor's reports read instead of the big tables, so
/// each report reads a few thousand rows at a million cases.
///
/// - `referrals.responded_at`: when the partner answered (sent -> accepted or declined),
///   stamped by `referralStep`; back-filled from the audit log.
/// - Count tables kept by triggers in the same transaction as every write (the pattern of
///   `case_day_counts`): cases opened and closed per UTC day and caseworker; open work per
///   caseworker, status and priority; referrals per creation day, kind, status and outcome;
///   partner response times per day sent, kind and whole days; people per registration day,
///   state of origin and hometown association. A caseworker of 0 means nobody; an empty
///   state, association or outcome means not given.
/// - Indexes for the review figures and the intake counts per event.
enum ReportsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE referrals ADD COLUMN responded_at INTEGER;
            UPDATE referrals SET responded_at = (
                SELECT min(a.at) FROM audit_log a
                WHERE a.entity = 'referral' AND a.entity_id = referrals.id
                  AND a.from_state = 'sent' AND a.to_state IN ('accepted', 'declined'))
            WHERE status NOT IN ('draft', 'sent');

            CREATE TABLE case_flow_days (
                event TEXT NOT NULL,               -- 'opened' or 'closed'
                day INTEGER NOT NULL,              -- UTC day number of opened_at / closed_at
                caseworker_id INTEGER NOT NULL,    -- 0: nobody
                n INTEGER NOT NULL,
                PRIMARY KEY (event, day, caseworker_id)
            ) WITHOUT ROWID;
            INSERT INTO case_flow_days (event, day, caseworker_id, n)
                SELECT 'opened', opened_at / 86400, ifnull(caseworker_id, 0), count(*) FROM cases GROUP BY 2, 3;
            INSERT INTO case_flow_days (event, day, caseworker_id, n)
                SELECT 'closed', closed_at / 86400, ifnull(caseworker_id, 0), count(*) FROM cases
                WHERE closed_at IS NOT NULL GROUP BY 2, 3;

            CREATE TABLE case_load_counts (
                caseworker_id INTEGER NOT NULL,    -- 0: nobody
                status TEXT NOT NULL,
                priority TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (caseworker_id, status, priority)
            ) WITHOUT ROWID;
            INSERT INTO case_load_counts (caseworker_id, status, priority, n)
                SELECT ifnull(caseworker_id, 0), status, priority, count(*) FROM cases GROUP BY 1, 2, 3;

            CREATE TABLE referral_day_counts (
                day INTEGER NOT NULL,              -- UTC day number of created_at
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                outcome TEXT NOT NULL,             -- '': none
                n INTEGER NOT NULL,
                PRIMARY KEY (day, kind, status, outcome)
            ) WITHOUT ROWID;
            INSERT INTO referral_day_counts (day, kind, status, outcome, n)
                SELECT created_at / 86400, kind, status, ifnull(outcome, ''), count(*) FROM referrals GROUP BY 1, 2, 3, 4;

            CREATE TABLE referral_response_days (
                day INTEGER NOT NULL,              -- UTC day number of sent_at
                kind TEXT NOT NULL,
                days INTEGER NOT NULL,             -- whole days from sent to answered
                n INTEGER NOT NULL,
                PRIMARY KEY (day, kind, days)
            ) WITHOUT ROWID;
            INSERT INTO referral_response_days (day, kind, days, n)
                SELECT sent_at / 86400, kind, (responded_at - sent_at) / 86400, count(*) FROM referrals
                WHERE sent_at IS NOT NULL AND responded_at IS NOT NULL GROUP BY 1, 2, 3;

            CREATE TABLE people_origin_days (
                day INTEGER NOT NULL,              -- UTC day number of created_at
                origin_state TEXT NOT NULL,        -- INEGI code, '': not given
                association TEXT NOT NULL,         -- '': not given
                n INTEGER NOT NULL,
                PRIMARY KEY (day, origin_state, association)
            ) WITHOUT ROWID;
            INSERT INTO people_origin_days (day, origin_state, association, n)
                SELECT created_at / 86400, ifnull(origin_state, ''), ifnull(hometown_association, ''), count(*)
                FROM people GROUP BY 1, 2, 3;

            -- Referrals past their response date, counted by kind and partner from the index.
            CREATE INDEX referrals_awaiting ON referrals(status, response_due, kind, partner_id, case_id);
            -- Overdue follow-ups counted per assignee without reading the table.
            CREATE INDEX follow_ups_overdue ON follow_ups(status, due_at, assigned_to);
            -- Urgent open cases, newest first (drill-down) and counted.
            CREATE INDEX cases_urgent_open ON cases(opened_at, id) WHERE priority = 'urgent' AND status <> 'closed';
            -- Intakes per event.
            CREATE INDEX cases_event ON cases(event_id) WHERE event_id IS NOT NULL;
            CREATE INDEX people_event ON people(event_id) WHERE event_id IS NOT NULL;
            """)
        try createTriggers(db)
    }

    /// `+1` and `-1` statements for each count table, as trigger bodies.
    private static func createTriggers(_ db: Database) throws {
        func flow(_ sign: String, _ row: String) -> String {
            let add = """
                INSERT INTO case_flow_days (event, day, caseworker_id, n)
                    VALUES ('opened', \(row).opened_at / 86400, ifnull(\(row).caseworker_id, 0), 1)
                    ON CONFLICT (event, day, caseworker_id) DO UPDATE SET n = n + 1;
                INSERT INTO case_flow_days (event, day, caseworker_id, n)
                    SELECT 'closed', \(row).closed_at / 86400, ifnull(\(row).caseworker_id, 0), 1
                    WHERE \(row).closed_at IS NOT NULL
                    ON CONFLICT (event, day, caseworker_id) DO UPDATE SET n = n + 1;
                INSERT INTO case_load_counts (caseworker_id, status, priority, n)
                    VALUES (ifnull(\(row).caseworker_id, 0), \(row).status, \(row).priority, 1)
                    ON CONFLICT (caseworker_id, status, priority) DO UPDATE SET n = n + 1;
                """
            let remove = """
                UPDATE case_flow_days SET n = n - 1
                    WHERE event = 'opened' AND day = \(row).opened_at / 86400 AND caseworker_id = ifnull(\(row).caseworker_id, 0);
                UPDATE case_flow_days SET n = n - 1
                    WHERE \(row).closed_at IS NOT NULL AND event = 'closed' AND day = \(row).closed_at / 86400
                      AND caseworker_id = ifnull(\(row).caseworker_id, 0);
                UPDATE case_load_counts SET n = n - 1
                    WHERE caseworker_id = ifnull(\(row).caseworker_id, 0) AND status = \(row).status AND priority = \(row).priority;
                """
            return sign == "+" ? add : remove
        }
        func referral(_ sign: String, _ row: String) -> String {
            if sign == "+" {
                return """
                    INSERT INTO referral_day_counts (day, kind, status, outcome, n)
                        VALUES (\(row).created_at / 86400, \(row).kind, \(row).status, ifnull(\(row).outcome, ''), 1)
                        ON CONFLICT (day, kind, status, outcome) DO UPDATE SET n = n + 1;
                    INSERT INTO referral_response_days (day, kind, days, n)
                        SELECT \(row).sent_at / 86400, \(row).kind, (\(row).responded_at - \(row).sent_at) / 86400, 1
                        WHERE \(row).sent_at IS NOT NULL AND \(row).responded_at IS NOT NULL
                        ON CONFLICT (day, kind, days) DO UPDATE SET n = n + 1;
                    """
            }
            return """
                UPDATE referral_day_counts SET n = n - 1
                    WHERE day = \(row).created_at / 86400 AND kind = \(row).kind AND status = \(row).status
                      AND outcome = ifnull(\(row).outcome, '');
                UPDATE referral_response_days SET n = n - 1
                    WHERE \(row).sent_at IS NOT NULL AND \(row).responded_at IS NOT NULL
                      AND day = \(row).sent_at / 86400 AND kind = \(row).kind
                      AND days = (\(row).responded_at - \(row).sent_at) / 86400;
                """
        }
        func person(_ sign: String, _ row: String) -> String {
            if sign == "+" {
                return """
                    INSERT INTO people_origin_days (day, origin_state, association, n)
                        VALUES (\(row).created_at / 86400, ifnull(\(row).origin_state, ''),
                                ifnull(\(row).hometown_association, ''), 1)
                        ON CONFLICT (day, origin_state, association) DO UPDATE SET n = n + 1;
                    """
            }
            return """
                UPDATE people_origin_days SET n = n - 1
                    WHERE day = \(row).created_at / 86400 AND origin_state = ifnull(\(row).origin_state, '')
                      AND association = ifnull(\(row).hometown_association, '');
                """
        }
        let tables: [(name: String, table: String, columns: [String], body: (String, String) -> String)] = [
            ("case_report_counts", "cases", ["opened_at", "closed_at", "caseworker_id", "status", "priority"], flow),
            ("referral_report_counts", "referrals", ["created_at", "kind", "status", "outcome", "sent_at", "responded_at"], referral),
            ("people_report_counts", "people", ["created_at", "origin_state", "hometown_association"], person),
        ]
        for t in tables {
            let changed = t.columns.map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR ")
            try db.execute(sql: """
                CREATE TRIGGER \(t.name)_insert AFTER INSERT ON \(t.table) BEGIN
                    \(t.body("+", "new"))
                END;
                CREATE TRIGGER \(t.name)_delete AFTER DELETE ON \(t.table) BEGIN
                    \(t.body("-", "old"))
                END;
                CREATE TRIGGER \(t.name)_update AFTER UPDATE OF \(t.columns.joined(separator: ", ")) ON \(t.table)
                    WHEN \(changed) BEGIN
                    \(t.body("-", "old"))
                    \(t.body("+", "new"))
                END;
                """)
        }
    }
}
