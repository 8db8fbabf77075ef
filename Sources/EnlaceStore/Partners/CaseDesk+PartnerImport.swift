import EnlaceCore
import Foundation
import GRDB

/// What an Open Referral (HSDS) import adds and changes, or why it cannot.
public struct PartnerImportPlan: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public let name: String
        /// The partner changed; nil for one added.
        public let partnerId: Int64?
        /// Fields changed (`PartnerField` names), sorted.
        public let fields: [String]
        /// False when none of its services names a referral kind this desk knows.
        public let hasKinds: Bool
    }

    public var additions: [Item] = []
    public var changes: [Item] = []
    public var unchanged = 0
    /// Values the desk refuses, each at its place in the files. When there is any, nothing
    /// is written.
    public var problems: [HSDSProblem] = []

    /// The plan as lines for a person: additions, changes, the count unchanged.
    public func lines(_ language: Language) -> [String] {
        var out: [String] = []
        for item in additions {
            out.append(PartnerStoreText.importAdd.format(language, ["name": item.name]))
            if !item.hasKinds { out.append(PartnerStoreText.importNoKinds(language)) }
        }
        for item in changes {
            out.append(PartnerStoreText.importChange.format(language, [
                "name": item.name, "fields": item.fields.joined(separator: ", ")]))
        }
        if additions.isEmpty && changes.isEmpty { out.append(PartnerStoreText.importNothing(language)) }
        out.append(PartnerStoreText.importUnchanged.format(language, ["n": "\(unchanged)"]))
        return out
    }
}

extension CaseDesk {
    /// What importing `entries` would add and change (admins), writing nothing.
    public func planPartnerImport(_ entries: [HSDSEntry], by actor: UserAccount) throws -> PartnerImportPlan {
        try read { db in
            try self.permit(.managePartners, db, actor: actor, case: nil)
            return try Self.importActions(db, entries).plan
        }
    }

    /// Imports `entries` (admins) in one transaction: each partner added or changed gets one
    /// audit row with the fields changed. A partner is matched by its HSDS organization id,
    /// then by its name (accents and case ignored) when only one has it. Only the fields the
    /// file carries change (`PartnerField.carriedByHSDS`), and a field the file leaves empty
    /// keeps what the desk has. When any value is refused, nothing is written and the plan
    /// lists the problems.
    public func importPartners(_ entries: [HSDSEntry], by actor: UserAccount) throws -> PartnerImportPlan {
        try write { db in
            try self.permit(.managePartners, db, actor: actor, case: nil)
            let (plan, actions) = try Self.importActions(db, entries)
            guard plan.problems.isEmpty else { return plan }
            let now = self.clock.nowSeconds()
            for action in actions {
                switch action {
                case .add(let draft, let entry):
                    let id = try Self.insertPartner(db, draft, externalId: entry.externalId, active: entry.active, now: now)
                    let added = try PartnerRows.load(db, id)!
                    try Audit.append(db, actor: actor.id, at: now, entity: "partner", entityID: id, action: "imported",
                                     reason: "hsds", changedFields: Self.partnerChanges(Partner(id: "", name: "", kindsServed: []), added))
                case .change(let old, let draft, let entry, let changed):
                    let id = Int64(old.id)!
                    try Self.updatePartner(db, id, draft, active: entry.active, externalId: entry.externalId, now: now)
                    try Audit.append(db, actor: actor.id, at: now, entity: "partner", entityID: id,
                                     action: "updatedByImport", reason: "hsds", changedFields: changed)
                }
            }
            return plan
        }
    }

    private enum ImportAction {
        case add(PartnerDraft, HSDSEntry)
        case change(Partner, PartnerDraft, HSDSEntry, [String: [String]])
    }

    private static func importActions(_ db: Database, _ entries: [HSDSEntry]) throws
        -> (plan: PartnerImportPlan, actions: [ImportAction]) {
        let existing = try PartnerRow.decodeAll(db, sql: "SELECT \(PartnerRows.columns) FROM partners").map { try $0.partner() }
        var byExternal: [String: Partner] = [:]
        var byName: [String: [Partner]] = [:]
        for partner in existing {
            if let id = partner.externalId { byExternal[id] = partner }
            byName[NameFolding.searchForm(partner.name), default: []].append(partner)
        }
        var plan = PartnerImportPlan()
        var actions: [ImportAction] = []
        var matched = Set<String>()
        for entry in entries {
            let valid: PartnerDraft
            do {
                valid = try validatedPartner(entry.draft)
            } catch StoreError.validation(let failure) {
                plan.problems += failure.problems.map { problem in
                    HSDSProblem(entry.places[problem.field] ?? entry.place,
                                .from { "\(problem.label($0)) «\(Self.value(entry.draft, problem.field))»: \(problem.message($0))" })
                }
                continue
            }
            let sameName = byName[NameFolding.searchForm(valid.name)] ?? []
            guard let old = byExternal[entry.externalId] ?? (sameName.count == 1 ? sameName[0] : nil),
                  matched.insert(old.id).inserted else {
                plan.additions.append(.init(name: valid.name, partnerId: nil, fields: [], hasKinds: !valid.kindsServed.isEmpty))
                actions.append(.add(valid, entry))
                continue
            }
            let merged = Self.merged(old, valid)
            let new = Partner(id: old.id, name: merged.name, kindsServed: merged.kindsServed, city: merged.city,
                              state: merged.state, email: merged.email, address: merged.address,
                              isConsulate: merged.isConsulate, active: entry.active, serviceAreas: merged.serviceAreas,
                              postalCode: merged.postalCode, phones: merged.phones, hours: merged.hours,
                              languages: merged.languages, cost: merged.cost, areasServed: merged.areasServed,
                              notes: merged.notes, responseDays: merged.responseDays, externalId: entry.externalId)
            let changed = partnerChanges(old, new, only: PartnerField.carriedByHSDS)
            if changed.isEmpty && old.externalId == entry.externalId {
                plan.unchanged += 1
            } else {
                let fields = changed.keys.sorted() + (old.externalId == entry.externalId ? [] : ["externalId"])
                plan.changes.append(.init(name: merged.name, partnerId: Int64(old.id), fields: fields,
                                          hasKinds: !merged.kindsServed.isEmpty))
                actions.append(.change(old, merged, entry, changed))
            }
        }
        return (plan, actions)
    }

    /// The partner's draft with the fields the file carries and fills taken from `file`.
    private static func merged(_ old: Partner, _ file: PartnerDraft) -> PartnerDraft {
        var d = PartnerDraft(old)
        d.name = file.name
        if !file.kindsServed.isEmpty { d.kindsServed = file.kindsServed }
        if file.address != nil { d.address = file.address }
        if file.city != nil { d.city = file.city }
        if file.state != nil { d.state = file.state }
        if file.postalCode != nil { d.postalCode = file.postalCode }
        if !file.phones.isEmpty { d.phones = file.phones }
        if file.email != nil { d.email = file.email }
        if file.hours != nil { d.hours = file.hours }
        if !file.languages.isEmpty { d.languages = file.languages }
        if file.cost != nil { d.cost = file.cost }
        if !file.areasServed.isEmpty { d.areasServed = file.areasServed }
        return d
    }

    /// The value of a draft's field as read from the file, to quote in a problem.
    private static func value(_ d: PartnerDraft, _ field: String) -> String {
        if field.hasPrefix("phones["), let i = Int(field.dropFirst(7).dropLast()), d.phones.indices.contains(i) {
            return d.phones[i]
        }
        switch PartnerField(rawValue: field) {
        case .name: return d.name
        case .email: return d.email ?? ""
        case .state: return d.state ?? ""
        case .postalCode: return d.postalCode ?? ""
        case .address: return d.address ?? ""
        case .city: return d.city ?? ""
        case .hours: return d.hours ?? ""
        default: return ""
        }
    }
}
