import Testing
@testable import EnlaceCore

/// `NamePhonetics.typedKeys`: the typed word's own key first, then the keys of what it may
/// have been meant as; each reading meets the key of the name as registered.
@Suite struct TypedReadingTests {
    @Test(arguments: [
        ("rodriges", "Rodríguez"), ("dominges", "Domínguez"), ("gerrero", "Guerrero"),
        ("huarez", "Juárez"), ("treho", "Trejo"), ("jernandez", "Hernández"),
        ("bilanueva", "Villanueva"), ("mollina", "Molina"), ("maldonao", "Maldonado"),
        ("estra", "Estrada"), ("wadalupe", "Guadalupe"),
    ])
    func aReadingMeetsTheNameMeant(typed: String, meant: String) {
        let keys = NamePhonetics.typedKeys(typed)
        #expect(keys.first == NamePhonetics.key(typed))
        #expect(keys.contains(NamePhonetics.key(meant)), "\(typed): \(keys)")
    }

    @Test func wordsWithoutSuchSpellingsHaveTheirKeyOnly() {
        #expect(NamePhonetics.typedKeys("ruiz") == [NamePhonetics.key("ruiz")])
        #expect(NamePhonetics.typedKeys("soto") == [NamePhonetics.key("soto")])
        #expect(NamePhonetics.typedKeys("ab") == [NamePhonetics.key("ab")])
        // ch is not an h: "chavez" has no h-as-j reading.
        #expect(NamePhonetics.typedKeys("chavez") == [NamePhonetics.key("chavez")])
    }
}

/// The ASCII path of `NameFolding.searchForm` gives what the Unicode path gives.
@Suite struct AsciiFoldingTests {
    @Test func everyAsciiTextFoldsAsTheUnicodePathFoldsIt() {
        let all = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        #expect(NameFolding.asciiSearchForm(all) == NameFolding.unicodeSearchForm(all))
        var generator = SplitMix64(seed: 18)
        for _ in 0..<2_000 {
            let text = String((0..<Int(generator.next() % 24)).map { _ in
                Character(Unicode.Scalar(UInt8(generator.next() % 128)))
            })
            #expect(NameFolding.asciiSearchForm(text) == NameFolding.unicodeSearchForm(text), "\(Array(text.utf8))")
        }
        #expect(NameFolding.searchForm("  Maria--de LA Cruz  ") == "maria de la cruz")
    }
}
