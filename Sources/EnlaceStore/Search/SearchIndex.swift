import EnlaceCore
import Foundation
import GRDB

/// The people search index and the duplicate-detection keys, written by Swift (SQLite triggers
/// cannot call `NameKeys`), in the same transaction as the `people` row they describe.
///
/// **Contract for every code path that writes people, phones or identity documents**
/// (registerPerson, editing a person, adding a phone, demo data, imports): after the row is
/// written, and inside the same transaction, call
///
///     try SearchIndex.update(db, personId: id)
///
/// It re-reads the person (names, CURP, birth date, phones, documents, linked duplicates) and
/// rewrites `people_search`, `search_keys` and `person_match_keys` for it. It is idempotent and
/// cheap (a few statements). Deleting a person: call `SearchIndex.remove(db, personId:)` first.
///
/// Tables (migration v5-search; v10-search-surname-terms adds every surname token to `size`
/// as "4munoz", so the surname tier reads only surnames' doclists):
/// - `people_search` (FTS5, rowid = person id): `given` (literal given-name and preferred-name
///   tokens), `surname` (surname tokens: words, compact "delacruz"/"munozperez", inner names of
///   merged particles), `nick` (nickname expansions both ways: Chuy -> jesus, José -> pepe),
///   `sounds` (`NamePhonetics.key` of given and surname tokens, plus an x-as-s variant for
///   Nahuatl names: Xóchitl -> sochitl), `size` ("0w3": how many significant words the name
///   has, and "3munoz": the first surname, so a complete name typed in order ranks above a
///   longer or reordered one). `nick` terms are stored as "2jesus", `sounds` as "1ernandes"
///   (see `Marker`). Prefix indexes 2, 3, 4. `people_search_terms` (fts5vocab) lists the
///   indexed terms, to expand a typed word start into a few whole terms.
///   A linked duplicate has no row: its tokens are written into its survivor's row.
/// - `search_keys` (key, person_id): `p:` + the reversed national digits of each phone (a
///   prefix range finds any trailing digits), `d:` + each identity document number (uppercase,
///   letters and digits only). Also under the survivor for linked duplicates.
/// - `person_match_keys`: phonetic keys for duplicate candidates, one row per person.
enum SearchIndex {
    // MARK: - Schema

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE people_search USING fts5(
                given, surname, nick, sounds, size,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3 4'
            );
            CREATE VIRTUAL TABLE people_search_terms USING fts5vocab(people_search, 'row');

            CREATE TABLE search_keys (
                key TEXT NOT NULL,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                PRIMARY KEY (key, person_id)
            ) WITHOUT ROWID;
            CREATE INDEX search_keys_person ON search_keys(person_id);

            -- Identity documents (matrícula consular, passport, INE, birth certificate) with their
            -- number where the person gave it. The CURP stays in people.curp.
            CREATE TABLE person_documents (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('matriculaConsular','passport','ine','birthCertificate')),
                number TEXT,
                expires_on TEXT,
                created_at INTEGER NOT NULL
            );
            CREATE INDEX person_documents_person ON person_documents(person_id);

            -- Duplicate detection keys (Dedupe): phonetic first given name + first surname,
            -- phonetic full name, phonetic surnames; birth date and year.
            CREATE TABLE person_match_keys (
                person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
                name_key TEXT NOT NULL,
                full_key TEXT NOT NULL,
                surnames_key TEXT NOT NULL,
                birth_date TEXT,
                birth_year INTEGER
            );
            CREATE INDEX person_match_name_date ON person_match_keys(name_key, birth_date);
            CREATE INDEX person_match_name_year ON person_match_keys(name_key, birth_year);
            CREATE INDEX person_match_surnames_date ON person_match_keys(surnames_key, birth_date);
            CREATE INDEX person_match_full ON person_match_keys(full_key);

            -- "Not the same person" decisions, each pair once (a < b).
            CREATE TABLE person_distinct (
                a INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                b INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                decided_by INTEGER REFERENCES users(id),
                decided_at INTEGER NOT NULL,
                PRIMARY KEY (a, b),
                CHECK (a < b)
            ) WITHOUT ROWID;
            CREATE INDEX person_distinct_b ON person_distinct(b, a);

            -- A duplicate record linked to the record that survives (reversible: unlinking
            -- deletes the row; nothing else is changed). A survivor is never itself a duplicate.
            CREATE TABLE person_links (
                duplicate_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
                survivor_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                linked_by INTEGER REFERENCES users(id),
                linked_at INTEGER NOT NULL,
                CHECK (duplicate_id <> survivor_id)
            );
            CREATE INDEX person_links_survivor ON person_links(survivor_id);

            -- Volunteers search only the people they registered today.
            CREATE INDEX people_created_by ON people(created_by, created_at);
            """)
    }

    /// Indexes every existing person (run once by the migration).
    static func backfill(_ db: Database) throws {
        let writer = try Writer(db, cached: true)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, given_names, first_surname, second_surname, preferred_name, birth_date
            FROM people WHERE id NOT IN (SELECT duplicate_id FROM person_links) ORDER BY id
            """)
        var phonesByPerson: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT person_id, e164 FROM phones") {
            phonesByPerson[row[0], default: []].append(row[1])
        }
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            let record = PersonRecord(
                id: id, given: row["given_names"], first: row["first_surname"] ?? "",
                second: row["second_surname"] ?? "", preferred: row["preferred_name"] ?? "",
                birthDate: row["birth_date"], phones: phonesByPerson[id] ?? [], documents: [])
            try writer.insert(record, mergedFrom: [])
        }
    }

    // MARK: - Keeping it in step

    /// Rewrites the index rows of `personId` (and of its survivor, when it is a linked
    /// duplicate). Call inside the transaction that wrote the person, a phone or a document.
    static func update(_ db: Database, personId: Int64) throws {
        let survivor = try Int64.fetchOne(
            db, sql: "SELECT survivor_id FROM person_links WHERE duplicate_id = ?", arguments: [personId])
        let writer = try Writer(db)
        if let survivor {
            try writer.delete(personId)
            try writer.matchKeys(try record(db, personId))
            try reindexRoot(db, survivor, writer: writer)
        } else {
            try reindexRoot(db, personId, writer: writer)
        }
    }

    /// Removes every index row of a person about to be deleted.
    static func remove(_ db: Database, personId: Int64) throws {
        let writer = try Writer(db)
        try writer.delete(personId)
        try db.execute(sql: "DELETE FROM person_match_keys WHERE person_id = ?", arguments: [personId])
    }

    private static func reindexRoot(_ db: Database, _ id: Int64, writer: Writer) throws {
        try writer.delete(id)
        guard let root = try record(db, id) else {
            try db.execute(sql: "DELETE FROM person_match_keys WHERE person_id = ?", arguments: [id])
            return
        }
        let duplicates = try Int64.fetchAll(
            db, sql: "SELECT duplicate_id FROM person_links WHERE survivor_id = ? ORDER BY duplicate_id",
            arguments: [id])
        let merged = try duplicates.compactMap { try record(db, $0) }
        try writer.insert(root, mergedFrom: merged)
    }

    static func record(_ db: Database, _ id: Int64) throws -> PersonRecord? {
        guard let row = try PersonNameRow.load(db, id: id) else { return nil }
        let phones = try String.fetchAll(db, sql: "SELECT e164 FROM phones WHERE person_id = ?",
                                         arguments: [id])
        let documents = try String.fetchAll(db, sql: """
            SELECT \(SealedColumn.documentNumber.read()) FROM person_documents WHERE person_id = ? AND number IS NOT NULL
            """, arguments: [id])
        return PersonRecord(id: id, given: row.givenNames, first: row.firstSurname ?? "",
                            second: row.secondSurname ?? "", preferred: row.preferredName ?? "",
                            birthDate: row.birthDate, phones: phones, documents: documents)
    }

    // MARK: - Tokens

    /// Digits put before the terms of some columns so that each column has terms of its own:
    /// a column filter then reads only its own doclists ("ernandes" as a sound never has to be
    /// skipped over when looking for the surname "ernandes"), and no prefix a person can type
    /// (letters) ever expands into them.
    enum Marker {
        static let sounds = "1"
        static let nick = "2"
        static let firstSurname = "3"
        /// Every surname token again, in `size` (migration v10-search-surname-terms): "surname
        /// : maria" reads the doclist of "maria" in every column, every María's, to find the
        /// few whose surname it is; "size : 4maria" reads only those.
        static let surname = "4"
    }

    /// The `size` column: the word count, the first surname's first word, every surname token.
    static func sizeColumn(_ columns: Columns) -> String {
        var terms = [columns.size]
        if !columns.firstSurname.isEmpty { terms.append(Marker.firstSurname + columns.firstSurname) }
        terms += columns.surname.map { Marker.surname + $0 }
        return terms.joined(separator: " ")
    }

    /// Adds the surname terms to every row written before they existed (one statement: the
    /// `surname` column already holds the tokens), then merges the index's segments: rewriting
    /// every row leaves the index in many segments full of deleted entries, and every query
    /// then reads them all (at 100,000 people the raw prefix query went from 0.4 to 1.0 ms
    /// until merged; the merge took 0.6 s).
    static func addSurnameTerms(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE people_search SET size = size || ' \(Marker.surname)' || replace(trim(surname), ' ', ' \(Marker.surname)')
            WHERE trim(coalesce(surname, '')) <> '';
            INSERT INTO people_search (people_search) VALUES ('optimize');
            """)
    }

    /// What the index needs to know about one person.
    struct PersonRecord {
        var id: Int64
        var given: String
        var first: String
        var second: String
        var preferred: String
        var birthDate: String?
        var phones: [String]
        var documents: [String]
    }

    /// The four FTS columns of a person, each a space-separated token list.
    struct Columns: Equatable {
        var given: [String] = []
        var surname: [String] = []
        var nick: [String] = []
        var sounds: [String] = []
        /// "0w3": the number of significant name words.
        var size = ""
        /// The first word of the first surname ("cruz" for "de la Cruz").
        var firstSurname = ""
    }

    static func columns(given: String, first: String, second: String, preferred: String,
                        cache: ColumnCache? = nil) -> Columns {
        let g = cache?.given(given, preferred) ?? givenPart(given, preferred)
        let sn = cache?.surname(first, second) ?? surnamePart(first, second)
        var result = Columns(given: g.given, surname: sn.tokens, nick: g.nick)
        var seen = Set<String>()
        for key in g.sounds + sn.sounds where seen.insert(key).inserted { result.sounds.append(key) }
        result.size = "0w\(min(9, g.wordCount + sn.wordCount))"
        result.firstSurname = sn.firstWord
        return result
    }

    /// Given-name tokens, split into literal (`given`) and nickname expansions (`nick`).
    struct GivenPart {
        var given: [String] = []
        var nick: [String] = []
        var sounds: [String] = []
        /// How many significant words the given names have.
        var wordCount = 0
    }

    struct SurnamePart {
        var tokens: [String] = []
        var sounds: [String] = []
        var wordCount = 0
        var firstWord = ""
    }

    static func givenPart(_ given: String, _ preferred: String) -> GivenPart {
        var result = GivenPart()
        var literal = Set<String>()
        for part in [given, preferred] {
            for unit in NameTokenizer.units(part) {
                literal.formUnion(NameTokenizer.significantWords(unit))
                literal.insert(NameFolding.compactForm(unit))
            }
        }
        let all = NameKeys.searchTokens(for: PersonName(givenNames: given, firstSurname: "",
                                                         preferredName: preferred))
        for token in all {
            if literal.contains(token) { result.given.append(token) } else { result.nick.append(token) }
        }
        var seen = Set<String>()
        for token in result.given {
            for key in phoneticKeys(token) where seen.insert(key).inserted { result.sounds.append(key) }
        }
        result.wordCount = NameTokenizer.units(given).flatMap { NameTokenizer.significantWords($0) }.count
        return result
    }

    static func surnamePart(_ first: String, _ second: String) -> SurnamePart {
        var result = SurnamePart()
        result.tokens = NameKeys.searchTokens(for: PersonName(givenNames: "", firstSurname: first,
                                                               secondSurname: second))
        var seen = Set<String>()
        for token in result.tokens {
            for key in phoneticKeys(token) where seen.insert(key).inserted { result.sounds.append(key) }
        }
        result.wordCount = (NameTokenizer.units(first) + NameTokenizer.units(second))
            .flatMap { NameTokenizer.significantWords($0) }.count
        result.firstWord = NameTokenizer.units(first).first.flatMap { NameTokenizer.significantWords($0).first } ?? ""
        return result
    }

    /// Memoised name parts for bulk writers (demo data, backfill), where the same given names
    /// and surnames come back thousands of times. Not thread-safe: one per transaction.
    final class ColumnCache {
        private var givens: [String: GivenPart] = [:]
        private var surnames: [String: SurnamePart] = [:]
        private var matchKeys: [String: MatchKeys] = [:]

        func given(_ given: String, _ preferred: String) -> GivenPart {
            let key = given + "\u{1}" + preferred
            if let hit = givens[key] { return hit }
            let part = SearchIndex.givenPart(given, preferred)
            if givens.count < 200_000 { givens[key] = part }
            return part
        }

        func surname(_ first: String, _ second: String) -> SurnamePart {
            let key = first + "\u{1}" + second
            if let hit = surnames[key] { return hit }
            let part = SearchIndex.surnamePart(first, second)
            if surnames.count < 200_000 { surnames[key] = part }
            return part
        }

        func match(_ given: String, _ first: String, _ second: String) -> MatchKeys {
            let key = given + "\u{1}" + first + "\u{1}" + second
            if let hit = matchKeys[key] { return hit }
            let keys = MatchKeys(given: given, first: first, second: second)
            if matchKeys.count < 200_000 { matchKeys[key] = keys }
            return keys
        }
    }

    /// `NamePhonetics.key`, and for words with an x also the key with x read as s
    /// (Xóchitl, Xicoténcatl are said with s/sh; México, Ximénez with j: both are kept).
    static func phoneticKeys(_ token: String) -> [String] {
        let key = NamePhonetics.key(token)
        guard token.contains("x") else { return [key] }
        let variant = NamePhonetics.key(token.replacingOccurrences(of: "x", with: "s"))
        return variant == key ? [key] : [key, variant]
    }

    /// "+13125550142" -> "2410555213": reversed national digits, so any trailing digits are a
    /// prefix. Numbers that are not valid US/Mexico numbers keep all their digits.
    static func phoneKey(_ e164: String) -> String {
        let national = PhoneNumber(e164: e164)?.nationalNumber ?? PhoneNumber.searchDigits(e164)
        return "p:" + String(national.reversed())
    }

    /// A document number as its key is made from (capitals and digits), nil when unusable.
    static func documentNumber(_ number: String) -> String? {
        let key = NameFolding.compactForm(number).uppercased()
        return key.isEmpty || key.count > 40 ? nil : key
    }

    /// Prepared statements for writing index rows (one person at a time, or many in a batch).
    struct Writer {
        let insertFTS: Statement
        let deleteFTS: Statement
        let insertKey: Statement
        /// A document's key: "d:" and the number's keyed hash (`enlace_match`), never the number.
        let insertDocumentKey: Statement
        let deleteKeys: Statement
        let upsertMatch: Statement
        let cache: ColumnCache?

        /// `cached`: memoise name parts (bulk writers only).
        init(_ db: Database, cached: Bool = false) throws {
            try self.init(db, cache: cached ? ColumnCache() : nil)
        }

        /// A bulk writer that keeps `cache` across transactions (demo data: one cache for
        /// every batch, instead of a cold one per batch).
        init(_ db: Database, cache: ColumnCache?) throws {
            self.cache = cache
            insertFTS = try db.cachedStatement(sql: """
                INSERT INTO people_search (rowid, given, surname, nick, sounds, size) VALUES (?,?,?,?,?,?)
                """)
            deleteFTS = try db.cachedStatement(sql: "DELETE FROM people_search WHERE rowid = ?")
            insertKey = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO search_keys (key, person_id) VALUES (?, ?)
                """)
            insertDocumentKey = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO search_keys (key, person_id) VALUES ('d:' || enlace_match(?), ?)
                """)
            deleteKeys = try db.cachedStatement(sql: "DELETE FROM search_keys WHERE person_id = ?")
            upsertMatch = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO person_match_keys
                    (person_id, name_key, full_key, surnames_key, birth_date, birth_year)
                VALUES (?,?,?,?,?,?)
                """)
        }

        func delete(_ id: Int64) throws {
            try deleteFTS.execute(arguments: [id])
            try deleteKeys.execute(arguments: [id])
        }

        /// Writes the FTS row and search keys of `person` (tokens of `merged` duplicates
        /// included) and the match keys of `person`. Assumes no rows exist yet for it.
        func insert(_ person: PersonRecord, mergedFrom merged: [PersonRecord]) throws {
            var columns = SearchIndex.columns(given: person.given, first: person.first,
                                              second: person.second, preferred: person.preferred,
                                              cache: cache)
            var phones = person.phones
            var documents = person.documents
            for other in merged {
                let more = SearchIndex.columns(given: other.given, first: other.first,
                                               second: other.second, preferred: other.preferred)
                columns.given += more.given.filter { !columns.given.contains($0) }
                columns.surname += more.surname.filter { !columns.surname.contains($0) }
                columns.nick += more.nick.filter { !columns.nick.contains($0) }
                columns.sounds += more.sounds.filter { !columns.sounds.contains($0) }
                phones += other.phones
                documents += other.documents
            }
            try insertFTS.execute(arguments: [
                person.id, columns.given.joined(separator: " "), columns.surname.joined(separator: " "),
                columns.nick.map { Marker.nick + $0 }.joined(separator: " "),
                columns.sounds.map { Marker.sounds + $0 }.joined(separator: " "),
                SearchIndex.sizeColumn(columns),
            ])
            for phone in phones { try insertKey.execute(arguments: [SearchIndex.phoneKey(phone), person.id]) }
            for document in documents {
                if let number = SearchIndex.documentNumber(document) {
                    try insertDocumentKey.execute(arguments: [number, person.id])
                }
            }
            try matchKeys(person)
        }

        func matchKeys(_ person: PersonRecord?) throws {
            guard let person else { return }
            let keys = cache?.match(person.given, person.first, person.second)
                ?? MatchKeys(given: person.given, first: person.first, second: person.second)
            let year = person.birthDate.flatMap { Int($0.prefix(4)) }
            try upsertMatch.execute(arguments: [person.id, keys.name, keys.full, keys.surnames,
                                                person.birthDate, year])
        }
    }
}

/// Phonetic keys of a whole name, for duplicate candidates. A nickname as first given name
/// counts as the name it stands for (Chuy Hernández ~ Jesús Hernández).
struct MatchKeys: Equatable {
    /// First given name + first surname ("jesus|ernandes").
    var name: String
    /// Every given name + both surnames.
    var full: String
    /// Both surnames ("ernandes|garsia"); the first alone when there is one.
    var surnames: String

    init(given: String, first: String, second: String) {
        let givenWords = NameTokenizer.units(given).flatMap { NameTokenizer.significantWords($0) }
        let firstGiven = givenWords.first.map { word in
            NameNicknames.expansions(of: word).first?.split(separator: " ").first.map(String.init) ?? word
        } ?? ""
        // Surnames keyed without their particles: "de la Cruz" and "Cruz" meet.
        // A particle merged by a US form counts as the particle: "Delacruz" ~ "de la Cruz".
        func surnameKey(_ text: String) -> String {
            NameTokenizer.units(text).flatMap { NameTokenizer.significantWords($0) }
                .map { word in
                    for prefix in ["delos", "delas", "dela"] where word.hasPrefix(prefix) && word.count - prefix.count >= 3 {
                        return NamePhonetics.key(String(word.dropFirst(prefix.count)))
                    }
                    return NamePhonetics.key(word)
                }.joined()
        }
        let s1 = surnameKey(first), s2 = surnameKey(second)
        name = NamePhonetics.key(firstGiven) + "|" + s1
        surnames = s1 + "|" + s2
        full = givenWords.map { NamePhonetics.key($0) }.joined(separator: " ") + "|" + s1 + "|" + s2
    }
}
