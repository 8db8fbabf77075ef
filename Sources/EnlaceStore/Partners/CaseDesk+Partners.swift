import EnlaceCore
import Foundation
import GRDB

/// A row of the partner directory, as stored. `kinds` is a JSON list of referral kinds; a
/// kind this build does not know is `corruptValue`, not a kind quietly dropped.
struct PartnerRow: StoredRecord {
    static let storedTable = "partners"

    var id: Int64
    var name: String
    var kinds: String
    var city: String?
    var usState: String?
    var phone: String?
    var email: String?
    var address: String?
    var isConsulate: Bool
    var active: Bool

    enum CodingKeys: String, CodingKey {
        case id, name, kinds, city, phone, email, address, active
        case usState = "us_state", isConsulate = "is_consulate"
    }

    func partner() throws -> Partner {
        guard let raw = try? JSONDecoder().decode([String].self, from: Data(kinds.utf8)) else {
            throw StoreError.corruptValue(table: Self.storedTable, column: CodingKeys.kinds.rawValue, value: kinds)
        }
        let served = try raw.map { value in
            guard let kind = ReferralKind(rawValue: value) else {
                throw StoreError.corruptValue(table: Self.storedTable, column: CodingKeys.kinds.rawValue, value: value)
            }
            return kind
        }
        return Partner(id: String(id), name: name, kindsServed: Set(served), city: city, state: usState,
                       phone: phone, email: email, address: address, isConsulate: isConsulate, active: active)
    }
}

enum PartnerRows {
    static let columns = "id, name, kinds, city, us_state, phone, email, address, is_consulate, active"

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
    /// ignored), those in `nearState` (USPS code) first, then by name. Consulates are marked
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
            var matches: [(near: Bool, folded: String, partner: Partner)] = []
            for row in rows {
                let partner = try row.partner()
                if !words.isEmpty {
                    let folded = " " + NameFolding.searchForm(partner.name + " " + (partner.city ?? ""))
                    guard words.allSatisfy({ folded.contains(" " + $0) }) else { continue }
                }
                matches.append((state != nil && partner.state == state,
                                NameFolding.searchForm(partner.name), partner))
            }
            // Names in alphabetical order with accents folded (Á sorts with A).
            matches.sort { a, b in
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
