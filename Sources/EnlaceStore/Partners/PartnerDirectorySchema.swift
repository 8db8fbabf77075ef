import GRDB

/// `v12-partner-directory`: what the directory keeps of a partner beyond name, kinds and
/// contact: the broad service areas, ZIP, every phone, hours, languages, cost, states or
/// counties served, the response time in working days, and the partner's Open Referral
/// (HSDS) organization id. `phone` stays the main phone (the first of `phones`) for readers
/// that know only it; existing rows get their phone as their one phone and a random id.
enum PartnerDirectorySchema {
    /// A random (version 4) UUID, in SQL.
    static let randomUUID = """
        lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
        || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
        """

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE partners ADD COLUMN service_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(service_areas));
            ALTER TABLE partners ADD COLUMN postal_code TEXT;
            ALTER TABLE partners ADD COLUMN phones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones));
            ALTER TABLE partners ADD COLUMN hours TEXT;
            ALTER TABLE partners ADD COLUMN languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages));
            ALTER TABLE partners ADD COLUMN cost TEXT CHECK (cost IS NULL OR cost IN ('free','slidingScale','fee'));
            ALTER TABLE partners ADD COLUMN areas_served TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(areas_served));
            ALTER TABLE partners ADD COLUMN response_days INTEGER CHECK (response_days IS NULL OR response_days BETWEEN 1 AND 60);
            ALTER TABLE partners ADD COLUMN external_id TEXT;
            UPDATE partners SET phones = json_array(phone) WHERE phone IS NOT NULL;
            UPDATE partners SET external_id = \(randomUUID);
            CREATE UNIQUE INDEX partners_external_id ON partners(external_id);
            -- Every partner has an id for Open Referral files, whoever inserts it.
            CREATE TRIGGER partners_external_id_default AFTER INSERT ON partners
            WHEN NEW.external_id IS NULL BEGIN
                UPDATE partners SET external_id = \(randomUUID) WHERE id = NEW.id;
            END;
            CREATE INDEX partners_active_name ON partners(active, name);
            """)
    }
}
