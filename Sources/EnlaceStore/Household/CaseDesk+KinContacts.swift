import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Adds a next-of-kin contact who is not a registered person to `personId`'s record (who
    /// may correct the record may; every field problem at once as `StoreError.validation`).
    /// One transaction, audited with the new values.
    @discardableResult
    public func addKinContact(personId: Int64, _ draft: KinDraft, by actor: UserAccount) throws -> KinContact {
        let valid = try Self.validated(draft)
        return try write { db in
            try self.requireHouseholdEdit(db, [personId], actor)
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO next_of_kin (person_id, name, relationship, phones, country, place, notes,
                    created_by, created_at, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [personId, valid.name, valid.relationship.rawValue, valid.phones.joined(separator: " "),
                                 valid.country?.rawValue, valid.place, valid.notes, actor.id, now, actor.id, now])
            let id = db.lastInsertedRowID
            let changes = Self.kinChanges(nil, valid)
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: personId, action: "kinAdded",
                             to: String(id), changedFields: changes)
            return try Self.kinContact(db, id: id)
        }
    }

    /// Corrects a next-of-kin contact. `version` is the one read: a contact changed meanwhile
    /// is a conflict and nothing is written. Audited with the old and new value of every field
    /// changed; saying what is stored writes nothing.
    @discardableResult
    public func updateKinContact(id: Int64, _ draft: KinDraft, version: Int, by actor: UserAccount) throws -> KinContact {
        let valid = try Self.validated(draft)
        return try write { db in
            let old = try Self.kinContact(db, id: id)
            try self.requireHouseholdEdit(db, [old.personId], actor)
            guard old.version == version else { throw StoreError.conflict }
            let changes = Self.kinChanges(old, valid)
            guard !changes.isEmpty else { return old }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE next_of_kin SET name = ?, relationship = ?, phones = ?, country = ?, place = ?, notes = ?,
                    updated_by = ?, updated_at = ?, version = version + 1
                WHERE id = ?
                """, arguments: [valid.name, valid.relationship.rawValue, valid.phones.joined(separator: " "),
                                 valid.country?.rawValue, valid.place, valid.notes, actor.id, now, id])
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: old.personId, action: "kinEdited",
                             to: String(id), changedFields: changes)
            return try Self.kinContact(db, id: id)
        }
    }

    /// Removes a next-of-kin contact (audited with the values it had, so it can be added
    /// again as it was).
    @discardableResult
    public func removeKinContact(id: Int64, by actor: UserAccount) throws -> KinContact {
        try write { db in
            let old = try Self.kinContact(db, id: id)
            try self.requireHouseholdEdit(db, [old.personId], actor)
            try db.execute(sql: "DELETE FROM next_of_kin WHERE id = ?", arguments: [id])
            let removed = Self.kinChanges(old, nil)
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person", entityID: old.personId,
                             action: "kinRemoved", from: String(id), changedFields: removed)
            return old
        }
    }

    // MARK: - Internals

    static func kinContacts(_ db: Database, personId: Int64) throws -> [KinContact] {
        try Row.fetchAll(db, sql: "SELECT * FROM next_of_kin WHERE person_id = ? ORDER BY id", arguments: [personId])
            .compactMap(kinContact)
    }

    static func kinContact(_ db: Database, id: Int64) throws -> KinContact {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM next_of_kin WHERE id = ?", arguments: [id]),
              let contact = kinContact(row) else {
            throw StoreError.notFound(HouseholdText.contactNotFound.filled(["id": String(id)]))
        }
        return contact
    }

    private static func kinContact(_ row: Row) -> KinContact? {
        guard let relationship = HouseholdRelationship(rawValue: row["relationship"]) else { return nil }
        let phones: String = row["phones"]
        let country: String? = row["country"]
        return KinContact(id: row["id"], personId: row["person_id"], name: row["name"], relationship: relationship,
                          phones: phones.split(separator: " ").map(String.init),
                          country: country.flatMap(KinCountry.init(rawValue:)), place: row["place"], notes: row["notes"],
                          version: row["version"])
    }

    /// A draft with its texts trimmed (empty ones nil) and phones in E.164; every problem at once.
    static func validated(_ draft: KinDraft) throws -> KinContact {
        var problems: [FieldProblem] = []
        func text(_ s: String, _ field: String, _ label: HouseholdText, max: Int) -> String? {
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.count > max {
                problems.append(FieldProblem(field: field, label: label.text, message: HouseholdText.tooLong.filled(["n": String(max)])))
            }
            return trimmed.isEmpty ? nil : trimmed
        }
        let name = text(draft.name, "name", .fieldName, max: 200)
        if name == nil {
            problems.append(FieldProblem(field: "name", label: HouseholdText.fieldName.text, message: HouseholdText.nameRequired.text))
        }
        let typed = draft.phones.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if typed.count > 3 {
            problems.append(FieldProblem(field: "phones", label: HouseholdText.fieldPhone.text, message: HouseholdText.tooManyPhones.text))
        }
        var phones: [String] = []
        for (i, phone) in typed.prefix(3).enumerated() {
            switch PhoneNumber.parse(phone, defaultCountry: draft.country?.phoneCountry ?? .us) {
            case .success(let number): if !phones.contains(number.e164) { phones.append(number.e164) }
            case .failure(let problem):
                problems.append(FieldProblem(field: "phones[\(i)]", label: HouseholdText.fieldPhone.text,
                                             message: LocalizedText(es: problem.message(.es), en: problem.message(.en))))
            }
        }
        let place = text(draft.place, "place", .fieldPlace, max: 200)
        let notes = text(draft.notes, "notes", .fieldNotes, max: 1000)
        guard problems.isEmpty, let name else { throw StoreError.validation(ValidationFailure(problems)) }
        return KinContact(id: 0, personId: 0, name: name, relationship: draft.relationship, phones: phones,
                          country: draft.country, place: place, notes: notes, version: 0)
    }

    /// Each field that differs, old and new as text ("" when none); `old` nil for an added
    /// contact, `new` nil for a removed one.
    static func kinChanges(_ old: KinContact?, _ new: KinContact?) -> [String: [String]] {
        func fields(_ c: KinContact?) -> [String: String] {
            guard let c else { return [:] }
            return ["name": c.name, "relationship": c.relationship.rawValue, "phones": c.phones.joined(separator: ", "),
                    "country": c.country?.rawValue ?? "", "place": c.place ?? "", "notes": c.notes ?? ""]
        }
        let a = fields(old), b = fields(new)
        var changes: [String: [String]] = [:]
        for key in Set(a.keys).union(b.keys) where (a[key] ?? "") != (b[key] ?? "") {
            changes[key] = [a[key] ?? "", b[key] ?? ""]
        }
        return changes
    }
}
