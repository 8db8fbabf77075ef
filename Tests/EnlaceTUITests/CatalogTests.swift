import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// Every on-screen text exists in both languages, non-empty, with the same placeholders.
struct CatalogTests {
    static let listings = CoreCatalogs.all + StoreCatalogs.all + TUICatalogs.all

    @Test func catalogsAreListed() {
        #expect(Self.listings.contains { $0.name == "TUIText" })
        #expect(Self.listings.contains { $0.name == "CommandRegistry" })
    }

    @Test func everyTextHasBothLanguagesAndTheSamePlaceholders() {
        for listing in Self.listings {
            for entry in listing.texts {
                let where_ = "\(listing.name).\(entry.id)"
                #expect(!entry.text.es.trimmingCharacters(in: .whitespaces).isEmpty, "\(where_) has no Spanish")
                #expect(!entry.text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(where_) has no English")
                #expect(LocalizedText.placeholders(in: entry.text.es) == LocalizedText.placeholders(in: entry.text.en),
                        "\(where_) placeholders differ")
            }
        }
    }

    @Test func spanishUsesUstedNotTu() {
        // The formal register: no informal imperatives in the common places they slip in.
        let informal: Set<String> = ["pulsa", "presiona", "oprime", "tienes", "puedes", "quieres", "elige", "intenta", "amplía", "tu", "tus"]
        for listing in Self.listings {
            for entry in listing.texts {
                let words = Set(entry.text.es.lowercased().split { !$0.isLetter }.map(String.init))
                for word in informal.intersection(words) {
                    Issue.record("\(listing.name).\(entry.id): «\(word)» is informal")
                }
            }
        }
    }
}
