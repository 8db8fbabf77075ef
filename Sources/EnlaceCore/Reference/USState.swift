/// A US state, the District of Columbia or a territory, for addresses: USPS two-letter code
/// and English name.
public struct USState: Sendable, Hashable, Codable, Identifiable {
    public let code: String
    public let name: String

    public var id: String { code }

    /// Every state, DC and the inhabited territories, ordered by name.
    public static let all: [USState] = [
        ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
        ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
        ("DC", "District of Columbia"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"),
        ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
        ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
        ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"),
        ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
        ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
        ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
        ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
        ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"),
        ("VT", "Vermont"), ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"),
        ("WI", "Wisconsin"), ("WY", "Wyoming"),
        ("AS", "American Samoa"), ("GU", "Guam"), ("MP", "Northern Mariana Islands"),
        ("PR", "Puerto Rico"), ("VI", "U.S. Virgin Islands"),
    ].map { USState(code: $0.0, name: $0.1) }.sorted { $0.name < $1.name }

    /// The state with this USPS code, case-insensitive ("il", "IL").
    public static func byCode(_ code: String) -> USState? {
        byCodeTable[code.trimmingCharacters(in: .whitespaces).uppercased()]
    }

    /// The state with this code or name, typed loosely ("illinois", "Il", "new  york").
    public static func lookup(_ text: String) -> USState? {
        if let s = byCode(text) { return s }
        guard text.utf8.count <= 200 else { return nil }
        let key = NameFolding.searchForm(text)
        return byNameTable[key]
    }

    private static let byCodeTable: [String: USState] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    private static let byNameTable: [String: USState] = {
        var table = Dictionary(uniqueKeysWithValues: all.map { (NameFolding.searchForm($0.name), $0) })
        table["washington dc"] = byCodeTable["DC"]
        table["virgin islands"] = byCodeTable["VI"]
        return table
    }()

    private init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
