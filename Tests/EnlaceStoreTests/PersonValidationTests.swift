import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct PersonValidationTests {
    struct Bad: CustomStringConvertible, Sendable {
        let name: String
        let draft: PersonDraft
        let field: String
        /// A word the Spanish and the English message each contain.
        let es: String
        let en: String
        var description: String { name }
    }

    static let base = PersonDraft(givenNames: "Ana", firstSurname: "López")

    static func with(_ change: (inout PersonDraft) -> Void) -> PersonDraft {
        var d = base
        change(&d)
        return d
    }

    static let table: [Bad] = [
        Bad(name: "CURP with a wrong check digit",
            draft: with { $0.curp = String(curp("GOMA850312MJCRRN0").dropLast()) + (curp("GOMA850312MJCRRN0").hasSuffix("1") ? "2" : "1") },
            field: "curp", es: "verificador", en: "check digit"),
        Bad(name: "CURP too short", draft: with { $0.curp = "GOMA850312" }, field: "curp", es: "18", en: "18"),
        Bad(name: "phone with letters", draft: with { $0.phones = [PhoneDraft("312-555-CASA")] },
            field: "phones[0]", es: "letras", en: "letters"),
        Bad(name: "impossible date", draft: with { $0.birthDate = "31/02/1990" }, field: "birthDate", es: "febrero", en: "February"),
        Bad(name: "birth in the future", draft: with { $0.birthDate = "2099-01-01" }, field: "birthDate", es: "posterior a hoy", en: "after today"),
        Bad(name: "10,000-character name", draft: with { $0.givenNames = String(repeating: "ñ", count: 10_000) },
            field: "givenNames", es: "10000", en: "10000"),
        Bad(name: "no given names", draft: with { $0.givenNames = "  " }, field: "givenNames", es: "nombre", en: "given name"),
        Bad(name: "no surname", draft: with { $0.firstSurname = "" }, field: "firstSurname", es: "apellido", en: "surname"),
        Bad(name: "control character in a name", draft: with { $0.firstSurname = "Ló\u{1B}pez" },
            field: "firstSurname", es: "control", en: "control"),
        Bad(name: "age out of range", draft: with { $0.approximateAge = 130 }, field: "approximateAge", es: "120", en: "120"),
        Bad(name: "email without @", draft: with { $0.email = "ana.example.com" }, field: "email", es: "correo", en: "email"),
        Bad(name: "unknown US state", draft: with { $0.usState = "ZZ" }, field: "usState", es: "ZZ", en: "ZZ"),
        Bad(name: "bad ZIP", draft: with { $0.zip = "6060" }, field: "zip", es: "5", en: "5"),
        Bad(name: "unknown origin state", draft: with { $0.originState = "Texas" }, field: "originState", es: "México", en: "Mexican"),
    ]

    @Test(arguments: table)
    func badInputGivesAFieldErrorInBothLanguages(_ bad: Bad) throws {
        let f = try CaseFixture()
        let people = try f.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM people")! }
        do {
            _ = try f.desk.registerPerson(bad.draft, by: f.volunteer)
            Issue.record("\(bad.name) was accepted")
        } catch StoreError.validation(let failure) {
            let problems = failure.problems(for: bad.field)
            #expect(!problems.isEmpty, "\(bad.name): no problem for \(bad.field) in \(failure.problems.map(\.field))")
            #expect(problems.contains { $0.message.es.contains(bad.es) }, "\(bad.name): \(problems.map(\.message.es))")
            #expect(problems.contains { $0.message.en.contains(bad.en) }, "\(bad.name): \(problems.map(\.message.en))")
            #expect(problems.allSatisfy { $0.message.es != $0.message.en })
            let line = StoreError.validation(failure).message(.es)
            #expect(line.contains(problems[0].label.es + ": "))
        }
        #expect(try f.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM people")! } == people)
        #expect(f.desk.checkPerson(bad.draft).problems.map(\.field).contains(bad.field))
    }

    @Test func everyProblemComesBackAtOnce() throws {
        let f = try CaseFixture()
        let draft = PersonDraft(givenNames: String(repeating: "a", count: 10_000), firstSurname: "López",
                                birthDate: "30/02/1990", phones: [PhoneDraft("55 ABCD 5678"), PhoneDraft("+52 55 1234 5678")],
                                curp: "GOMA850312MJCRRN09")
        do {
            _ = try f.desk.registerPerson(draft, by: f.caseworker)
            Issue.record("accepted")
        } catch StoreError.validation(let failure) {
            #expect(Set(failure.problems.map(\.field)) == ["givenNames", "birthDate", "phones[0]", "curp"])
            let es = StoreError.validation(failure).message(.es).split(separator: "\n")
            let en = StoreError.validation(failure).message(.en).split(separator: "\n")
            #expect(es.count == failure.problems.count && en.count == failure.problems.count)
            #expect(es.contains { $0.hasPrefix("Teléfono 1: ") })
            #expect(en.contains { $0.hasPrefix("Phone 1: ") })
            #expect(es.contains { $0.hasPrefix("Fecha de nacimiento: ") })
            #expect(en.contains { $0.hasPrefix("Date of birth: ") })
        }
    }

    @Test func goodInputIsNormalised() throws {
        let f = try CaseFixture()
        let checked = f.desk.checkPerson(PersonDraft(givenNames: "María", secondSurname: "Hernández",
                                                     birthDate: "03/04/1985", approximateAge: 40,
                                                     phones: [PhoneDraft("+52 (33) 1234-5678"), PhoneDraft("52 33 1234 5678", whatsApp: true)],
                                                     email: "m@x.mx", usState: "ca", zip: "90001-1234",
                                                     originState: "14"))
        #expect(checked.problems.isEmpty)
        #expect(checked.warnings.map(\.field) == ["birthDate"], "03/04 could be read both ways")
        let id = try f.desk.registerPerson(PersonDraft(givenNames: "María", secondSurname: "Hernández",
                                                       approximateAge: 40,
                                                       phones: [PhoneDraft("+52 (33) 1234-5678"), PhoneDraft("+52 33 1234 5678", whatsApp: true)]),
                                           by: f.caseworker).id
        let p = try f.desk.person(id: id, by: f.supervisor)
        #expect(p.approximateAge == 40)
        #expect(p.birthDate == nil)
        #expect(p.phones == [Phone(e164: "+523312345678", whatsApp: true)], "the same number twice is stored once")
        #expect(p.listName == "Hernández, María")
    }

    @Test func aSecondPersonWithTheSameCURPIsRefusedWithAFieldError() throws {
        let f = try CaseFixture()
        let code = curp("GOMA850312MJCRRN0")
        _ = try f.desk.registerPerson(with { $0.curp = code }, by: f.caseworker)
        do {
            _ = try f.desk.registerPerson(Self.with { $0.curp = code; $0.givenNames = "Otra" }, by: f.caseworker)
            Issue.record("accepted")
        } catch StoreError.validation(let failure) {
            #expect(failure.problems.map(\.field) == ["curp"])
        }
    }

    private func with(_ change: (inout PersonDraft) -> Void) -> PersonDraft { Self.with(change) }
}
