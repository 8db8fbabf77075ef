import Testing
@testable import EnlaceCore

@Suite struct CatalogWorkflowTests {
    @Test func everyCoreTextExistsInBothLanguagesWithTheSamePlaceholders() {
        #expect(CoreCatalogs.all.count >= 9)
        for catalog in CoreCatalogs.all {
            #expect(!catalog.texts.isEmpty, "\(catalog.name) is empty")
            var ids = Set<String>()
            for (id, text) in catalog.texts {
                #expect(ids.insert(id).inserted, "\(catalog.name).\(id) repeated")
                #expect(!text.es.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalog.name).\(id) es")
                #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalog.name).\(id) en")
                #expect(LocalizedText.placeholders(in: text.es) == LocalizedText.placeholders(in: text.en),
                        "\(catalog.name).\(id) placeholders differ")
            }
        }
    }

    @Test func catalogsOfThisFeatureAreRegistered() {
        let names = Set(CoreCatalogs.all.map(\.name))
        for name in ["DomainText", "PersonText", "CaseText", "ReferralText", "ChecklistText",
                     "FollowUpText", "AuditText", "WorkflowText", "PermissionText"] {
            #expect(names.contains(name), "\(name) not in CoreCatalogs.all")
        }
    }

    @Test func placeholderMessagesAreFilled() {
        let filled = WorkflowText.refusalOpenWork.text.filling([
            "referrals": LocalizedText(es: "1", en: "1"), "followUps": LocalizedText(es: "0", en: "0"),
        ])
        #expect(!filled.es.contains("{") && !filled.en.contains("{"))
        #expect(LocalizedText.joinedList([.init(es: "a", en: "a"), .init(es: "b", en: "b"), .init(es: "c", en: "c")])
                == LocalizedText(es: "a, b y c", en: "a, b and c"))
        #expect(LocalizedText.joinedAlternatives([.init(es: "x", en: "x")]) == LocalizedText(es: "x", en: "x"))
    }

    /// Spot checks that labels map to the intended texts (a swapped case would still pass the
    /// emptiness test above).
    @Test func labelsMapToTheirTexts() {
        #expect(WaitingOn.consulate.label(.es) == "Espera al consulado")
        #expect(CaseOutcome.unreachable.label(.en) == "Unreachable after attempts")
        #expect(SpokenLanguage.purepecha.label(.es) == "Purépecha")
        #expect(LegalMatter.uTVisa.label(.en) == "U or T visa")
        #expect(ConsularProcedure.voterCard.label(.es) == "Credencial para votar desde el extranjero")
        #expect(FollowUpChannel.whatsapp.label(.es) == "WhatsApp")
        #expect(ReferralStatus.noShow.label(.es) == "No se presentó")
        #expect(CaseEvent.closeAsDuplicate.labelText.en == "Close as duplicate")
        #expect(UseCase.exportPersonLevel.label(.en) == "export person-level data")
        #expect(AuditEntityType.case.label(.es) == "Caso")
        #expect(ReferralText.emergencyCall911(.es).contains("911"))
    }
}
