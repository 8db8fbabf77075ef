import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Links two registered people of one household: `relatedPersonId` is the `relationship`
    /// of `personId` ("child": they are their child). The link is part of both records, so
    /// the actor must be allowed to correct both (`editPerson`: caseworkers their cases'
    /// people, supervisors everyone). Refused with one line: a person with themself, a pair
    /// already linked, a link that would make someone their own ancestor, a person not
    /// found. One transaction, audited on both records with the relationship each reads.
    @discardableResult
    public func linkHousehold(personId: Int64, relatedPersonId: Int64, as relationship: HouseholdRelationship,
                              by actor: UserAccount) throws -> Relative {
        guard personId != relatedPersonId else { throw StoreError.invalid(field: "related", HouseholdText.selfLink.text) }
        return try write { db in
            try self.requireHouseholdEdit(db, [personId, relatedPersonId], actor)
            let link = HouseholdLink(personId: String(personId), relatedPersonId: String(relatedPersonId),
                                     relationship: relationship)
            switch HouseholdRules.refusal(adding: link, to: try Self.householdLinks(db, around: [personId, relatedPersonId])) {
            case .selfLink?:
                throw StoreError.invalid(field: "related", HouseholdText.selfLink.text)
            case .duplicate(let existing)?:
                let name = try PersonNameRow.load(db, id: relatedPersonId)?.listName ?? String(relatedPersonId)
                throw StoreError.invalid(field: "related", LocalizedText(
                    es: HouseholdText.duplicateLink.format(.es, ["name": name, "relationship": existing.label(.es).lowercased()]),
                    en: HouseholdText.duplicateLink.format(.en, ["name": name, "relationship": existing.label(.en).lowercased()])))
            case .cycle?:
                throw StoreError.invalid(field: "relationship", HouseholdText.cycle.text)
            case nil:
                break
            }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO household_links (person_id, related_person_id, relationship, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [personId, relatedPersonId, relationship.rawValue, actor.id, now])
            try Self.auditHousehold(db, actor, now, "householdLinked", personId, relatedPersonId, relationship, linked: true)
            return try Self.relative(db, relatedPersonId, relationship)
        }
    }

    /// Removes the household link between two people, whichever way it was stored (same
    /// permission as linking; audited on both records with the relationship it had). Linking
    /// them again undoes it. Returns what the related person was to `personId`.
    @discardableResult
    public func unlinkHousehold(personId: Int64, relatedPersonId: Int64, by actor: UserAccount) throws -> HouseholdRelationship {
        try write { db in
            try self.requireHouseholdEdit(db, [personId, relatedPersonId], actor)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, person_id, relationship FROM household_links
                WHERE (person_id = ?1 AND related_person_id = ?2) OR (person_id = ?2 AND related_person_id = ?1)
                """, arguments: [personId, relatedPersonId]),
                let stored = HouseholdRelationship(rawValue: row["relationship"]) else {
                throw StoreError.invalid(field: "related", HouseholdText.notLinked.filled(
                    ["id": String(personId), "other": String(relatedPersonId)]))
            }
            let relationship = (row["person_id"] as Int64) == personId ? stored : stored.inverse
            try db.execute(sql: "DELETE FROM household_links WHERE id = ?", arguments: [row["id"] as Int64])
            try Self.auditHousehold(db, actor, self.clock.nowSeconds(), "householdUnlinked", personId, relatedPersonId,
                                    relationship, linked: false)
            return relationship
        }
    }

    /// A person's relatives, next-of-kin contacts and linked records (the permission and the
    /// `viewed` audit row of `person(id:by:)`).
    public func household(personId: Int64, by actor: UserAccount) throws -> Household {
        try write { db in
            _ = try self.viewPerson(db, id: personId, by: actor)
            return try self.household(db, personId: personId)
        }
    }

    /// The household of a case's person (a funeral referral picks its next of kin from it).
    public func household(ofCase caseId: Int64, by actor: UserAccount) throws -> Household {
        try write { db in
            guard let personId = try Int64.fetchOne(db, sql: "SELECT person_id FROM cases WHERE id = ?", arguments: [caseId]) else {
                throw StoreError.notFound(StoreText.caseNotFound.text)
            }
            _ = try self.viewPerson(db, id: personId, by: actor)
            return try self.household(db, personId: personId)
        }
    }

    /// `household(personId:by:)` inside a transaction already open and checked (the person
    /// screen's page, the person's file).
    func household(_ db: Database, personId: Int64) throws -> Household {
        let rows = try Row.fetchAll(db, sql: """
            SELECT related_person_id AS other, relationship, 0 AS inverted FROM household_links WHERE person_id = ?1
            UNION ALL
            SELECT person_id, relationship, 1 FROM household_links WHERE related_person_id = ?1
            """, arguments: [personId])
        var relatives: [Relative] = []
        for row in rows {
            guard let stored = HouseholdRelationship(rawValue: row["relationship"]) else { continue }
            let inverted: Bool = row["inverted"]
            relatives.append(try Self.relative(db, row["other"], inverted ? stored.inverse : stored))
        }
        let order = HouseholdRelationship.allCases
        relatives.sort {
            (order.firstIndex(of: $0.relationship)!, $0.name, $0.personId) < (order.firstIndex(of: $1.relationship)!, $1.name, $1.personId)
        }
        func linked(_ id: Int64) throws -> LinkedRecord {
            LinkedRecord(personId: id, name: try PersonNameRow.load(db, id: id)?.listName ?? String(id))
        }
        let duplicates = try Int64.fetchAll(db, sql: "SELECT duplicate_id FROM person_links WHERE survivor_id = ? ORDER BY duplicate_id",
                                            arguments: [personId]).map(linked)
        let survivor = try Int64.fetchOne(db, sql: "SELECT survivor_id FROM person_links WHERE duplicate_id = ?",
                                          arguments: [personId]).map(linked)
        return Household(relatives: relatives, contacts: try Self.kinContacts(db, personId: personId),
                         duplicates: duplicates, survivor: survivor)
    }

    // MARK: - Internals

    /// The actor may correct every one of `ids` (each must exist).
    func requireHouseholdEdit(_ db: Database, _ ids: [Int64], _ actor: UserAccount) throws {
        let acting = try self.acting(db, actor)
        for id in ids {
            guard let stored = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(HouseholdText.personNotFound.filled(["id": String(id)]))
            }
            try Self.require(.editPerson, acting, try self.personSubject(db, stored, acting: acting, actor: actor))
        }
    }

    /// Every link of the households `ids` belong to (everyone reachable through links).
    static func householdLinks(_ db: Database, around ids: [Int64]) throws -> [HouseholdLink] {
        let seeds = ids.map { _ in "SELECT ?" }.joined(separator: " UNION ")
        return try Row.fetchAll(db, sql: """
            WITH RECURSIVE member(id) AS (
                \(seeds)
                UNION
                SELECT CASE WHEN l.person_id = m.id THEN l.related_person_id ELSE l.person_id END
                FROM household_links l JOIN member m ON l.person_id = m.id OR l.related_person_id = m.id
            )
            SELECT person_id, related_person_id, relationship FROM household_links
            WHERE person_id IN (SELECT id FROM member)
            """, arguments: StatementArguments(ids)).compactMap { row in
            HouseholdRelationship(rawValue: row["relationship"]).map {
                HouseholdLink(personId: String(row["person_id"] as Int64),
                              relatedPersonId: String(row["related_person_id"] as Int64), relationship: $0)
            }
        }
    }

    private static func relative(_ db: Database, _ id: Int64, _ relationship: HouseholdRelationship) throws -> Relative {
        let phone = try String.fetchOne(db, sql: "SELECT e164 FROM phones WHERE person_id = ? ORDER BY id LIMIT 1",
                                        arguments: [id])
        return Relative(personId: id, name: try PersonNameRow.load(db, id: id)?.listName ?? String(id),
                        relationship: relationship, phone: phone)
    }

    /// One audit row on each record: the other person and what they are to this one.
    private static func auditHousehold(_ db: Database, _ actor: UserAccount, _ now: Int64, _ action: String,
                                       _ personId: Int64, _ relatedId: Int64, _ relationship: HouseholdRelationship,
                                       linked: Bool) throws {
        for (id, other, rel) in [(personId, relatedId, relationship), (relatedId, personId, relationship.inverse)] {
            let fields = ["relatedPerson": String(other), "relationship": rel.rawValue]
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: id, action: action,
                             changedFields: fields.mapValues { linked ? ["", $0] : [$0, ""] })
        }
    }
}

extension CaseDesk {
    /// The household part of the person's file (right of access).
    func householdForFile(_ db: Database, personId: Int64) throws -> ([PersonFile.RelatedPerson], [KinContact]) {
        let household = try household(db, personId: personId)
        return (household.relatives.map { PersonFile.RelatedPerson(name: $0.name, relationship: $0.relationship) },
                household.contacts)
    }
}
