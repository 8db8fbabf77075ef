import EnlaceCore
import Foundation
import GRDB

/// A demo account, printed by the CLI after seeding.
public struct DemoLogin: Sendable, Equatable {
    public let username: String
    public let password: String
    public let role: Role

    public init(username: String, password: String, role: Role) {
        self.username = username
        self.password = password
        self.role = role
    }
}

/// How far seeding has come, for a progress line.
public struct DemoProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case people
        case cases
    }

    public let phase: Phase
    public let done: Int
    public let total: Int
}

/// Realistic, deterministic demo data: the same seed and clock give the same people and cases.
public enum DemoData {
    /// The password of every demo account.
    public static let password = "enlace-demo-1"
    public static let organizationName = "Casa Guanajuato de Chicago"
    /// How a person reaches the demo organization (printed on referral slips); fictional.
    public static let organizationPhone = "(312) 555-0100"
    public static let organizationAddress = "1645 W 18th St, Chicago, IL 60608"
    public static let organizationEmail = "contacto@casaguanajuato.example.org"
    /// Rows written per transaction.
    static let batchSize = 20_000

    static let accounts: [(username: String, displayName: String, role: Role)] = [
        ("admin", "Administración Casa Guanajuato", .admin),
        ("maria", "María Elena Rodríguez", .supervisor),
        ("jorge", "Jorge Ramírez Soto", .caseworker),
        ("lucia", "Lucía Hernández Vega", .caseworker),
        ("pedro", "Pedro Sánchez Luna", .volunteer),
    ]

    /// The demo accounts and their password, for printing when a demo database is reopened.
    public static var logins: [DemoLogin] {
        accounts.map { DemoLogin(username: $0.username, password: password, role: $0.role) }
    }

    /// Fills an empty database (no users) with accounts of every role, partners, events,
    /// `people` people and about 1.12 cases each, opened over the last 18 months, with
    /// referrals and follow-ups (some overdue). Refused when the database has users.
    public static func seed(into desk: CaseDesk, people: Int, seed: UInt64,
                            progress: (@Sendable (DemoProgress) -> Void)? = nil) throws -> [DemoLogin] {
        guard (1...5_000_000).contains(people) else {
            throw StoreError.invalid(field: "people", StoreText.demoPeopleCount.text)
        }
        if try desk.hasUsers() {
            throw StoreError.notPermitted(StoreText.demoNeedsEmptyDatabase.text)
        }
        let admin = try desk.createFirstAdmin(username: accounts[0].username,
                                              displayName: accounts[0].displayName,
                                              password: password)
        var users: [String: Int64] = [admin.username: admin.id]
        for account in accounts.dropFirst() {
            let user = try desk.createUser(by: admin, username: account.username,
                                           displayName: account.displayName, role: account.role,
                                           password: password)
            users[user.username] = user.id
        }
        _ = try desk.updateOrganization(OrganizationChange(name: organizationName, phone: organizationPhone,
                                                           address: organizationAddress, email: organizationEmail),
                                        by: admin)
        var generator = DemoGenerator(seed: seed, now: desk.clock.now(), users: users,
                                      progress: progress)
        try withBulkLoadSettings(desk) {
            try generator.write(people: people, into: desk)
        }
        // Everyone registered at a jornada came to it.
        try desk.pool.write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO event_attendance (event_id, person_id, checked_in_at, checked_in_by)
                SELECT event_id, id, created_at, created_by FROM people WHERE event_id IS NOT NULL
                """)
        }
        return accounts.map { DemoLogin(username: $0.username, password: password, role: $0.role) }
    }
}

extension DemoData {
    /// Runs `body` with writer settings for a bulk load into a new database (seeding is refused
    /// unless the database is empty): a large page cache, so the B-trees and FTS segments being
    /// filled stay in memory, and temporary structures in memory. Durability is unchanged
    /// (synchronous stays as the desk set it). The previous values are restored afterwards,
    /// whether or not `body` throws. Settings only: the data written is the same.
    static func withBulkLoadSettings<T>(_ desk: CaseDesk, _ body: () throws -> T) throws -> T {
        let saved = try desk.pool.writeWithoutTransaction { db in
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
            try db.execute(sql: "PRAGMA cache_size = -262144")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            return (cacheSize, tempStore)
        }
        func restore() throws {
            try desk.pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = \(saved.0)")
                try db.execute(sql: "PRAGMA temp_store = \(saved.1)")
            }
        }
        let result: T
        do {
            result = try body()
        } catch {
            try? restore()
            throw error
        }
        try restore()
        return result
    }
}

/// Cumulative weights for fast weighted picks.
struct WeightedTable<T> {
    let items: [T]
    let cumulative: [Int]
    init(_ weighted: [(T, Int)]) {
        items = weighted.map(\.0)
        var sum = 0
        cumulative = weighted.map { sum += $0.1; return sum }
    }
    func pick<G: RandomNumberGenerator>(_ rng: inout G) -> T {
        let r = Int.random(in: 0..<cumulative.last!, using: &rng)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return items[lo]
    }
}

struct DemoGenerator {
    var rng: SplitMix64
    let now: Int64
    let todayStart: Int64
    let users: [String: Int64]
    let currentYear: Int
    let progress: (@Sendable (DemoProgress) -> Void)?

    let male = WeightedTable(DemoCatalog.maleGiven)
    let female = WeightedTable(DemoCatalog.femaleGiven)
    let surnames = WeightedTable(DemoCatalog.surnames)
    let states = WeightedTable(DemoCatalog.originStates)
    let cities = WeightedTable(DemoCatalog.usCities)
    let areas = WeightedTable<ServiceArea>([(.legal, 40), (.health, 35), (.education, 25)])
    let priorities = WeightedTable<CasePriority>([(.normal, 70), (.high, 22), (.urgent, 8)])
    var usedCURPs = Set<String>()

    static let day: Int64 = 86_400
    static let window: Int64 = 548 * day  // 18 months

    init(seed: UInt64, now: Date, users: [String: Int64],
         progress: (@Sendable (DemoProgress) -> Void)?) {
        self.progress = progress
        rng = SplitMix64(seed: seed)
        self.now = Int64(now.timeIntervalSince1970.rounded(.down))
        todayStart = Int64(Calendar.current.startOfDay(for: now).timeIntervalSince1970)
        self.users = users
        currentYear = Calendar(identifier: .gregorian).component(.year, from: now)
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func int64(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &rng) }
    mutating func element<T>(_ array: [T]) -> T { array[Int.random(in: 0..<array.count, using: &rng)] }

    /// A case to be inserted once every person exists, in opening order.
    struct PendingCase {
        var person: Int64
        var openedAt: Int64
        var createdBy: Int64
        var eventID: Int64?
        var today: Bool
    }

    mutating func write(people count: Int, into desk: CaseDesk) throws {
        let pedro = users["pedro"]!, jorge = users["jorge"]!, lucia = users["lucia"]!
        let maria = users["maria"]!, admin = users["admin"]!
        let creators = WeightedTable<Int64>([(jorge, 35), (lucia, 35), (maria, 10), (pedro, 20)])

        // Partners and events first.
        var partnersByKind: [String: [Int64]] = [:]
        var events: [(id: Int64, day: Int64)] = []
        try desk.write { db in
            let consulates = try Int64.fetchAll(db, sql: "SELECT id FROM partners WHERE is_consulate = 1")
            partnersByKind["consularOrientation"] = consulates
            for p in DemoCatalog.partners {
                try db.execute(sql: """
                    INSERT INTO partners (name, kinds, city, us_state, notes, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'Ejemplo de demostración (ficticio).', ?, ?)
                    """, arguments: [p.name, p.kinds, p.city, p.state, self.now, self.now])
                let kind = String(p.kinds.dropFirst(2).dropLast(2))
                partnersByKind[kind, default: []].append(db.lastInsertedRowID)
            }
            // A jornada every six weeks, today's included (the only one still open).
            for k in 0...12 {
                let day = self.todayStart - Int64(k * 42) * Self.day
                let date = Date(timeIntervalSince1970: TimeInterval(day))
                let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
                let heldOn = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
                let place = k % 3 == 0 ? "Consulado sobre ruedas" : "Jornada comunitaria"
                try db.execute(sql: """
                    INSERT INTO events (name, kind, held_on, place, city, us_state, created_by, created_at, closed_at)
                    VALUES (?, ?, ?, ?, 'Chicago', 'IL', ?, ?, ?)
                    """, arguments: ["\(place) \(heldOn)", k % 3 == 0 ? "mobileConsulate" : "jornada",
                                     heldOn, k % 2 == 0 ? "Parroquia San Pío V, Pilsen" : "Little Village",
                                     admin, self.now, k == 0 ? nil : self.now])
                events.append((db.lastInsertedRowID, day))
            }
        }

        // People, and when their cases were opened.
        let firstID = try desk.read { db in
            (try Int64.fetchOne(db, sql: "SELECT max(id) FROM people") ?? 0) + 1
        }
        let todayCount = min(count, max(3, min(12, count / 100)))
        var pending: [PendingCase] = []
        pending.reserveCapacity(count + count / 8)
        var index = 0
        // One memo of name parts for every batch (the same names come back all along).
        let columnCache = SearchIndex.ColumnCache()
        while index < count {
            let end = min(count, index + DemoData.batchSize)
            try desk.write { db in
                let insertPerson = try db.makeStatement(sql: """
                    INSERT INTO people (id, given_names, first_surname, second_surname, preferred_name,
                        birth_date, approx_age, sex, email, city, us_state, zip, origin_state,
                        origin_municipality, hometown_association, curp, search_form, phonetic_key,
                        event_id, created_by, created_at, updated_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                    """)
                let insertPhone = try db.makeStatement(sql: """
                    INSERT INTO phones (person_id, e164, whatsapp, label) VALUES (?,?,?,?)
                    """)
                let insertDocument = try db.makeStatement(sql: """
                    INSERT INTO person_documents (person_id, kind, number, created_at) VALUES (?,?,\(SealedColumn.documentNumber.write),?)
                    """)
                let searchIndex = try SearchIndex.Writer(db, cache: columnCache)
                for i in index..<end {
                    let id = firstID + Int64(i)
                    var first: PendingCase
                    if i >= count - todayCount {
                        let opened = self.todayStart + self.int64(0...max(0, self.now - self.todayStart))
                        first = PendingCase(person: id, openedAt: min(opened, self.now), createdBy: pedro,
                                            eventID: events[0].id, today: true)
                    } else {
                        let creator = creators.pick(&self.rng)
                        if creator == pedro {
                            let event = self.element(Array(events.dropFirst()))
                            first = PendingCase(person: id, openedAt: event.day + self.int64(9 * 3600...16 * 3600),
                                                createdBy: pedro, eventID: event.id, today: false)
                        } else {
                            first = PendingCase(person: id, openedAt: self.now - Self.day - self.int64(0...Self.window),
                                                createdBy: creator, eventID: nil, today: false)
                        }
                    }
                    pending.append(first)
                    if !first.today && self.chance(12) {
                        let later = min(self.now - Self.day, first.openedAt + self.int64(Self.day...200 * Self.day))
                        pending.append(PendingCase(person: id, openedAt: later,
                                                   createdBy: creators.pick(&self.rng) == pedro ? jorge : lucia,
                                                   eventID: nil, today: false))
                    }
                    try self.insertPerson(id: id, index: i, createdAt: first.openedAt,
                                          createdBy: first.createdBy, eventID: first.eventID,
                                          person: insertPerson, phone: insertPhone,
                                          document: insertDocument, searchIndex: searchIndex)
                }
            }
            index = end
            progress?(DemoProgress(phase: .people, done: end, total: count))
        }

        // Cases in opening order, numbered per year, with referrals and follow-ups.
        pending.sort { ($0.openedAt, $0.person) < ($1.openedAt, $1.person) }
        let firstCaseID = try desk.read { db in
            (try Int64.fetchOne(db, sql: "SELECT max(id) FROM cases") ?? 0) + 1
        }
        var sequenceByYear: [Int: Int] = [:]
        var start = 0
        let caseworkers = [jorge, lucia]
        while start < pending.count {
            let end = min(pending.count, start + DemoData.batchSize)
            try desk.write { db in
                let insertCase = try db.makeStatement(sql: """
                    INSERT INTO cases (id, number, person_id, status, priority, service_area,
                        caseworker_id, event_id, description, waiting_on, opened_at, updated_at,
                        closed_at, outcome, created_by)
                    VALUES (?,?,?,?,?,?,?,?,\(SealedColumn.caseDescription.write),?,?,?,?,?,?)
                    """)
                let insertFollowUp = try db.makeStatement(sql: """
                    INSERT INTO follow_ups (case_id, due_at, channel, note, status, result,
                        assigned_to, created_by, created_at, updated_at)
                    VALUES (?,?,?,\(SealedColumn.followUpNote.write),?,\(SealedColumn.followUpResult.write),?,?,?,?)
                    """)
                // The follow-up a declined referral or a no-show creates (done: its case is closed).
                let insertReferralFollowUp = try db.makeStatement(sql: """
                    INSERT INTO follow_ups (case_id, referral_id, due_at, channel, note, status, result,
                        assigned_to, created_by, created_at, updated_at, completed_at)
                    VALUES (?,?,?,'call',\(SealedColumn.followUpNote.write),'done',enlace_seal('Se habló con la persona.', 'follow_ups.result'),?,?,?,?,?)
                    """)
                let insertReferral = try db.makeStatement(sql: """
                    INSERT INTO referrals (case_id, kind, status, partner_id, reason, urgency,
                        consent_to_share, response_due, sent_at, appointment_at, outcome, details,
                        created_by, created_at, updated_at, responded_at)
                    VALUES (?,?,?,?,\(SealedColumn.referralReason.write),?,?,?,?,?,?,\(SealedColumn.referralDetails.write),?,?,?,?)
                    """)
                for k in start..<end {
                    let p = pending[k]
                    let id = firstCaseID + Int64(k)
                    let date = Date(timeIntervalSince1970: TimeInterval(p.openedAt))
                    let year = Calendar(identifier: .gregorian).component(.year, from: date)
                    let seq = (sequenceByYear[year] ?? 0) + 1
                    sequenceByYear[year] = seq
                    let number = String(format: "%04d-%06d", year, seq)
                    let age = (self.now - p.openedAt) / Self.day
                    let status = p.today ? CaseStatus.new : self.status(ageDays: age)
                    let area = self.areas.pick(&self.rng)
                    let priority = self.priorities.pick(&self.rng)
                    let caseworker: Int64? = status == .new && !self.chance(15)
                        ? nil : self.element(caseworkers)
                    var closedAt: Int64?
                    var outcome: String?
                    if status == .closed {
                        closedAt = min(self.now - 3600, p.openedAt + self.int64(Self.day...120 * Self.day))
                        outcome = self.element(DemoCatalog.outcomes)
                    }
                    let updatedAt = closedAt ?? min(self.now, p.openedAt + self.int64(0...30 * Self.day))
                    let description = self.element(DemoCatalog.descriptions[area.rawValue]!)
                    let waiting: String? = status == .waiting ? self.element(DemoCatalog.waitingOn) : nil
                    try insertCase.execute(arguments: [
                        id, number, p.person, status.rawValue, priority.rawValue, area.rawValue,
                        caseworker, p.eventID, description, waiting, p.openedAt, updatedAt,
                        closedAt, outcome, p.createdBy,
                    ])
                    if status != .new {
                        try self.followUps(caseID: id, status: status, opened: p.openedAt,
                                           closedAt: closedAt, assignee: caseworker ?? jorge,
                                           statement: insertFollowUp)
                        try self.referral(caseID: id, area: area, status: status, opened: p.openedAt,
                                          priority: priority, partners: partnersByKind,
                                          createdBy: caseworker ?? jorge, statement: insertReferral,
                                          followUp: insertReferralFollowUp, db: db)
                    }
                }
            }
            start = end
            progress?(DemoProgress(phase: .cases, done: end, total: pending.count))
        }
        try desk.write { db in
            // The demo's referrals were written by SQL: each takes its kind's current list.
            try ReferenceDataSchema.fillEmptyLists(db, templates: try ChecklistRow.templates(db))
            try Audit.append(db, actor: admin, at: self.now, entity: "organization", entityID: 1,
                             action: "demoSeeded", reason: "\(count) people, \(pending.count) cases")
        }
    }

    mutating func status(ageDays: Int64) -> CaseStatus {
        let r = int(0...99)
        if ageDays < 7 {
            return r < 40 ? .new : r < 85 ? .active : .waiting
        } else if ageDays < 60 {
            return r < 5 ? .new : r < 50 ? .active : r < 75 ? .waiting : r < 85 ? .closureRequested : .closed
        }
        return r < 15 ? .active : r < 25 ? .waiting : r < 30 ? .closureRequested : .closed
    }

    mutating func insertPerson(id: Int64, index: Int, createdAt: Int64, createdBy: Int64,
                               eventID: Int64?, person: Statement, phone: Statement,
                               document: Statement, searchIndex: SearchIndex.Writer) throws {
        let isFemale = chance(52)
        let given = isFemale ? female.pick(&rng) : male.pick(&rng)
        var first = surnames.pick(&rng)
        var second: String? = chance(92) ? surnames.pick(&rng) : nil
        // Several Muñoz, whatever the size, so the accent-folding search always has something.
        if index < 1000 && index % 29 == 3 {
            if index % 2 == 0 || second == nil { first = "Muñoz" } else { second = "Muñoz" }
        }
        var preferred: String?
        if let nicks = DemoCatalog.nicknames[given], chance(35) { preferred = element(nicks) }
        let age = int(18...75)
        var birthDate: String?
        var approxAge: Int?
        let birthYear = currentYear - age
        let month = int(1...12), day = int(1...28)
        let r = int(0...99)
        if r < 80 {
            birthDate = String(format: "%04d-%02d-%02d", birthYear, month, day)
        } else if r < 95 {
            approxAge = age
        }
        let origin = states.pick(&rng)
        let municipality = element(origin.municipalities)
        let city = cities.pick(&rng)
        let association: String? = chance(30) ? "Club de Oriundos de \(municipality)" : nil
        var email: String?
        if chance(25) {
            let user = NameFolding.searchForm(given).split(separator: " ").first.map(String.init) ?? "correo"
            let last = NameFolding.searchForm(first).replacingOccurrences(of: " ", with: "")
            email = "\(user).\(last)\(int(1...99))@\(element(["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]))"
        }
        var curp: String?
        if chance(25), let date = birthDate {
            curp = makeCURP(given: given, first: first, second: second, birthDate: date,
                            female: isFemale, state: origin.curp, bornBefore2000: birthYear < 2000)
        }
        let search = PersonNameFormat.searchText(given: given, first: first, second: second,
                                                 preferred: preferred)
        person.setUncheckedArguments([
            id, given, first, second, preferred, birthDate, approxAge,
            isFemale ? "female" : "male", email, city.city, city.state, element(city.zips),
            origin.code, municipality, association, curp, search, search, eventID, createdBy,
            createdAt, createdAt,
        ])
        try person.execute()
        var phones: [String] = []
        if chance(88) {
            let number = "+1\(element(city.areaCodes))\(int(2...9))\(String(format: "%06d", int(0...999_999)))"
            try phone.execute(arguments: [id, number, chance(70) ? 1 : 0, "mobile"])
            phones.append(number)
        }
        if chance(15) {
            let number = "+52\(int(2...9))\(String(format: "%09d", int(0...999_999_999)))"
            try phone.execute(arguments: [id, number, 1, "mexico"])
            phones.append(number)
        }
        // Identity documents from a generator of their own, so the people and cases above stay
        // what they were before documents existed (same seed, same data).
        var documents: [String] = []
        var docs = SplitMix64(seed: UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15 ^ 0xD0C5)
        if docs.next() % 100 < 20 {
            // Matrícula consular: 8 to 9 digits in practice; invented here.
            let number = String(format: "%09llu", docs.next() % 1_000_000_000)
            try document.execute(arguments: [id, "matriculaConsular", number, createdAt])
            documents.append(number)
        }
        if docs.next() % 100 < 8 {
            let letter = Array("ABCDEFGHJKLMNPRSTUVWXYZ")[Int(docs.next() % 23)]
            let number = "\(letter)\(String(format: "%08llu", docs.next() % 100_000_000))"
            try document.execute(arguments: [id, "passport", number, createdAt])
            documents.append(number)
        }
        try searchIndex.insert(
            SearchIndex.PersonRecord(id: id, given: given, first: first, second: second ?? "",
                                     preferred: preferred ?? "", birthDate: birthDate,
                                     phones: phones, documents: documents),
            mergedFrom: [])
    }

    mutating func followUps(caseID: Int64, status: CaseStatus, opened: Int64, closedAt: Int64?,
                            assignee: Int64, statement: Statement) throws {
        let open = status != .closed
        guard chance(open ? 45 : 30) else { return }
        let due = opened + int64(3 * Self.day...40 * Self.day)
        var state = "scheduled"
        var result: String?
        if !open || due < now {
            let r = int(0...99)
            if !open || r >= 35 {
                state = r < 90 || !open ? "done" : "missed"
                result = state == "done" ? element(["Se habló con la persona; sigue en trámite.",
                                                    "Confirmó la cita.", "Entregó los documentos."]) : nil
            }
        }
        let note = element(["Llamar para confirmar la cita.", "Preguntar si ya tiene los documentos.",
                            "Revisar respuesta del proveedor.", "Visita a domicilio acordada."])
        try statement.execute(arguments: [caseID, due, element(DemoCatalog.channels), note, state,
                                          result, assignee, assignee, opened, min(now, due)])
    }

    mutating func referral(caseID: Int64, area: ServiceArea, status: CaseStatus, opened: Int64,
                           priority: CasePriority, partners: [String: [Int64]], createdBy: Int64,
                           statement: Statement, followUp: Statement, db: Database) throws {
        guard area != .education, chance(30) else { return }
        let kind: String
        let details: String
        if area == .health {
            if chance(85) {
                kind = "telemedicine"
                let modality = element(["phone", "video"])
                let insurance = element(["none", "medicaid", "employer"])
                details = #"{"details":{"insurance":"\#(insurance)","modality":"\#(modality)","preferredLanguage":"spanish","symptoms":"Consulta médica general."},"kind":"telemedicine"}"#
            } else {
                kind = "funeralAssistance"
                details = #"{"details":{"disposition":"burial","supportRequested":["funeralCosts","paperwork"]},"kind":"funeralAssistance"}"#
            }
        } else if chance(60) {
            kind = "legalAid"
            let matter = element(["immigrationDefense", "daca", "laborWageTheft", "housingEviction", "family"])
            details = #"{"details":{"detained":false,"matter":"\#(matter)"},"kind":"legalAid"}"#
        } else {
            kind = "consularOrientation"
            let procedure = element(["matricula", "passport", "birthRegistration", "powerOfAttorney", "voterCard"])
            details = #"{"details":{"procedure":"\#(procedure)"},"kind":"consularOrientation"}"#
        }
        let partner = partners[kind].flatMap { $0.isEmpty ? nil : element($0) }
        let refStatus: String
        if status == .closed {
            refStatus = element(["completed", "completed", "declined", "cancelled", "noShow"])
        } else {
            refStatus = element(["draft", "sent", "sent", "accepted", "scheduled", "completed"])
        }
        let sentAt: Int64? = refStatus == "draft" ? nil : opened + int64(0...3 * Self.day)
        let appointment: Int64? = ["scheduled", "completed", "noShow"].contains(refStatus)
            ? (sentAt ?? opened) + int64(2 * Self.day...30 * Self.day) : nil
        let urgency = priority == .urgent ? "urgent" : priority == .high ? "priority" : "routine"
        // The partner's answer, 0 to 14 days after sending (derived from the case id, so the
        // random sequence, and every other demo value, stays as it was).
        var respondedAt: Int64?
        if let sentAt, !["draft", "sent", "cancelled"].contains(refStatus) {
            respondedAt = min(now, appointment ?? now, sentAt + Int64(UInt64(caseID) &* 2_654_435_761 % 15) * Self.day)
        }
        try statement.execute(arguments: [
            caseID, kind, refStatus, partner, "Canalización desde la mesa de atención.", urgency,
            refStatus == "draft" ? 0 : 1, sentAt.map { $0 + 7 * Self.day }, sentAt, appointment,
            refStatus == "completed" ? ReferralOutcome.serviceProvided.rawValue : nil, details, createdBy, opened,
            min(now, (sentAt ?? opened) + Self.day), respondedAt,
        ])
        if refStatus == "declined" || refStatus == "noShow" {
            let referralID = db.lastInsertedRowID
            let answered = appointment ?? (sentAt ?? opened) + 2 * Self.day
            let due = answered + Self.day
            let note = refStatus == "declined" ? StoreText.followUpNoteDeclined.text.es
                                               : StoreText.followUpNoteNoShow.text.es
            try followUp.execute(arguments: [caseID, referralID, due, note, createdBy, createdBy,
                                             answered, due, due])
        }
    }

    /// A CURP with a correct check digit; nil when the random homoclave keeps colliding.
    mutating func makeCURP(given: String, first: String, second: String?, birthDate: String,
                           female: Bool, state: String, bornBefore2000: Bool) -> String? {
        func letters(_ s: String) -> [Character] {
            let particles: Set<String> = ["de", "del", "la", "las", "los", "y"]
            var words = NameFolding.searchForm(s).uppercased().split(separator: " ").map(String.init)
            if words.count > 1 { words.removeAll { particles.contains($0.lowercased()) } }
            return Array(words.first ?? "X")
        }
        func givenLetters(_ s: String) -> [Character] {
            let words = NameFolding.searchForm(s).uppercased().split(separator: " ").map(String.init)
            if words.count > 1, ["JOSE", "MARIA", "MA", "J"].contains(words[0]) {
                let rest = words.dropFirst().filter { !["DE", "DEL", "LA", "LOS", "LAS"].contains($0) }
                return Array(rest.first ?? words[0])
            }
            return Array(words.first ?? "X")
        }
        let vowels: Set<Character> = ["A", "E", "I", "O", "U"]
        let p = letters(first), m = second.map(letters) ?? ["X"], g = givenLetters(given)
        let internalVowel = p.dropFirst().first { vowels.contains($0) } ?? "X"
        func internalConsonant(_ w: [Character]) -> Character {
            w.dropFirst().first { !vowels.contains($0) && $0.isLetter } ?? "X"
        }
        let date = birthDate.replacingOccurrences(of: "-", with: "").dropFirst(2)
        let base = "\(p[0])\(internalVowel)\(m[0])\(g[0])\(date)\(female ? "M" : "H")\(state)"
            + "\(internalConsonant(p))\(internalConsonant(m))\(internalConsonant(g))"
        for _ in 0..<6 {
            let homoclave: Character = bornBefore2000
                ? element(Array("0123456789")) : element(Array("ABCDEFGHIJKLMNPQRSTUVWXYZ"))
            let seventeen = base + String(homoclave)
            guard let check = CURP.checkDigit(for: seventeen) else { continue }
            let curp = seventeen + String(check)
            if usedCURPs.insert(curp).inserted { return curp }
        }
        return nil
    }
}
