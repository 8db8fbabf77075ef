import EnlaceCore
import Foundation
import GRDB

/// A person's name columns (and, when selected, the birth date): search hits, duplicate
/// candidates, the search index and the referral slip read the same shape.
struct PersonNameRow: StoredRecord {
    static let storedTable = "people"

    var givenNames: String
    var firstSurname: String?
    var secondSurname: String?
    /// Only where selected.
    var preferredName: String?
    /// `YYYY-MM-DD`; only where selected.
    var birthDate: String?

    enum CodingKeys: String, CodingKey {
        case givenNames = "given_names", firstSurname = "first_surname", secondSurname = "second_surname"
        case preferredName = "preferred_name", birthDate = "birth_date"
    }

    /// "Muñoz Pérez, José Ángel"
    var listName: String {
        PersonNameFormat.listName(given: givenNames, first: firstSurname, second: secondSurname)
    }

    /// The name of person `id`, or nil when there is none.
    static func load(_ db: Database, id: Int64) throws -> PersonNameRow? {
        try decodeOne(db, sql: """
            SELECT given_names, first_surname, second_surname, preferred_name, birth_date
            FROM people WHERE id = ?
            """, arguments: [id])
    }
}

/// A case's number and status (the search screen shows the status beside a hit's cases).
struct CaseStatusRow: StoredRecord {
    static let storedTable = "cases"
    var number: String
    var status: CaseStatus
}

/// An indexed word and how many people have it (completions of a typed prefix).
struct SearchTermRow: StoredRecord {
    static let storedTable = "people_search_terms"
    var term: String
    var doc: Int
}

/// A person's row of the FTS index, each column a space-separated list of tokens.
struct IndexedTokensRow: StoredRecord {
    static let storedTable = "people_search"
    var given: String?
    var surname: String?
    var nick: String?
    var sounds: String?
    var size: String?
}
