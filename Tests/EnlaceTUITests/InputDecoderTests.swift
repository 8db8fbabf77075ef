import Testing
@testable import EnlaceTUI

struct InputDecoderTests {
    private func feed(_ decoder: inout InputDecoder, _ text: String) -> [Key] {
        text.flatMap { decoder.feed(.character($0)) }
    }

    @Test func plainAndAccentedCharacters() {
        var d = InputDecoder()
        #expect(feed(&d, "Muñoz") == [.char("M"), .char("u"), .char("ñ"), .char("o"), .char("z")])
    }

    @Test func controlKeys() {
        var d = InputDecoder()
        #expect(feed(&d, "\r\t\u{7F}\u{11}\u{10}\u{13}") == [.enter, .tab, .backspace, .ctrl("q"), .ctrl("p"), .ctrl("s")])
    }

    @Test func escapeAloneNeedsTheTimeout() {
        var d = InputDecoder()
        #expect(d.feed(.character("\u{1B}")) == [])
        #expect(d.isPending)
        #expect(d.feed(.escapeTimeout) == [.escape])
        #expect(!d.isPending)
    }

    @Test func altAndCsiSequences() {
        var d = InputDecoder()
        #expect(feed(&d, "\u{1B}x") == [.alt("x")])
        #expect(feed(&d, "\u{1B}[21~") == [.function(10)])
        #expect(feed(&d, "\u{1B}[A") == [.up])
        #expect(feed(&d, "\u{1B}[Z") == [.backTab])
    }

    @Test func bracketedPasteIsOneKeyWithNewlines() {
        var d = InputDecoder()
        let keys = feed(&d, "\u{1B}[200~José\rÑúñez\u{1B}[201~x")
        #expect(keys == [.paste("José\nÑúñez"), .char("x")])
    }

    @Test func pasteDropsControlCharactersButKeepsEscapesThatAreNotTheEnd() {
        var d = InputDecoder()
        let keys = feed(&d, "\u{1B}[200~a\u{7}b\u{1B}[2c\u{1B}[201~")
        #expect(keys == [.paste("ab[2c")])
    }

    @Test func ncursesKeysPassThrough() {
        var d = InputDecoder()
        #expect(d.feed(.key(.pageDown)) == [.pageDown])
        #expect(d.feed(.key(.function(1))) == [.function(1)])
    }
}
