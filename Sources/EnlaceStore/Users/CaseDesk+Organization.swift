import EnlaceCore
import Foundation
import GRDB

/// The organization running the desk: its name (title bar, slips) and how a person reaches it
/// (phone, address, email: printed on the referral slip under "tell us").
public struct OrganizationProfile: Sendable, Equatable {
    /// Empty until an admin (or the demo data) sets it.
    public var name: String
    /// E.164 (`+13125550100`).
    public var phone: String?
    /// One line: street, city, state, ZIP.
    public var address: String?
    public var email: String?

    public init(name: String, phone: String? = nil, address: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.address = address
        self.email = email
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

    enum Columns {
        static let id = Column("id")
        static let name = Column(CodingKeys.name)
        static let phone = Column(CodingKeys.phone)
        static let address = Column(CodingKeys.address)
        static let email = Column(CodingKeys.email)
        static let updatedAt = Column("updated_at")
    }

    static func load(_ db: Database) throws -> OrganizationRecord {
        try decodeOne(db, sql: "SELECT name, phone, address, email FROM organization WHERE id = 1")
            ?? OrganizationRecord(name: "")
    }

    var profile: OrganizationProfile {
        OrganizationProfile(name: name, phone: phone, address: address, email: email)
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
        try read { db in try OrganizationRecord.load(db).profile }
    }

    /// Renames the organization (admins only; audited).
    public func setOrganizationName(_ name: String, by actor: UserAccount) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.isValidOrganizationName(trimmed) else {
            throw StoreError.invalid(field: "name", StoreText.organizationNameInvalid.text)
        }
        _ = try updateOrganization(OrganizationChange(name: trimmed), by: actor)
    }

    /// Changes the organization's name and how people reach it, in one transaction (admins
    /// only; one audit row naming the fields changed). A nil field is kept; an empty phone,
    /// address or email clears it. `phone` is read by Core's phone rules (US or Mexico, stored
    /// as E.164), `address` is one line of up to 200 characters, `email` shaped like one; every
    /// wrong field is reported at once (`StoreError.validation`) and nothing is written.
    /// Returns the organization as saved.
    public func updateOrganization(_ change: OrganizationChange, by actor: UserAccount) throws -> OrganizationProfile {
        let valid = try Self.validated(change)
        return try write { db in
            guard try self.currentRoles(db, of: actor).contains(.admin) else {
                throw StoreError.notPermitted(StoreText.onlyAdminSetsOrganization.text)
            }
            let old = try OrganizationRecord.load(db)
            var new = old
            if let name = valid.name { new.name = name }
            if let phone = valid.phone { new.phone = phone.isEmpty ? nil : phone }
            if let address = valid.address { new.address = address.isEmpty ? nil : address }
            if let email = valid.email { new.email = email.isEmpty ? nil : email }
            let now = self.clock.nowSeconds()
            typealias Columns = OrganizationRecord.Columns
            try OrganizationRecord.filter(Columns.id == 1).updateAll(
                db, Columns.name.set(to: new.name), Columns.phone.set(to: new.phone),
                Columns.address.set(to: new.address), Columns.email.set(to: new.email),
                Columns.updatedAt.set(to: now))
            var changed: [String: [String]] = [:]
            if old.name != new.name { changed["name"] = [old.name, new.name] }
            if old.phone != new.phone { changed["phone"] = [old.phone ?? "", new.phone ?? ""] }
            if old.address != new.address { changed["address"] = [] }
            if old.email != new.email { changed["email"] = [] }
            let action = changed.keys.sorted() == ["name"] ? "rename" : "update"
            try Audit.append(db, actor: actor.id, at: now, entity: "organization", entityID: 1,
                             action: action, changedFields: changed)
            return new.profile
        }
    }

    static func isValidOrganizationName(_ name: String) -> Bool {
        (1...120).contains(name.count) && !hasControlCharacters(name)
    }

    /// The change with every text trimmed and the phone as E.164 ("" still means "clear").
    static func validated(_ change: OrganizationChange) throws -> OrganizationChange {
        func trimmed(_ text: String?) -> String? { text?.trimmingCharacters(in: .whitespacesAndNewlines) }
        var valid = OrganizationChange(name: trimmed(change.name), phone: trimmed(change.phone),
                                       address: trimmed(change.address), email: trimmed(change.email)?.lowercased())
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
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return valid
    }

    private static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

/// What to change of the organization: nil keeps a field; "" clears the phone, address or email.
public struct OrganizationChange: Sendable, Equatable {
    public var name: String?
    public var phone: String?
    public var address: String?
    public var email: String?

    public init(name: String? = nil, phone: String? = nil, address: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.address = address
        self.email = email
    }

    /// Nothing to change.
    public var isEmpty: Bool { name == nil && phone == nil && address == nil && email == nil }
}
