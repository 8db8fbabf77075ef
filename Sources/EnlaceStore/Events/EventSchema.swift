import GRDB

/// `v18-events`: what the events table lacked for an organization to run its jornadas and
/// workshops — the last day of a several-day event, a workshop's topic, the partners present
/// (JSON array of partner ids), when and by whom it was closed (a closed event takes no more
/// intakes), and a version for edits from two terminals. `event_attendance`: who came to an
/// event — everyone registered or checked in at it, each person once — for the counters of
/// event mode and the workshops' attendance reports.
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

            CREATE TABLE event_attendance (
                event_id INTEGER NOT NULL REFERENCES events(id),
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                checked_in_at INTEGER NOT NULL,
                checked_in_by INTEGER REFERENCES users(id),
                PRIMARY KEY (event_id, person_id)
            ) WITHOUT ROWID;
            CREATE INDEX event_attendance_person ON event_attendance(person_id, event_id);
            CREATE INDEX event_attendance_by ON event_attendance(event_id, checked_in_by);
            -- People registered at an event before attendance was kept attended it.
            INSERT INTO event_attendance (event_id, person_id, checked_in_at, checked_in_by)
                SELECT event_id, id, created_at, created_by FROM people WHERE event_id IS NOT NULL;
            """)
    }
}
