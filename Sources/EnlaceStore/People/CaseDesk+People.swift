import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Checks a draft without saving it, for a form that shows problems as they are typed:
    /// the problems (empty when it can be saved) and the warnings.
    public func checkPerson(_ draft: PersonDraft) -> (problems: [FieldProblem], warnings: [FieldProblem]) {
        switch PersonValidation.validate(draft, today: today()) {
        case .success(let valid): return ([], valid.warnings)
        case .failure(let failure): return (failure.problems, [])
        }
    }

    /// Registers a person (volunteers, caseworkers, supervisors; audited). Every field problem
    /// comes back at once as `StoreError.validation`; a CURP that disagrees with the typed
    /// birth date or sex is a warning in the result, not an error.
    public func registerPerson(_ draft: PersonDraft, by actor: UserAccount) throws -> RegisteredPerson {
        let valid = try validated(draft)
        return try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.registerPerson, acting, .none)
            let id = try self.insertPerson(db, valid, by: actor, now: self.clock.nowSeconds())
            return RegisteredPerson(id: id, warnings: valid.warnings)
        }
    }

    /// A person's record (audited as `viewed`). Volunteers see only people they registered
    /// today; caseworkers people with a case of theirs or an unassigned one (or no case yet);
    /// admins no one.
    public func person(id: Int64, by actor: UserAccount) throws -> PersonRecord {
        try write { db in try self.viewPerson(db, id: id, by: actor) }
    }

    /// `person(id:by:)` inside a transaction already open: the permission check, the record
    /// and its `viewed` audit row.
    func viewPerson(_ db: Database, id: Int64, by actor: UserAccount) throws -> PersonRecord {
        let acting = try self.acting(db, actor)
        guard let stored = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
        }
        try Self.require(.viewCase, acting, try self.personSubject(db, stored, acting: acting, actor: actor))
        let phones = try PhoneRow.fetchAll(db, sql: "SELECT e164, whatsapp FROM phones WHERE person_id = ? ORDER BY id",
                                           arguments: [id]).map(\.phone)
        try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person",
                         entityID: id, action: "viewed")
        return stored.record(phones: phones)
    }

    /// A person as the role table sees them: who registered them and when; for a caseworker,
    /// whether a case of theirs (or an unassigned one, or none yet) makes them visible.
    func personSubject(_ db: Database, _ stored: PersonRow, acting: ActingUser, actor: UserAccount) throws -> PermissionSubject {
        var subject = PermissionSubject(isCase: false, registeredBy: stored.createdBy.map(String.init),
                                        registeredToday: stored.createdAt >= startOfToday())
        if acting.role == .caseworker {
            let id: Int64 = stored.row[PersonRow.Columns.id]
            let visible = try Bool.fetchOne(db, sql: """
                SELECT NOT EXISTS (SELECT 1 FROM cases WHERE person_id = ?)
                    OR EXISTS (SELECT 1 FROM cases WHERE person_id = ?
                               AND (caseworker_id IS NULL OR caseworker_id = ?))
                """, arguments: [id, id, actor.id]) ?? false
            subject = .caseRecord(caseworkerId: visible ? nil : "someone else")
        }
        return subject
    }

    // MARK: - Internals shared with intake

    func validated(_ draft: PersonDraft) throws -> ValidPerson {
        switch PersonValidation.validate(draft, today: today()) {
        case .success(let valid): return valid
        case .failure(let failure): throw StoreError.validation(failure)
        }
    }

    /// Inserts the person and phones, and the `register` audit row (field names only: the
    /// values are personal data and stay in the people table).
    func insertPerson(_ db: Database, _ p: ValidPerson, by actor: UserAccount, now: Int64) throws -> Int64 {
        if let curp = p.curp,
           try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE curp = ?)", arguments: [curp]) == true {
            throw StoreError.validation(ValidationFailure([
                FieldProblem(field: "curp", label: CaseStoreText.fieldCURP.text, message: CaseStoreText.curpTaken.text),
            ]))
        }
        if let event = p.eventId { try Self.requireOpenEvent(db, event) }
        let search = PersonNameFormat.searchText(given: p.name.givenNames, first: p.name.firstSurname,
                                                 second: p.name.secondSurname, preferred: p.name.preferredName)
        let phonetic = NameKeys.phoneticTokens(for: p.name).joined(separator: " ")
        func blankNil(_ s: String) -> String? { s.isEmpty ? nil : s }
        try db.execute(sql: """
            INSERT INTO people (given_names, first_surname, second_surname, preferred_name, birth_date,
                approx_age, sex, email, city, us_state, zip, origin_state, origin_municipality,
                hometown_association, curp, search_form, phonetic_key, event_id, created_by,
                created_at, updated_at)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, arguments: [
                p.name.givenNames, p.name.firstSurname, blankNil(p.name.secondSurname),
                blankNil(p.name.preferredName), p.birthDate?.iso, p.approximateAge, p.sexColumn,
                p.email, p.city, p.usState, p.zip, p.originState, p.originMunicipality,
                p.hometownAssociation, p.curp, search, phonetic, p.eventId, actor.id, now, now,
            ])
        let id = db.lastInsertedRowID
        for phone in p.phones {
            try db.execute(sql: "INSERT INTO phones (person_id, e164, whatsapp) VALUES (?, ?, ?)",
                           arguments: [id, phone.e164, phone.whatsApp ? 1 : 0])
        }
        // The search index and duplicate keys, in the same transaction (SearchIndex contract).
        try SearchIndex.update(db, personId: id)
        var fields: [String: [String]] = [:]
        let given: [(String, Bool)] = [
            ("givenNames", true), ("firstSurname", !p.name.firstSurname.isEmpty),
            ("secondSurname", !p.name.secondSurname.isEmpty), ("preferredName", !p.name.preferredName.isEmpty),
            ("birthDate", p.birthDate != nil), ("approximateAge", p.approximateAge != nil),
            ("sex", p.sexColumn != nil), ("email", p.email != nil), ("curp", p.curp != nil),
            ("city", p.city != nil), ("usState", p.usState != nil), ("zip", p.zip != nil),
            ("originState", p.originState != nil), ("originMunicipality", p.originMunicipality != nil),
            ("hometownAssociation", p.hometownAssociation != nil), ("phones", !p.phones.isEmpty),
        ]
        for (field, isSet) in given where isSet { fields[field] = [] }
        try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: id,
                         action: "register", changedFields: fields)
        return id
    }

    /// Today's date in the desk's time zone.
    func today() -> CalendarDate { CalendarDate(clock.now(), timeZone: TimeZone.current) }

    /// Start of today (local time), in stored seconds: what "registered today" means.
    func startOfToday() -> Int64 {
        Int64(Calendar.current.startOfDay(for: clock.now()).timeIntervalSince1970.rounded(.down))
    }

    /// The actor as the role table sees it, with the role read now from the users table.
    func acting(_ db: Database, _ actor: UserAccount) throws -> ActingUser {
        ActingUser(roles: try currentRoles(db, of: actor), userId: String(actor.id))
    }

    /// `Permissions.check`, its refusal as `StoreError.notPermitted`.
    static func require(_ useCase: UseCase, _ acting: ActingUser, _ subject: PermissionSubject) throws {
        if case .failure(let refusal) = Permissions.check(useCase, actor: acting, subject: subject) {
            throw StoreError.notPermitted(refusal.message)
        }
    }
}

/// A `people` row (`person(id:)`), read by column into `PersonRecord` once its phones are read.
struct PersonRow: FetchableRecord {
    enum Columns {
        static let id = Column("id"), givenNames = Column("given_names"), firstSurname = Column("first_surname")
        static let secondSurname = Column("second_surname"), preferredName = Column("preferred_name")
        static let birthDate = Column("birth_date"), approximateAge = Column("approx_age"), sex = Column("sex")
        static let email = Column("email"), curp = Column("curp"), city = Column("city")
        static let usState = Column("us_state"), zip = Column("zip"), originState = Column("origin_state")
        static let originMunicipality = Column("origin_municipality")
        static let hometownAssociation = Column("hometown_association"), searchForm = Column("search_form")
        static let phoneticKey = Column("phonetic_key"), createdAt = Column("created_at")
        static let createdBy = Column("created_by"), version = Column("version")
    }

    let row: Row
    var createdAt: Int64 { row[Columns.createdAt] }
    var createdBy: Int64? { row[Columns.createdBy] }

    init(row: Row) { self.row = row.copy() }

    func record(phones: [Phone]) -> PersonRecord {
        let name = PersonName(givenNames: row[Columns.givenNames], firstSurname: row[Columns.firstSurname],
                              secondSurname: row[Columns.secondSurname] ?? "",
                              preferredName: row[Columns.preferredName] ?? "")
        return PersonRecord(
            id: row[Columns.id], name: name,
            listName: PersonNameFormat.listName(given: name.givenNames, first: name.firstSurname,
                                                second: name.secondSurname),
            birthDate: (row[Columns.birthDate] as String?).flatMap { CalendarDate(iso: $0) },
            approximateAge: row[Columns.approximateAge], sex: row[Columns.sex], phones: phones,
            email: row[Columns.email], curp: row[Columns.curp], city: row[Columns.city],
            usState: row[Columns.usState], zip: row[Columns.zip], originState: row[Columns.originState],
            originMunicipality: row[Columns.originMunicipality],
            hometownAssociation: row[Columns.hometownAssociation], searchForm: row[Columns.searchForm],
            phoneticKey: row[Columns.phoneticKey], createdAt: Date(timeIntervalSince1970: TimeInterval(createdAt)),
            createdBy: createdBy, version: row[Columns.version])
    }
}

/// A `phones` row.
struct PhoneRow: FetchableRecord {
    enum Columns { static let e164 = Column("e164"), whatsApp = Column("whatsapp") }
    let phone: Phone
    init(row: Row) { phone = Phone(e164: row[Columns.e164], whatsApp: row[Columns.whatsApp]) }
}
