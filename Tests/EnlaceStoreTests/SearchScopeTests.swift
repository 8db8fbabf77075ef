import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Who finds whom, what the audit trail keeps, and the index staying in step.
@Suite struct SearchScopeTests {
    @Test func eachRoleFindsOnlyWhomItMaySee() throws {
        let f = try SearchFixture()
        try f.person("jorgeCase", "Ana", "Alcance", createdBy: f.lucia)
        try f.openCase("jorgeCase", caseworker: f.jorge)
        try f.person("luciaCase", "Beatriz", "Alcance", createdBy: f.jorge)
        try f.openCase("luciaCase", caseworker: f.lucia)
        try f.person("unassigned", "Carmen", "Alcance", createdBy: f.lucia)
        try f.openCase("unassigned", caseworker: nil, status: "new", createdBy: f.lucia)
        try f.person("jorgeNoCase", "Diana", "Alcance", createdBy: f.jorge)
        try f.person("luciaNoCase", "Elena", "Alcance", createdBy: f.lucia)
        try f.person("pedroToday", "Fabiola", "Alcance", createdBy: f.pedro)
        try f.person("pedroYesterday", "Gloria", "Alcance", createdBy: f.pedro, createdAt: f.now - 2 * 86_400)
        try f.person("both", "Hilda", "Alcance", createdBy: f.jorge)
        let mine = try f.openCase("both", caseworker: f.jorge)
        let theirs = try f.openCase("both", caseworker: f.lucia)

        func found(_ actor: UserAccount) throws -> Set<String> {
            Set(try f.desk.search("alcance", by: actor, limit: 50).map { f.key(of: $0.personId) })
        }
        #expect(try found(f.supervisor) == Set(f.ids.keys))
        #expect(try found(f.jorge) == ["jorgeCase", "unassigned", "jorgeNoCase", "both"])
        #expect(try found(f.lucia) == ["luciaCase", "unassigned", "luciaNoCase", "both"])
        #expect(try found(f.pedro) == ["pedroToday"])
        #expect(throws: StoreError.notPermitted(StoreText.adminSearchesNoPeople.text)) {
            try f.desk.search("alcance", by: f.admin)
        }
        // Case numbers shown are only the visible ones.
        let hit = try #require(try f.desk.search("hilda alcance", by: f.jorge).first)
        #expect(hit.caseNumbers == [mine])
        let all = try #require(try f.desk.search("hilda alcance", by: f.supervisor).first)
        #expect(Set(all.caseNumbers) == [mine, theirs])
        // Identifiers obey the same scope.
        #expect(try f.desk.search(theirs, by: f.jorge).map(\.personId) == [f.ids["both"]!])
        let luciaOnly = try f.openCase("luciaCase", caseworker: f.lucia)
        #expect(try f.desk.search(luciaOnly, by: f.jorge).isEmpty)
        #expect(try f.desk.search(luciaOnly, by: f.lucia).map(\.personId) == [f.ids["luciaCase"]!])
    }

    @Test func searchesAreAuditedWithoutIdentifiersInClear() throws {
        let f = try SearchFixture()
        let curp = "PALP850312HJCRND0" + String(CURP.checkDigit(for: "PALP850312HJCRND0")!)
        let id = try f.person("pedro", "Pedro", "Páramo", curp: curp, phones: ["+13125550142"])
        _ = try f.desk.search(curp, by: f.supervisor)
        _ = try f.desk.search("(312) 555-0142", by: f.supervisor)
        _ = try f.desk.search("Pedro Páramo", by: f.jorge)
        _ = try f.desk.search("\"*", by: f.jorge)  // nothing searchable: not audited
        let rows = try f.auditRows(action: "searched")
        #expect(rows.count == 3)
        #expect(rows.map { $0["reason"] as String } == ["curp", "phone", "names: pedro paramo"])
        for row in rows {
            let text = (row["reason"] as String) + (row["changed_fields"] as String? ?? "")
            #expect(!text.contains("PALP") && !text.contains("555") && !text.contains("0142"))
            #expect(row["entity"] as String == "person")
        }
        #expect(rows[0]["actor_id"] as Int64 == f.supervisor.id)
        #expect((rows[0]["changed_fields"] as String).contains("\"\(id)\""))
    }

    @Test func indexFollowsEditsAndMigrationBackfillsOldFiles() throws {
        let f = try SearchFixture()
        let id = try f.person("x", "Rosa", "Beltrán")
        #expect(try f.desk.search("beltran", by: f.supervisor).map(\.personId) == [id])
        try f.desk.pool.write { (db: Database) throws in
            try db.execute(sql: "UPDATE people SET first_surname = 'Villegas' WHERE id = ?", arguments: [id])
            try db.execute(sql: "INSERT INTO phones (person_id, e164) VALUES (?, '+16195550199')", arguments: [id])
            try SearchIndex.update(db, personId: id)
        }
        #expect(try f.desk.search("beltran", by: f.supervisor).isEmpty)
        #expect(try f.desk.search("rosa billegas", by: f.supervisor).map(\.personId) == [id])
        #expect(try f.desk.search("0199", by: f.supervisor).map(\.personId) == [id])

        // A file made by the previous schema (v2), with people in it, is migrated and indexed.
        let folder = TempFolder()
        let path = folder.file("old.sqlite")
        try writeOldFile(path, upTo: "v2-referrals-followups", sql: """
            INSERT INTO people (id, given_names, first_surname, second_surname, search_form, phonetic_key,
                                birth_date, created_at, updated_at)
            VALUES (7, 'Jesús', 'Báez', 'Ortiz', 'jesus baez ortiz', 'jesus baez ortiz', '1990-07-01', 0, 0);
            INSERT INTO phones (person_id, e164) VALUES (7, '+13125550142');
            """)
        let desk = try openDesk(path)
        #expect(try desk.appliedMigrations() == StoreSchema.migrator.migrations)
        let admin = try desk.createFirstAdmin(username: "admin", displayName: "A", password: "secreto-123")
        let boss = try desk.createUser(by: admin, username: "boss", displayName: "B", role: .supervisor,
                                       password: "secreto-123")
        #expect(try desk.search("chuy vaez", by: boss).map(\.personId) == [7])
        #expect(try desk.search("0142", by: boss).map(\.personId) == [7])
        let candidates = try desk.duplicateCandidates(
            for: DuplicateProbe(givenNames: "Jesus", firstSurname: "Vaez", birthDate: CalendarDate(year: 1990, month: 7, day: 1)),
            by: boss)
        #expect(candidates.map(\.personId) == [7])
    }
}
