import Testing
@testable import EnlaceCore

/// The recovery key as words on paper: every key comes back from its words, however they are
/// typed, and a word written wrong or two words swapped are caught.
@Suite struct RecoveryWordsTests {
    @Test func theListHas256WordsWhoseFirstFourLettersAreUnique() {
        #expect(RecoveryWords.list.count == 256)
        #expect(Set(RecoveryWords.list.map { $0.prefix(4) }).count == 256)
        #expect(RecoveryWords.list == RecoveryWords.list.sorted())
        #expect(RecoveryWords.list.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isLowercase } })
    }

    @Test func everyKeyComesBackFromItsWords() throws {
        var rng = SplitMix64(seed: 13)
        for _ in 0..<500 {
            let key = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
            let words = RecoveryWords.encode(key)
            #expect(words.count == 17)
            #expect(try RecoveryWords.decode(words.joined(separator: " ")).get() == key)
        }
    }

    @Test func capitalsAccentsSeparatorsAndFourLettersAreAccepted() throws {
        let key: [UInt8] = Array(0..<16)
        let words = RecoveryWords.encode(key)
        let typed = words.enumerated().map { index, word in
            index % 3 == 0 ? word.uppercased() : index % 3 == 1 ? String(word.prefix(4)) : word
        }.joined(separator: ",\n- ")
        #expect(try RecoveryWords.decode(typed).get() == key)
        #expect(RecoveryWords.byte(of: "ÁGUILA") == RecoveryWords.byte(of: "aguila"))
    }

    @Test func wrongWordsSaySoAndWhere() {
        let key: [UInt8] = Array(repeating: 7, count: 15) + [200]
        var words = RecoveryWords.encode(key)
        #expect(RecoveryWords.decode(words.dropLast().joined(separator: " ")) == .failure(.count(found: 16)))
        var unknown = words
        unknown[4] = "xilofono"
        #expect(RecoveryWords.decode(unknown.joined(separator: " ")) == .failure(.unknownWord(position: 5, word: "xilofono")))
        // Three letters are not enough to name a word.
        unknown[4] = String(words[4].prefix(3))
        #expect(RecoveryWords.decode(unknown.joined(separator: " ")) == .failure(.unknownWord(position: 5, word: unknown[4])))
        // Two different words swapped.
        words.swapAt(14, 15)
        #expect(RecoveryWords.decode(words.joined(separator: " ")) == .failure(.checksum))
    }

    @Test func theCheckWordCatchesAnySingleWrongWord() {
        let key: [UInt8] = (0..<16).map { UInt8($0 * 11 % 256) }
        let words = RecoveryWords.encode(key)
        var caught = 0, tried = 0
        for position in 0..<16 {
            for replacement in RecoveryWords.list where replacement != words[position] {
                var changed = words
                changed[position] = replacement
                tried += 1
                if case .failure(.checksum) = RecoveryWords.decode(changed.joined(separator: " ")) { caught += 1 }
            }
        }
        #expect(tried == 16 * 255)
        #expect(caught == tried)
    }
}
