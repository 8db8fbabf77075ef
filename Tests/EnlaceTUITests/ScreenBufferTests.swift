import Testing
@testable import EnlaceTUI

struct ScreenBufferTests {
    @Test func putWritesGraphemesByColumn() {
        var b = ScreenBuffer(width: 10, height: 2)
        let used = b.put("Peña日x", x: 1, y: 0, role: .title)
        #expect(used == 7)
        #expect(b.line(0) == " Peña日x  ")
        #expect(b[4, 0].grapheme == "a")
        #expect(b[5, 0].width == 2)
        #expect(b[6, 0].width == 0)
        #expect(b.role(x: 3, y: 0) == .title)
        #expect(b.role(x: 0, y: 0) == .normal)
    }

    @Test func clipsAtTheRightEdgeAndMaxWidth() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("Muñoz Pérez", x: 2, y: 0, role: .normal)
        #expect(b.line(0) == "  Muño")
        var c = ScreenBuffer(width: 10, height: 1)
        c.put("abcdefgh", x: 0, y: 0, role: .normal, maxWidth: 3)
        #expect(c.line(0) == "abc       ")
    }

    @Test func wideGraphemeThatDoesNotFitBecomesSpace() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("ab日", x: 1, y: 0, role: .error)
        #expect(b.line(0) == " ab ")
        #expect(b.role(x: 3, y: 0) == .error)
    }

    @Test func outOfBoundsWritesAreIgnored() {
        var b = ScreenBuffer(width: 3, height: 1)
        #expect(b.put("x", x: 0, y: 5, role: .normal) == 0)
        b.put("xyz", x: -1, y: 0, role: .normal)
        #expect(b.line(0) == "yz ")
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("日", x: 0, y: 0, role: .normal)
        b.put("a", x: 1, y: 0, role: .normal)
        #expect(b.line(0) == " a  ")
    }

    @Test func boxAndPaint() {
        var b = ScreenBuffer(width: 12, height: 3)
        b.box(Rect(x: 0, y: 0, width: 12, height: 3), role: .border, title: "Título")
        #expect(b.line(0) == "┌─ Título ─┐")
        #expect(b.line(1) == "│          │")
        #expect(b.line(2) == "└──────────┘")
        b.paint(Rect(x: 1, y: 1, width: 3, height: 1), role: .selection)
        #expect(b.role(x: 2, y: 1) == .selection)
        #expect(b.role(x: 5, y: 1) == .border || b.role(x: 5, y: 1) == .normal)
        #expect(b.find("Título")?.x == 3)
    }
}
