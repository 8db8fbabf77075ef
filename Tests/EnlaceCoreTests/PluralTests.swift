import Testing
@testable import EnlaceCore

/// A word after a count agrees with it: `{n|singular|plural}` in a catalog text.
@Suite struct PluralTests {
    static let fields = LocalizedText(es: "No se guardó: {n} {n|campo|campos} por corregir.",
                                      en: "Not saved: {n} {n|field|fields} to fix.")

    @Test(arguments: [
        (Language.es, "1", "No se guardó: 1 campo por corregir."),
        (.es, "2", "No se guardó: 2 campos por corregir."),
        (.es, "0", "No se guardó: 0 campos por corregir."),
        (.en, "1", "Not saved: 1 field to fix."),
        (.en, "2", "Not saved: 2 fields to fix."),
        (.en, "11", "Not saved: 11 fields to fix."),
        (.en, "99+", "Not saved: 99+ fields to fix."),
    ])
    func theWordAgreesWithTheCount(language: Language, n: String, expected: String) {
        #expect(Self.fields.format(language, ["n": n]) == expected)
    }

    @Test func filledTextsAgreeInBothLanguages() {
        let one = Self.fields.filling(["n": LocalizedText(es: "1", en: "1")])
        #expect(one == LocalizedText(es: "No se guardó: 1 campo por corregir.", en: "Not saved: 1 field to fix."))
    }

    @Test func aChoiceIsItsPlaceholderAndNeedsAValue() {
        #expect(LocalizedText.placeholders(in: "{n} {n|caso|casos} de {name}") == ["n", "name"])
        #expect(LocalizedText.numberChoices(in: "{n} {n|caso|casos} de {name}") == [["n", "caso", "casos"]])
        // A choice whose count is not given stays as written, so a missing value shows.
        #expect(LocalizedText(es: "{n|caso|casos}", en: "{n|case|cases}").format(.es, [:]) == "{n|caso|casos}")
        // Braces inside a value are not read as a choice.
        #expect(LocalizedText(es: "{name}: {n} {n|caso|casos}", en: "-").format(.es, ["name": "{n|x|y}", "n": "1"])
                == "{n|x|y}: 1 caso")
    }
}
