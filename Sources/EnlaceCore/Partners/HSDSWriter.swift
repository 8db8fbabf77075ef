/// Writes the partner directory as Open Referral HSDS 3.x CSV tables: per partner one
/// organization (its `externalId`), one physical location with its address, one service per
/// kind it takes (named with the kind's English label, `active` or `inactive`, the cost in
/// `fees_description`), each at the location, its phones, its hours as a schedule
/// `description`, its languages and the states or counties it serves. Notes for caseworkers,
/// the response time and the broad service areas are the desk's own and stay out of the file.
/// Pure: the caller writes the files.
public enum HSDSWriter {
    /// Each table's CSV text (RFC 4180, CRLF), header first. Partners without `externalId` are
    /// given one derived from their id.
    public static func tables(_ partners: [Partner]) -> [HSDSTable: String] {
        var rows: [HSDSTable: [[String: String]]] = [:]
        for partner in partners {
            let org = partner.externalId ?? HSDSIdentifier.derived("enlace-partner", partner.id)
            let location = HSDSIdentifier.derived(org, "location")
            let kinds = ReferralKind.allCases.filter(partner.kindsServed.contains)
            rows[.organization, default: []].append([
                "id": org, "name": partner.name, "email": partner.email ?? "",
                "description": kinds.map { $0.label(.en) }.joined(separator: "; "),
            ])
            rows[.location, default: []].append([
                "id": location, "location_type": "physical", "organization_id": org, "name": partner.name,
            ])
            if partner.address != nil || partner.city != nil || partner.state != nil || partner.postalCode != nil {
                rows[.address, default: []].append([
                    "id": HSDSIdentifier.derived(org, "address"), "location_id": location,
                    "address_1": partner.address ?? "", "city": partner.city ?? "",
                    "state_province": partner.state ?? "", "postal_code": partner.postalCode ?? "",
                    "country": "US", "address_type": "physical",
                ])
            }
            // A partner taking no kind still has one service, so its status travels.
            let services: [(id: String, name: String)] = kinds.isEmpty
                ? [(HSDSIdentifier.derived(org, "service"), partner.name)]
                : kinds.map { (HSDSIdentifier.derived(org, "service/" + $0.rawValue), $0.label(.en)) }
            for service in services {
                rows[.service, default: []].append([
                    "id": service.id, "organization_id": org, "name": service.name, "email": partner.email ?? "",
                    "status": partner.active ? HSDSServiceStatus.active.rawValue : HSDSServiceStatus.inactive.rawValue,
                    "fees_description": partner.cost.map(HSDSKinds.text) ?? "",
                ])
                rows[.serviceAtLocation, default: []].append([
                    "id": HSDSIdentifier.derived(service.id, "at/" + location),
                    "service_id": service.id, "location_id": location,
                ])
            }
            for (i, phone) in partner.phones.enumerated() {
                rows[.phone, default: []].append([
                    "id": HSDSIdentifier.derived(org, "phone/\(i)"), "organization_id": org,
                    "number": phone, "type": "voice",
                ])
            }
            if let hours = partner.hours {
                rows[.schedule, default: []].append([
                    "id": HSDSIdentifier.derived(org, "schedule"), "location_id": location, "description": hours,
                ])
            }
            for language in partner.languages {
                let code = PartnerLanguage.codes.contains(language) ? language : ""
                rows[.language, default: []].append([
                    "id": HSDSIdentifier.derived(org, "language/" + language), "location_id": location,
                    "name": code.isEmpty ? language : PartnerLanguage.label(language)(.en), "code": code,
                ])
            }
            for area in partner.areasServed {
                rows[.serviceArea, default: []].append([
                    "id": HSDSIdentifier.derived(org, "area/" + area), "service_id": services[0].id, "name": area,
                ])
            }
        }
        var out: [HSDSTable: String] = [:]
        for table in HSDSTable.allCases {
            let columns = table.exportColumns
            out[table] = CSVReportWriter.line(columns)
                + (rows[table] ?? []).map { row in CSVReportWriter.line(columns.map { row[$0] ?? "" }) }.joined()
        }
        return out
    }
}
