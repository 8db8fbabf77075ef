import Foundation
import Testing
@testable import EnlaceTUI

/// Reading a rendered screen by where its text is relative to labels, as a person reads it,
/// instead of by row numbers: a test that asks for "the line with «Estado:»" or "the rows under
/// the header «Número»" fails when a person would see a difference, not when a line is added
/// above. The frame's own places (title bar, heading, message line, footer) are named here once.
extension ScreenBuffer {
    /// The frame's top edge: application, organization, the person and the time.
    var titleBar: String { line(0) }

    /// The screen's first line of content under the title bar (the screen's title, the case's
    /// header, the tabs of a queue…).
    var heading: String { line(headingRow) }

    var headingRow: Int { (1..<height).first { !isBlank(line($0)) } ?? 1 }

    /// The line right under the heading (a tab bar, a strip, the first field…).
    var underHeading: String { line(headingRow + 1) }

    /// The message line, just above the footer.
    var messageLine: String { line(messageRow) }

    var messageRow: Int { height - 2 }

    /// The style of the message on the message line (its first visible cell).
    var messageRole: StyleRole? { role(ofFirstTextOn: messageRow) }

    /// The footer of key hints, the frame's bottom edge.
    var footer: String { line(height - 1) }

    /// The first row, from `start` down, whose text contains `text`.
    func row(of text: String, from start: Int = 0) -> Int? {
        guard start < height else { return nil }
        return (max(0, start)..<height).first { line($0).contains(text) }
    }

    /// Whether `text` is shown on one row, wherever that is.
    func shows(_ text: String) -> Bool { find(text) != nil }

    /// The first row whose text satisfies `test`.
    func row(where test: (String) -> Bool) -> Int? {
        (0..<height).first { test(line($0)) }
    }

    /// The text of the first row that contains `text` ("" when no row does, so the
    /// expectation that reads it fails and shows what was there).
    func line(with text: String) -> String {
        row(of: text).map(line) ?? ""
    }

    /// The text `n` rows under the first row that contains `text` ("" when none).
    func line(under text: String, _ n: Int = 1) -> String {
        row(of: text).map { line($0 + n) } ?? ""
    }

    /// Whether one row holds all of `texts` (a header and its columns, a tab bar…).
    func sameRow(_ texts: String...) -> Bool {
        guard let first = texts.first else { return false }
        var y = row(of: first)
        while let row = y {
            if texts.allSatisfy({ line(row).contains($0) }) { return true }
            y = self.row(of: first, from: row + 1)
        }
        return false
    }

    /// The column where `text` starts on row `y` (on its first row when `y` is nil).
    func column(of text: String, onRow y: Int? = nil) -> Int? {
        guard let y = y ?? row(of: text) else { return nil }
        let l = line(y)
        guard let r = l.range(of: text) else { return nil }
        return TextWidth.columns(of: l[..<r.lowerBound])
    }

    /// The style at the first cell of the first place `text` is shown, or on the given row.
    func role(of text: String, onRow y: Int? = nil) -> StyleRole? {
        guard let y = y ?? row(of: text), let x = column(of: text, onRow: y) else { return nil }
        return role(x: x, y: y)
    }

    /// The style of the cell on row `y` in the column headed `header` (where the header starts).
    func role(under header: String, onRow y: Int?) -> StyleRole? {
        guard let y, let x = column(of: header) else { return nil }
        return role(x: x, y: y)
    }

    /// The style at `text` on the first row that holds `label` too.
    func role(of text: String, onRowWith label: String) -> StyleRole? {
        var y = row(of: label)
        while let row = y {
            if line(row).contains(text) { return role(of: text, onRow: row) }
            y = self.row(of: label, from: row + 1)
        }
        return nil
    }

    /// The rows of the table whose header row holds `header`: the rows under it (a rule drawn
    /// under the header is skipped) down to the first blank row or the message line.
    func tableRows(under header: String) -> [Int] {
        guard let top = row(of: header) else { return [] }
        var y = top + 1
        while y < messageRow, isRule(line(y)) { y += 1 }
        var rows: [Int] = []
        while y < messageRow, !isBlank(line(y)) {
            rows.append(y)
            y += 1
        }
        return rows
    }

    /// The texts of `tableRows(under:)`.
    func tableLines(under header: String) -> [String] { tableRows(under: header).map(line) }

    /// The row of the `i`-th line (from 0) of the table under `header`, or nil.
    func tableRow(_ i: Int, under header: String) -> Int? {
        let rows = tableRows(under: header)
        return i >= 0 && i < rows.count ? rows[i] : nil
    }

    /// The text of the `i`-th line of the table under `header` ("" when there is none).
    func tableLine(_ i: Int, under header: String) -> String {
        tableRow(i, under: header).map(line) ?? ""
    }

    /// A line with nothing on it but the frame's sides.
    func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "│" }
    }

    private func isRule(_ text: String) -> Bool {
        text.contains("─") && text.allSatisfy { " │─├┤┼┬┴".contains($0) }
    }

    private func role(ofFirstTextOn y: Int) -> StyleRole? {
        let l = line(y)
        guard let i = l.firstIndex(where: { $0 != " " && $0 != "│" }) else { return nil }
        return role(x: TextWidth.columns(of: l[..<i]), y: y)
    }
}

/// Golden screens: `Golden/<name>.txt` beside this file holds a whole screen as a person reads it
/// (`ScreenBuffer.text`: every row, trailing spaces trimmed), compared exactly, so a reviewer sees
/// a layout change as a text diff. To write them again after an intended change, run
/// `ENLACE_UPDATE_GOLDEN=1 swift test --skip-build --filter GoldenScreenTests` and review
/// `git diff Tests/EnlaceTUITests/Golden`.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func expect(_ buffer: ScreenBuffer, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = buffer.text + "\n"
        if ProcessInfo.processInfo.environment["ENLACE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            #expect(throws: Never.self, sourceLocation: sourceLocation) { try actual.write(to: file, atomically: true, encoding: .utf8) }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No golden Golden/\(name).txt (ENLACE_UPDATE_GOLDEN=1 writes it). The screen:\n\(actual)",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("The screen differs from Golden/\(name).txt (- golden, + now):\n\(diff(expected, actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The rows that differ, numbered, each as the golden and the new text.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let old = i < a.count ? a[i] : nil, new = i < b.count ? b[i] : nil
            guard old != new else { continue }
            if let old { out.append(String(format: "%3d - ", i) + old) }
            if let new { out.append(String(format: "%3d + ", i) + new) }
        }
        return out.joined(separator: "\n")
    }
}
