import EnlaceCore
import Foundation
import GRDB

/// `v13-reference-data`: the document checklists as data an admin edits (`checklist_items`,
/// seeded from `DocumentChecklist.defaultTemplates`), and the organization's settings: time
/// zone, idle lock minutes, a version (two admins editing at once), and the consulates that
/// serve its area (`organization_consulates`).
///
/// Referrals already keep their own list (`referrals.checklist`); rows from before the column
/// was filled ('[]') get the list they were shown with, so a later template edit never
/// changes them.
enum ReferenceDataSchema {
    static func create(_ db: Database) throws {
        let kinds = ReferralKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        try db.execute(sql: """
            CREATE TABLE checklist_items (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                -- The consular procedure ('' for the other kinds).
                procedure TEXT NOT NULL DEFAULT '',
                item_key TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 60),
                text_es TEXT NOT NULL CHECK (length(trim(text_es)) > 0),
                text_en TEXT NOT NULL CHECK (length(trim(text_en)) > 0),
                position INTEGER NOT NULL,
                -- Set when retired: the item leaves new referrals, old ones keep it.
                retired_at INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                UNIQUE (kind, procedure, item_key)
            );
            CREATE INDEX checklist_items_template ON checklist_items(kind, procedure, position);

            ALTER TABLE organization ADD COLUMN time_zone TEXT;
            ALTER TABLE organization ADD COLUMN lock_minutes INTEGER
                CHECK (lock_minutes IS NULL OR lock_minutes BETWEEN 1 AND 240);
            ALTER TABLE organization ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

            CREATE TABLE organization_consulates (
                partner_id INTEGER PRIMARY KEY REFERENCES partners(id)
            );
            """)
        let insert = try db.makeStatement(sql: """
            INSERT INTO checklist_items (kind, procedure, item_key, text_es, text_en, position,
                                         created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 0, 0)
            """)
        for template in DocumentChecklist.defaultTemplates {
            for (position, item) in template.items.enumerated() {
                try insert.execute(arguments: [template.kind.rawValue, template.procedure?.rawValue ?? "",
                                               item.key, item.es, item.en, position + 1])
            }
        }
        try fillEmptyLists(db, templates: DocumentChecklist.defaultTemplates)
    }

    /// Referrals saved with an empty list ('[]': rows written before lists were kept, or by
    /// plain SQL such as the demo's) get the list of their kind and consular procedure from
    /// `templates`: nine UPDATEs, whatever the number of rows. A consular procedure that is
    /// missing or unknown takes "other"'s list, as the form does.
    static func fillEmptyLists(_ db: Database, templates: [ChecklistTemplate]) throws {
        let details = SealedColumn.referralDetails.read()
        let procedure = "COALESCE(json_extract(\(details), '$.details.procedure'), json_extract(\(details), '$.procedure'))"
        let known = ConsularProcedure.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        for template in templates where !template.items.isEmpty {
            var sql = "UPDATE referrals SET checklist = ? WHERE checklist = '[]' AND kind = ?"
            var arguments: StatementArguments = [try ReferralRows.encode(template.items), template.kind.rawValue]
            if let chosen = template.procedure {
                sql += chosen == .other
                    ? " AND (\(procedure) IS NULL OR \(procedure) NOT IN (\(known)) OR \(procedure) = ?)"
                    : " AND \(procedure) = ?"
                arguments += [chosen.rawValue]
            }
            try db.execute(sql: sql, arguments: arguments)
        }
    }
}
