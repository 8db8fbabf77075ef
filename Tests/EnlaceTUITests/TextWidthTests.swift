import Testing
@testable import EnlaceTUI

struct TextWidthTests {
    @Test(arguments: [
        ("ñ", 1), ("é", 1), ("e\u{301}", 1), ("日", 2), ("Ñ", 1), ("a", 1), ("\u{7}", 0), ("👍", 2), ("─", 1),
    ])
    func characterWidths(text: String, expected: Int) {
        #expect(TextWidth.columns(of: text) == expected)
    }

    @Test func spanishAndWideText() {
        #expect(TextWidth.columns(of: "José Ángel Muñoz Pérez") == 22)
        #expect(TextWidth.columns(of: "日本語") == 6)
        #expect(TextWidth.columns(of: "Jose\u{301}") == 4)
    }

    @Test func truncationCountsColumnsNotBytes() {
        #expect(TextWidth.truncate("Muñoz Pérez", to: 6) == "Muñoz…")
        #expect(TextWidth.truncate("Muñoz", to: 5) == "Muñoz")
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.truncate("日本語", to: 4, ellipsis: false) == "日本")
        #expect(TextWidth.truncate("日本語", to: 3, ellipsis: false) == "日")
        #expect(TextWidth.truncate("abc", to: 0) == "")
    }

    @Test func padFillsToExactColumns() {
        #expect(TextWidth.pad("ñ", to: 3) == "ñ  ")
        #expect(TextWidth.columns(of: TextWidth.pad("日本語です", to: 7)) == 7)
    }

    @Test func wrapBreaksAtSpaces() {
        #expect(TextWidth.wrap("Amplíe la terminal a 80×24 o más", width: 12) == ["Amplíe la", "terminal a", "80×24 o más"])
        #expect(TextWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}
