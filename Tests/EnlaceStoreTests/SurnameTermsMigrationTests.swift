import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// v10-search-surname-terms: rows indexed before it get their surname terms, rows written
/// after it have them from the start, and the surname tier finds both alike.
@Suite struct SurnameTermsMigrationTests {
    @Test func oldRowsGainTheirSurnameTermsAndSearchFindsThem() throws {
        let folder = TempFolder()
        let path = folder.file("v9.sqlite")
        try writeOldFile(path, upTo: StoreSchema.organizationContact, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'sup', 'Sup', 'supervisor', ?, 0);
            INSERT INTO people (id, given_names, first_surname, second_surname, search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'María', 'Hernández', 'García', 'maria hernandez garcia', 'x', 0, 0),
                   (2, 'García', 'López', NULL, 'garcia lopez', 'x', 0, 0);
            INSERT INTO people_search (rowid, given, surname, nick, sounds, size)
            VALUES (1, 'maria', 'hernandez garcia', '', '1maria 1ernandes 1garsia', '0w3 3hernandez'),
                   (2, 'garcia', 'lopez', '', '1garsia 1lopes', '0w2 3lopez');
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost)])
        let desk = try openDesk(path, create: false)
        #expect(try desk.appliedMigrations().contains(StoreSchema.searchSurnameTerms))
        #expect(try desk.appliedMigrations().last == StoreSchema.newest)
        let sizes = try desk.pool.read { db in
            try String.fetchAll(db, sql: "SELECT size FROM people_search ORDER BY rowid")
        }
        #expect(sizes == ["0w3 3hernandez 4hernandez 4garcia", "0w2 3lopez 4lopez"])
        #expect(try desk.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == StoreSchema.newestUserVersion)

        // "garcia": the person whose surname it is first, then the one whose given name it is.
        let sup = try desk.authenticate(username: "sup", password: "secreto-123")
        let hits = try desk.search("garcia", by: sup, limit: 10)
        #expect(hits.map(\.personId) == [1, 2])
        #expect(hits.first?.reasons.contains(.surnameOnly) == true)
        #expect(hits.last?.reasons.contains(.givenNameOnly) == true)
    }

    @Test func newRowsCarryTheirSurnameTerms() throws {
        let f = try SearchFixture()
        let id = try f.person("cruz", "Rocío", "de la Cruz", "Muñoz")
        let size = try f.desk.pool.read { db in
            try String.fetchOne(db, sql: "SELECT size FROM people_search WHERE rowid = ?", arguments: [id])
        } ?? ""
        let surname = try f.desk.pool.read { db in
            try String.fetchOne(db, sql: "SELECT surname FROM people_search WHERE rowid = ?", arguments: [id])
        } ?? ""
        for token in surname.split(separator: " ") {
            #expect(size.split(separator: " ").contains(Substring("4" + token)), "\(size) / \(surname)")
        }
        #expect(size.hasPrefix("0w3 3cruz"))
    }
}
