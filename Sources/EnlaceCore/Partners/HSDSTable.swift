/// The CSV tables of an Open Referral HSDS 3.x directory this desk reads and writes, with the
/// columns it needs (import) and those it writes (export). Field names are HSDS 3.0's.
public enum HSDSTable: String, CaseIterable, Sendable {
    case organization, service, location, serviceAtLocation = "service_at_location", address, phone, schedule
    /// Optional on import; written on export.
    case language, serviceArea = "service_area"

    public var fileName: String { rawValue + ".csv" }

    /// A directory without this file is refused.
    public var isRequired: Bool { self != .language && self != .serviceArea }

    /// Columns an import cannot do without.
    public var requiredColumns: [String] {
        switch self {
        case .organization: return ["id", "name"]
        case .service: return ["id", "organization_id", "name", "status"]
        case .location: return ["id"]
        case .serviceAtLocation: return ["id", "service_id", "location_id"]
        case .address: return ["id", "location_id", "address_1", "city", "state_province", "postal_code"]
        case .phone: return ["id", "number"]
        case .schedule: return ["id"]
        case .language: return ["id", "name"]
        case .serviceArea: return ["id", "service_id", "name"]
        }
    }

    /// Columns an export writes, in order.
    public var exportColumns: [String] {
        switch self {
        case .organization: return ["id", "name", "alternate_name", "description", "email", "website"]
        case .service: return ["id", "organization_id", "program_id", "name", "alternate_name", "description",
                               "url", "email", "status", "fees_description"]
        case .location: return ["id", "location_type", "url", "organization_id", "name", "alternate_name",
                                "description", "transportation", "latitude", "longitude"]
        case .serviceAtLocation: return ["id", "service_id", "location_id", "description"]
        case .address: return ["id", "location_id", "attention", "address_1", "address_2", "city", "region",
                               "state_province", "postal_code", "country", "address_type"]
        case .phone: return ["id", "location_id", "service_id", "organization_id", "contact_id",
                             "service_at_location_id", "number", "extension", "type", "description"]
        case .schedule: return ["id", "service_id", "location_id", "service_at_location_id", "valid_from",
                                "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq", "interval",
                                "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at",
                                "closes_at", "schedule_link", "attending_type", "notes"]
        case .language: return ["id", "service_id", "location_id", "phone_id", "name", "code", "note"]
        case .serviceArea: return ["id", "service_id", "service_at_location_id", "name", "description",
                                   "extent", "extent_type", "uri"]
        }
    }
}

/// HSDS 3.0 `service.status` values.
public enum HSDSServiceStatus: String, CaseIterable, Sendable {
    case active, inactive, defunct, temporarilyClosed = "temporarily closed"
}

/// Identifiers of the rows an export writes for a partner: derived from its organization id,
/// so exporting the same directory twice writes the same files.
public enum HSDSIdentifier {
    /// A UUID-shaped identifier (version 8, RFC 9562 "custom") from two FNV-1a hashes of
    /// `seed` and `part`.
    public static func derived(_ seed: String, _ part: String) -> String {
        let bytes = Array((seed + "/" + part).utf8)
        func fnv(_ basis: UInt64) -> UInt64 {
            var hash = basis
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
            return hash
        }
        var high = fnv(0xcbf29ce484222325)
        var low = fnv(0x84222325cbf29ce4)
        high = (high & ~0xF000) | 0x8000  // version 8
        low = (low & ~(0xC000 << 48)) | (0x8000 << 48)  // variant 10
        let hex = String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
        let c = Array(hex)
        return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(separator: "-")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
