import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// The whole directory, inactive partners included, active first, then by name (accents
    /// folded). Supervisors and admins (`viewPartnerDirectory`).
    public func partnerDirectory(by actor: UserAccount) throws -> [Partner] {
        try read { db in
            try self.permit(.viewPartnerDirectory, db, actor: actor, case: nil)
            return Self.sortedDirectory(try PartnerRow.decodeAll(
                db, sql: "SELECT \(PartnerRows.columns) FROM partners LIMIT 10000").map { try $0.partner() })
        }
    }

    static func sortedDirectory(_ partners: [Partner]) -> [Partner] {
        partners.map { (NameFolding.searchForm($0.name), $0) }.sorted { a, b in
            if a.1.active != b.1.active { return a.1.active }
            if a.0 != b.0 { return a.0 < b.0 }
            return (Int64(a.1.id) ?? 0) < (Int64(b.1.id) ?? 0)
        }.map(\.1)
    }

    /// Adds a partner (admins, `managePartners`): one transaction, one audit row naming every
    /// field given. Every wrong field is reported at once (`StoreError.validation`).
    public func addPartner(_ draft: PartnerDraft, by actor: UserAccount) throws -> Partner {
        let valid = try Self.validatedPartner(draft)
        return try write { db in
            try self.permit(.managePartners, db, actor: actor, case: nil)
            let now = self.clock.nowSeconds()
            let id = try Self.insertPartner(db, valid, externalId: UUID().uuidString.lowercased(), active: true, now: now)
            let empty = Partner(id: "", name: "", kindsServed: [])
            let added = try PartnerRows.load(db, id)!
            try Audit.append(db, actor: actor.id, at: now, entity: "partner", entityID: id, action: "created",
                             changedFields: Self.partnerChanges(empty, added))
            return added
        }
    }

    /// Changes a partner's fields (admins): `version` is the one the person saw; a stale one
    /// is `.conflict` and nothing is written. One audit row naming the fields changed.
    public func editPartner(id: Int64, _ draft: PartnerDraft, version: Int, by actor: UserAccount) throws -> Partner {
        let valid = try Self.validatedPartner(draft)
        return try write { db in
            try self.permit(.managePartners, db, actor: actor, case: nil)
            let old = try Self.loadPartner(db, id)
            guard old.version == version else { throw StoreError.conflict }
            let now = self.clock.nowSeconds()
            try Self.updatePartner(db, id, valid, active: old.active, externalId: old.externalId, now: now)
            let new = try PartnerRows.load(db, id)!
            let changed = Self.partnerChanges(old, new)
            if !changed.isEmpty {
                try Audit.append(db, actor: actor.id, at: now, entity: "partner", entityID: id, action: "updated",
                                 changedFields: changed)
            }
            return new
        }
    }

    /// Deactivates (`active: false`) or reactivates a partner (admins), versioned and audited.
    /// A deactivated partner leaves the referral picker (`partners(...)`) and stays on the
    /// referrals already made to it.
    public func setPartnerActive(id: Int64, active: Bool, version: Int, by actor: UserAccount) throws -> Partner {
        try write { db in
            try self.permit(.managePartners, db, actor: actor, case: nil)
            let old = try Self.loadPartner(db, id)
            guard old.version == version else { throw StoreError.conflict }
            guard old.active != active else { return old }
            let now = self.clock.nowSeconds()
            try db.execute(sql: "UPDATE partners SET active = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                           arguments: [active, now, id, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try Audit.append(db, actor: actor.id, at: now, entity: "partner", entityID: id,
                             action: active ? "activated" : "deactivated",
                             changedFields: ["active": [String(old.active), String(active)]])
            return try PartnerRows.load(db, id)!
        }
    }

    static func loadPartner(_ db: Database, _ id: Int64) throws -> Partner {
        guard let partner = try PartnerRows.load(db, id) else {
            throw StoreError.notFound(StoreText.partnerNotFound.text)
        }
        return partner
    }

    private static func json(_ values: [String]) -> String {
        String(decoding: try! JSONEncoder().encode(values), as: UTF8.self)
    }

    /// The stored values of a validated draft, in `PartnerRows.columns`' order of writing.
    private static func values(_ d: PartnerDraft) -> StatementArguments {
        [d.name, json(ReferralKind.allCases.filter(d.kindsServed.contains).map(\.rawValue)),
         json(ServiceArea.allCases.filter(d.serviceAreas.contains).map(\.rawValue)),
         d.city, d.state, d.postalCode, json(d.phones), d.phones.first, d.email, d.address, d.hours,
         json(d.languages), d.cost?.rawValue, json(d.areasServed), d.notes, d.responseDays, d.isConsulate]
    }

    private static let writtenColumns = ["name", "kinds", "service_areas", "city", "us_state", "postal_code",
                                         "phones", "phone", "email", "address", "hours", "languages", "cost",
                                         "areas_served", "notes", "response_days", "is_consulate"]

    static func insertPartner(_ db: Database, _ d: PartnerDraft, externalId: String, active: Bool, now: Int64) throws -> Int64 {
        let columns = writtenColumns + ["external_id", "active", "created_at", "updated_at"]
        try db.execute(sql: """
            INSERT INTO partners (\(columns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """, arguments: values(d) + [externalId, active, now, now])
        return db.lastInsertedRowID
    }

    static func updatePartner(_ db: Database, _ id: Int64, _ d: PartnerDraft, active: Bool, externalId: String?,
                              now: Int64) throws {
        let sets = (writtenColumns + ["external_id", "active", "updated_at"]).map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE partners SET \(sets), version = version + 1 WHERE id = ?",
                       arguments: values(d) + [externalId, active, now, id])
    }

    /// The fields that differ between two partners, for the audit row: old and new values for
    /// the short ones, names only for free text (address, hours, notes...).
    static func partnerChanges(_ old: Partner, _ new: Partner, only fields: [PartnerField] = PartnerField.allCases)
        -> [String: [String]] {
        func kinds(_ p: Partner) -> String { ReferralKind.allCases.filter(p.kindsServed.contains).map(\.rawValue).joined(separator: ",") }
        func areas(_ p: Partner) -> String { ServiceArea.allCases.filter(p.serviceAreas.contains).map(\.rawValue).joined(separator: ",") }
        var changed: [String: [String]] = [:]
        for field in fields {
            switch field {
            case .name: if old.name != new.name { changed["name"] = [old.name, new.name] }
            case .kinds: if old.kindsServed != new.kindsServed { changed["kinds"] = [kinds(old), kinds(new)] }
            case .serviceAreas: if old.serviceAreas != new.serviceAreas { changed["serviceAreas"] = [areas(old), areas(new)] }
            case .address: if old.address != new.address { changed["address"] = [] }
            case .city: if old.city != new.city { changed["city"] = [old.city ?? "", new.city ?? ""] }
            case .state: if old.state != new.state { changed["state"] = [old.state ?? "", new.state ?? ""] }
            case .postalCode: if old.postalCode != new.postalCode { changed["postalCode"] = [old.postalCode ?? "", new.postalCode ?? ""] }
            case .phones: if old.phones != new.phones { changed["phones"] = [] }
            case .email: if old.email != new.email { changed["email"] = [] }
            case .hours: if old.hours != new.hours { changed["hours"] = [] }
            case .languages: if old.languages != new.languages {
                changed["languages"] = [old.languages.joined(separator: ","), new.languages.joined(separator: ",")]
            }
            case .cost: if old.cost != new.cost { changed["cost"] = [old.cost?.rawValue ?? "", new.cost?.rawValue ?? ""] }
            case .areasServed: if old.areasServed != new.areasServed { changed["areasServed"] = [] }
            case .notes: if old.notes != new.notes { changed["notes"] = [] }
            case .responseDays: if old.responseDays != new.responseDays {
                changed["responseDays"] = [old.responseDays.map(String.init) ?? "", new.responseDays.map(String.init) ?? ""]
            }
            case .isConsulate: if old.isConsulate != new.isConsulate {
                changed["isConsulate"] = [String(old.isConsulate), String(new.isConsulate)]
            }
            case .active: if old.active != new.active { changed["active"] = [String(old.active), String(new.active)] }
            }
        }
        return changed
    }
}
