import EnlaceCore
import Foundation
import GRDB

/// The organization running the desk: its name (title bar, slips), how a person reaches it
/// (phone, address, email: printed on the referral slip under "tell us") and its settings
/// (time zone, default language, idle lock minutes, the consulates that serve its area).
public struct OrganizationProfile: Sendable, Equatable {
    /// Empty until an admin (or the demo data) sets it.
    public var name: String
    /// E.164 (`+13125550100`).
    public var phone: String?
    /// One line: street, city, state, ZIP.
    public var address: String?
    public var email: String?
    /// An IANA time zone name ("America/Chicago"); nil: the machine's.
    public var timeZone: String?
    /// The language a terminal starts in when the person chose none.
    public var defaultLanguage: Language
    /// Minutes without a key before a terminal locks itself; nil: the app's default. A
    /// machine's config file (`lock_minutes`) still wins over it.
    public var lockMinutes: Int?
    /// The consulates (partners marked `is_consulate`) that serve the organization's area.
    public var consulates: [ServingConsulate]
    /// Days to answer an ARCO request (20 by default: LFPDPPP).
    public var requestDays: Int = DataRequest.defaultDays
    /// Years a person's closed cases are kept before `enlace retention` erases them; nil: kept.
    public var retentionYears: Int?
    /// Bumped by every change: a form saved from a stale read is a conflict.
    public var version: Int

    public init(name: String, phone: String? = nil, address: String? = nil, email: String? = nil,
                timeZone: String? = nil, defaultLanguage: Language = .es, lockMinutes: Int? = nil,
                consulates: [ServingConsulate] = [], version: Int = 1) {
        self.name = name
        self.phone = phone
        self.address = address
        self.email = email
        self.timeZone = timeZone
        self.defaultLanguage = defaultLanguage
        self.lockMinutes = lockMinutes
        self.consulates = consulates
        self.version = version
    }

    /// The phone as people read it ("(312) 555-0100").
    public var phoneForPeople: String? {
        phone.map { PhoneNumber(e164: $0).map(\.localFormat) ?? $0 }
    }
}

/// The one row of `organization` (id 1), as a GRDB record: `Columns` for the query interface.
struct OrganizationRecord: StoredRecord, TableRecord {
    static let storedTable = "organization"
    static let databaseTableName = "organization"

    var name: String
    var phone: String?
    var address: String?
    var email: String?
    var timeZone: String?
    var defaultLanguage: String = Language.es.rawValue
    var lockMinutes: Int?
    var requestDays: Int = DataRequest.defaultDays
    var retentionYears: Int?
    var version: Int = 1

    enum CodingKeys: String, CodingKey {
        case name, phone, address, email, version
        case timeZone = "time_zone", defaultLanguage = "default_language", lockMinutes = "lock_minutes"
        case requestDays = "request_days", retentionYears = "retention_years"
    }

    enum Columns {
        static let id = Column("id")
        static let name = Column(CodingKeys.name)
        static let phone = Column(CodingKeys.phone)
        static let address = Column(CodingKeys.address)
        static let email = Column(CodingKeys.email)
        static let timeZone = Column(CodingKeys.timeZone)
        static let defaultLanguage = Column(CodingKeys.defaultLanguage)
        static let lockMinutes = Column(CodingKeys.lockMinutes)
        static let requestDays = Column(CodingKeys.requestDays)
        static let retentionYears = Column(CodingKeys.retentionYears)
        static let version = Column(CodingKeys.version)
        static let updatedAt = Column("updated_at")
    }

    static func load(_ db: Database) throws -> OrganizationRecord {
        try decodeOne(db, sql: """
            SELECT name, phone, address, email, time_zone, default_language, lock_minutes,
                   request_days, retention_years, version
            FROM organization WHERE id = 1
            """) ?? OrganizationRecord(name: "")
    }

    func profile(_ db: Database) throws -> OrganizationProfile {
        var profile = OrganizationProfile(name: name, phone: phone, address: address, email: email, timeZone: timeZone,
                            defaultLanguage: Language(rawValue: defaultLanguage) ?? .es, lockMinutes: lockMinutes,
                            consulates: try ServingConsulate.chosen(db), version: version)
        (profile.requestDays, profile.retentionYears) = (requestDays, retentionYears)
        return profile
    }
}

extension CaseDesk {
    /// The longest organization address accepted.
    public static let maximumAddressLength = 200

    /// The organization's name; empty until an admin (or the demo data) sets it.
    public func organizationName() throws -> String {
        try read { db in try OrganizationRecord.load(db).name }
    }

    /// The organization's name and contact details.
    public func organization() throws -> OrganizationProfile {
        try read { db in try OrganizationRecord.load(db).profile(db) }
    }

    /// Renames the organization (admins only; audited).
    public func setOrganizationName(_ name: String, by actor: UserAccount) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.isValidOrganizationName(trimmed) else {
            throw StoreError.invalid(field: "name", StoreText.organizationNameInvalid.text)
        }
        _ = try updateOrganization(OrganizationChange(name: trimmed), by: actor)
    }

    /// Changes the organization's name, how people reach it and its settings, in one
    /// transaction (admins: `manageReferenceData`; one audit row naming the fields changed). A
    /// nil field is kept; an empty phone, address, email or time zone clears it; an empty
    /// consulate list clears it. `phone` is read by Core's phone rules (US or Mexico, stored as
    /// E.164), `address` is one line of up to 200 characters, `email` shaped like one, the
    /// time zone an IANA name, lock minutes 1 to 240, consulates partners marked as such. Every
    /// wrong field is reported at once (`StoreError.validation`) and nothing is written. With
    /// `change.version`, a profile changed since it was read is a conflict. Returns the
    /// organization as saved.
    public func updateOrganization(_ change: OrganizationChange, by actor: UserAccount) throws -> OrganizationProfile {
        let valid = try Self.validated(change)
        return try write { db in
            try self.permit(.manageReferenceData, db, actor: actor, case: nil)
            try Self.checkConsulates(db, valid.consulates)
            let old = try OrganizationRecord.load(db)
            if let version = valid.version, version != old.version { throw StoreError.conflict }
            var new = old
            if let name = valid.name { new.name = name }
            if let phone = valid.phone { new.phone = phone.isEmpty ? nil : phone }
            if let address = valid.address { new.address = address.isEmpty ? nil : address }
            if let email = valid.email { new.email = email.isEmpty ? nil : email }
            if let zone = valid.timeZone { new.timeZone = zone.isEmpty ? nil : zone }
            if let language = valid.defaultLanguage { new.defaultLanguage = language.rawValue }
            if let minutes = valid.lockMinutes { new.lockMinutes = minutes }
            if let days = valid.requestDays { new.requestDays = days }
            if let years = valid.retentionYears { new.retentionYears = years == 0 ? nil : years }
            let oldConsulates = try ServingConsulate.chosen(db).map(\.id).sorted()
            var changed: [String: [String]] = [:]
            if old.name != new.name { changed["name"] = [old.name, new.name] }
            if old.phone != new.phone { changed["phone"] = [old.phone ?? "", new.phone ?? ""] }
            if old.address != new.address { changed["address"] = [] }
            if old.email != new.email { changed["email"] = [] }
            if old.timeZone != new.timeZone { changed["timeZone"] = [old.timeZone ?? "", new.timeZone ?? ""] }
            if old.defaultLanguage != new.defaultLanguage {
                changed["defaultLanguage"] = [old.defaultLanguage, new.defaultLanguage]
            }
            if old.lockMinutes != new.lockMinutes {
                changed["lockMinutes"] = [old.lockMinutes.map(String.init) ?? "", new.lockMinutes.map(String.init) ?? ""]
            }
            if old.requestDays != new.requestDays { changed["requestDays"] = [String(old.requestDays), String(new.requestDays)] }
            if old.retentionYears != new.retentionYears {
                changed["retentionYears"] = [old.retentionYears.map(String.init) ?? "", new.retentionYears.map(String.init) ?? ""]
            }
            if let consulates = valid.consulates?.sorted(), consulates != oldConsulates {
                changed["consulates"] = [oldConsulates.map(String.init).joined(separator: ","),
                                         consulates.map(String.init).joined(separator: ",")]
                try ServingConsulate.replace(db, with: consulates)
            }
            if changed.isEmpty { return try old.profile(db) }
            new.version = old.version + 1
            let now = self.clock.nowSeconds()
            typealias Columns = OrganizationRecord.Columns
            try OrganizationRecord.filter(Columns.id == 1).updateAll(
                db, Columns.name.set(to: new.name), Columns.phone.set(to: new.phone),
                Columns.address.set(to: new.address), Columns.email.set(to: new.email),
                Columns.timeZone.set(to: new.timeZone), Columns.defaultLanguage.set(to: new.defaultLanguage),
                Columns.lockMinutes.set(to: new.lockMinutes), Columns.version.set(to: new.version),
                Columns.requestDays.set(to: new.requestDays), Columns.retentionYears.set(to: new.retentionYears),
                Columns.updatedAt.set(to: now))
            let action = changed.keys.sorted() == ["name"] ? "rename" : "update"
            try Audit.append(db, actor: actor.id, at: now, entity: "organization", entityID: 1,
                             action: action, changedFields: changed)
            return try new.profile(db)
        }
    }

    static func isValidOrganizationName(_ name: String) -> Bool {
        (1...120).contains(name.count) && !hasControlCharacters(name)
    }

    /// The change with every text trimmed and the phone as E.164 ("" still means "clear").
    static func validated(_ change: OrganizationChange) throws -> OrganizationChange {
        func trimmed(_ text: String?) -> String? { text?.trimmingCharacters(in: .whitespacesAndNewlines) }
        var valid = change
        valid.name = trimmed(change.name)
        valid.phone = trimmed(change.phone)
        valid.address = trimmed(change.address)
        valid.email = trimmed(change.email)?.lowercased()
        valid.timeZone = trimmed(change.timeZone)
        valid.consulates = change.consulates.map { ids in
            var seen = Set<Int64>()
            return ids.filter { seen.insert($0).inserted }
        }
        var problems: [FieldProblem] = []
        if let name = valid.name, !isValidOrganizationName(name) {
            problems.append(FieldProblem(field: "name", label: StoreText.organizationNameLabel.text,
                                         message: StoreText.organizationNameInvalid.text))
        }
        if let phone = valid.phone, !phone.isEmpty {
            switch PhoneNumber.parse(phone) {
            case .success(let number): valid.phone = number.e164
            case .failure(let problem):
                problems.append(FieldProblem(field: "phone", label: StoreText.organizationPhone.text,
                                             message: .from { problem.message($0) }))
            }
        }
        if let address = valid.address, address.count > maximumAddressLength || hasControlCharacters(address) {
            problems.append(FieldProblem(field: "address", label: StoreText.organizationAddress.text,
                                         message: StoreText.organizationAddressInvalid.text))
        }
        if let email = valid.email, !email.isEmpty, email.count > 254 || !PersonValidation.isEmailShaped(email) {
            problems.append(FieldProblem(field: "email", label: StoreText.organizationEmail.text,
                                         message: StoreText.organizationEmailInvalid.text))
        }
        problems += settingsProblems(valid)
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return valid
    }

    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

/// What to change of the organization: nil keeps a field; "" clears the phone, address,
/// email or time zone; an empty list clears the consulates.
public struct OrganizationChange: Sendable, Equatable {
    public var name: String?
    public var phone: String?
    public var address: String?
    public var email: String?
    /// An IANA name ("America/Chicago").
    public var timeZone: String?
    public var defaultLanguage: Language?
    /// 1 to 240.
    public var lockMinutes: Int?
    /// Partner ids of consulates, in the order chosen.
    public var consulates: [Int64]?
    /// Days to answer an ARCO request, 1 to 365.
    public var requestDays: Int?
    /// Years closed cases are kept, 1 to 100; 0 keeps them always.
    public var retentionYears: Int?
    /// The profile's version as read (a form); nil: no check (a one-off CLI change).
    public var version: Int?

    public init(name: String? = nil, phone: String? = nil, address: String? = nil, email: String? = nil,
                timeZone: String? = nil, defaultLanguage: Language? = nil, lockMinutes: Int? = nil,
                consulates: [Int64]? = nil, version: Int? = nil, requestDays: Int? = nil, retentionYears: Int? = nil) {
        self.requestDays = requestDays
        self.retentionYears = retentionYears
        self.name = name
        self.phone = phone
        self.address = address
        self.email = email
        self.timeZone = timeZone
        self.defaultLanguage = defaultLanguage
        self.lockMinutes = lockMinutes
        self.consulates = consulates
        self.version = version
    }

    /// Nothing to change.
    public var isEmpty: Bool {
        name == nil && phone == nil && address == nil && email == nil && timeZone == nil
            && defaultLanguage == nil && lockMinutes == nil && consulates == nil
            && requestDays == nil && retentionYears == nil
    }
}
