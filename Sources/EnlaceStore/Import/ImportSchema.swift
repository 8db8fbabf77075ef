import GRDB

/// `v21-imports`: sign-in sheets brought in as one batch each. `imports` is the batch (file,
/// who, when, the event, the counts, and whether it was undone); `import_rows` what each row of
/// the sheet became (a new person, a record completed, or skipped), with the record's version
/// right after the import, the fields the import added to a record that existed, and whether it
/// put the person on the event's attendance — what `undoImport` needs to reverse it exactly and
/// to see that someone touched the record since. `person_id` is no foreign key: undoing deletes
/// the people the import created and keeps its rows as the batch's history.
/// `import_mappings`: the column mapping chosen for a header row, per organization, offered the
/// next time a sheet with the same headers comes.
enum ImportSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                file_name TEXT NOT NULL,
                header_signature TEXT NOT NULL,
                event_id INTEGER REFERENCES events(id),
                rows_total INTEGER NOT NULL,
                created INTEGER NOT NULL,
                updated INTEGER NOT NULL,
                skipped INTEGER NOT NULL,
                imported_by INTEGER NOT NULL REFERENCES users(id),
                imported_at INTEGER NOT NULL,
                undone_by INTEGER REFERENCES users(id),
                undone_at INTEGER
            );
            CREATE TABLE import_rows (
                import_id INTEGER NOT NULL REFERENCES imports(id),
                line INTEGER NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('new', 'same', 'skip')),
                person_id INTEGER,
                version_after INTEGER,
                added_fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(added_fields)),
                attendance_added INTEGER NOT NULL DEFAULT 0 CHECK (attendance_added IN (0, 1)),
                PRIMARY KEY (import_id, line)
            ) WITHOUT ROWID;
            CREATE INDEX import_rows_person ON import_rows(person_id) WHERE person_id IS NOT NULL;
            CREATE TABLE import_mappings (
                organization_id INTEGER NOT NULL DEFAULT 1 REFERENCES organization(id),
                header_signature TEXT NOT NULL,
                fields TEXT NOT NULL CHECK (json_valid(fields)),
                saved_by INTEGER REFERENCES users(id),
                saved_at INTEGER NOT NULL,
                PRIMARY KEY (organization_id, header_signature)
            ) WITHOUT ROWID;
            """)
    }
}
