import GRDB

/// `v8-drafts`: forms kept while they are typed (one per user and kind of form), and the
/// consent a person gives at intake (how, what it covers, when, who recorded it).
enum DraftsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE drafts (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (user_id, kind)
            ) WITHOUT ROWID;

            CREATE TABLE person_consents (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id),
                method TEXT NOT NULL CHECK (method IN ('verbal','written')),
                scope TEXT NOT NULL,
                given_at INTEGER NOT NULL,
                expires_at INTEGER,
                recorded_by INTEGER NOT NULL REFERENCES users(id)
            );
            CREATE INDEX person_consents_person ON person_consents(person_id, given_at);
            """)
    }
}
