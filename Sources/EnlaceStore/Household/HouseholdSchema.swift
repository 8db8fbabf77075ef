import EnlaceCore
import GRDB

/// `v16-household`: links between registered people of one household (stored once,
/// "`related_person_id` is the `relationship` of `person_id`", one link per pair of people,
/// who linked them and when), and next-of-kin contacts who are not registered people
/// (versioned: an edit at another terminal meanwhile is a conflict).
enum HouseholdSchema {
    static func create(_ db: Database) throws {
        let relationships = HouseholdRelationship.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let countries = KinCountry.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        try db.execute(sql: """
            CREATE TABLE household_links (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id),
                related_person_id INTEGER NOT NULL REFERENCES people(id),
                relationship TEXT NOT NULL CHECK (relationship IN (\(relationships))),
                created_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                CHECK (person_id <> related_person_id)
            );
            CREATE UNIQUE INDEX household_links_pair
                ON household_links(min(person_id, related_person_id), max(person_id, related_person_id));
            CREATE INDEX household_links_person ON household_links(person_id);
            CREATE INDEX household_links_related ON household_links(related_person_id);

            CREATE TABLE next_of_kin (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id),
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                relationship TEXT NOT NULL CHECK (relationship IN (\(relationships))),
                phones TEXT NOT NULL DEFAULT '',
                country TEXT CHECK (country IN (\(countries))),
                place TEXT,
                notes TEXT,
                created_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                updated_by INTEGER REFERENCES users(id),
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX next_of_kin_person ON next_of_kin(person_id);
            """)
    }
}
