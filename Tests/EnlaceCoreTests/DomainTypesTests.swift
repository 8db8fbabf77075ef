import Foundation
import Testing
@testable import EnlaceCore

@Suite struct DomainTypesTests {
    static let allDetails: [ReferralDetails] = [
        .telemedicine(TelemedicineDetails(symptoms: "Fiebre", preferredLanguage: .triqui, modality: .video,
                                          availability: AvailabilityWindow(fromMinute: 18 * 60, toMinute: 21 * 60, weekdaysOnly: true),
                                          insurance: .medicaid)),
        .legalAid(LegalAidDetails(matter: .immigrationDefense, courtDate: t0, detained: true,
                                  detentionFacility: "Broadview", aNumber: "A123456789")),
        .funeralAssistance(FuneralDetails(deceasedName: "Juan Pérez López", dateOfDeath: t0, placeOfDeath: "Chicago",
                                          bodyLocation: .hospital, disposition: .cremation,
                                          repatriation: MexicanOrigin(stateCode: "16", municipality: "Cherán"),
                                          nextOfKin: NextOfKinContact(name: "Rosa", relationship: "hermana", phone: "+524431234567"),
                                          consulateNotifiedOn: t0, supportRequested: [.repatriation, .paperwork])),
        .consularOrientation(ConsularDetails(procedure: .birthRegistration, consulate: "Consulado en Chicago", appointmentDate: t0)),
    ]

    @Test(arguments: allDetails)
    func referralDetailsRoundTripThroughJSONWithTheirKind(details: ReferralDetails) throws {
        let data = try JSONEncoder().encode(details)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["kind"] as? String == details.kind.rawValue)
        #expect(object?["details"] is [String: Any])
        #expect(try JSONDecoder().decode(ReferralDetails.self, from: data) == details)
    }

    @Test func detailsOfAnUnknownKindAreRejected() {
        let json = Data(#"{"kind":"astrology","details":{}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReferralDetails.self, from: json) }
    }

    @Test func referralAndPersonRoundTrip() throws {
        let referral = Referral(id: "r1", caseId: "c1", partnerId: "p1", reason: "Matrícula", urgency: .priority,
                                consentToShare: true, responseDueDate: t0, createdAt: t0,
                                details: Self.allDetails[3])
        #expect(try JSONDecoder().decode(Referral.self, from: JSONEncoder().encode(referral)) == referral)
        let person = Person(
            id: "p1",
            name: PersonName(givenNames: "María de Jesús", firstSurname: "Hernández", secondSurname: "Ñúñez", preferredName: "Chuy"),
            birth: .approximateAge(years: 40, statedAt: t0), sexGender: .female,
            phones: [Phone(e164: "+13125550123", whatsApp: true), Phone(e164: "+523312345678")],
            address: USAddress(city: "Cicero", state: "IL", zip: "60804"),
            origin: MexicanOrigin(stateCode: "14", municipality: "Tepatitlán"), hometownAssociation: "Club Tepa",
            languages: [.spanish, .nahuatl], documents: [IdentityDocument(kind: .matriculaConsular, number: "123")],
            consent: Consent(method: .verbal, scope: [.keepRecord, .shareWithPartners], givenAt: t0),
            sensitive: SensitiveInfo(immigrationStatus: .notDisclosed))
        #expect(try JSONDecoder().decode(Person.self, from: JSONEncoder().encode(person)) == person)
        #expect(person.name.fullName == "María de Jesús Hernández Ñúñez")
        #expect(person.whatsAppPhone?.e164 == "+13125550123")
        #expect(person.holds(.matriculaConsular) && !person.holds(.passport))
        #expect(PersonName(givenNames: "Ana", firstSurname: "Ruiz", secondSurname: " ").fullName == "Ana Ruiz")
    }

    @Test func caseNumbers() {
        #expect(CaseNumber.format(year: 2026, sequence: 123) == "2026-000123")
        #expect(CaseNumber.format(year: 2026, sequence: 1_234_567) == "2026-1234567")
        #expect(CaseNumber.parse("2026-000123").map { [$0.year, $0.sequence] } == [2026, 123])
        for bad in ["2026-123", "26-000123", "2026-00012a", "2026000123", "2026-000000", "", "2026--00123"] {
            #expect(CaseNumber.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func defaultChecklists() {
        let matricula = DocumentChecklist.defaultItems(for: .consularOrientation(ConsularDetails(procedure: .matricula)))
        #expect(matricula.map(\.key) == ["birthCertificate", "officialPhotoID", "proofOfAddressInDistrict"])
        #expect(matricula[2].text(.es) == "Comprobante de domicilio en la circunscripción del consulado")
        #expect(matricula.allSatisfy { !$0.done })
        for kind in ReferralKind.allCases {
            #expect(!DocumentChecklist.defaultItems(for: .empty(kind)).isEmpty, "\(kind)")
        }
        for procedure in ConsularProcedure.allCases {
            #expect(!DocumentChecklist.defaultItems(for: .consularOrientation(ConsularDetails(procedure: procedure))).isEmpty)
        }
        // A new referral starts from its kind's default checklist.
        let r = Referral(id: "r", caseId: "c", createdAt: t0, details: .consularOrientation(ConsularDetails(procedure: .passport)))
        #expect(r.checklist.map(\.key).contains("curpPrintout"))
        // An organization's own template replaces the default.
        let own = ChecklistTemplate(kind: .telemedicine, items: [ChecklistItem(key: "x", es: "Equis", en: "Ex")])
        #expect(DocumentChecklist.defaultItems(for: .empty(.telemedicine), templates: [own]).map(\.key) == ["x"])
        let templates = try? JSONDecoder().decode([ChecklistTemplate].self,
                                                 from: JSONEncoder().encode(DocumentChecklist.defaultTemplates))
        #expect(templates == DocumentChecklist.defaultTemplates)
    }

    @Test func consentInForce() {
        let c = Consent(method: .written, scope: [.keepRecord, .contact], givenAt: t0, expiresAt: t0.addingTimeInterval(86_400))
        #expect(!c.isInForce(at: t0.addingTimeInterval(-1)))
        #expect(c.isInForce(at: t0) && c.covers(.contact, at: t0))
        #expect(!c.covers(.shareWithPartners, at: t0))
        #expect(!c.isInForce(at: t0.addingTimeInterval(86_400)))
        var notGiven = c
        notGiven.privacyNoticeGiven = false
        #expect(!notGiven.isInForce(at: t0))
    }

    @Test func legalDeadlineDrivesUrgency() {
        let day = 86_400.0
        #expect(LegalAidDetails(matter: .asylum).suggestedUrgency(at: t0) == .routine)
        #expect(LegalAidDetails(matter: .asylum, deadline: t0.addingTimeInterval(5 * day)).suggestedUrgency(at: t0) == .urgent)
        #expect(LegalAidDetails(matter: .asylum, deadline: t0.addingTimeInterval(60 * day),
                                courtDate: t0.addingTimeInterval(20 * day)).suggestedUrgency(at: t0) == .priority)
        #expect(LegalAidDetails(matter: .family, deadline: t0.addingTimeInterval(90 * day)).suggestedUrgency(at: t0) == .routine)
        #expect(LegalAidDetails(matter: .family, detained: true).suggestedUrgency(at: t0) == .urgent)
    }

    @Test func smallValueTypes() {
        let link = HouseholdLink(personId: "a", relatedPersonId: "b", relationship: .child)
        #expect(link.inverse == HouseholdLink(personId: "b", relatedPersonId: "a", relationship: .parent))
        #expect(link.inverse.inverse == link)
        let partner = Partner(id: "p", name: "Consulado", kindsServed: [.consularOrientation], isConsulate: true)
        #expect(partner.serves(.consularOrientation) && !partner.serves(.legalAid))
        var inactive = partner
        inactive.active = false
        #expect(!inactive.serves(.consularOrientation))
        #expect(AvailabilityWindow(fromMinute: 600, toMinute: 540).isValid == false)
        #expect(AvailabilityWindow(fromMinute: 540, toMinute: 600).isValid)
        #expect(ReferralUrgency.urgent > .priority && CasePriority.urgent > .high)
        #expect(SpokenLanguage.allCases.filter(\.isIndigenous) == [.mixteco, .zapoteco, .purepecha, .nahuatl, .triqui, .tzotzil, .mam, .kiche, .maya])
        let c = Case(id: "c", number: "2026-000001", personId: "p", serviceArea: .health, openedAt: t0, description: "")
        #expect(c.ageInDays(at: t0.addingTimeInterval(8 * 86_400 + 5)) == 8)
        #expect(User(id: "u", username: "ana", displayName: "Ana", role: .supervisor).actor == ActingUser(role: .supervisor, userId: "u"))
    }

    @Test func storedRawValuesAreStable() {
        #expect(CaseStatus.allCases.map(\.rawValue) == ["new", "active", "waiting", "closureRequested", "closed"])
        #expect(ReferralStatus.allCases.map(\.rawValue) == ["draft", "sent", "accepted", "declined", "scheduled", "completed", "noShow", "cancelled"])
        #expect(FollowUpStatus.allCases.map(\.rawValue) == ["scheduled", "done", "missed"])
        #expect(CaseOutcome.allCases.map(\.rawValue) == ["resolved", "serviceCompleted", "clientWithdrew", "unreachable", "ineligible", "duplicate", "transferred"])
        #expect(WaitingOn.allCases.map(\.rawValue) == ["client", "provider", "consulate", "documents"])
    }

    @Test func splitMixIsTheReferenceGenerator() {
        // First outputs of SplitMix64 seeded with 0, as in the reference implementation.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
