import Testing
import EnlaceCore
@testable import EnlaceTUI

/// The table widget as a pure unit: columns and widths, the header, cut text, the selected
/// row and the roles of its cells, read back from a screen buffer.
struct TableTests {
    /// The case list's columns: number 11, person flexible, status 17, priority 9, age 7, and
    /// the caseworker (a sixth, at most 24) from 100 columns on.
    let caseColumns = CaseListLayout.columns(.es)

    @Test func widthsAt80And120() {
        // 80 columns: a frame and a margin on each side leave 76; no caseworker.
        #expect(Table.widths(caseColumns, width: 76) == [11, 28, 17, 9, 7, 0])
        // 120: the caseworker shows (116 / 6 = 19) and the person takes the rest.
        #expect(Table.widths(caseColumns, width: 116) == [11, 48, 17, 9, 7, 19])
        // Widths and single-space separators fill the table exactly.
        for width in [76, 116] {
            let w = Table.widths(caseColumns, width: width).filter { $0 > 0 }
            #expect(w.reduce(0, +) + w.count - 1 == width)
        }
    }

    @Test func flexibleColumnsShareByWeightAndCapsGiveWayToTheRest() {
        let columns = [TableColumn("a", .fixed(10)), TableColumn("b", .flexible(min: 8, max: 34)),
                       TableColumn("c", .flexible(min: 0))]
        // 60 - 10 - 2 separators = 48: 24 and 24.
        #expect(Table.widths(columns, width: 60) == [10, 24, 24])
        // 116 - 12 = 104: b stops at 34, c takes the other 70.
        #expect(Table.widths(columns, width: 116) == [10, 34, 70])
        // Weights 3:2 with a cap of 24 on the second.
        let weighted = [TableColumn("p", .flexible(min: 7, weight: 3)), TableColumn("w", .flexible(min: 5, max: 24, weight: 2))]
        #expect(Table.widths(weighted, width: 26) == [15, 10])
        #expect(Table.widths(weighted, width: 101) == [76, 24])
        // A minimum holds on a narrow table.
        #expect(Table.widths(columns, width: 20) == [10, 8, 0])
    }

    @Test func drawsHeaderCutTextSelectedRowAndRoles() {
        var buffer = ScreenBuffer(width: 40, height: 6)
        let table = Table([TableColumn("Número", .fixed(6)), TableColumn("Persona", .flexible(min: 4)), TableColumn("Días", .fixed(4))],
                          x: 2, headerRow: 1, width: 36, rows: 3)
        #expect(table.widths == [6, 24, 4])
        let rows: [[TableCell]] = [
            [TableCell("2026-1", .muted), TableCell("Muñoz Pérez, José Ángel de la Santísima Trinidad"), TableCell("12!", .overdue)],
            [TableCell("2026-2", .muted), TableCell("Ñúñez, Ana", .urgent), TableCell("3")],
            [TableCell("2026-3", .muted), TableCell("López, Eva"), TableCell("1")],
            [TableCell("2026-4", .muted), TableCell("Not shown: one row more than fit"), TableCell("0")],
        ]
        table.draw(rows, selected: 1, into: &buffer)
        #expect(buffer.line(1) == "  Número " + TextWidth.pad("Persona", to: 24) + " Días  ")
        #expect(buffer.role(x: 2, y: 1) == .header)
        // Cut with an ellipsis in the person's 24 columns.
        #expect(buffer.line(2) == "  2026-1 Muñoz Pérez, José Ángel… 12!   ")
        #expect(buffer.role(x: 2, y: 2) == .muted)
        #expect(buffer.role(x: 34, y: 2) == .overdue)
        #expect(buffer.role(x: 9, y: 2) == .normal)
        // The selected row: its text, and the selection role from the frame to the frame.
        #expect(buffer.line(3).hasPrefix("  2026-2 Ñúñez, Ana"))
        #expect((1...38).allSatisfy { buffer.role(x: $0, y: 3) == .selection })
        #expect(buffer.role(x: 0, y: 3) == .normal && buffer.role(x: 39, y: 3) == .normal)
        // Three rows fit; the fourth is not drawn.
        #expect(buffer.line(4).hasPrefix("  2026-3 López, Eva"))
        #expect(!buffer.text.contains("Not shown"))
    }

    @Test func hiddenColumnsAndTheEmptySentence() {
        var buffer = ScreenBuffer(width: 84, height: 6)
        let table = Table(caseColumns, x: 2, headerRow: 1, width: 80, rows: 2)
        table.drawHeader(into: &buffer)
        table.drawEmpty("No hay casos abiertos que coincidan con lo que escribió en el filtro, pruebe otra cosa.", into: &buffer)
        #expect(!buffer.line(1).contains("Responsable"))
        #expect(buffer.line(1).contains("Persona"))
        #expect(buffer.line(2).hasPrefix("  No hay casos"))
        #expect(buffer.role(x: 2, y: 2) == .muted)
        #expect(!buffer.line(3).trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
