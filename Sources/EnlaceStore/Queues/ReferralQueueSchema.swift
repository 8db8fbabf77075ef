import GRDB

/// Migration "v4-referrals-queues": the referral columns the use cases need beyond v2, and the
/// indexes that keep every queue window an index walk (no table scan, no temp sort).
enum ReferralQueueSchema {
    /// Sort rank of a case's priority: urgent first. Must match the indexed expression exactly,
    /// or SQLite will not use the index.
    static let priorityRank = "(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END)"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            -- The documents checklist (JSON array of ChecklistItem), the appointment's place and
            -- note, the outcome note, and the reason given when declined or cancelled.
            ALTER TABLE referrals ADD COLUMN checklist TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE referrals ADD COLUMN appointment_place TEXT;
            ALTER TABLE referrals ADD COLUMN appointment_note TEXT;
            ALTER TABLE referrals ADD COLUMN outcome_note TEXT;
            ALTER TABLE referrals ADD COLUMN closing_reason TEXT;

            -- When a follow-up was done or missed, and which missed one it replaces.
            ALTER TABLE follow_ups ADD COLUMN completed_at INTEGER;
            ALTER TABLE follow_ups ADD COLUMN previous_id INTEGER REFERENCES follow_ups(id);

            -- Queues of open cases: mine / unassigned, by priority then age.
            CREATE INDEX cases_queue_open ON cases(caseworker_id, \(priorityRank), opened_at, id)
                WHERE status <> 'closed';
            -- Closures awaiting approval, oldest case first.
            CREATE INDEX cases_queue_status ON cases(status, opened_at, id);

            -- Referrals awaiting response, filtered by kind or by partner.
            CREATE INDEX referrals_queue_due ON referrals(status, response_due, id);
            CREATE INDEX referrals_queue_kind ON referrals(status, kind, response_due, id);
            CREATE INDEX referrals_queue_partner ON referrals(partner_id, status, response_due, id);

            -- Follow-ups due: the team's and each person's, by due time.
            CREATE INDEX follow_ups_queue_due ON follow_ups(status, due_at, id);
            CREATE INDEX follow_ups_queue_assigned ON follow_ups(assigned_to, status, due_at, id);
            CREATE INDEX follow_ups_previous ON follow_ups(previous_id) WHERE previous_id IS NOT NULL;

            -- Partner directory by kind of partner.
            CREATE INDEX partners_state ON partners(us_state, name);
            """)
    }
}
