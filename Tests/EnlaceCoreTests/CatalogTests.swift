import Testing
@testable import EnlaceCore

@Suite struct CatalogTests {
    @Test func everyTextIsNonEmptyInBothLanguagesWithTheSamePlaceholders() {
        #expect(CoreCatalogs.all.count >= 5)
        for catalog in CoreCatalogs.all {
            #expect(!catalog.texts.isEmpty, "\(catalog.name) has no texts")
            for (id, text) in catalog.texts {
                #expect(!text.es.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalog.name).\(id) es")
                #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalog.name).\(id) en")
                #expect(LocalizedText.placeholders(in: text.es) == LocalizedText.placeholders(in: text.en),
                        "\(catalog.name).\(id) placeholders differ")
            }
        }
    }

    @Test func newCatalogsAreRegistered() {
        let names = Set(CoreCatalogs.all.map(\.name))
        for expected in ["DomainText", "CURPMessage", "PhoneMessage", "DateMessage", "MonthName"] {
            #expect(names.contains(expected))
        }
    }
}
