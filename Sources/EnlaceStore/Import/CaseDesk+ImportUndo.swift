import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Undoes an import (supervisors), in one transaction, only when nothing it wrote was
    /// touched since: every person it created is removed (with their phones, search index rows
    /// and attendance), every record it completed gets back the blanks it had (through the
    /// person-edit path, audited), and the attendance lines it added go. A record edited since,
    /// or a created person who has since a case, a document, a family link, a request, another
    /// event... refuses the whole undo, naming each row and what changed; nothing is written.
    public func undoImport(id: Int64, by actor: UserAccount) throws -> ImportUndone {
        try write { db in
            try Self.require(.importPeople, try self.acting(db, actor), .none)
            guard let batch = try Row.fetchOne(db, sql: "SELECT event_id, undone_at FROM imports WHERE id = ?",
                                               arguments: [id]) else {
                throw StoreError.notFound(ImportStoreText.importNotFound.text.filling(["id": .plain(String(id))]))
            }
            if (batch["undone_at"] as Int64?) != nil {
                throw StoreError.workflowRefused(ImportStoreText.alreadyUndone.text.filling(["id": .plain(String(id))]))
            }
            let eventId: Int64? = batch["event_id"]
            let rows = try Row.fetchAll(db, sql: """
                SELECT line, decision, person_id, version_after, added_fields, attendance_added
                FROM import_rows WHERE import_id = ? AND decision <> 'skip' ORDER BY line
                """, arguments: [id])
            let references = try Self.personReferences(db)
            var changed: [LocalizedText] = []
            for row in rows {
                let line: Int = row["line"], personId: Int64 = row["person_id"]
                let version: Int = row["version_after"]
                func note(_ what: LocalizedText) {
                    changed.append(ImportStoreText.changedLine.text.filling([
                        "line": .plain(String(line)), "person": .plain(String(personId)), "what": what]))
                }
                guard let stored = try Int.fetchOne(db, sql: "SELECT version FROM people WHERE id = ?", arguments: [personId]) else {
                    note(ImportStoreText.changedGone.text)
                    continue
                }
                if stored != version { note(ImportStoreText.changedEdited.text) }
                guard (row["decision"] as String) == "new" else { continue }
                for (table, column) in references
                where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE \(column) = ?)",
                                        arguments: [personId]) == true {
                    note(ImportStoreText.changedHas.text.filling(["table": .plain(table)]))
                }
                if try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM event_attendance WHERE person_id = ? AND event_id IS NOT ?)
                    """, arguments: [personId, eventId]) == true {
                    note(ImportStoreText.changedOtherEvent.text)
                }
            }
            if !changed.isEmpty {
                throw StoreError.workflowRefused(ImportStoreText.undoRefused.text.filling([
                    "id": .plain(String(id)), "count": .plain(String(changed.count)),
                    "list": LocalizedText(es: changed.map(\.es).joined(separator: "; "),
                                          en: changed.map(\.en).joined(separator: "; "))]))
            }
            let now = self.clock.nowSeconds()
            var removed = 0, restored = 0, unattended = 0
            for row in rows {
                let personId: Int64 = row["person_id"]
                if (row["attendance_added"] as Int) == 1, let eventId {
                    try db.execute(sql: "DELETE FROM event_attendance WHERE event_id = ? AND person_id = ?",
                                   arguments: [eventId, personId])
                    try Audit.append(db, actor: actor.id, at: now, entity: "event", entityID: eventId,
                                     action: "checkInUndone", from: String(personId), reason: "import \(id)")
                    unattended += 1
                }
                if (row["decision"] as String) == "new" {
                    try SearchIndex.remove(db, personId: personId)
                    try db.execute(sql: "DELETE FROM people WHERE id = ?", arguments: [personId])
                    try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: personId,
                                     action: "importUndone", reason: "import \(id)")
                    removed += 1
                    continue
                }
                let added = try JSONDecoder().decode([String].self, from: Data((row["added_fields"] as String).utf8))
                guard !added.isEmpty, let record = try Self.storedPerson(db, personId) else { continue }
                let before = added.lazy.compactMap { $0.hasPrefix("phonesBefore:") ? Int($0.dropFirst("phonesBefore:".count)) : nil }
                    .first ?? record.phones.count
                let draft = ImportRowDraft.withoutAdded(record, added, phonesBefore: before)
                _ = try self.editPerson(db, id: personId, try self.validated(draft), version: record.version, by: actor)
                restored += 1
            }
            try db.execute(sql: "UPDATE imports SET undone_at = ?, undone_by = ? WHERE id = ?", arguments: [now, actor.id, id])
            try Audit.append(db, actor: actor.id, at: now, entity: "import", entityID: id, action: "undone",
                             changedFields: ["removed": [String(removed)], "restored": [String(restored)],
                                             "attendance": [String(unattended)]])
            return ImportUndone(id: id, removed: removed, restored: restored, attendanceRemoved: unattended)
        }
    }

    /// Every (table, column) whose foreign key names `people`, but the ones that follow the
    /// record itself (phones, search index, attendance — checked apart). Read from the schema,
    /// so a table added later counts without changing this.
    static func personReferences(_ db: Database) throws -> [(String, String)] {
        let followers: Set<String> = ["phones", "search_keys", "person_match_keys", "event_attendance"]
        return try Row.fetchAll(db, sql: """
            SELECT m.name AS tbl, f."from" AS col FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'people' ORDER BY m.name, f."from"
            """).compactMap { row in
            let table: String = row["tbl"]
            return followers.contains(table) ? nil : (table, row["col"])
        }
    }
}
