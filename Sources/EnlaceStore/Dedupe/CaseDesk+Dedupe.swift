import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Records that may be the same person as `probe` (typed at intake), best first, each with
    /// the reasons it matched: same CURP, same phone, similar name (phonetic key of first given
    /// name and first surname) and same birth date, similar name and birth year ±1, same
    /// surnames and birth date, similar full name. Pairs marked "not the same person" and the
    /// probe's own record are left out; a linked duplicate is shown as its surviving record.
    ///
    /// Supervisors and caseworkers see candidates among everyone (intake must catch a person
    /// already served by a colleague; a candidate shows a name, birth date and reasons, no
    /// case content); volunteers only among the people they registered today; admins none.
    public func duplicateCandidates(for probe: DuplicateProbe, by actor: UserAccount,
                                    limit: Int = 10) throws -> [DuplicateCandidate] {
        try read { db in try self.duplicateCandidates(db, for: probe, by: actor, limit: limit) }
    }

    /// `duplicateCandidates` inside a transaction already open (a person's record just saved).
    func duplicateCandidates(_ db: Database, for probe: DuplicateProbe, by actor: UserAccount,
                             limit: Int = 10) throws -> [DuplicateCandidate] {
        let limit = max(1, min(limit, 50))
        let keys = MatchKeys(given: Self.clip(probe.givenNames), first: Self.clip(probe.firstSurname),
                             second: Self.clip(probe.secondSurname))
        let hasName = !NameFolding.searchForm(probe.givenNames).isEmpty
            && !NameFolding.searchForm(probe.firstSurname).isEmpty
        let curp = probe.curp.map { $0.uppercased().filter { $0.isLetter || $0.isNumber } }
            .flatMap { $0.count == 18 ? $0 : nil }
        var phoneKeys: [String] = []
        for phone in probe.phones.prefix(5) {
            for country in PhoneCountry.allCases {
                if case .success(let number) = PhoneNumber.parse(phone, defaultCountry: country) {
                    let key = SearchIndex.phoneKey(number.e164)
                    if !phoneKeys.contains(key) { phoneKeys.append(key) }
                }
            }
        }
        guard hasName || curp != nil || !phoneKeys.isEmpty else {
            throw StoreError.invalid(field: "probe", StoreText.probeEmpty.text)
        }
        do {
            let visibility = try self.visibility(db, of: actor)
            var found: [Int64: (score: Int, reasons: [MatchReason])] = [:]
            func add(_ ids: [Int64], _ score: Int, _ reason: MatchReason) {
                for id in ids {
                    var entry = found[id] ?? (0, [])
                    entry.score += score
                    if !entry.reasons.contains(reason) { entry.reasons.append(reason) }
                    found[id] = entry
                }
            }
            if let curp {
                add(try Int64.fetchAll(db, sql: "SELECT id FROM people WHERE curp = ?", arguments: [curp]),
                    100, .curp)
            }
            for key in phoneKeys {
                // search_keys holds survivors; phones holds each record's own numbers.
                add(try Int64.fetchAll(db, sql: """
                    SELECT person_id FROM search_keys WHERE key = ? LIMIT 50
                    """, arguments: [key]), 60, .phone)
            }
            if hasName {
                if let date = probe.birthDate {
                    add(try Int64.fetchAll(db, sql: """
                        SELECT person_id FROM person_match_keys WHERE name_key = ? AND birth_date = ? LIMIT 50
                        """, arguments: [keys.name, date.iso]), 50, .samePhoneticNameAndBirthDate)
                    add(try Int64.fetchAll(db, sql: """
                        SELECT person_id FROM person_match_keys
                        WHERE name_key = ? AND birth_year BETWEEN ? AND ? AND birth_date <> ? LIMIT 50
                        """, arguments: [keys.name, date.year - 1, date.year + 1, date.iso]),
                        25, .samePhoneticNameAndBirthYear)
                    if !NameFolding.searchForm(probe.secondSurname).isEmpty {
                        add(try Int64.fetchAll(db, sql: """
                            SELECT person_id FROM person_match_keys
                            WHERE surnames_key = ? AND birth_date = ? LIMIT 50
                            """, arguments: [keys.surnames, date.iso]), 30, .sameSurnamesAndBirthDate)
                    }
                }
                add(try Int64.fetchAll(db, sql: """
                    SELECT person_id FROM person_match_keys WHERE full_key = ?
                    ORDER BY person_id DESC LIMIT 50
                    """, arguments: [keys.full]), 20, .sameFullName)
            }

            // A linked duplicate counts as its survivor.
            var merged: [Int64: (score: Int, reasons: [MatchReason])] = [:]
            for (id, entry) in found {
                let root = try Int64.fetchOne(db, sql: """
                    SELECT survivor_id FROM person_links WHERE duplicate_id = ?
                    """, arguments: [id]) ?? id
                var target = merged[root] ?? (0, [])
                target.score = max(target.score, entry.score)
                for r in entry.reasons where !target.reasons.contains(r) { target.reasons.append(r) }
                if root != id, !target.reasons.contains(.linkedDuplicate) { target.reasons.append(.linkedDuplicate) }
                merged[root] = target
            }
            if let own = probe.personId {
                let ownRoot = try Int64.fetchOne(db, sql: """
                    SELECT survivor_id FROM person_links WHERE duplicate_id = ?
                    """, arguments: [own]) ?? own
                merged[own] = nil
                merged[ownRoot] = nil
                let distinct = try Int64.fetchAll(db, sql: """
                    SELECT b FROM person_distinct WHERE a = ?1 UNION SELECT a FROM person_distinct WHERE b = ?1
                    """, arguments: [own])
                for id in distinct { merged[id] = nil }
                let linkedToOwn = try Int64.fetchAll(db, sql: """
                    SELECT duplicate_id FROM person_links WHERE survivor_id = ?
                    """, arguments: [own])
                for id in linkedToOwn { merged[id] = nil }
            }

            var candidates: [DuplicateCandidate] = []
            for (id, entry) in merged.sorted(by: { ($0.value.score, $0.key) > ($1.value.score, $1.key) }) {
                guard try self.mayConsider(db, id, visibility) else { continue }
                guard let row = try PersonNameRow.decodeOne(db, sql: """
                    SELECT given_names, first_surname, second_surname, birth_date FROM people WHERE id = ?
                    """, arguments: [id]) else { continue }
                candidates.append(DuplicateCandidate(
                    personId: id, listName: row.listName,
                    birthDate: row.birthDate, score: entry.score, reasons: entry.reasons))
                if candidates.count == limit { break }
            }
            return candidates
        }
    }

    private static func clip(_ text: String) -> String { String(text.prefix(200)) }

    private func mayConsider(_ db: Database, _ id: Int64, _ visibility: Visibility) throws -> Bool {
        switch visibility {
        case .all, .caseworker: return true
        case .none: throw StoreError.notPermitted(StoreText.adminSearchesNoPeople.text)
        case .volunteer(let user, let since):
            return try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM people WHERE id = ? AND created_by = ? AND created_at >= ?)
                """, arguments: [id, user, since]) ?? false
        }
    }

    /// Remembers that two records are different people, so they are not offered as duplicates
    /// of each other again (caseworkers and supervisors; audited on both records).
    public func markNotSamePerson(a: Int64, b: Int64, by actor: UserAccount) throws {
        guard a != b else { throw StoreError.invalid(field: "b", StoreText.linkSamePerson.text) }
        try write { db in
            let roles = try self.currentRoles(db, of: actor)
            guard roles.contains(.caseworker) || roles.contains(.supervisor) else {
                throw StoreError.notPermitted(StoreText.onlyIntakeMarksDistinct.text)
            }
            try self.insertNotSame(db, a, b, actor: actor)
        }
    }

    /// Whether two records were marked "not the same person".
    public func areMarkedNotSame(_ a: Int64, _ b: Int64) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM person_distinct WHERE a = ? AND b = ?)",
                              arguments: [min(a, b), max(a, b)]) ?? false
        }
    }

    /// Links `duplicate` to `survivor` (supervisors; audited). Nothing is deleted or moved:
    /// search finds the duplicate's names, phones and documents under the survivor, its cases
    /// are listed under the survivor, and it stops being offered as a separate record.
    /// `unlinkPeople` undoes it exactly.
    public func linkPeople(duplicate: Int64, survivor: Int64, by actor: UserAccount,
                           reason: String? = nil) throws {
        guard duplicate != survivor else {
            throw StoreError.invalid(field: "survivor", StoreText.linkSamePerson.text)
        }
        try write { db in
            try self.requireSupervisor(db, actor)
            try Self.requirePerson(db, duplicate)
            try Self.requirePerson(db, survivor)
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM person_links WHERE duplicate_id = ?)",
                                 arguments: [duplicate]) ?? false {
                throw StoreError.invalid(field: "duplicate",
                                         LocalizedText(es: StoreText.linkAlreadyLinked.format(.es, ["id": "\(duplicate)"]),
                                                       en: StoreText.linkAlreadyLinked.format(.en, ["id": "\(duplicate)"])))
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM person_links WHERE duplicate_id = ?)",
                                 arguments: [survivor]) ?? false {
                throw StoreError.invalid(field: "survivor",
                                         LocalizedText(es: StoreText.linkSurvivorIsDuplicate.format(.es, ["id": "\(survivor)"]),
                                                       en: StoreText.linkSurvivorIsDuplicate.format(.en, ["id": "\(survivor)"])))
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM person_links WHERE survivor_id = ?)",
                                 arguments: [duplicate]) ?? false {
                throw StoreError.invalid(field: "duplicate",
                                         LocalizedText(es: StoreText.linkDuplicateHasDuplicates.format(.es, ["id": "\(duplicate)"]),
                                                       en: StoreText.linkDuplicateHasDuplicates.format(.en, ["id": "\(duplicate)"])))
            }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO person_links (duplicate_id, survivor_id, linked_by, linked_at) VALUES (?, ?, ?, ?)
                """, arguments: [duplicate, survivor, actor.id, now])
            try SearchIndex.update(db, personId: duplicate)
            let trimmed = reason.map { String($0.prefix(500)) }
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: duplicate,
                             action: "linkedAsDuplicate", to: String(survivor), text: trimmed)
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: survivor,
                             action: "linkedDuplicate", to: String(duplicate), text: trimmed)
        }
    }

    /// Undoes `linkPeople` (supervisors; audited): both records are searchable on their own
    /// again and each lists its own cases.
    public func unlinkPeople(duplicate: Int64, survivor: Int64, by actor: UserAccount,
                             reason: String? = nil) throws {
        try write { db in
            try self.requireSupervisor(db, actor)
            try db.execute(sql: "DELETE FROM person_links WHERE duplicate_id = ? AND survivor_id = ?",
                           arguments: [duplicate, survivor])
            guard db.changesCount == 1 else {
                let text = { (l: Language) in StoreText.notLinked.format(l, ["id": "\(duplicate)", "survivor": "\(survivor)"]) }
                throw StoreError.invalid(field: "duplicate", LocalizedText(es: text(.es), en: text(.en)))
            }
            try SearchIndex.update(db, personId: survivor)
            try SearchIndex.update(db, personId: duplicate)
            let now = self.clock.nowSeconds()
            let trimmed = reason.map { String($0.prefix(500)) }
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: duplicate,
                             action: "unlinkedAsDuplicate", from: String(survivor), text: trimmed)
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: survivor,
                             action: "unlinkedDuplicate", from: String(duplicate), text: trimmed)
        }
    }

    /// The record a person is linked to as a duplicate, if any.
    public func survivor(of personId: Int64) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT survivor_id FROM person_links WHERE duplicate_id = ?",
                               arguments: [personId])
        }
    }

    private func requireSupervisor(_ db: Database, _ actor: UserAccount) throws {
        guard try currentRoles(db, of: actor).contains(.supervisor) else {
            throw StoreError.notPermitted(StoreText.onlySupervisorLinks.text)
        }
    }

    private static func requirePerson(_ db: Database, _ id: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)",
                                arguments: [id]) ?? false else {
            let text = { (l: Language) in StoreText.personNotFound.format(l, ["id": "\(id)"]) }
            throw StoreError.invalid(field: "person", LocalizedText(es: text(.es), en: text(.en)))
        }
    }
}
