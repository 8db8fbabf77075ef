import EnlaceCore
import Foundation
import GRDB

/// A person's record after a correction: as saved, what changed, the warnings of the new
/// values, and the records that may now be the same person (shown, never merged silently).
public struct PersonSaved: Sendable, Equatable {
    public let record: PersonRecord
    /// The fields that changed, in form order ("firstSurname", "phones"...); empty when the
    /// draft said what was already stored (nothing written).
    public let changed: [String]
    public let warnings: [FieldProblem]
    public let duplicates: [DuplicateCandidate]
}

extension CaseDesk {
    /// Corrects and completes a person's record with the intake's checks (volunteers the
    /// people they registered today, caseworkers the people of their cases or of none yet,
    /// supervisors everyone). `version` is the one read: a record changed meanwhile at another
    /// terminal is a conflict and nothing is written. One transaction: the record and its
    /// phones, the search index and duplicate keys, an `edit` audit row with the old and new
    /// value of every field changed, then the duplicate check on the new values. With
    /// `request`, a pending rectification request of this person is answered as granted by
    /// this edit in the same transaction (supervisors). An erased record cannot be edited.
    public func updatePerson(id: Int64, _ draft: PersonDraft, version: Int, by actor: UserAccount,
                             request: Int64? = nil) throws -> PersonSaved {
        let valid = try validated(draft)
        return try write { db in try self.editPerson(db, id: id, valid, version: version, by: actor, request: request) }
    }

    /// `updatePerson` inside a transaction already open (a sign-in sheet's row completing a
    /// record): the same checks, writes, audit row and duplicate check.
    func editPerson(_ db: Database, id: Int64, _ valid: ValidPerson, version: Int, by actor: UserAccount,
                    request: Int64? = nil) throws -> PersonSaved {
        do {
            let acting = try self.acting(db, actor)
            guard let stored = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
            }
            try Self.require(.editPerson, acting, try self.personSubject(db, stored, acting: acting, actor: actor))
            try self.requireLivePerson(db, id)
            let phones = try PhoneRow.fetchAll(db, sql: "SELECT e164, whatsapp FROM phones WHERE person_id = ? ORDER BY id",
                                               arguments: [id]).map(\.phone)
            let old = stored.record(phones: phones)
            guard old.version == version else { throw StoreError.conflict }
            if let curp = valid.curp, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE curp = ? AND id <> ?)",
                                                        arguments: [curp, id]) == true {
                throw StoreError.validation(ValidationFailure([
                    FieldProblem(field: "curp", label: CaseStoreText.fieldCURP.text, message: CaseStoreText.curpTaken.text),
                ]))
            }
            let changes = Self.personChanges(old, valid)
            var record = old
            if !changes.isEmpty {
                try self.write(valid, over: id, db)
                let now = self.clock.nowSeconds()
                try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: id, action: "edit",
                                 changedFields: Dictionary(uniqueKeysWithValues: changes.map { ($0.field, [$0.old, $0.new]) }))
                guard let saved = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]) else {
                    throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
                }
                let newPhones = try PhoneRow.fetchAll(db, sql: "SELECT e164, whatsapp FROM phones WHERE person_id = ? ORDER BY id",
                                                      arguments: [id]).map(\.phone)
                record = saved.record(phones: newPhones)
            }
            if let request { try self.answerRectification(db, request, personId: id, changed: !changes.isEmpty, actor: actor) }
            let probe = DuplicateProbe(givenNames: valid.name.givenNames, firstSurname: valid.name.firstSurname,
                                       secondSurname: valid.name.secondSurname, birthDate: valid.birthDate,
                                       phones: valid.phones.map(\.e164), curp: valid.curp, personId: id)
            let duplicates = try self.duplicateCandidates(db, for: probe, by: actor)
            return PersonSaved(record: record, changed: changes.map(\.field), warnings: valid.warnings,
                               duplicates: duplicates)
        }
    }

    /// The record's columns and phones from `valid`, the version moved on, and the search
    /// index and duplicate keys again (the `SearchIndex` contract: same transaction).
    private func write(_ p: ValidPerson, over id: Int64, _ db: Database) throws {
        func blankNil(_ s: String) -> String? { s.isEmpty ? nil : s }
        let search = PersonNameFormat.searchText(given: p.name.givenNames, first: p.name.firstSurname,
                                                 second: p.name.secondSurname, preferred: p.name.preferredName)
        let phonetic = NameKeys.phoneticTokens(for: p.name).joined(separator: " ")
        try db.execute(sql: """
            UPDATE people SET given_names = ?, first_surname = ?, second_surname = ?, preferred_name = ?,
                birth_date = ?, approx_age = ?, sex = ?, email = ?, city = ?, us_state = ?, zip = ?,
                origin_state = ?, origin_municipality = ?, hometown_association = ?, curp = ?,
                search_form = ?, phonetic_key = ?, updated_at = ?, version = version + 1
            WHERE id = ?
            """, arguments: [
                p.name.givenNames, p.name.firstSurname, blankNil(p.name.secondSurname), blankNil(p.name.preferredName),
                p.birthDate?.iso, p.approximateAge, p.sexColumn, p.email, p.city, p.usState, p.zip,
                p.originState, p.originMunicipality, p.hometownAssociation, p.curp, search, phonetic,
                clock.nowSeconds(), id,
            ])
        try db.execute(sql: "DELETE FROM phones WHERE person_id = ?", arguments: [id])
        for phone in p.phones {
            try db.execute(sql: "INSERT INTO phones (person_id, e164, whatsapp) VALUES (?, ?, ?)",
                           arguments: [id, phone.e164, phone.whatsApp ? 1 : 0])
        }
        try SearchIndex.update(db, personId: id)
    }

    /// Every field whose stored value differs from the new one, with both as text ("" when
    /// blank), in form order.
    static func personChanges(_ old: PersonRecord, _ new: ValidPerson) -> [(field: String, old: String, new: String)] {
        func phones(_ list: [(String, Bool)]) -> String {
            list.map { $0.0 + ($0.1 ? " (WhatsApp)" : "") }.joined(separator: ", ")
        }
        let pairs: [(String, String?, String?)] = [
            ("givenNames", old.name.givenNames, new.name.givenNames),
            ("firstSurname", old.name.firstSurname, new.name.firstSurname),
            ("secondSurname", old.name.secondSurname, new.name.secondSurname),
            ("preferredName", old.name.preferredName, new.name.preferredName),
            ("birthDate", old.birthDate?.iso, new.birthDate?.iso),
            ("approximateAge", old.approximateAge.map(String.init), new.approximateAge.map(String.init)),
            ("sex", old.sex, new.sexColumn),
            ("phones", phones(old.phones.map { ($0.e164, $0.whatsApp) }), phones(new.phones.map { ($0.e164, $0.whatsApp) })),
            ("email", old.email, new.email), ("curp", old.curp, new.curp), ("city", old.city, new.city),
            ("usState", old.usState, new.usState), ("zip", old.zip, new.zip),
            ("originState", old.originState, new.originState),
            ("originMunicipality", old.originMunicipality, new.originMunicipality),
            ("hometownAssociation", old.hometownAssociation, new.hometownAssociation),
        ]
        return pairs.compactMap { field, a, b in
            (a ?? "") == (b ?? "") ? nil : (field, a ?? "", b ?? "")
        }
    }
}
