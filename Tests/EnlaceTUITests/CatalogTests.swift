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

    @Test func everySingularPluralChoiceHasBothForms() {
        for listing in Self.listings {
            for entry in listing.texts {
                for text in [entry.text.es, entry.text.en] {
                    for choice in LocalizedText.numberChoices(in: text) {
                        #expect(choice.count == 3 && choice.allSatisfy { !$0.isEmpty },
                                "\(listing.name).\(entry.id): {\(choice.joined(separator: "|"))} needs {count|singular|plural}")
                    }
                }
            }
        }
    }

    /// "No se guardó: 1 campos por corregir" was the defect: one of a count is singular.
    @Test(arguments: [
        (Language.es, 1, "No se guardó: 1 campo por corregir (marcado en rojo). Lo escrito sigue aquí."),
        (.es, 2, "No se guardó: 2 campos por corregir (marcados en rojo). Lo escrito sigue aquí."),
        (.en, 1, "Not saved: 1 field to fix (marked in red). What you typed is still here."),
        (.en, 2, "Not saved: 2 fields to fix (marked in red). What you typed is still here."),
    ])
    func countsAgreeWithTheirNoun(language: Language, n: Int, expected: String) {
        #expect(IntakeText.saveProblems.format(language, ["n": String(n)]) == expected)
        let one = n == 1
        #expect(TUIText.casesCount.format(language, ["n": String(n)]) == (language == .es ? (one ? "1 caso" : "2 casos") : (one ? "1 case" : "2 cases")))
        #expect(SearchText.found.format(language, ["n": String(n)]).hasPrefix(
            language == .es ? (one ? "1 persona ·" : "2 personas ·") : (one ? "1 person ·" : "2 people ·")))
        #expect(CaseDetailText.years.format(language, ["n": String(n)])
                == (language == .es ? (one ? "1 año" : "2 años") : (one ? "1 year old" : "2 years old")))
        #expect(CaseDetailText.daysOpen.format(language, ["n": String(n)])
                == (language == .es ? (one ? "abierto hace 1 día" : "abierto hace 2 días") : (one ? "open 1 day" : "open 2 days")))
        #expect(ReviewText.reassignQuestion.format(language, ["n": String(n)])
                == (language == .es ? (one ? "¿A quién se da 1 caso?" : "¿A quién se dan 2 casos?") : (one ? "Who gets 1 case?" : "Who gets 2 cases?")))
        #expect(ReviewText.reassigned.format(language, ["n": String(n), "name": "Lucía"])
                == (language == .es ? (one ? "1 caso reasignado a Lucía." : "2 casos reasignados a Lucía.")
                                    : (one ? "1 case reassigned to Lucía." : "2 cases reassigned to Lucía.")))
        #expect(ReviewText.drillMarked.format(language, ["n": String(n)])
                == (language == .es ? (one ? "1 marcado" : "2 marcados") : (one ? "1 marked" : "2 marked")))
        #expect(CaseStoreText.cliReassigned.format(language, ["count": String(n), "user": "ana"])
                == (language == .es ? (one ? "1 caso reasignado a ana." : "2 casos reasignados a ana.")
                                    : (one ? "1 case reassigned to ana." : "2 cases reassigned to ana.")))
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
