import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The funeral form's "From the family" choice: the case person's relatives and next-of-kin
/// contacts, read with the case; choosing one fills the next-of-kin fields, and the referral
/// is sent with them.
@Suite(.serialized)
struct FuneralKinPickTests {
    @Test func choosingARelativeFillsTheNextOfKinAndTheReferralCarriesIt() throws {
        let (_, rt, caseId) = try ReferralScreenTests.start("ref-kin-pick")
        let desk = rt.desk
        let personId = try desk.caseDetail(id: caseId, timelineLimit: 1, by: rt.state.user).header.personId
        try desk.addKinContact(personId: personId, KinDraft(name: "Juan Hernández", relationship: .sibling,
                                                            phones: ["+52 951 123 4567"], country: .mexico), by: rt.state.user)
        ReferralScreenTests.open(rt, .newReferral(caseId: caseId))
        rt.type("3")
        #expect(rt.state.referral.kind == .funeralAssistance)
        #expect(rt.state.referral.household?.contacts.map(\.name) == ["Juan Hernández"])
        ReferralScreenTests.fill(rt, "partner", "Funeraria")
        ReferralScreenTests.giveReason(rt, "Fallecimiento del hermano")
        ReferralScreenTests.fill(rt, "fu.deceased", "Pedro Hernández")
        ReferralScreenTests.fill(rt, "fu.dateOfDeath", "12 nov 2026")
        ReferralScreenTests.fill(rt, "fu.bodyLocation", "Hosp")
        ReferralScreenTests.fill(rt, "fu.disposition", "Crem")
        ReferralScreenTests.go(rt, to: ReferralKinPick.field)
        #expect(rt.render().shows("De la familia"), "\(rt.render().text)")
        rt.send(.key(.down))
        let form = rt.state.referral.form
        #expect(form.value("fu.kinName") == "Juan Hernández")
        #expect(form.value("fu.kinRelationship") == "Hermano o hermana")
        #expect(form.value("fu.kinPhone") == "+529511234567", "a Mexican number keeps its country code")
        ReferralScreenTests.tick(rt, "doc.deathCertificate")
        rt.send(.key(.ctrl("g")))
        #expect(rt.state.referral.form.fields.allSatisfy { $0.problem == nil },
                "\(rt.state.referral.form.fields.compactMap { f in f.problem.map { "\(f.id): \($0.es)" } })")
        let stored = try ReferralScreenTests.newest(rt, caseId)
        #expect(stored.status == .sent, "\(rt.state.message?.text ?? "") \(rt.render().text)")
        guard case .funeralAssistance(let f) = stored.details else { Issue.record("not funeral"); return }
        #expect(f.nextOfKin == NextOfKinContact(name: "Juan Hernández", relationship: "Hermano o hermana", phone: "+529511234567"))
    }
}
