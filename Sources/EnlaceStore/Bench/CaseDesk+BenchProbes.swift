import EnlaceCore
import Foundation
import GRDB

/// A person as the bench uses it to draw realistic queries: names as registered, the national
/// digits of one phone, one case number.
public struct BenchPerson: Sendable, Equatable {
    public var givenNames: String
    public var firstSurname: String
    public var secondSurname: String
    public var phoneDigits: String?
    public var caseNumber: String?
}

/// The one query a hand-written search would run for an input, on the same tables `search`
/// reads: the yardstick `enlace bench` prints beside each search kind.
public enum RawSearch: Sendable, Equatable {
    /// `people_search MATCH expression LIMIT n`: the plain prefix match of the typed words.
    case match(String)
    /// The phone keys ending in these digits (`search_keys` range).
    case phoneSuffix(String)
    /// The person of a case number.
    case caseNumber(String)

    /// The plain prefix MATCH for typed words: each word in search form, quoted, with `*`
    /// (`"maria"* "hernandez"*`); nil when nothing in it is a name word.
    public static func prefixMatch(_ typed: String) -> RawSearch? {
        words(typed) { "\"\($0)\"*" }
    }

    /// The same, where a word may also be a nickname (`nick` terms): the query a hand-written
    /// nickname search would run.
    public static func nicknameMatch(_ typed: String) -> RawSearch? {
        words(typed) { "(\"\($0)\"* OR nick : \"\(SearchIndex.Marker.nick + $0)\")" }
    }

    /// The same, where a word may also sound like a name (`sounds` terms, the typed word's
    /// phonetic keys): the query a hand-written sound-alike search would run.
    public static func soundMatch(_ typed: String) -> RawSearch? {
        words(typed) { word in
            var keys = SearchIndex.phoneticKeys(word)
            for key in NamePhonetics.typedKeys(word) where !keys.contains(key) { keys.append(key) }
            return "(\"\(word)\"* OR sounds : (\(keys.map { "\"\(SearchIndex.Marker.sounds + $0)\"" }.joined(separator: " OR "))))"
        }
    }

    private static func words(_ typed: String, _ term: (String) -> String) -> RawSearch? {
        let words = QueryTokens.parse(typed).nameTokens.prefix(SearchQuery.maxNameTokens)
        guard !words.isEmpty else { return nil }
        return .match(words.map(term).joined(separator: " AND "))
    }
}

extension CaseDesk {
    /// `count` people drawn at random (seeded) from the whole file, for the bench's queries.
    /// Read only and not audited: only `enlace bench` calls it, and it prints figures, never names.
    public func benchPeople(count: Int, seed: UInt64) throws -> [BenchPerson] {
        try read { db in
            guard let low = try Int64.fetchOne(db, sql: "SELECT min(id) FROM people"),
                  let high = try Int64.fetchOne(db, sql: "SELECT max(id) FROM people") else { return [] }
            var generator = SplitMix64(seed: seed)
            let statement = try db.cachedStatement(sql: """
                SELECT p.given_names, coalesce(p.first_surname, ''), coalesce(p.second_surname, ''),
                       (SELECT e164 FROM phones WHERE person_id = p.id LIMIT 1),
                       (SELECT number FROM cases WHERE person_id = p.id LIMIT 1)
                FROM people p WHERE p.id >= ? ORDER BY p.id LIMIT 1
                """)
            var result: [BenchPerson] = []
            for _ in 0..<count {
                let id = low + Int64(generator.next() % UInt64(high - low + 1))
                guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
                let e164: String? = row[3]
                result.append(BenchPerson(
                    givenNames: row[0], firstSurname: row[1], secondSurname: row[2],
                    phoneDigits: e164.flatMap { PhoneNumber(e164: $0)?.nationalNumber },
                    caseNumber: row[4]))
            }
            return result
        }
    }

    /// Runs the raw query in one read transaction, as `search` reads, and returns how many rows
    /// it gave (at most `limit`).
    public func benchRaw(_ raw: RawSearch, limit: Int = 50) throws -> Int {
        try read { db in
            switch raw {
            case .match(let expression):
                return try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT rowid FROM people_search WHERE people_search MATCH ? LIMIT ?
                    """), arguments: [expression, limit]).count
            case .phoneSuffix(let digits):
                let low = "p:" + String(digits.reversed())
                return try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT person_id FROM search_keys WHERE key >= ? AND key < ? LIMIT ?
                    """), arguments: [low, low + "~", limit]).count
            case .caseNumber(let number):
                return try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT person_id FROM cases WHERE number = ? LIMIT ?
                    """), arguments: [number, limit]).count
            }
        }
    }
}

extension CaseDesk {
    /// For `enlace bench`: writes a case's sealed values (its description, notes, referrals
    /// and follow-ups) back in clear, as a file made before encryption holds them, so that
    /// opening the same case shape can be timed with and without decryption.
    public func benchWriteCaseInClear(caseId: Int64) throws {
        try write { db in
            for column in SealedColumn.allCases where ["cases", "notes", "referrals", "follow_ups"].contains(column.table) {
                let key = column.table == "cases" ? "id" : "case_id"
                try db.execute(sql: "UPDATE \(column.table) SET \(column.column) = \(column.read()) WHERE \(key) = ?",
                               arguments: [caseId])
            }
        }
    }
}
