import Foundation
import Testing

/// `enlace intake` runs the same intake use case as the screen: a caseworker's intake is
/// theirs, the consent is recorded, a bad --consent is refused in the person's language.
@Suite struct IntakeUseCaseCLITests {
    @Test func aCaseworkersIntakeTakesTheCaseAndRecordsConsent() throws {
        let d = try IntakeCLITests.Demo()
        let r = try d.run("jorge", ["intake", "--given", "Rosa", "--surname1", "Villa", "--consent", "written",
                                    "--area", "health"])
        #expect(r.status == 0, "\(r.err)")
        let number = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(IntakeCLITests.isCaseNumber(number), "\(r.out)")
        #expect(r.err.contains("El caso \(number) queda a su cargo."))
        let show = try d.run("jorge", ["case", "show", number])
        #expect(show.status == 0, "\(show.err)")
        #expect(show.out.contains("Estado: Activo"))
        #expect(show.out.contains("Responsable: Jorge Ramírez Soto"))
        let audit = try d.run("maria", ["audit", "--limit", "20"])
        let rows = audit.out.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.contains { $0.count == 10 && $0[3] == "person" && $0[5] == "consent" && $0[7].hasPrefix("written:") })
    }

    @Test func aVolunteersIntakeStaysUnassigned() throws {
        let d = try IntakeCLITests.Demo()
        let r = try d.run("pedro", ["intake", "--given", "Rosa", "--surname1", "Villa", "--consent", "verbal"])
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.err.contains("queda a su cargo"))
        let number = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let show = try d.run("maria", ["case", "show", number])
        #expect(show.out.contains("Estado: Nuevo") && show.out.contains("Responsable: sin asignar"))
    }

    @Test func aBadConsentValueIsRefusedInBothLanguages() throws {
        let d = try IntakeCLITests.Demo()
        let es = try d.run("jorge", ["intake", "--given", "Rosa", "--surname1", "Villa", "--consent", "oral"])
        #expect(es.status == 65)
        #expect(es.out.isEmpty)
        #expect(es.err.contains("Consentimiento «oral» no válido: use verbal o written"))
        let en = try d.run("jorge", ["intake", "--given", "Rosa", "--surname1", "Villa", "--consent", "oral"], lang: "en")
        #expect(en.status == 65)
        #expect(en.err.contains("Consent “oral” is not valid: use verbal or written."))
    }
}
