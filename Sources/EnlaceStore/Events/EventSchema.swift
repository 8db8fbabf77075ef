import GRDB

/// `v18-events`: what the events table lacked for an organization to run its jornadas and
/// workshops — the last day of a several-day event, a workshop's topic, the partners present
/// (JSON array of partner ids), when and by whom it was closed (a closed event takes no more
/// intakes), and a version for edits from two terminals.
enum EventSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE events ADD COLUMN ends_on TEXT CHECK (ends_on IS NULL OR
                ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
            ALTER TABLE events ADD COLUMN topic TEXT;
            ALTER TABLE events ADD COLUMN partners TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(partners));
            ALTER TABLE events ADD COLUMN closed_at INTEGER;
            ALTER TABLE events ADD COLUMN closed_by INTEGER REFERENCES users(id);
            ALTER TABLE events ADD COLUMN updated_at INTEGER;
            ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            CREATE INDEX people_event_creator ON people(event_id, created_by) WHERE event_id IS NOT NULL;
            """)
    }
}
