import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Most hits one call returns.
    public static let maxSearchLimit = 200
    /// Most index rows one call examines when many are hidden from the actor; a page may then
    /// be short, and the cursor of its last hit continues the search.
    static let searchScanCap = 20_000

    /// Finds people (and, through their cases, case numbers) by name, nickname, near-miss
    /// spelling, phone digits, CURP, case number, document number or birth date.
    ///
    /// Order: exact identifiers (CURP, case number, whole phone, document number), then trailing
    /// phone digits, then whole-name matches (given name and surname), surname only, given name
    /// only, nickname or name start, sounds-alike, all words but one; newest person first within
    /// a tier. `after` continues after a hit's cursor (keyset: nothing is loaded twice).
    ///
    /// Scoped by role: a supervisor finds everyone; a caseworker, people with a case of its own
    /// or unassigned, and people without cases that it registered; a volunteer, people it
    /// registered today; an admin nobody (refused). Case numbers listed are only the cases the
    /// actor may see. Linked duplicates are found under their surviving record.
    ///
    /// Audited as `searched` (entity `person`): the name words in search form and only the
    /// *kind* of any identifier typed (never a CURP, phone, case or document number), plus the
    /// ids of the people returned. Any text is accepted: FTS5 syntax, quotes, control
    /// characters and 10,000 pasted characters give results or none, never an error.
    public func search(_ query: String, by actor: UserAccount, limit: Int = 20,
                       after: SearchCursor? = nil) throws -> [SearchHit] {
        let page = try searchPage(query, by: actor, limit: limit, after: after)
        try auditShown(page, by: actor)
        return page.hits
    }

    /// The same search as `search`, read only: nothing is audited until the caller shows the
    /// hits and calls `auditShown(_:by:)`. For the search screen, which runs a search per pause
    /// in typing and drops results that newer input has overtaken: only the queries a person
    /// actually saw results for are audited. Every other caller uses `search`.
    public func searchPage(_ query: String, by actor: UserAccount, limit: Int = 20,
                           after: SearchCursor? = nil) throws -> SearchPage {
        try searchPage(query, by: actor, limit: limit, after: after, classifyCap: Self.classifyCap)
    }

    /// Appends the `searched` audit row of a page the person has seen (nothing for an empty query).
    public func auditShown(_ page: SearchPage, by actor: UserAccount) throws {
        guard let summary = page.auditSummary else { return }
        try write { db in
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person",
                             entityID: nil, action: "searched", reason: summary,
                             changedFields: ["people": page.hits.map { String($0.personId) }])
        }
    }

    /// At most this many name candidates are ranked in Swift in one FTS pass; above it, each
    /// tier is its own FTS query (fast then, since the best tiers fill the page). Finding out
    /// costs reading cap + 1 matches of the broadest expression, wasted when there are more:
    /// at 1M people, 60 instead of 300 took given name and surname from 17–19 to 10–11 ms at
    /// p50 and nickname and surname from 9–10 to 8 ms (two runs each, `bench --search-only`).
    static let classifyCap = 60

    /// `classifyCap` 0 forces one FTS query per tier (tests compare both ways).
    func search(_ query: String, by actor: UserAccount, limit: Int, after: SearchCursor?,
                classifyCap: Int) throws -> [SearchHit] {
        let page = try searchPage(query, by: actor, limit: limit, after: after, classifyCap: classifyCap)
        try auditShown(page, by: actor)
        return page.hits
    }

    func searchPage(_ query: String, by actor: UserAccount, limit: Int, after: SearchCursor?,
                    classifyCap: Int) throws -> SearchPage {
        let limit = max(1, min(limit, Self.maxSearchLimit))
        let parsed = SearchQuery(query, currentYear: currentYear())
        let hits: [SearchHit] = try read { db in
            let visibility = try self.visibility(db, of: actor)
            if case .none = visibility {
                throw StoreError.notPermitted(StoreText.adminSearchesNoPeople.text)
            }
            if parsed.isEmpty { return [] }
            var searcher = try Searcher(db: db, query: parsed, visibility: visibility, classifyCap: classifyCap)
            return try searcher.run(limit: limit, after: after)
        }
        return SearchPage(hits: hits, auditSummary: parsed.isEmpty ? nil : parsed.auditSummary)
    }

    /// Up to 24 indexed words longer than `word` that start with it, most frequent first;
    /// none when more than 400 do (the word is then matched whole).
    static func completions(_ db: Database, of word: String) throws -> [String] {
        // The lower bound is past `word` itself: fts5vocab counts the documents of every term
        // it visits, and `term > word` would visit (and count) the typed word's own doclist,
        // the longest of them ("hernandez": every Hernández).
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT term, doc FROM people_search_terms WHERE term >= ? AND term < ? LIMIT 401
            """), arguments: [word + "\u{1}", word + "\u{10FFFF}"]).map { (term: $0[0] as String, doc: $0[1] as Int) }
        if rows.count > 400 { return [] }
        return rows
            .filter { $0.term.hasPrefix(word) }
            .sorted { ($0.doc, $1.term) > ($1.doc, $0.term) }
            .prefix(24).map(\.term)
    }
}

/// One search, inside one read transaction.
private struct Searcher {
    let db: Database
    /// The query; the completions of its last word are looked up only when a tier needs them.
    var query: SearchQuery
    var completed = false
    let visibility: CaseDesk.Visibility
    /// For volunteers: the smallest person id they registered today (nil: nobody).
    var lowestId: Int64 = 0
    var scanned = 0
    let dateSet: Set<String>

    let classifyCap: Int
    private let rows = SearchRowCache()

    init(db: Database, query: SearchQuery, visibility: CaseDesk.Visibility, classifyCap: Int) throws {
        self.classifyCap = classifyCap
        self.db = db
        self.query = query
        self.visibility = visibility
        dateSet = Set(query.dates)
        if case .volunteer(let id, let since) = visibility {
            lowestId = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT min(id) FROM people WHERE created_by = ? AND created_at >= ?
                """), arguments: [id, since]) ?? Int64.max
        }
    }

    mutating func run(limit: Int, after: SearchCursor?) throws -> [SearchHit] {
        if lowestId == Int64.max { return [] }
        // Name hits carry their base tier; their reasons are worked out once the page is known.
        var found: [(id: Int64, tier: Int, score: Int, reasons: Reasons)] = []
        let startTier = after?.tier ?? 0
        if query.hasIdentifiers {
            // Identifiers decide; name words and dates then only add reasons and score.
            if startTier <= SearchTier.identifier {
                try complete()
                for hit in try identifierHits() {
                    if let after, (hit.score, hit.id) >= (after.score, after.personId) { continue }
                    found.append((hit.id, SearchTier.identifier, hit.score, .known(hit.reasons)))
                    if found.count == limit { break }
                }
            }
        } else if !query.nameTokens.isEmpty, let classified = try classifiedCandidates() {
            // Few candidates: one FTS pass, tiers decided here (same rules, same numbering).
            for candidate in classified {
                if let after, (candidate.tier, -candidate.id) <= (after.tier, -after.personId) { continue }
                guard try isVisible(candidate.id), try dateMatches(candidate.id) else { continue }
                found.append((candidate.id, candidate.tier, candidate.score, .name(candidate.base)))
                if found.count == limit { break }
            }
            if found.count < limit, let partial = query.partialTier, partial.tier >= startTier {
                let below = (after?.tier == partial.tier) ? after!.personId : Int64.max
                for id in try ftsPage(partial.expression, below: below, limit: limit - found.count) {
                    found.append((id, partial.tier, partial.score, .name(partial.base)))
                }
            }
        } else if !query.nameTokens.isEmpty {
            for (base, _) in query.baseNameTiers where base * 10 + 1 >= startTier {
                if base >= SearchTier.loose { try complete() }
                let tiers = query.nameTiers
                guard let baseExpression = query.baseNameTiers.first(where: { $0.tier == base })?.expression
                else { continue }
                // A split tier with few people: one FTS pass, the bonus decided here.
                // Three words or more: the bonus is checked on each row (see fullNameSplitInRows).
                let inRows = query.fullNameSplitInRows(base: base)
                if inRows == nil, query.isSplit(base: base),
                   let ranked = try splitInSwift(base: base, baseExpression) {
                    for candidate in ranked {
                        if let after, (candidate.tier, -candidate.id) <= (after.tier, -after.personId) { continue }
                        guard try isVisible(candidate.id), try dateMatches(candidate.id) else { continue }
                        found.append((candidate.id, candidate.tier, candidate.score, .name(base)))
                        if found.count == limit { break }
                    }
                } else {
                    for (tier, _, score, expression) in tiers where tier / 10 == base && tier >= startTier {
                        let below = (after?.tier == tier) ? after!.personId : Int64.max
                        let page: [Int64]
                        if let inRows {
                            let withBonus = tier == base * 10
                            page = try ftsPage(withBonus ? inRows.bonus : inRows.full, below: below,
                                               limit: limit - found.count, bonus: (base, withBonus))
                        } else {
                            page = try ftsPage(expression, below: below, limit: limit - found.count)
                        }
                        for id in page {
                            found.append((id, tier, score, .name(base)))
                        }
                        if found.count == limit { break }
                    }
                }
                if found.count == limit || scanned >= CaseDesk.searchScanCap { break }
            }
        } else if startTier <= SearchTier.birthDate {
            let below = (after?.tier == SearchTier.birthDate) ? after!.personId : Int64.max
            let ids = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT coalesce(l.survivor_id, p.id) AS pid FROM people p
                LEFT JOIN person_links l ON l.duplicate_id = p.id
                WHERE p.birth_date IN (\(CaseDesk.placeholders(query.dates.count)))
                ORDER BY pid DESC
                """), arguments: StatementArguments(query.dates))
            for id in ids where id < below && id >= lowestId {
                guard try isVisible(id) else { continue }
                found.append((id, SearchTier.birthDate, SearchTier.score(SearchTier.birthDate), .known([.birthDate])))
                if found.count == limit { break }
            }
        }
        // The page's rows in one statement each: index rows (reasons), names, case numbers.
        let ids = found.map(\.id)
        try prefetchTokens(found.compactMap { if case .name = $0.reasons { $0.id } else { nil } })
        let names = try nameRows(ids)
        let cases = try caseNumbers(ids)
        return try found.map { item in
            let row = names[item.id]
            let reasons: [MatchReason]
            switch item.reasons {
            case .known(let known): reasons = known
            case .name(let base): reasons = try nameReasons(item.id, tier: base, name: row)
            }
            return SearchHit(personId: item.id,
                             listName: row?.listName ?? PersonNameFormat.listName(given: "", first: nil, second: nil),
                             caseNumbers: cases[item.id] ?? [], score: item.score, reasons: reasons,
                             cursor: SearchCursor(tier: item.tier, score: item.score, personId: item.id))
        }
    }

    /// How a hit's reasons are known: given (identifiers, birth date), or from its name tier.
    enum Reasons {
        case known([MatchReason])
        case name(Int)
    }

    // MARK: - Names

    /// Looks up the indexed words the last typed word (5 letters or more) starts, once.
    mutating func complete() throws {
        guard !completed else { return }
        completed = true
        if let last = query.nameTokens.last, last.count > 4 {
            query.lastWordCompletions = try CaseDesk.completions(db, of: last)
        }
    }

    /// Up to `limit` visible people matching `expression` with id < `below`, newest first.
    /// `bonus`: keep only rows that have (or have not) the bonus of that base tier.
    mutating func ftsPage(_ expression: String, below: Int64, limit: Int,
                          bonus: (base: Int, required: Bool)? = nil) throws -> [Int64] {
        var result: [Int64] = []
        var upper = below
        let batch = max(limit * 2, 64)
        while result.count < limit, scanned < CaseDesk.searchScanCap {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT rowid FROM people_search
                WHERE people_search MATCH ? AND rowid < ? AND rowid >= ?
                ORDER BY rowid DESC LIMIT ?
                """), arguments: [expression, upper, lowestId, batch])
            scanned += ids.count
            if bonus != nil { try prefetchTokens(ids) }
            for id in ids {
                upper = id
                if let bonus {
                    let tokens = try indexedTokens(id)
                    let has = query.hasBonus(base: bonus.base, literal: tokens.given.union(tokens.surname),
                                             size: tokens.size)
                    if has != bonus.required { continue }
                }
                if try isVisible(id), try dateMatches(id) {
                    result.append(id)
                    if result.count == limit { return result }
                }
            }
            if ids.count < batch { break }
        }
        return result
    }

    /// Every person matching the name words (all tiers but "all words but one"), classified
    /// and ordered (tier, newest first); nil when there are more than `classifyCap`.
    mutating func classifiedCandidates() throws -> [(id: Int64, tier: Int, base: Int, score: Int)]? {
        guard query.broadExpression != nil else { return nil }
        if let subset = query.literalSubsetExpression {
            // More than `classifyCap` people have every word whole: the broad set is larger.
            let count = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(*) FROM (SELECT rowid FROM people_search
                WHERE people_search MATCH ? AND rowid >= ? LIMIT ?)
                """), arguments: [subset, lowestId, classifyCap + 1]) ?? 0
            if count > classifyCap { return nil }
        }
        try complete()
        guard let broad = query.broadExpression else { return nil }
        let ids = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT rowid FROM people_search WHERE people_search MATCH ? AND rowid >= ?
            ORDER BY rowid DESC LIMIT ?
            """), arguments: [broad, lowestId, classifyCap + 1])
        if ids.count > classifyCap { return nil }
        try prefetchTokens(ids)
        var result: [(id: Int64, tier: Int, base: Int, score: Int)] = []
        for id in ids {
            let tokens = try indexedTokens(id)
            if let c = query.classify(given: tokens.given, surname: tokens.surname, nick: tokens.nick,
                                      sounds: tokens.sounds, size: tokens.size) {
                result.append((id, c.tier, c.base, c.score))
            }
        }
        result.sort { ($0.tier, -$0.id) < ($1.tier, -$1.id) }
        return result
    }

    /// The people of one split tier, bonus first then newest first; nil above `classifyCap`.
    func splitInSwift(base: Int, _ expression: String) throws -> [(id: Int64, tier: Int, score: Int)]? {
        guard classifyCap > 0 else { return nil }
        let ids = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT rowid FROM people_search WHERE people_search MATCH ? AND rowid >= ?
            ORDER BY rowid DESC LIMIT ?
            """), arguments: [expression, lowestId, classifyCap + 1])
        if ids.count > classifyCap { return nil }
        try prefetchTokens(ids)
        var result: [(id: Int64, tier: Int, score: Int)] = []
        for id in ids {
            let tokens = try indexedTokens(id)
            if query.hasBonus(base: base, literal: tokens.given.union(tokens.surname), size: tokens.size) {
                result.append((id, base * 10, SearchTier.score(base) + 10))
            } else {
                result.append((id, base * 10 + 1, SearchTier.score(base)))
            }
        }
        result.sort { ($0.tier, -$0.id) < ($1.tier, -$1.id) }
        return result
    }

    func dateMatches(_ id: Int64) throws -> Bool {
        if dateSet.isEmpty { return true }
        let dates = try String.fetchAll(db.cachedStatement(sql: """
            SELECT birth_date FROM people WHERE id = ? AND birth_date IS NOT NULL
            UNION ALL
            SELECT p.birth_date FROM person_links l JOIN people p ON p.id = l.duplicate_id
            WHERE l.survivor_id = ? AND p.birth_date IS NOT NULL
            """), arguments: [id, id])
        return dates.contains { dateSet.contains($0) }
    }

    /// The index row of a person, as token sets (read once per search).
    func indexedTokens(_ id: Int64) throws -> IndexedTokens {
        if let known = rows.tokens[id] { return known }
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT given, surname, nick, sounds, size FROM people_search WHERE rowid = ?
            """), arguments: [id]).map {
            IndexedTokensRow(given: $0[0], surname: $0[1], nick: $0[2], sounds: $0[3], size: $0[4])
        }
        let tokens = IndexedTokens(row)
        rows.tokens[id] = tokens
        return tokens
    }

    /// Reads the index rows of `ids` not read yet, in one statement.
    func prefetchTokens(_ ids: [Int64]) throws {
        let missing = ids.filter { rows.tokens[$0] == nil }
        guard !missing.isEmpty else { return }
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT rowid, given, surname, nick, sounds, size FROM people_search
            WHERE rowid IN (\(CaseDesk.placeholders(missing.count)))
            """), arguments: StatementArguments(missing))
        while let row = try cursor.next() {
            rows.tokens[row[0]] = IndexedTokens(IndexedTokensRow(
                given: row[1], surname: row[2], nick: row[3], sounds: row[4], size: row[5]))
        }
    }

    /// The name columns of `ids`, in one statement.
    func nameRows(_ ids: [Int64]) throws -> [Int64: PersonNameRow] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: PersonNameRow] = [:]
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, given_names, first_surname, second_surname, preferred_name FROM people
            WHERE id IN (\(CaseDesk.placeholders(ids.count)))
            """), arguments: StatementArguments(ids))
        while let row = try cursor.next() {
            result[row[0]] = PersonNameRow(givenNames: row[1], firstSurname: row[2], secondSurname: row[3],
                                           preferredName: row[4], birthDate: nil)
        }
        return result
    }

    /// Why the name tokens matched this person.
    func nameReasons(_ id: Int64, tier: Int, name: PersonNameRow? = nil) throws -> [MatchReason] {
        var reasons: [MatchReason] = []
        switch tier {
        case SearchTier.fullName: reasons.append(.exactName)
        case SearchTier.surname: reasons.append(.surnameOnly)
        case SearchTier.otherExact: reasons.append(.givenNameOnly)
        case SearchTier.partial: reasons.append(.partialName)
        default: break
        }
        let tokens = try indexedTokens(id)
        let literal = tokens.given.union(tokens.surname)
        var prefix = false, nickname = false, phonetic = false
        for (i, token) in query.nameTokens.enumerated() where !literal.contains(token) {
            if literal.contains(where: { $0.hasPrefix(token) }) {
                prefix = true
            } else if tokens.nick.contains(token) {
                nickname = true
            } else if query.phoneticKeys[i].contains(where: { key in
                tokens.sounds.contains(key)
            }) {
                phonetic = true
            }
        }
        if nickname { reasons.append(.nickname) }
        if prefix { reasons.append(.namePrefix) }
        if phonetic { reasons.append(.phonetic) }
        if try typedWithoutAccents(id, name: name) { reasons.append(.accentInsensitive) }
        if !dateSet.isEmpty { reasons.append(.birthDate) }
        return reasons
    }

    /// True when a typed word equals a name word once accents and ñ are folded, but not as
    /// typed ("munoz" for Muñoz, "jose" for José).
    func typedWithoutAccents(_ id: Int64, name: PersonNameRow?) throws -> Bool {
        guard let row = try name ?? PersonNameRow.decodeOne(db, sql: """
            SELECT given_names, first_surname, second_surname, preferred_name FROM people WHERE id = ?
            """, arguments: [id]) else { return false }
        let text = [row.givenNames, row.firstSurname, row.secondSurname, row.preferredName]
            .compactMap { $0 }.joined(separator: " ").lowercased()
        // An ASCII name word folds to itself: only a typed word with accents can fold to it
        // and differ. Words with accents are folded once per search (names repeat on a page).
        let typedByFold = rows.typedByFold(query.typedWords)
        let typedHasAccents = !query.typedWords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        for word in text.split(whereSeparator: { !$0.isLetter }).map(String.init) {
            let ascii = word.utf8.allSatisfy { $0 < 0x80 }
            if ascii && !typedHasAccents { continue }
            if let typed = typedByFold[ascii ? word : rows.fold(word)], typed.contains(where: { $0 != word }) {
                return true
            }
        }
        return false
    }

    // MARK: - Identifiers

    func identifierHits() throws -> [(id: Int64, score: Int, reasons: [MatchReason])] {
        var byPerson: [Int64: (score: Int, reasons: [MatchReason])] = [:]
        func add(_ ids: [Int64], _ score: Int, _ reason: MatchReason) {
            for id in ids {
                var entry = byPerson[id] ?? (0, [])
                entry.score = max(entry.score, score)
                if !entry.reasons.contains(reason) { entry.reasons.append(reason) }
                byPerson[id] = entry
            }
        }
        let resolve = "coalesce((SELECT survivor_id FROM person_links WHERE duplicate_id = x.pid), x.pid)"
        if let curp = query.curp {
            add(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT \(resolve) FROM (SELECT id AS pid FROM people WHERE curp = ?) x
                """), arguments: [curp]), 1000, .curp)
        }
        if !query.caseNumbers.isEmpty {
            add(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT \(resolve) FROM (SELECT person_id AS pid FROM cases
                    WHERE number IN (\(CaseDesk.placeholders(query.caseNumbers.count)))) x
                """), arguments: StatementArguments(query.caseNumbers)), 990, .caseNumber)
        }
        if let phone = query.fullPhone {
            add(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT person_id FROM search_keys WHERE key = ? LIMIT 500
                """), arguments: ["p:" + String(phone.reversed())]), 980, .phone)
        }
        for document in query.documentNumbers {
            add(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT person_id FROM search_keys
                WHERE key IN (SELECT 'd:' || value FROM json_each(enlace_match_all(?))) LIMIT 500
                """), arguments: [document]), 970, .documentNumber)
        }
        for suffix in query.phoneSuffixes {
            let low = "p:" + String(suffix.reversed())
            add(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT person_id FROM search_keys WHERE key >= ? AND key < ? LIMIT 2000
                """), arguments: [low, low + "~"]), 900, .phoneDigits)
        }
        var result: [(id: Int64, score: Int, reasons: [MatchReason])] = []
        for (id, entry) in byPerson where id >= lowestId {
            guard try isVisible(id) else { continue }
            var score = entry.score
            var reasons = entry.reasons
            if let expression = query.anyNameExpression {
                let matches = try Bool.fetchOne(db.cachedStatement(sql: """
                    SELECT EXISTS (SELECT 1 FROM people_search WHERE people_search MATCH ? AND rowid = ?)
                    """), arguments: [expression, id]) ?? false
                if matches {
                    score += 50
                    reasons += try nameReasons(id, tier: SearchTier.loose).filter { !reasons.contains($0) }
                } else {
                    score -= 50
                }
            }
            if !dateSet.isEmpty {
                if try dateMatches(id) { score += 20; reasons.append(.birthDate) } else { score -= 20 }
            }
            result.append((id, score, reasons))
        }
        result.sort { ($0.score, $0.id) > ($1.score, $1.id) }
        return result
    }

    // MARK: - Scope

    func isVisible(_ id: Int64) throws -> Bool {
        switch visibility {
        case .all: return true
        case .none: return false
        case .caseworker(let user):
            return try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM cases c
                               WHERE c.person_id IN (SELECT ?1 UNION ALL
                                                     SELECT duplicate_id FROM person_links WHERE survivor_id = ?1)
                                 AND (+c.caseworker_id = ?2 OR +c.caseworker_id IS NULL))
                    OR (NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = ?1)
                        AND EXISTS (SELECT 1 FROM people p WHERE p.id = ?1 AND p.created_by = ?2))
                """), arguments: [id, user]) ?? false
        case .volunteer(let user, let since):
            return try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM people WHERE id = ? AND created_by = ? AND created_at >= ?)
                """), arguments: [id, user, since]) ?? false
        }
    }

    /// Visible case numbers of each person and its linked duplicates, in one statement: open
    /// first, newest first, at most 10 each.
    func caseNumbers(_ ids: [Int64]) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        // Linked duplicates' cases count as their survivor's.
        var owner = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
        let links = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT duplicate_id, survivor_id FROM person_links
            WHERE survivor_id IN (\(CaseDesk.placeholders(ids.count)))
            """), arguments: StatementArguments(ids))
        while let link = try links.next() { owner[link[0]] = link[1] }
        let people = Array(owner.keys)
        var sql = """
            SELECT c.person_id, c.number FROM cases c
            WHERE c.person_id IN (\(CaseDesk.placeholders(people.count)))
            """
        var arguments = StatementArguments(people)
        switch visibility {
        case .all, .none: break
        case .caseworker(let user):
            sql += " AND (+c.caseworker_id = ? OR +c.caseworker_id IS NULL)"
            arguments += [user]
        case .volunteer(let user, let since):
            sql += " AND +c.created_by = ? AND +c.opened_at >= ?"
            arguments += [user, since]
        }
        sql += " ORDER BY (c.status = 'closed'), c.opened_at DESC, c.id DESC"
        var result: [Int64: [String]] = [:]
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try cursor.next() {
            guard let pid = owner[row[0]] else { continue }
            if result[pid, default: []].count < 10 { result[pid, default: []].append(row[1]) }
        }
        return result
    }
}

/// A person's row of the search index as token sets (see `SearchIndex` for the columns).
struct IndexedTokens {
    var given: Set<String>
    var surname: Set<String>
    var nick: Set<String>
    var sounds: Set<String>
    var size: Set<String>

    init(_ row: IndexedTokensRow?) {
        func set(_ text: String?, marker: String = "") -> Set<String> {
            Set((text ?? "").split(separator: " ").map { String($0.dropFirst(marker.count)) })
        }
        given = set(row?.given)
        surname = set(row?.surname)
        nick = set(row?.nick, marker: SearchIndex.Marker.nick)
        sounds = set(row?.sounds, marker: SearchIndex.Marker.sounds)
        size = set(row?.size)
    }
}

/// The rows one search has read, kept for the rest of it.
private final class SearchRowCache {
    var tokens: [Int64: IndexedTokens] = [:]
    private var folds: [String: String] = [:]
    private var typedFolds: [String: Set<String>]?

    /// `NameFolding.searchForm`, remembered.
    func fold(_ word: String) -> String {
        if let known = folds[word] { return known }
        let folded = NameFolding.searchForm(word)
        folds[word] = folded
        return folded
    }

    /// The typed words by their folded form, worked out once.
    func typedByFold(_ typedWords: [String]) -> [String: Set<String>] {
        if let typedFolds { return typedFolds }
        var result: [String: Set<String>] = [:]
        for typed in typedWords { result[fold(typed), default: []].insert(typed) }
        typedFolds = result
        return result
    }
}
