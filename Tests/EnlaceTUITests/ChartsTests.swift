import Testing
@testable import EnlaceTUI

/// The chart widgets give exact lines for given data and width: values printed, distinct
/// characters per series, every line the asked width.
@Suite struct ChartsTests {
    @Test func barsAreEighthsOfACellScaledToTheLargest() {
        #expect(BarChart.bar(10, maxValue: 10, width: 4) == "████")
        #expect(BarChart.bar(5, maxValue: 10, width: 4) == "██")
        #expect(BarChart.bar(1, maxValue: 10, width: 4) == "▍")           // 3.2 eighths
        #expect(BarChart.bar(0, maxValue: 10, width: 4) == "")
        // A count far below the largest still shows, so it never reads as none.
        #expect(BarChart.bar(1, maxValue: 1000, width: 4) == "▏")
        #expect(BarChart.bar(7, maxValue: 0, width: 4) == "")
    }

    @Test func barLinesHaveLabelBarAndValueInExactWidth() {
        let lines = BarChart.lines([BarItem("Ana", 10), BarItem("José Ángel", 3), BarItem("Nadie", 0)], width: 30)
        #expect(lines == [
            "Ana        ████████████████ 10",
            "José Ángel ████▊             3",
            "Nadie                        0",
        ])
        #expect(lines.allSatisfy { TextWidth.columns(of: $0) == 30 })
    }

    @Test func longLabelsAreCutToAThirdAndAFixedScaleIsKept() {
        let lines = BarChart.lines([BarItem("Muñoz Pérez, José Ángel", 4)], width: 24, maxValue: 8)
        #expect(lines == ["Muñoz P… ██████▌       4"])   // 13 cells wide: 4 of 8 is 6.5
        #expect(TextWidth.columns(of: lines[0]) == 24)
    }

    @Test func drawPutsRolesOnLabelBarAndValue() {
        var buffer = ScreenBuffer(width: 32, height: 3)
        let rows = BarChart.draw([BarItem("Ana", 10), BarItem("Ben", 5)], into: &buffer, x: 1, y: 1, width: 30)
        #expect(rows == 2)
        #expect(buffer.line(1) == " Ana ███████████████████████ 10 ")
        #expect(buffer.line(2) == " Ben ███████████▌             5 ")
        #expect(buffer.role(x: 1, y: 1) == .normal)
        #expect(buffer.role(x: 5, y: 1) == .header)
        #expect(buffer.role(x: 17, y: 2) == .normal)   // past the bar: blank, not bar
        #expect(buffer.role(x: 30, y: 1) == .normal)
    }

    @Test func groupedBarsUseOneCharacterPerSeriesAndALegend() {
        let lines = GroupedBarChart.lines([.init("2026-01", [4, 2]), .init("2026-02", [0, 8])], width: 24)
        #expect(lines == [
            "2026-01 ███████ 4       ",
            "        ▒▒▒▒ 2          ",
            "2026-02  0              ",
            "        ▒▒▒▒▒▒▒▒▒▒▒▒▒▒ 8",
        ])
        #expect(GroupedBarChart.legend(["Abiertos", "Cerrados"]) == "█ Abiertos  ▒ Cerrados")
    }

    @Test func sparklinesScaleToTheLargestAndShowZeros() {
        #expect(Sparkline.line([0, 1, 2, 4, 8], width: 10) == "·▁▂▄█")
        // The most recent values when there are more than fit.
        #expect(Sparkline.line([0, 1, 2, 4, 8], width: 3) == "▂▄█")
        #expect(Sparkline.line([3, 5], width: 5) == "▅█")
        #expect(Sparkline.line([0, 0], width: 5) == "··")
        #expect(Sparkline.line([], width: 5) == "")
    }
}
