/// Reads an Open Referral HSDS 3.x directory (its CSV tables, as bytes) into partner drafts,
/// one per organization, each field with the place in the files it came from. Pure: the
/// caller reads the files; the store validates the values (phones, email, state) and reports
/// a bad one at the place recorded here.
///
/// What comes from where: the organization's `name` and `email`; the kinds it takes from its
/// services' names (`HSDSKinds`); active when one of its services is `active`; the address of
/// its first location (a physical address first); its phones, those of its services, locations
/// and services at a location; its hours from the schedules' `description` (or `byday`,
/// `opens_at`-`closes_at`); the cost from a service's `fees_description`; the languages from
/// `language.csv` and the states or counties served from `service_area.csv` when present.
public enum HSDSReader {
    public static func read(_ files: [HSDSTable: [UInt8]]) -> Result<[HSDSEntry], HSDSFailure> {
        var problems: [HSDSProblem] = []
        var tables: [HSDSTable: [HSDSRow]] = [:]
        for table in HSDSTable.allCases {
            guard let bytes = files[table] else {
                if table.isRequired { problems.append(HSDSProblem(file: table.fileName, line: nil, column: nil,
                                                                  message: PartnerText.hsdsMissingFile.text)) }
                continue
            }
            switch rows(table, bytes) {
            case .success(let read): tables[table] = read
            case .failure(let failure): problems += failure.problems
            }
        }
        guard problems.isEmpty else { return .failure(HSDSFailure(problems: problems)) }
        var reader = Linker(tables: tables)
        let entries = reader.entries()
        return reader.problems.isEmpty ? .success(entries) : .failure(HSDSFailure(problems: reader.problems))
    }

    /// A table's records by column name, after checking the header and each record's length.
    static func rows(_ table: HSDSTable, _ bytes: [UInt8]) -> Result<[HSDSRow], HSDSFailure> {
        let file = table.fileName
        let records: [CSVRecord]
        switch CSVReader.read(bytes) {
        case .success(let read): records = read
        case .failure(let failure):
            return .failure(HSDSFailure(problems: failure.problems.map {
                HSDSProblem(file: file, line: $0.line, column: $0.column, message: $0.message)
            }))
        }
        guard let header = records.first else {
            return .failure(HSDSFailure(problems: [HSDSProblem(file: file, line: 1, column: nil,
                                                               message: PartnerText.hsdsNoHeader.text)]))
        }
        let names = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = table.requiredColumns.filter { !names.contains($0) }.map {
            HSDSProblem(file: file, line: header.line, column: nil,
                        message: PartnerText.hsdsMissingColumn.text.filling(["column": .plain($0)]))
        }
        // With a column missing, every record is read wrongly: the header is the one problem.
        guard missing.isEmpty else { return .failure(HSDSFailure(problems: missing)) }
        var problems: [HSDSProblem] = []
        var rows: [HSDSRow] = []
        for record in records.dropFirst() {
            if record.fields.count != names.count {
                problems.append(HSDSProblem(file: file, line: record.line, column: nil,
                                            message: PartnerText.hsdsFieldCount.text.filling([
                                                "found": .plain("\(record.fields.count)"),
                                                "expected": .plain("\(names.count)")])))
                continue
            }
            var cells: [String: CSVField] = [:]
            for (name, field) in zip(names, record.fields) where cells[name] == nil { cells[name] = field }
            rows.append(HSDSRow(file: file, line: record.line, cells: cells))
        }
        return problems.isEmpty ? .success(rows) : .failure(HSDSFailure(problems: problems))
    }
}

/// One record of a table, its cells by column name.
struct HSDSRow {
    let file: String
    let line: Int
    let cells: [String: CSVField]

    /// The trimmed value of `column`, nil when absent or empty.
    subscript(_ column: String) -> String? {
        let text = cells[column]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? nil : text
    }

    func place(_ column: String) -> HSDSPlace {
        HSDSPlace(file: file, line: cells[column]?.line ?? line, column: cells[column]?.column)
    }
}

/// Joins the tables into entries, collecting the problems of values and references.
private struct Linker {
    let tables: [HSDSTable: [HSDSRow]]
    var problems: [HSDSProblem] = []

    init(tables: [HSDSTable: [HSDSRow]]) { self.tables = tables }

    func rows(_ table: HSDSTable) -> [HSDSRow] { tables[table] ?? [] }

    mutating func problem(_ row: HSDSRow, _ column: String, _ message: LocalizedText) {
        let place = row.place(column)
        problems.append(HSDSProblem(file: place.file, line: place.line, column: place.column,
                                    message: message.filling(["column": .plain(column)])))
    }

    /// Rows of `table` with a non-empty, unique `id`; a missing or repeated id is a problem.
    mutating func identified(_ table: HSDSTable) -> [(id: String, row: HSDSRow)] {
        var seen = Set<String>()
        var result: [(id: String, row: HSDSRow)] = []
        for row in rows(table) {
            guard let id = row["id"] else { problem(row, "id", PartnerText.hsdsValueRequired.text); continue }
            guard seen.insert(id).inserted else { problem(row, "id", PartnerText.hsdsDuplicateId.text); continue }
            result.append((id, row))
        }
        return result
    }

    /// `row[column]` must name a row of `known`; nil when empty.
    mutating func reference(_ row: HSDSRow, _ column: String, in known: Set<String>, required: Bool = false) -> String? {
        guard let id = row[column] else {
            if required { problem(row, column, PartnerText.hsdsValueRequired.text) }
            return nil
        }
        guard known.contains(id) else { problem(row, column, PartnerText.hsdsUnknownReference.text); return nil }
        return id
    }

    mutating func entries() -> [HSDSEntry] {
        let organizations = identified(.organization)
        let orgIds = Set(organizations.map(\.id))
        var servicesOf: [String: [HSDSRow]] = [:]
        var orgOfService: [String: String] = [:]
        for (id, row) in identified(.service) {
            guard let org = reference(row, "organization_id", in: orgIds, required: true) else { continue }
            if let status = row["status"], HSDSServiceStatus(rawValue: status.lowercased()) == nil {
                problem(row, "status", PartnerText.hsdsBadStatus.text)
            } else if row["status"] == nil {
                problem(row, "status", PartnerText.hsdsValueRequired.text)
            }
            servicesOf[org, default: []].append(row)
            orgOfService[id] = org
        }
        let locations = identified(.location)
        let locationIds = Set(locations.map(\.id))
        var locationsOf: [String: [String]] = [:]
        for (id, row) in locations {
            if let org = reference(row, "organization_id", in: orgIds) { locationsOf[org, default: []].append(id) }
        }
        var orgOfSAL: [String: String] = [:]
        for (id, row) in identified(.serviceAtLocation) {
            let service = reference(row, "service_id", in: Set(orgOfService.keys), required: true)
            let location = reference(row, "location_id", in: locationIds, required: true)
            if let service, let location, let org = orgOfService[service] {
                orgOfSAL[id] = org
                if !(locationsOf[org]?.contains(location) ?? false) { locationsOf[org, default: []].append(location) }
            }
        }
        var addressesOf: [String: [HSDSRow]] = [:]
        for (_, row) in identified(.address) {
            if let location = reference(row, "location_id", in: locationIds, required: true) {
                addressesOf[location, default: []].append(row)
            }
        }
        let orgOfLocation = Dictionary(locationsOf.flatMap { org, ids in ids.map { ($0, org) } },
                                       uniquingKeysWith: { first, _ in first })
        /// The organization a phone, schedule or language row belongs to, by any of its links.
        func owner(_ row: HSDSRow) -> String? {
            if let id = row["organization_id"], orgIds.contains(id) { return id }
            if let id = row["service_id"], let org = orgOfService[id] { return org }
            if let id = row["location_id"], let org = orgOfLocation[id] { return org }
            if let id = row["service_at_location_id"], let org = orgOfSAL[id] { return org }
            return nil
        }
        var phonesOf: [String: [HSDSRow]] = [:]
        for (_, row) in identified(.phone) {
            guard row["number"] != nil else { problem(row, "number", PartnerText.hsdsValueRequired.text); continue }
            guard let org = owner(row) else { problem(row, "id", PartnerText.hsdsUnlinked.text); continue }
            phonesOf[org, default: []].append(row)
        }
        var hoursOf: [String: [String]] = [:]
        for (_, row) in identified(.schedule) {
            guard let org = owner(row) else { continue }
            if let text = Self.hours(row), !(hoursOf[org]?.contains(text) ?? false) { hoursOf[org, default: []].append(text) }
        }
        var languagesOf: [String: [String]] = [:]
        for (_, row) in identified(.language) {
            guard let org = owner(row) else { continue }
            let language = PartnerLanguage.normalized(row["code"].map(PartnerLanguage.normalized).flatMap {
                PartnerLanguage.codes.contains($0) ? $0 : nil } ?? row["name"] ?? "")
            if !language.isEmpty, !(languagesOf[org]?.contains(language) ?? false) {
                languagesOf[org, default: []].append(language)
            }
        }
        var areasOf: [String: [String]] = [:]
        for (_, row) in identified(.serviceArea) {
            guard let service = row["service_id"], let org = orgOfService[service], let name = row["name"] else { continue }
            if !(areasOf[org]?.contains(name) ?? false) { areasOf[org, default: []].append(name) }
        }

        return organizations.compactMap { id, row in
            guard let name = row["name"] else { problem(row, "name", PartnerText.hsdsValueRequired.text); return nil }
            let services = servicesOf[id] ?? []
            var draft = PartnerDraft(name: name)
            var places: [String: HSDSPlace] = ["name": row.place("name")]
            draft.kindsServed = Set(services.compactMap { $0["name"].flatMap(HSDSKinds.kind(named:)) })
            draft.email = row["email"] ?? services.lazy.compactMap { $0["email"] }.first
            if row["email"] != nil { places["email"] = row.place("email") }
            else if let service = services.first(where: { $0["email"] != nil }) { places["email"] = service.place("email") }
            if let fees = services.lazy.compactMap({ $0["fees_description"] }).first {
                draft.cost = HSDSKinds.cost(described: fees)
            }
            let addresses = (locationsOf[id] ?? []).flatMap { addressesOf[$0] ?? [] }
            if let address = addresses.first(where: { ($0["address_type"] ?? "physical").lowercased() == "physical" })
                ?? addresses.first {
                draft.address = [address["address_1"], address["address_2"]].compactMap { $0 }.joined(separator: ", ")
                draft.city = address["city"]
                draft.state = address["state_province"]
                draft.postalCode = address["postal_code"]
                places["address"] = address.place("address_1")
                places["city"] = address.place("city")
                places["state"] = address.place("state_province")
                places["postalCode"] = address.place("postal_code")
            }
            for phone in phonesOf[id] ?? [] {
                guard let number = phone["number"], !draft.phones.contains(number) else { continue }
                places["phones[\(draft.phones.count)]"] = phone.place("number")
                draft.phones.append(number)
            }
            draft.hours = hoursOf[id].map { $0.joined(separator: "; ") }
            draft.languages = languagesOf[id] ?? []
            draft.areasServed = areasOf[id] ?? []
            let active = services.isEmpty || services.contains { $0["status"]?.lowercased() == HSDSServiceStatus.active.rawValue }
            return HSDSEntry(externalId: id, draft: draft, active: active, places: places,
                             place: HSDSPlace(file: row.file, line: row.line, column: nil))
        }
    }

    /// A schedule as one line: its description, or "MO,TU 09:00-17:00".
    static func hours(_ row: HSDSRow) -> String? {
        if let description = row["description"] { return description }
        let times = [row["opens_at"], row["closes_at"]].compactMap { $0 }.joined(separator: "-")
        let text = [row["byday"], times.isEmpty ? nil : times].compactMap { $0 }.joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}

/// The referral kind a service's name names, and the cost its fees text describes. Matching is
/// on words with accents and case folded, in Spanish and English.
public enum HSDSKinds {
    static let words: [(ReferralKind, [String])] = [
        (.telemedicine, ["telemedic", "telehealth", "telesalud", "telemedicina"]),
        (.legalAid, ["legal", "lawyer", "attorney", "abogad", "juridic"]),
        (.funeralAssistance, ["funeral", "funer", "repatriat"]),
        (.consularOrientation, ["consul"]),
    ]

    public static func kind(named name: String) -> ReferralKind? {
        let folded = " " + NameFolding.searchForm(name)
        return words.first { _, stems in stems.contains { folded.contains(" " + $0) } }?.0
    }

    public static func cost(described text: String) -> PartnerCost {
        let folded = " " + NameFolding.searchForm(text)
        if [" sliding", " escala"].contains(where: folded.contains) { return .slidingScale }
        if [" free", " gratis", " gratuit", " no cost", " sin costo"].contains(where: folded.contains) { return .free }
        return .fee
    }

    /// The English words an export writes, read back by `cost(described:)`.
    public static func text(_ cost: PartnerCost) -> String {
        switch cost {
        case .free: return "Free"
        case .slidingScale: return "Sliding scale"
        case .fee: return "Fee"
        }
    }
}

/// One organization of the file, as a partner draft.
public struct HSDSEntry: Sendable, Equatable {
    /// The organization's `id`.
    public let externalId: String
    public var draft: PartnerDraft
    public var active: Bool
    /// Where each field came from: "name", "email", "address", "city", "state", "postalCode",
    /// "phones[0]"...
    public let places: [String: HSDSPlace]
    /// The organization's row.
    public let place: HSDSPlace
}

/// A place in a directory's files.
public struct HSDSPlace: Sendable, Equatable {
    public let file: String
    public let line: Int
    /// The field's position in its record; nil for a problem of the whole line.
    public let column: Int?

    public init(file: String, line: Int, column: Int?) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// What is wrong, and where.
public struct HSDSProblem: Sendable, Equatable {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: LocalizedText

    public init(file: String, line: Int?, column: Int?, message: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ place: HSDSPlace, _ message: LocalizedText) {
        self.init(file: place.file, line: place.line, column: place.column, message: message)
    }

    /// "phone.csv, línea 3, columna 7: …".
    public func text(_ language: Language) -> String {
        var at = file
        if let line { at += PartnerText.hsdsAtLine.format(language, ["line": "\(line)"]) }
        if let column { at += PartnerText.hsdsAtColumn.format(language, ["column": "\(column)"]) }
        return at + ": " + message(language)
    }
}

public struct HSDSFailure: Error, Sendable, Equatable {
    public let problems: [HSDSProblem]

    public init(problems: [HSDSProblem]) { self.problems = problems }
}
