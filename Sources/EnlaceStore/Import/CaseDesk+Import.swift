import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Every row of `sheet` checked with the intake's own validators (`PersonValidation`, as
    /// the intake form and `registerPerson`), and rows of the sheet that look like an earlier
    /// row marked. Reads nothing from the database: the first half of a review.
    public func checkImport(_ sheet: ImportSheet, mapping: ImportMapping) -> ImportReview {
        let today = today()
        var rows: [ImportRow] = []
        rows.reserveCapacity(sheet.rows.count)
        var curps: [String: Int] = [:], phones: [String: Int] = [:], names: [String: Int] = [:]
        for record in sheet.rows {
            let (draft, sheetProblems) = ImportRowDraft.make(sheet.values(record, mapping))
            var problems = sheetProblems
            var warnings: [FieldProblem] = []
            var probe: DuplicateProbe?
            var sameAs: Int?
            switch PersonValidation.validate(draft, today: today) {
            case .success(let valid):
                warnings = valid.warnings
                probe = DuplicateProbe(givenNames: valid.name.givenNames, firstSurname: valid.name.firstSurname,
                                       secondSurname: valid.name.secondSurname, birthDate: valid.birthDate,
                                       phones: valid.phones.map(\.e164), curp: valid.curp)
                if let curp = valid.curp {
                    if let earlier = curps[curp] {
                        problems.append(FieldProblem(field: "curp", label: CaseStoreText.fieldCURP.text,
                                                     message: ImportStoreText.curpOnEarlierLine.text.filling(["line": .plain(String(earlier))])))
                    } else { curps[curp] = record.line }
                }
                let nameKey = NameFolding.searchForm(valid.name.fullName) + "|" + (valid.birthDate?.iso ?? "")
                sameAs = names[nameKey] ?? valid.phones.lazy.compactMap { phones[$0.e164] }.first
                if names[nameKey] == nil { names[nameKey] = record.line }
                for phone in valid.phones where phones[phone.e164] == nil { phones[phone.e164] = record.line }
            case .failure(let failure):
                problems += failure.problems
            }
            var row = ImportRow(line: record.line, draft: draft, problems: problems, warnings: warnings,
                                candidates: [], sameAsLine: problems.isEmpty ? sameAs : nil, decision: nil,
                                probe: problems.isEmpty ? probe : nil)
            row.decision = row.proposed
            rows.append(row)
        }
        return ImportReview(headers: sheet.headers, mapping: mapping, encoding: sheet.encoding, rows: rows)
    }

    /// The second half of a review (supervisors): each row without problems looked up with the
    /// store's duplicate detection (the intake's live check, `duplicateCandidates`), in one
    /// read; each candidate with its record and what the row would add to it. A row with a
    /// candidate waits for the reviewer's decision.
    public func findImportDuplicates(_ review: ImportReview, by actor: UserAccount) throws -> ImportReview {
        var review = review
        try read { db in
            try Self.require(.importPeople, try self.acting(db, actor), .none)
            for i in review.rows.indices {
                guard let probe = review.rows[i].probe else { continue }
                let found = try self.duplicateCandidates(db, for: probe, by: actor, limit: 5)
                guard !found.isEmpty else { continue }
                review.rows[i].candidates = try found.compactMap { candidate in
                    guard let record = try Self.storedPerson(db, candidate.personId) else { return nil }
                    let adds = ImportRowDraft.completing(record, with: review.rows[i].draft).1
                    return ImportCandidate(candidate: candidate, record: record, adds: adds)
                }
                review.rows[i].decision = review.rows[i].proposed
            }
        }
        return review
    }

    /// `checkImport` then `findImportDuplicates`: the whole review, nothing written.
    public func reviewImport(_ sheet: ImportSheet, mapping: ImportMapping, by actor: UserAccount) throws -> ImportReview {
        try findImportDuplicates(checkImport(sheet, mapping: mapping), by: actor)
    }

    /// The mapping saved for a sheet with these headers (by this organization), if any.
    public func savedImportMapping(headers: [String]) throws -> ImportMapping? {
        try read { db in
            guard let json = try String.fetchOne(db, sql: """
                SELECT fields FROM import_mappings WHERE organization_id = 1 AND header_signature = ?
                """, arguments: [ImportMapping.signature(headers)]),
                let mapping = try? JSONDecoder().decode(ImportMapping.self, from: Data(json.utf8)),
                mapping.fields.count == headers.count else { return nil }
            return mapping
        }
    }

    /// Commits a reviewed sheet as ONE batch (supervisors), in one transaction: the `imports`
    /// row, then each row through the store's own paths — a new person through `insertPerson`
    /// (registration: search index, duplicate keys, `register` audit, the event's attendance),
    /// a "same as" row through `editPerson` (the person edit: version, `edit` audit with old
    /// and new values) adding only what the record lacks, and the event's attendance as event
    /// mode adds it — the mapping saved for the next sheet with these headers, and an
    /// `imported` audit row. Every row is checked again; a row that fails names its line and
    /// nothing is written.
    public func commitImport(_ plan: ImportPlan, by actor: UserAccount) throws -> ImportCommitted {
        var valid: [Int: ValidPerson] = [:]
        var problems: [FieldProblem] = []
        for row in plan.rows where row.decision != .skip {
            var draft = row.draft
            if row.decision == .new { draft.eventId = plan.eventId }
            switch PersonValidation.validate(draft, today: today()) {
            case .success(let v): valid[row.line] = v
            case .failure(let failure): problems += Self.atLine(row.line, failure.problems)
            }
        }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        let fileName = String(plan.fileName.prefix(200))
        return try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.importPeople, acting, .none)
            if let event = plan.eventId { try Self.requireOpenEvent(db, event) }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO imports (file_name, header_signature, event_id, rows_total, created, updated, skipped,
                                     imported_by, imported_at)
                VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?)
                """, arguments: [fileName, ImportMapping.signature(plan.headers), plan.eventId, plan.rows.count, actor.id, now])
            let importId = db.lastInsertedRowID
            var created = 0, updated = 0, skipped = 0, attended = 0
            for row in plan.rows {
                var personId: Int64?
                var versionAfter: Int?
                var added: [String] = []
                var attendance = false
                do {
                    switch row.decision {
                    case .skip:
                        skipped += 1
                    case .new:
                        personId = try self.insertPerson(db, valid[row.line]!, by: actor, now: now)
                        versionAfter = 1
                        attendance = plan.eventId != nil
                        created += 1
                    case .same(let id):
                        guard let record = try Self.storedPerson(db, id) else {
                            throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
                        }
                        let (draft, fields) = ImportRowDraft.completing(record, with: row.draft)
                        versionAfter = record.version
                        if !fields.isEmpty {
                            let saved = try self.editPerson(db, id: id, try self.validated(draft), version: record.version,
                                                            by: actor)
                            versionAfter = saved.record.version
                            // Field names only (no values: erasing a person leaves nothing here); for
                            // phones, how many the record had (the added ones follow them).
                            added = fields + (fields.contains("phones") ? ["phonesBefore:\(record.phones.count)"] : [])
                            updated += 1
                        }
                        if let event = plan.eventId {
                            attendance = try self.insertAttendance(db, eventId: event, personId: id, actor: actor)
                        }
                        personId = id
                    }
                } catch StoreError.validation(let failure) {
                    throw StoreError.validation(ValidationFailure(Self.atLine(row.line, failure.problems)))
                }
                if attendance { attended += 1 }
                let decision: String
                switch row.decision {
                case .new: decision = "new"
                case .same: decision = "same"
                case .skip: decision = "skip"
                }
                let json = String(decoding: try JSONEncoder().encode(added), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO import_rows (import_id, line, decision, person_id, version_after, added_fields, attendance_added)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [importId, row.line, decision, personId, versionAfter, json, attendance ? 1 : 0])
            }
            try db.execute(sql: "UPDATE imports SET created = ?, updated = ?, skipped = ? WHERE id = ?",
                           arguments: [created, updated, skipped, importId])
            let mapping = String(decoding: try JSONEncoder().encode(plan.mapping), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO import_mappings (organization_id, header_signature, fields, saved_by, saved_at)
                VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (organization_id, header_signature) DO UPDATE SET
                    fields = excluded.fields, saved_by = excluded.saved_by, saved_at = excluded.saved_at
                """, arguments: [ImportMapping.signature(plan.headers), mapping, actor.id, now])
            var fields: [String: [String]] = ["created": [String(created)], "updated": [String(updated)],
                                              "skipped": [String(skipped)]]
            if let event = plan.eventId { fields["event"] = [String(event)] }
            try Audit.append(db, actor: actor.id, at: now, entity: "import", entityID: importId, action: "imported",
                             changedFields: fields)
            return ImportCommitted(id: importId, created: created, updated: updated, skipped: skipped, attended: attended)
        }
    }

    /// The imports, newest first (supervisors).
    public func imports(limit: Int = 100, by actor: UserAccount) throws -> [ImportSummary] {
        try read { db in
            try Self.require(.importPeople, try self.acting(db, actor), .none)
            return try Row.fetchAll(db, sql: """
                SELECT i.*, u.username FROM imports i LEFT JOIN users u ON u.id = i.imported_by
                ORDER BY i.id DESC LIMIT ?
                """, arguments: [max(1, min(limit, 1000))]).map { row in
                ImportSummary(id: row["id"], fileName: row["file_name"],
                              importedAt: Date(timeIntervalSince1970: TimeInterval(row["imported_at"] as Int64)),
                              importedBy: row["username"] ?? "", eventId: row["event_id"], created: row["created"],
                              updated: row["updated"], skipped: row["skipped"],
                              undoneAt: (row["undone_at"] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) })
            }
        }
    }

    /// A person's stored record without auditing a view (the review reads candidates the way
    /// the intake's duplicate check does; the commit re-reads the record it completes).
    static func storedPerson(_ db: Database, _ id: Int64) throws -> PersonRecord? {
        guard let stored = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let phones = try PhoneRow.fetchAll(db, sql: "SELECT e164, whatsapp FROM phones WHERE person_id = ? ORDER BY id",
                                           arguments: [id]).map(\.phone)
        return stored.record(phones: phones)
    }

    /// Problems of the row at `line`, each labelled "Línea 7 · Teléfono 1".
    static func atLine(_ line: Int, _ problems: [FieldProblem]) -> [FieldProblem] {
        problems.map { p in
            FieldProblem(field: "line\(line).\(p.field)",
                         label: ImportStoreText.lineField.text.filling(["line": .plain(String(line)), "field": p.label]),
                         message: p.message)
        }
    }
}
