import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct DedupeTests {
    static let curp: String = {
        let first17 = "MUPJ850312HGTXRS0"
        return first17 + String(CURP.checkDigit(for: first17)!)
    }()

    static func population() throws -> SearchFixture {
        let f = try SearchFixture()
        try f.person("joseAngel", "José Ángel", "Muñoz", "Pérez", birth: "1985-03-12", curp: curp,
                     phones: ["+13125550142"])
        try f.person("jesusBaez", "Jesús", "Báez", "Ortiz", birth: "1990-07-01")
        try f.person("lupe", "María Guadalupe", "de la Cruz", "Ramírez", birth: "1979-11-30")
        try f.person("otherJose", "José", "Muñoz", "López", birth: "1960-01-01")
        try f.person("stranger", "Rosa", "Beltrán", birth: "1985-03-12")
        return f
    }

    struct Case: CustomStringConvertible {
        let name: String
        let probe: DuplicateProbe
        let expected: String
        let reasons: Set<MatchReason>
        let absent: [String]
        var description: String { name }
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static let table: [Case] = [
        Case(name: "same CURP, other name", probe: DuplicateProbe(givenNames: "Pepe", firstSurname: "Smith", curp: curp.lowercased()),
             expected: "joseAngel", reasons: [.curp], absent: ["stranger"]),
        Case(name: "same phone typed locally", probe: DuplicateProbe(givenNames: "J", firstSurname: "M", phones: ["(312) 555-0142"]),
             expected: "joseAngel", reasons: [.phone], absent: ["otherJose"]),
        Case(name: "sound-alike name + birth date", probe: DuplicateProbe(givenNames: "Jose", firstSurname: "Munos", secondSurname: "Peres",
                                                                            birthDate: date(1985, 3, 12)),
             expected: "joseAngel", reasons: [.samePhoneticNameAndBirthDate, .sameSurnamesAndBirthDate],
             absent: ["stranger", "otherJose"]),
        Case(name: "birth year off by one", probe: DuplicateProbe(givenNames: "José", firstSurname: "Muñoz", birthDate: date(1986, 5, 2)),
             expected: "joseAngel", reasons: [.samePhoneticNameAndBirthYear], absent: ["otherJose"]),
        Case(name: "nickname + b/v + birth date", probe: DuplicateProbe(givenNames: "Chuy", firstSurname: "Vaez", birthDate: date(1990, 7, 1)),
             expected: "jesusBaez", reasons: [.samePhoneticNameAndBirthDate], absent: []),
        Case(name: "same surnames + birth date, other given name", probe: DuplicateProbe(givenNames: "Pedro", firstSurname: "Muñoz",
                                                                                          secondSurname: "Pérez", birthDate: date(1985, 3, 12)),
             expected: "joseAngel", reasons: [.sameSurnamesAndBirthDate], absent: ["stranger"]),
        Case(name: "particle surname merged, no birth date", probe: DuplicateProbe(givenNames: "Maria Guadalupe", firstSurname: "Delacruz",
                                                                                    secondSurname: "Ramirez"),
             expected: "lupe", reasons: [.sameFullName], absent: []),
    ]

    @Test func candidatesWithReasons() throws {
        let f = try Self.population()
        for row in Self.table {
            let candidates = try f.desk.duplicateCandidates(for: row.probe, by: f.jorge)
            let keys = candidates.map { f.key(of: $0.personId) }
            #expect(keys.first == row.expected, "\(row): \(keys)")
            if let first = candidates.first {
                #expect(row.reasons.isSubset(of: Set(first.reasons)), "\(row): \(first.reasons)")
                #expect(first.score > 0)
            }
            for other in row.absent { #expect(!keys.contains(other), "\(row): \(other) offered") }
        }
        // Nothing to compare is refused with a clear message.
        #expect(throws: StoreError.invalid(field: "probe", StoreText.probeEmpty.text)) {
            try f.desk.duplicateCandidates(for: DuplicateProbe(givenNames: "", firstSurname: ""), by: f.jorge)
        }
        #expect(throws: StoreError.notPermitted(StoreText.adminSearchesNoPeople.text)) {
            try f.desk.duplicateCandidates(for: Self.table[0].probe, by: f.admin)
        }
        // Candidates are ordered by score, the strongest evidence first.
        let mixed = try f.desk.duplicateCandidates(
            for: DuplicateProbe(givenNames: "José", firstSurname: "Muñoz", birthDate: Self.date(1960, 1, 1),
                                phones: ["3125550142"]), by: f.supervisor)
        #expect(mixed.map { f.key(of: $0.personId) } == ["joseAngel", "otherJose"]
                || mixed.map { f.key(of: $0.personId) } == ["otherJose", "joseAngel"])
        #expect(zip(mixed, mixed.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func notTheSamePersonIsRememberedAndAudited() throws {
        let f = try Self.population()
        let newId = try f.person("newJose", "Jose", "Munos", "Peres", birth: "1985-03-12")
        let probe = DuplicateProbe(givenNames: "Jose", firstSurname: "Munos", secondSurname: "Peres",
                                   birthDate: Self.date(1985, 3, 12), personId: newId)
        #expect(try f.desk.duplicateCandidates(for: probe, by: f.jorge).map { f.key(of: $0.personId) } == ["joseAngel"])
        #expect(throws: StoreError.notPermitted(StoreText.onlyIntakeMarksDistinct.text)) {
            try f.desk.markNotSamePerson(a: newId, b: f.ids["joseAngel"]!, by: f.pedro)
        }
        try f.desk.markNotSamePerson(a: newId, b: f.ids["joseAngel"]!, by: f.jorge)
        try f.desk.markNotSamePerson(a: f.ids["joseAngel"]!, b: newId, by: f.jorge)  // again: no-op
        #expect(try f.desk.areMarkedNotSame(f.ids["joseAngel"]!, newId))
        #expect(try f.desk.duplicateCandidates(for: probe, by: f.jorge).isEmpty)
        // Seen from the other record too.
        let reverse = DuplicateProbe(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez",
                                     birthDate: Self.date(1985, 3, 12), personId: f.ids["joseAngel"]!)
        #expect(!(try f.desk.duplicateCandidates(for: reverse, by: f.jorge).map(\.personId).contains(newId)))
        let rows = try f.auditRows(action: "notSamePerson")
        #expect(rows.count == 2)
        #expect(Set(rows.map { $0["entity_id"] as Int64 }) == [newId, f.ids["joseAngel"]!])
        #expect(rows.allSatisfy { ($0["actor_id"] as Int64) == f.jorge.id })
    }

    @Test func linkAndUnlinkAreAuditedAndReversible() throws {
        let f = try Self.population()
        let survivor = f.ids["joseAngel"]!
        let duplicate = try f.person("dup", "Jose A", "Munos", birth: "1985-03-12", phones: ["+526141234567"],
                                     documents: [("matriculaConsular", "88812345")])
        let dupCase = try f.openCase("dup", caseworker: f.jorge)
        let survivorCase = try f.openCase("joseAngel", caseworker: f.jorge)

        #expect(throws: StoreError.notPermitted(StoreText.onlySupervisorLinks.text)) {
            try f.desk.linkPeople(duplicate: duplicate, survivor: survivor, by: f.jorge)
        }
        try f.desk.linkPeople(duplicate: duplicate, survivor: survivor, by: f.supervisor, reason: "misma persona")
        #expect(try f.desk.survivor(of: duplicate) == survivor)
        // The duplicate's spelling, phone and document now find the survivor, with both cases.
        for query in ["jose a munos", "614 123 4567", "88812345", dupCase] {
            let hits = try f.desk.search(query, by: f.supervisor)
            #expect(hits.first?.personId == survivor, "\(query)")
            #expect(!hits.map(\.personId).contains(duplicate), "\(query)")
        }
        let hit = try #require(try f.desk.search("munos", by: f.supervisor).first)
        #expect(Set(hit.caseNumbers) == [dupCase, survivorCase])
        // A caseworker sees the survivor through the duplicate's case too.
        #expect(try f.desk.search(dupCase, by: f.jorge).map(\.personId) == [survivor])
        // Duplicate candidates offer the survivor, never the linked record separately.
        let candidates = try f.desk.duplicateCandidates(
            for: DuplicateProbe(givenNames: "Jose", firstSurname: "Munos", birthDate: Self.date(1985, 3, 12)), by: f.jorge)
        #expect(candidates.map(\.personId) == [survivor])
        // No chains.
        let third = try f.person("third", "José", "Muñoz", "Pérez")
        #expect(throws: StoreError.self) { try f.desk.linkPeople(duplicate: third, survivor: duplicate, by: f.supervisor) }
        #expect(throws: StoreError.self) { try f.desk.linkPeople(duplicate: survivor, survivor: third, by: f.supervisor) }
        #expect(throws: StoreError.self) { try f.desk.linkPeople(duplicate: duplicate, survivor: third, by: f.supervisor) }

        try f.desk.unlinkPeople(duplicate: duplicate, survivor: survivor, by: f.supervisor)
        #expect(try f.desk.survivor(of: duplicate) == nil)
        #expect(try f.desk.search("614 123 4567", by: f.supervisor).map(\.personId) == [duplicate])
        #expect(try f.desk.search("muñoz pérez josé ángel", by: f.supervisor).first?.caseNumbers == [survivorCase])
        #expect(throws: StoreError.self) { try f.desk.unlinkPeople(duplicate: duplicate, survivor: survivor, by: f.supervisor) }

        let actions = try f.desk.pool.read { (db: Database) throws -> [String] in
            try String.fetchAll(db, sql: """
                SELECT action || ':' || entity_id FROM audit_log
                WHERE action LIKE '%inked%' ORDER BY id
                """)
        }
        #expect(actions == ["linkedAsDuplicate:\(duplicate)", "linkedDuplicate:\(survivor)",
                            "unlinkedAsDuplicate:\(duplicate)", "unlinkedDuplicate:\(survivor)"])
    }
}
