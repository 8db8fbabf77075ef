import EnlaceCore
import Foundation
import GRDB

/// A person's identity documents. Who may: whoever may correct the person's record
/// (`UseCase.editPerson`: volunteers the people they registered today, caseworkers the people
/// of their cases or of none yet, supervisors everyone; admins no one). Each action is one
/// transaction with its audit row on the person (`entity = 'person'`, so the person's file and
/// any erasure find it with the rest of the record), and keeps the search index in step
/// (`SearchIndex` contract: the `d:` key of every number). A number never reaches the audit in
/// clear: the audit keeps it masked ("••••1234").
extension CaseDesk {
    /// The person's documents, numbers masked (audited as the record's `viewed`).
    public func documents(personId: Int64, by actor: UserAccount) throws -> [PersonDocumentLine] {
        try write { db in
            _ = try self.viewPerson(db, id: personId, by: actor)
            return try Self.documentRows(db, personId: personId).map(\.line)
        }
    }

    /// One document, number masked (audited as its person's `viewed`).
    public func document(id: Int64, by actor: UserAccount) throws -> PersonDocumentLine {
        try write { db in
            let stored = try Self.documentRow(db, id: id)
            _ = try self.viewPerson(db, id: stored.personId, by: actor)
            return stored.line
        }
    }

    /// Adds a document to a person's record.
    public func addDocument(personId: Int64, _ draft: DocumentDraft, by actor: UserAccount) throws -> PersonDocumentLine {
        let valid = try validatedDocument(draft, stored: nil)
        return try write { db in
            try self.requireEditable(db, personId: personId, by: actor)
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO person_documents (person_id, kind, status, number, expires_on, created_at, created_by, updated_at)
                VALUES (?, ?, ?, \(SealedColumn.documentNumber.write), ?, ?, ?, ?)
                """, arguments: [personId, valid.kind.rawValue, valid.status.rawValue, valid.number,
                                 valid.expiresOn?.iso, now, actor.id, now])
            let id = db.lastInsertedRowID
            try SearchIndex.update(db, personId: personId)
            let changes = Self.documentChanges(old: nil, new: valid)
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: personId, action: "document-added",
                             changedFields: changes.merging(["document": [String(id)]]) { a, _ in a })
            return try Self.documentRow(db, id: id).line
        }
    }

    /// Changes a document. `version` is the one read: a document changed or removed meanwhile
    /// is a conflict (or not found) and nothing is written. A draft with `number == nil` keeps
    /// the stored number.
    public func editDocument(id: Int64, _ draft: DocumentDraft, version: Int, by actor: UserAccount) throws -> DocumentSaved {
        try write { db in
            let stored = try Self.documentRow(db, id: id)
            try self.requireEditable(db, personId: stored.personId, by: actor)
            guard stored.version == version else { throw StoreError.conflict }
            let valid = try self.validatedDocument(draft, stored: stored)
            let changes = Self.documentChanges(old: stored, new: valid)
            guard !changes.isEmpty else { return DocumentSaved(line: stored.line, changed: []) }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE person_documents SET kind = ?, status = ?, number = \(SealedColumn.documentNumber.write), expires_on = ?,
                    updated_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [valid.kind.rawValue, valid.status.rawValue, valid.number, valid.expiresOn?.iso, now,
                                 id, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try SearchIndex.update(db, personId: stored.personId)
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: stored.personId,
                             action: "document-edited", changedFields: changes.merging(["document": [String(id)]]) { a, _ in a })
            let order = ["kind", "status", "number", "expiresOn"]
            return DocumentSaved(line: try Self.documentRow(db, id: id).line, changed: order.filter { changes[$0] != nil })
        }
    }

    /// Removes a document (its number leaves the search index in the same transaction).
    public func removeDocument(id: Int64, version: Int, by actor: UserAccount) throws {
        try write { db in
            let stored = try Self.documentRow(db, id: id)
            try self.requireEditable(db, personId: stored.personId, by: actor)
            guard stored.version == version else { throw StoreError.conflict }
            try db.execute(sql: "DELETE FROM person_documents WHERE id = ? AND version = ?", arguments: [id, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try SearchIndex.update(db, personId: stored.personId)
            var changes = Self.documentChanges(old: stored, new: nil)
            changes["document"] = [String(id)]
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person",
                             entityID: stored.personId, action: "document-removed", changedFields: changes)
        }
    }

    /// The full number of a document, asked for explicitly (audited as `document-revealed`,
    /// with the kind and the masked number). Nil when no number is kept (nothing to reveal,
    /// nothing audited).
    public func revealDocumentNumber(id: Int64, by actor: UserAccount) throws -> String? {
        try write { db in
            let stored = try Self.documentRow(db, id: id)
            try self.requireEditable(db, personId: stored.personId, by: actor)
            guard let number = stored.number else { return nil }
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person",
                             entityID: stored.personId, action: "document-revealed",
                             changedFields: ["document": [String(id)], "kind": [stored.kind.rawValue],
                                             "number": [stored.masked ?? ""]])
            return number
        }
    }

    /// The documents and languages of a person (for `personPage`, inside its transaction).
    func documentsPage(_ db: Database, personId: Int64) throws -> PersonDocumentsPage {
        PersonDocumentsPage(documents: try Self.documentRows(db, personId: personId).map(\.line),
                            languages: try Self.languageProfile(db, personId: personId))
    }

    // MARK: - Internals

    /// A draft checked: kind (never the CURP), number normalised, expiry read as the intake reads
    /// dates. Every problem at once.
    struct ValidDocument {
        let kind: IdentityDocumentKind
        let status: DocumentStatus
        let number: String?
        let expiresOn: CalendarDate?
    }

    func validatedDocument(_ draft: DocumentDraft, stored: PersonDocumentRow?) throws -> ValidDocument {
        typealias T = PersonDocumentStoreText
        var problems: [FieldProblem] = []
        if draft.kind == .curp {
            problems.append(FieldProblem(field: "kind", label: T.fieldKind.text, message: T.curpIsOnTheRecord.text))
        }
        var number = stored?.number
        if let typed = draft.number {
            switch DocumentNumber.normalize(typed) {
            case .success(let kept): number = kept
            case .failure(let problem):
                problems.append(FieldProblem(field: "number", label: T.fieldNumber.text, message: problem.message))
            }
        }
        var expires: CalendarDate?
        if !draft.expires.trimmingCharacters(in: .whitespaces).isEmpty {
            switch DateInput.parse(draft.expires, today: today(), twoDigitYearFuture: 30) {
            case .success(let parsed): expires = parsed.date
            case .failure(let problem):
                problems.append(FieldProblem(field: "expires", label: T.fieldExpires.text,
                                             message: DocumentProblem.date(problem).message))
            }
        }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return ValidDocument(kind: draft.kind, status: draft.status, number: number, expiresOn: expires)
    }

    /// The fields that differ, old and new as text ("" when blank or absent); a number is
    /// compared in full and written masked.
    static func documentChanges(old: PersonDocumentRow?, new: ValidDocument?) -> [String: [String]] {
        let pairs: [(field: String, old: String?, new: String?, shownOld: String?, shownNew: String?)] = [
            ("kind", old?.kind.rawValue, new?.kind.rawValue, old?.kind.rawValue, new?.kind.rawValue),
            ("status", old?.status.rawValue, new?.status.rawValue, old?.status.rawValue, new?.status.rawValue),
            ("number", old?.number, new?.number, old?.masked, new?.number.map(DocumentNumber.masked)),
            ("expiresOn", old?.expiresOn, new?.expiresOn?.iso, old?.expiresOn, new?.expiresOn?.iso),
        ]
        var changes: [String: [String]] = [:]
        for pair in pairs where (pair.old ?? "") != (pair.new ?? "") {
            changes[pair.field] = [pair.shownOld ?? "", pair.shownNew ?? ""]
        }
        return changes
    }

    /// The person exists and the actor may correct their record.
    func requireEditable(_ db: Database, personId: Int64, by actor: UserAccount) throws {
        let acting = try self.acting(db, actor)
        guard let stored = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [personId]) else {
            throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(personId))]))
        }
        try Self.require(.editPerson, acting, try self.personSubject(db, stored, acting: acting, actor: actor))
    }

    static func documentRows(_ db: Database, personId: Int64) throws -> [PersonDocumentRow] {
        try PersonDocumentRow.decodeAll(db, sql: """
            SELECT \(PersonDocumentRow.columns) FROM person_documents WHERE person_id = ? ORDER BY id
            """, arguments: [personId])
    }

    static func documentRow(_ db: Database, id: Int64) throws -> PersonDocumentRow {
        guard let row = try PersonDocumentRow.decodeOne(db, sql: """
            SELECT \(PersonDocumentRow.columns) FROM person_documents WHERE id = ?
            """, arguments: [id]) else {
            throw StoreError.notFound(PersonDocumentStoreText.documentNotFound.text.filling(["id": .plain(String(id))]))
        }
        return row
    }
}
