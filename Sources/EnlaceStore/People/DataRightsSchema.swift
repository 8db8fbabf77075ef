import EnlaceCore
import GRDB

/// `v17-data-rights`: the person's rights over their data (ARCO).
///
/// - `data_requests`: each access, rectification, cancellation or opposition request, who made
///   it (the person or a representative), by which channel, when it was received, what was
///   asked, when it is due (received + the organization's `request_days`), and how, when and by
///   whom it was answered. Dates are calendar days (`YYYY-MM-DD`).
/// - `person_rights`: one row per person who has any: opposition (`no_share`: no referral with
///   their data goes to a partner; `no_contact`: follow-up channels, comma separated), a legal
///   hold (reason, when, who; erasure is refused while set), and the tombstone of an erasure
///   (when, who, on which request; "retention" requests are NULL with `erased_by_retention`).
/// - `organization.request_days` (20 by default: Mexico's LFPDPPP) and
///   `organization.retention_years` (NULL: closed cases are kept).
/// - The audit log stays append-only, with one narrow exception for erasure (see
///   `AuditScrub`): `audit_log_no_update` now lets an UPDATE through only while a row exists in
///   `audit_scrub_permit`, and only when it keeps the row's id, actor, time, entity, entity id
///   and action (it may change only the values: `from_state`, `to_state`, `reason`,
///   `changed_fields`). The erase transaction inserts the permit, scrubs, and deletes the permit
///   before it commits, so no other connection ever sees it. DELETE stays refused always.
enum DataRightsSchema {
    static func create(_ db: Database) throws {
        let kinds = DataRequestKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let requesters = DataRequester.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let channels = DataRequestChannel.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let outcomes = DataRequestOutcome.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        try db.execute(sql: """
            ALTER TABLE organization ADD COLUMN request_days INTEGER NOT NULL DEFAULT \(DataRequest.defaultDays)
                CHECK (request_days BETWEEN 1 AND 365);
            ALTER TABLE organization ADD COLUMN retention_years INTEGER
                CHECK (retention_years IS NULL OR retention_years BETWEEN 1 AND 100);

            CREATE TABLE data_requests (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id),
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                requester TEXT NOT NULL CHECK (requester IN (\(requesters))),
                representative TEXT,
                channel TEXT NOT NULL CHECK (channel IN (\(channels))),
                received_on TEXT NOT NULL,
                asked TEXT NOT NULL,
                due_on TEXT NOT NULL,
                answered_on TEXT,
                outcome TEXT CHECK (outcome IS NULL OR outcome IN (\(outcomes))),
                answer TEXT,
                recorded_by INTEGER REFERENCES users(id),
                answered_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX data_requests_person ON data_requests(person_id, received_on);
            CREATE INDEX data_requests_pending ON data_requests(due_on) WHERE answered_on IS NULL;
            CREATE INDEX data_requests_answered ON data_requests(answered_on) WHERE answered_on IS NOT NULL;

            CREATE TABLE person_rights (
                person_id INTEGER PRIMARY KEY REFERENCES people(id),
                no_share INTEGER NOT NULL DEFAULT 0 CHECK (no_share IN (0,1)),
                no_contact TEXT NOT NULL DEFAULT '',
                hold_reason TEXT,
                hold_set_at INTEGER,
                hold_set_by INTEGER REFERENCES users(id),
                erased_at INTEGER,
                erased_by INTEGER REFERENCES users(id),
                erase_request INTEGER REFERENCES data_requests(id),
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX person_rights_erased ON person_rights(erased_at) WHERE erased_at IS NOT NULL;
            CREATE INDEX cases_person_closed ON cases(person_id, closed_at);

            CREATE TABLE audit_scrub_permit (id INTEGER PRIMARY KEY CHECK (id = 1));
            DROP TRIGGER audit_log_no_update;
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT (EXISTS (SELECT 1 FROM audit_scrub_permit)
                      AND new.id = old.id AND new.actor_id IS old.actor_id AND new.at = old.at
                      AND new.entity = old.entity AND new.entity_id IS old.entity_id
                      AND new.action = old.action)
            BEGIN
                SELECT RAISE(ABORT, 'audit_log is append-only');
            END;
            """)
    }
}
