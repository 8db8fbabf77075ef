import EnlaceCore
import Foundation
import GRDB

/// Which way an item moves in its checklist.
public enum ChecklistMove: String, Sendable, CaseIterable {
    case up, down
}

extension CaseDesk {
    /// The longest text of a checklist item, in either language.
    public static let maximumChecklistTextLength = 200

    /// The checklists new referrals take (items not retired, in order), one per kind and
    /// consular procedure. Anyone signed in reads them (the referral form shows them).
    public func checklistTemplates() throws -> [ChecklistTemplate] {
        try read { db in try ChecklistRow.templates(db) }
    }

    /// Every item of one checklist, retired ones too, in order (the admin's list).
    public func checklistEntries(_ scope: ChecklistScope) throws -> [ChecklistEntry] {
        try read { db in try ChecklistRow.items(db, scope) }
    }

    /// Adds an item at the end of `scope`'s checklist, with its text in both languages (both
    /// required). Its key is made from the English text. Admins (`manageReferenceData`); one
    /// audit row. New referrals take it; referrals already made keep their list.
    public func addChecklistItem(_ scope: ChecklistScope, es: String, en: String,
                                 by actor: UserAccount) throws -> ChecklistEntry {
        let texts = try Self.checkedChecklistTexts(es: es, en: en)
        try Self.checkScope(scope)
        return try write { db in
            try self.permit(.manageReferenceData, db, actor: actor, case: nil)
            let existing = try ChecklistRow.items(db, scope)
            let key = ChecklistKey.make(from: texts.en, taken: Set(existing.map(\.key)))
            let position = (existing.map(\.position).max() ?? 0) + 1
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO checklist_items (kind, procedure, item_key, text_es, text_en, position,
                                             created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [scope.kind.rawValue, scope.procedure?.rawValue ?? "", key, texts.es, texts.en,
                                 position, now, now])
            let id = db.lastInsertedRowID
            try Self.auditChecklist(db, actor: actor, at: now, id: id, action: "checklist.add", changed: [
                "checklist": [scope.code], "key": [key], "es": [texts.es], "en": [texts.en],
                "position": ["\(position)"],
            ])
            return try ChecklistRow.load(db, id)
        }
    }

    /// Changes an item's texts (both languages required). Referrals already made keep the
    /// text they were made with. `version` is the item as read: a stale one is a conflict.
    public func editChecklistItem(id: Int64, es: String, en: String, version: Int,
                                  by actor: UserAccount) throws -> ChecklistEntry {
        let texts = try Self.checkedChecklistTexts(es: es, en: en)
        return try write { db in
            try self.permit(.manageReferenceData, db, actor: actor, case: nil)
            let old = try ChecklistRow.load(db, id)
            guard old.version == version else { throw StoreError.conflict }
            var changed: [String: [String]] = [:]
            if old.es != texts.es { changed["es"] = [old.es, texts.es] }
            if old.en != texts.en { changed["en"] = [old.en, texts.en] }
            if changed.isEmpty { return old }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE checklist_items SET text_es = ?, text_en = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [texts.es, texts.en, now, id, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try Self.auditChecklist(db, actor: actor, at: now, id: id, action: "checklist.edit", changed: changed)
            return try ChecklistRow.load(db, id)
        }
    }

    /// Moves an item one place up or down among the items not retired of its checklist
    /// (nothing happens at either end). Returns the checklist in its new order.
    public func moveChecklistItem(id: Int64, _ direction: ChecklistMove, version: Int,
                                  by actor: UserAccount) throws -> [ChecklistEntry] {
        try write { db in
            try self.permit(.manageReferenceData, db, actor: actor, case: nil)
            let item = try ChecklistRow.load(db, id)
            guard item.version == version else { throw StoreError.conflict }
            guard !item.retired else {
                throw StoreError.invalid(field: "item", ReferenceDataText.checklistItemRetired.text)
            }
            let active = try ChecklistRow.items(db, item.scope).filter { !$0.retired }
            let at = active.firstIndex { $0.id == id }!
            let other = direction == .up ? at - 1 : at + 1
            guard active.indices.contains(other) else { return try ChecklistRow.items(db, item.scope) }
            let neighbour = active[other]
            let now = self.clock.nowSeconds()
            for (row, position) in [(item, neighbour.position), (neighbour, item.position)] {
                try db.execute(sql: """
                    UPDATE checklist_items SET position = ?, updated_at = ?, version = version + 1 WHERE id = ?
                    """, arguments: [position, now, row.id])
            }
            try Self.auditChecklist(db, actor: actor, at: now, id: id, action: "checklist.move", changed: [
                "position": ["\(item.position)", "\(neighbour.position)"],
                "checklist": [item.scope.code],
            ])
            return try ChecklistRow.items(db, item.scope)
        }
    }

    /// Retires an item: new referrals no longer take it; referrals already made keep it. An
    /// item is never deleted (the audit and old referrals name it).
    public func retireChecklistItem(id: Int64, version: Int, by actor: UserAccount) throws -> ChecklistEntry {
        try write { db in
            try self.permit(.manageReferenceData, db, actor: actor, case: nil)
            let item = try ChecklistRow.load(db, id)
            guard item.version == version else { throw StoreError.conflict }
            guard !item.retired else { return item }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE checklist_items SET retired_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [now, now, id, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try Self.auditChecklist(db, actor: actor, at: now, id: id, action: "checklist.retire",
                                    changed: ["retired": ["no", "yes"], "checklist": [item.scope.code]])
            return try ChecklistRow.load(db, id)
        }
    }

    // MARK: - Checks

    /// Both texts trimmed; each required, one line, at most 200 characters; every problem at once.
    static func checkedChecklistTexts(es: String, en: String) throws -> (es: String, en: String) {
        var problems: [FieldProblem] = []
        func checked(_ text: String, field: String, label: ReferenceDataText) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                problems.append(FieldProblem(field: field, label: label.text,
                                             message: ReferenceDataText.checklistTextRequired.text))
            } else if trimmed.count > maximumChecklistTextLength
                        || trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problems.append(FieldProblem(field: field, label: label.text,
                                             message: ReferenceDataText.checklistTextInvalid.text))
            }
            return trimmed
        }
        let texts = (es: checked(es, field: "es", label: .checklistTextEs),
                     en: checked(en, field: "en", label: .checklistTextEn))
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return texts
    }

    /// A consular checklist names its procedure; the other kinds have none.
    static func checkScope(_ scope: ChecklistScope) throws {
        guard (scope.kind == .consularOrientation) == (scope.procedure != nil) else {
            throw StoreError.invalid(field: "procedure", ReferenceDataText.checklistProcedureMismatch.text)
        }
    }

    static func auditChecklist(_ db: Database, actor: UserAccount, at: Int64, id: Int64, action: String,
                               changed: [String: [String]]) throws {
        try Audit.append(db, actor: actor.id, at: at, entity: AuditEntityType.referenceData.rawValue,
                         entityID: id, action: action, changedFields: changed)
    }
}
