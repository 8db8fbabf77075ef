import EnlaceCore
import Foundation
import GRDB

enum PartnerRows {
    static let columns = "id, name, kinds, city, us_state, phone, email, address, is_consulate, active"

    static func partner(_ row: Row) -> Partner {
        let kindsJSON: String = row["kinds"]
        let raw = (try? JSONDecoder().decode([String].self, from: Data(kindsJSON.utf8))) ?? []
        return Partner(id: String(row["id"] as Int64), name: row["name"],
                       kindsServed: Set(raw.compactMap(ReferralKind.init(rawValue:))),
                       city: row["city"], state: row["us_state"], phone: row["phone"],
                       email: row["email"], address: row["address"],
                       isConsulate: row["is_consulate"] as Bool, active: row["active"] as Bool)
    }

    static func load(_ db: Database, _ id: Int64) throws -> Partner? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM partners WHERE id = ?", arguments: [id])
            .map(partner)
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
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(PartnerRows.columns) FROM partners
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY id
                LIMIT 10000
                """, arguments: arguments)
            var matches: [(near: Bool, folded: String, partner: Partner)] = []
            for row in rows {
                let partner = PartnerRows.partner(row)
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
