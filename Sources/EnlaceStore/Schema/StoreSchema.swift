import EnlaceCore
import GRDB

/// The database schema, as GRDB migrations. A shipped migration is never edited: a change is a
/// new migration appended at the end. Timestamps are INTEGER seconds since 1970 (UTC); birth
/// dates are TEXT `YYYY-MM-DD`. `PRAGMA user_version` follows the number of migrations applied.
enum StoreSchema {
    static let foundation = "v1-foundation"
    static let referralsFollowUps = "v2-referrals-followups"
    static let cases = "v3-cases"
    static let referralsQueues = "v4-referrals-queues"
    /// People search and duplicate detection (`SearchIndex`, `Dedupe`).
    static let search = "v5-search"
    static let caseCounts = "v6-case-counts"
    /// Count tables and indexes for the supervisor's reports (`ReportsSchema`).
    static let reports = "v7-reports"
    /// Intake drafts and the consent recorded at intake (`DraftsSchema`).
    static let drafts = "v8-drafts"
    /// The organization's phone, address and email (`OrganizationContactSchema`).
    static let organizationContact = "v9-organization-contact"
    /// Every surname token again in the search index's `size` column, as its own term
    /// (`SearchIndex.Marker.surname`): the surname tier reads only surnames.
    static let searchSurnameTerms = "v10-search-surname-terms"
    /// Several roles per person, temporary passwords, session epochs (`StaffSchema`).
    static let staff = "v11-staff"
    /// Every field of the partner directory (`PartnerDirectorySchema`).
    static let partnerDirectory = "v12-partner-directory"
    /// Document checklists as data and the organization's settings (`ReferenceDataSchema`).
    static let referenceData = "v13-reference-data"
    /// The backups taken and the backup settings (`BackupSchema`).
    static let backups = "v14-backups"
    /// Identity documents with status and version, and languages spoken (`PersonDocumentsSchema`).
    static let personDocuments = "v15-person-documents"
    /// Household links and next-of-kin contacts (`HouseholdSchema`).
    static let household = "v16-household"
    /// ARCO requests, opposition, legal hold, erasure tombstones, retention (`DataRightsSchema`).
    static let dataRights = "v17-data-rights"
    /// Events' last day, topic, partners present, closing, attendance (`EventSchema`).
    static let events = "v18-events"
    /// The keyring and sealed columns that may hold BLOBs (`KeysSchema`).
    static let fieldEncryption = "v19-field-encryption"
    /// The audit log's hash chain (`AuditChainSchema`).
    static let auditChain = "v20-audit-chain"
    /// Sign-in sheets imported as batches, their rows, saved column mappings (`ImportSchema`).
    static let imports = "v21-imports"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(foundation) { db in
            try createFoundation(db)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration(referralsFollowUps) { db in
            try createReferralsFollowUps(db)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        migrator.registerMigration(cases) { db in
            try createCases(db)
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        migrator.registerMigration(referralsQueues) { db in
            try ReferralQueueSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        migrator.registerMigration(search) { db in
            try SearchIndex.createSchema(db)
            try SearchIndex.backfill(db)
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        migrator.registerMigration(caseCounts) { db in
            try CaseCountsSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        migrator.registerMigration(reports) { db in
            try ReportsSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        migrator.registerMigration(drafts) { db in
            try DraftsSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 8")
        }
        migrator.registerMigration(organizationContact) { db in
            try OrganizationContactSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 9")
        }
        migrator.registerMigration(searchSurnameTerms) { db in
            try SearchIndex.addSurnameTerms(db)
            try db.execute(sql: "PRAGMA user_version = 10")
        }
        migrator.registerMigration(staff) { db in
            try StaffSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 11")
        }
        migrator.registerMigration(partnerDirectory) { db in
            try PartnerDirectorySchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 12")
        }
        migrator.registerMigration(referenceData) { db in
            try ReferenceDataSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 13")
        }
        migrator.registerMigration(backups) { db in
            try BackupSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 14")
        }
        migrator.registerMigration(personDocuments) { db in
            try PersonDocumentsSchema.create(db)
            try raiseUserVersion(db, to: 15)
        }
        migrator.registerMigration(household) { db in
            try HouseholdSchema.create(db)
            try raiseUserVersion(db, to: 16)
        }
        migrator.registerMigration(dataRights) { db in
            try DataRightsSchema.create(db)
            try raiseUserVersion(db, to: 17)
        }
        migrator.registerMigration(events) { db in
            try EventSchema.create(db)
            try raiseUserVersion(db, to: 18)
        }
        migrator.registerMigration(fieldEncryption) { db in
            try KeysSchema.create(db)
            try raiseUserVersion(db, to: 19)
        }
        migrator.registerMigration(auditChain) { db in
            try AuditChainSchema.create(db)
            try raiseUserVersion(db, to: 20)
        }
        migrator.registerMigration(imports) { db in
            try ImportSchema.create(db)
            try raiseUserVersion(db, to: 21)
        }
        return migrator
    }

    /// Sets `PRAGMA user_version` to `n` unless it is higher already: migrations numbered
    /// 15-17 were written beside 18 and may run after it in a file made between them.
    static func raiseUserVersion(_ db: Database, to n: Int) throws {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current < n { try db.execute(sql: "PRAGMA user_version = \(n)") }
    }

    /// The identifier of the newest migration this build knows.
    static var newest: String { migrator.migrations.last! }

    /// The `PRAGMA user_version` the newest migration sets: the number in its name ("v14-..."
    /// is 14). A file above it belongs to a newer Enlace.
    static var newestUserVersion: Int { Int(newest.dropFirst().prefix { $0.isNumber }) ?? 0 }

    private static func sqlList<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String
    where T.RawValue == String {
        type.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    }

    private static func createFoundation(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE organization (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL DEFAULT '',
                default_language TEXT NOT NULL DEFAULT 'es' CHECK (default_language IN ('es','en')),
                updated_at INTEGER
            );
            INSERT INTO organization (id, name) VALUES (1, '');

            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN (\(sqlList(Role.self)))),
                password_hash TEXT NOT NULL,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until INTEGER,
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );

            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'jornada',
                held_on TEXT NOT NULL,
                place TEXT,
                city TEXT,
                us_state TEXT,
                created_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL
            );
            CREATE INDEX events_held_on ON events(held_on);

            CREATE TABLE people (
                id INTEGER PRIMARY KEY,
                given_names TEXT NOT NULL,
                first_surname TEXT NOT NULL DEFAULT '',
                second_surname TEXT,
                preferred_name TEXT,
                birth_date TEXT CHECK (birth_date IS NULL OR
                    birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                approx_age INTEGER CHECK (approx_age IS NULL OR approx_age BETWEEN 0 AND 130),
                sex TEXT CHECK (sex IS NULL OR sex IN ('female','male','other','unstated')),
                email TEXT,
                city TEXT,
                us_state TEXT,
                zip TEXT,
                origin_state TEXT,
                origin_municipality TEXT,
                hometown_association TEXT,
                curp TEXT,
                search_form TEXT NOT NULL,
                phonetic_key TEXT NOT NULL,
                event_id INTEGER REFERENCES events(id),
                created_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE UNIQUE INDEX people_curp ON people(curp) WHERE curp IS NOT NULL;
            CREATE INDEX people_phonetic ON people(phonetic_key);
            CREATE INDEX people_birth_date ON people(birth_date) WHERE birth_date IS NOT NULL;
            CREATE INDEX people_origin ON people(origin_state, origin_municipality);

            CREATE TABLE phones (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                e164 TEXT NOT NULL CHECK (e164 GLOB '+[1-9][0-9]*'),
                whatsapp INTEGER NOT NULL DEFAULT 0 CHECK (whatsapp IN (0,1)),
                label TEXT
            );
            CREATE INDEX phones_person ON phones(person_id);
            CREATE INDEX phones_e164 ON phones(e164);

            -- Full-text index over people.search_form (NameFolding.searchForm of the names),
            -- kept in step by the triggers below.
            CREATE VIRTUAL TABLE people_fts USING fts5(
                search_form,
                content='people', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2',
                prefix='2 3'
            );
            CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
                INSERT INTO people_fts(rowid, search_form) VALUES (new.id, new.search_form);
            END;
            CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
                INSERT INTO people_fts(people_fts, rowid, search_form)
                    VALUES ('delete', old.id, old.search_form);
            END;
            CREATE TRIGGER people_fts_update AFTER UPDATE OF search_form ON people BEGIN
                INSERT INTO people_fts(people_fts, rowid, search_form)
                    VALUES ('delete', old.id, old.search_form);
                INSERT INTO people_fts(rowid, search_form) VALUES (new.id, new.search_form);
            END;

            CREATE TABLE cases (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                person_id INTEGER NOT NULL REFERENCES people(id),
                status TEXT NOT NULL CHECK (status IN (\(sqlList(CaseStatus.self)))),
                priority TEXT NOT NULL CHECK (priority IN (\(sqlList(CasePriority.self)))),
                service_area TEXT NOT NULL CHECK (service_area IN (\(sqlList(ServiceArea.self)))),
                caseworker_id INTEGER REFERENCES users(id),
                event_id INTEGER REFERENCES events(id),
                description TEXT NOT NULL DEFAULT '',
                waiting_on TEXT,
                opened_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                closed_at INTEGER,
                outcome TEXT,
                duplicate_of INTEGER REFERENCES cases(id),
                created_by INTEGER REFERENCES users(id),
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX cases_opened ON cases(opened_at, id);
            CREATE INDEX cases_status ON cases(status, opened_at);
            CREATE INDEX cases_caseworker ON cases(caseworker_id, opened_at, id);
            CREATE INDEX cases_created_by ON cases(created_by, opened_at, id);
            CREATE INDEX cases_person ON cases(person_id);

            CREATE TABLE notes (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                author_id INTEGER REFERENCES users(id),
                body TEXT NOT NULL,
                is_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (is_sensitive IN (0,1)),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX notes_case ON notes(case_id, created_at);

            -- Append-only: the triggers refuse any UPDATE or DELETE.
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                actor_id INTEGER REFERENCES users(id),
                at INTEGER NOT NULL,
                entity TEXT NOT NULL,
                entity_id INTEGER,
                action TEXT NOT NULL,
                from_state TEXT,
                to_state TEXT,
                reason TEXT,
                changed_fields TEXT CHECK (changed_fields IS NULL OR json_valid(changed_fields))
            );
            CREATE INDEX audit_entity ON audit_log(entity, entity_id, at);
            CREATE INDEX audit_actor ON audit_log(actor_id, at);
            CREATE INDEX audit_at ON audit_log(at);
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
                SELECT RAISE(ABORT, 'audit_log is append-only');
            END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
                SELECT RAISE(ABORT, 'audit_log is append-only');
            END;

            -- Partner directory. kinds: JSON array of ReferralKind raw values.
            CREATE TABLE partners (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                kinds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds)),
                city TEXT,
                us_state TEXT,
                phone TEXT,
                address TEXT,
                email TEXT,
                website TEXT,
                is_consulate INTEGER NOT NULL DEFAULT 0 CHECK (is_consulate IN (0,1)),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
                notes TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX partners_name ON partners(name);
            """)
        try ConsulateSeed.insert(into: db)
    }

    private static func createReferralsFollowUps(_ db: Database) throws {
        // Status values are owned by the workflow (Core); no CHECK here so the workflow table
        // stays the single source. Expected: referrals draft, sent, accepted, declined,
        // scheduled, completed, noShow, cancelled; follow-ups scheduled, done, missed.
        try db.execute(sql: """
            CREATE TABLE referrals (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN (\(sqlList(ReferralKind.self)))),
                status TEXT NOT NULL DEFAULT 'draft',
                partner_id INTEGER REFERENCES partners(id),
                reason TEXT NOT NULL DEFAULT '',
                urgency TEXT NOT NULL DEFAULT 'routine',
                consent_to_share INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_share IN (0,1)),
                response_due INTEGER,
                sent_at INTEGER,
                appointment_at INTEGER,
                outcome TEXT,
                details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
                created_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX referrals_case ON referrals(case_id);
            CREATE INDEX referrals_status_due ON referrals(status, response_due);
            CREATE INDEX referrals_partner ON referrals(partner_id);

            CREATE TABLE follow_ups (
                id INTEGER PRIMARY KEY,
                case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                referral_id INTEGER REFERENCES referrals(id),
                due_at INTEGER NOT NULL,
                channel TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'scheduled',
                result TEXT,
                assigned_to INTEGER REFERENCES users(id),
                created_by INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX follow_ups_case ON follow_ups(case_id, status, due_at);
            CREATE INDEX follow_ups_due ON follow_ups(status, due_at);
            CREATE INDEX follow_ups_assigned ON follow_ups(assigned_to, status, due_at);
            """)
    }

    /// v3: the case workflow core. A per-year case number sequence (taken inside the write
    /// transaction, so concurrent writers never share a number), the closure summary a
    /// caseworker writes when asking to close, and the index the timeline reads notes by.
    private static func createCases(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE case_numbers (
                year INTEGER PRIMARY KEY,
                last INTEGER NOT NULL CHECK (last >= 0)
            );
            INSERT INTO case_numbers (year, last)
                SELECT CAST(substr(number, 1, 4) AS INTEGER), max(CAST(substr(number, 6) AS INTEGER))
                FROM cases WHERE number GLOB '[0-9][0-9][0-9][0-9]-[0-9]*'
                GROUP BY 1;
            ALTER TABLE cases ADD COLUMN closure_summary TEXT;
            CREATE INDEX notes_case_id ON notes(case_id, id);
            """)
    }
}
