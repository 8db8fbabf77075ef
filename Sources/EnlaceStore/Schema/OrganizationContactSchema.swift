import GRDB

/// `v9-organization-contact`: how a person reaches the organization, printed on the referral
/// slip ("tell us so we can reschedule"). Empty (NULL) until an admin sets them; the slip then
/// names the organization only.
enum OrganizationContactSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE organization ADD COLUMN phone TEXT
                CHECK (phone IS NULL OR phone GLOB '+[1-9][0-9]*');
            ALTER TABLE organization ADD COLUMN address TEXT;
            ALTER TABLE organization ADD COLUMN email TEXT;
            """)
    }
}
