import EnlaceCore
import Foundation
import GRDB

/// A row of the partner directory, as stored. `kinds`, `service_areas`, `phones`, `languages`
/// and `areas_served` are JSON lists; a kind, area or cost this build does not know is
/// `corruptValue`, not a value quietly dropped.
struct PartnerRow: StoredRecord {
    static let storedTable = "partners"

    var id: Int64
    var name: String
    var kinds: String
    var serviceAreas: String
    var city: String?
    var usState: String?
    var postalCode: String?
    var phones: String
    /// The main phone, the one column older writers set: read when `phones` is empty.
    var phone: String?
    var email: String?
    var address: String?
    var hours: String?
    var languages: String
    var cost: String?
    var areasServed: String
    var notes: String?
    var responseDays: Int?
    var isConsulate: Bool
    var active: Bool
    var externalId: String?
    var version: Int

    enum CodingKeys: String, CodingKey {
        case id, name, kinds, city, phones, phone, email, address, hours, languages, cost, notes, active, version
        case usState = "us_state", isConsulate = "is_consulate", serviceAreas = "service_areas"
        case postalCode = "postal_code", areasServed = "areas_served", responseDays = "response_days"
        case externalId = "external_id"
    }

    func partner() throws -> Partner {
        func list(_ json: String, _ column: CodingKeys) throws -> [String] {
            guard let raw = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else {
                throw StoreError.corruptValue(table: Self.storedTable, column: column.rawValue, value: json)
            }
            return raw
        }
        func values<T: RawRepresentable>(_ json: String, _ column: CodingKeys, as: T.Type) throws -> Set<T>
        where T.RawValue == String {
            Set(try list(json, column).map { value in
                guard let known = T(rawValue: value) else {
                    throw StoreError.corruptValue(table: Self.storedTable, column: column.rawValue, value: value)
                }
                return known
            })
        }
        let storedCost = try cost.map { value in
            guard let known = PartnerCost(rawValue: value) else {
                throw StoreError.corruptValue(table: Self.storedTable, column: CodingKeys.cost.rawValue, value: value)
            }
            return known
        }
        return Partner(id: String(id), name: name, kindsServed: try values(kinds, .kinds, as: ReferralKind.self),
                       city: city, state: usState, email: email, address: address, isConsulate: isConsulate,
                       active: active, serviceAreas: try values(serviceAreas, .serviceAreas, as: ServiceArea.self),
                       postalCode: postalCode, phones: try list(phones, .phones).nilIfEmpty ?? (phone.map { [$0] } ?? []), hours: hours,
                       languages: try list(languages, .languages), cost: storedCost,
                       areasServed: try list(areasServed, .areasServed), notes: notes, responseDays: responseDays,
                       externalId: externalId, version: version)
    }
}

private extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}

enum PartnerRows {
    static let columns = """
        id, name, kinds, service_areas, city, us_state, postal_code, phones, phone, email, address, hours, \
        languages, cost, areas_served, notes, response_days, is_consulate, active, external_id, version
        """

    static func load(_ db: Database, _ id: Int64) throws -> Partner? {
        try PartnerRow.decodeOne(db, sql: "SELECT \(columns) FROM partners WHERE id = ?", arguments: [id])?
            .partner()
    }
}

extension CaseDesk {
    /// The largest list `partners` returns.
    public static let maximumPartners = 500

    /// Active partners of the directory, for choosing where to refer: those serving `kind`
    /// (when given), whose name contains every word of `nameFilter` (accents and case
    /// ignored): the consulates the organization says serve its area first (its settings), then
    /// those in `nearState` (USPS code), then by name. Consulates are marked
    /// `isConsulate`. The directory is organizations' public contact data, so any signed-in
    /// screen may read it. It is small (hundreds of rows): the name filter runs in Swift over
    /// the rows of the kind, capped at 10,000.
    public func partners(kind: ReferralKind? = nil, nearState: String? = nil,
                         nameFilter: String = "", limit: Int = 50) throws -> [Partner] {
        let limit = max(1, min(limit, Self.maximumPartners))
        let state = nearState?.trimmingCharacters(in: .whitespaces).uppercased()
        let words = NameFolding.searchForm(String(nameFilter.prefix(100))).split(separator: " ")
        return try read { db in
            var conditions = ["active = 1"]
            var arguments = StatementArguments()
            if let kind {
                conditions.append("EXISTS (SELECT 1 FROM json_each(partners.kinds) WHERE value = ?)")
                arguments += [kind.rawValue]
            }
            let rows = try PartnerRow.decodeAll(db, sql: """
                SELECT \(PartnerRows.columns) FROM partners
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY id
                LIMIT 10000
                """, arguments: arguments)
            // The consulates the organization says serve its area come first (settings).
            let ours = Set(try String.fetchAll(db, sql: "SELECT CAST(partner_id AS TEXT) FROM organization_consulates"))
            var matches: [(ours: Bool, near: Bool, folded: String, partner: Partner)] = []
            for row in rows {
                let partner = try row.partner()
                if !words.isEmpty {
                    let folded = " " + NameFolding.searchForm(partner.name + " " + (partner.city ?? ""))
                    guard words.allSatisfy({ folded.contains(" " + $0) }) else { continue }
                }
                matches.append((ours.contains(partner.id), state != nil && partner.state == state,
                                NameFolding.searchForm(partner.name), partner))
            }
            // Names in alphabetical order with accents folded (Á sorts with A).
            matches.sort { a, b in
                if a.ours != b.ours { return a.ours }
                if a.near != b.near { return a.near }
                if a.folded != b.folded { return a.folded < b.folded }
                return (Int64(a.partner.id) ?? 0) < (Int64(b.partner.id) ?? 0)
            }
            return matches.prefix(limit).map(\.partner)
        }
    }

    /// One partner of the directory (active or not).
    public func partner(id: Int64) throws -> Partner {
        try read { db in
            guard let partner = try PartnerRows.load(db, id) else {
                throw StoreError.invalid(field: "partnerId", StoreText.partnerNotFound.text)
            }
            return partner
        }
    }
}
