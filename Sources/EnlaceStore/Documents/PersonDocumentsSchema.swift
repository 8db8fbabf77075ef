import EnlaceCore
import GRDB

/// `v15-person-documents`: a person's identity documents as records a caseworker keeps up to
/// date, and the languages they speak.
///
/// - `person_documents` is rebuilt (its kind CHECK named only four kinds): every held kind
///   (`IdentityDocumentKind.held`, the US documents too), a status (has / lost / expired / in
///   process; existing rows are `has`), who added it, when it last changed and a `version` for
///   optimistic concurrency. Existing rows keep their ids, numbers and dates. The number is
///   kept as typed by the store's normalisation (capitals and digits); it is sensitive: readers
///   for screens get it masked, and the search index keeps it as a `d:` key.
/// - `person_languages`: one row per language a person speaks (none: not recorded yet).
/// - `people.needs_interpreter` and `people.preferred_language`.
enum PersonDocumentsSchema {
    static func create(_ db: Database) throws {
        let kinds = list(IdentityDocumentKind.held.map(\.rawValue))
        let statuses = list(DocumentStatus.allCases.map(\.rawValue))
        let languages = list(SpokenLanguage.allCases.map(\.rawValue))
        try db.execute(sql: """
            CREATE TABLE person_documents_v15 (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                status TEXT NOT NULL DEFAULT 'has' CHECK (status IN (\(statuses))),
                number TEXT CHECK (number IS NULL OR length(number) BETWEEN 1 AND \(DocumentNumber.maxLength)),
                expires_on TEXT,
                created_at INTEGER NOT NULL,
                created_by INTEGER REFERENCES users(id),
                updated_at INTEGER,
                version INTEGER NOT NULL DEFAULT 1
            );
            INSERT INTO person_documents_v15 (id, person_id, kind, status, number, expires_on, created_at)
                SELECT id, person_id, kind, 'has', number, expires_on, created_at FROM person_documents;
            DROP TABLE person_documents;
            ALTER TABLE person_documents_v15 RENAME TO person_documents;
            CREATE INDEX person_documents_person ON person_documents(person_id);

            CREATE TABLE person_languages (
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                language TEXT NOT NULL CHECK (language IN (\(languages))),
                PRIMARY KEY (person_id, language)
            ) WITHOUT ROWID;

            ALTER TABLE people ADD COLUMN needs_interpreter INTEGER NOT NULL DEFAULT 0 CHECK (needs_interpreter IN (0,1));
            ALTER TABLE people ADD COLUMN preferred_language TEXT CHECK (preferred_language IS NULL OR preferred_language IN (\(languages)));
            """)
    }

    private static func list(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ",")
    }
}
