import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The reports screen against a real demo database: each chart's printed values are the ones
/// the test counts on its own from the cases.
@Suite(.serialized)
struct ReportsScreenTests {
    static let shared = ScreenFixture.make(name: "reports")

    func allCases(_ f: ScreenFixture) throws -> [CaseSummary] {
        try f.desk().caseWindow(CaseWindowRequest(limit: 10_000), actor: f.user(named: "maria"))
    }

    /// The row showing `label`, and the value printed at its end.
    func value(_ screen: ScreenBuffer, _ label: String) throws -> Int {
        let y = try #require(screen.find(label), "\(label) on\n\(screen.text)").y
        let words = screen.line(y).split(separator: " ").filter { $0 != "│" }
        return try #require(words.last.flatMap { Int($0) })
    }

    @Test func casesOpenedPerMonthAreCountedFromTheCases() throws {
        let f = Self.shared
        let rt = try f.runtime(username: "maria")
        rt.send(.key(.function(8)))
        let screen = rt.render()
        #expect(screen.line(1).contains("Informes · Gráfica 1 de 5"))
        #expect(screen.line(2).contains("Casos nuevos por mes"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var perMonth: [String: Int] = [:]
        for c in try allCases(f) {
            let p = calendar.dateComponents([.year, .month], from: c.openedAt)
            perMonth[String(format: "%04d-%02d", p.year!, p.month!), default: 0] += 1
        }
        let now = calendar.dateComponents([.year, .month], from: ScreenFixture.now)
        var values: [Int] = []
        for back in (0..<12).reversed() {
            let month = calendar.date(byAdding: .month, value: -back,
                                      to: calendar.date(from: DateComponents(year: now.year, month: now.month))!)!
            let p = calendar.dateComponents([.year, .month], from: month)
            let label = String(format: "%04d-%02d", p.year!, p.month!)
            #expect(try value(screen, label) == perMonth[label, default: 0], "\(label)")
            values.append(perMonth[label, default: 0])
        }
        #expect(screen.text.contains("mín. \(values.min()!) · máx. \(values.max()!) · último \(values.last!)"))
        #expect(screen.text.contains(Sparkline.line(values, width: 38)))
    }

    @Test func openCasesByStatusAndByAgeAreTheStoresCounts() throws {
        let f = Self.shared
        let rt = try f.runtime(username: "maria")
        rt.send([.function(8), .tab])
        var screen = rt.render()
        #expect(screen.line(2).contains("Casos abiertos por estado"))
        let counts = try f.desk().openCaseCounts(now: ScreenFixture.now, by: f.user(named: "maria"))
        let open = try allCases(f).filter { $0.status.isOpen }
        for status in CaseStatus.allCases where status.isOpen {
            let n = open.filter { $0.status == status }.count
            #expect(try value(screen, status.label(.es)) == n)
            #expect(CaseAgeBucket.allCases.reduce(0) { $0 + counts.count(status, $1) } == n)
        }
        rt.send(.key(.right))
        screen = rt.render()
        #expect(screen.line(2).contains("Casos abiertos por antigüedad"))
        let today = Int64(ScreenFixture.now.timeIntervalSince1970) / 86_400
        let older = open.filter { Int64($0.openedAt.timeIntervalSince1970) / 86_400 < today - 90 }.count
        #expect(try value(screen, "90+ días") == older)
        #expect(CaseStatus.allCases.reduce(0) { $0 + counts.count($1, .older) } == older)
        // Left from the first chart wraps to the last one.
        rt.send([.left, .left, .left])
        #expect(rt.render().line(1).contains("Gráfica 5 de 5"))
        #expect(rt.render().line(2).contains("Seguimientos vencidos por persona"))
    }

    @Test func englishAt120x40() throws {
        let f = Self.shared
        let rt = try f.runtime(username: "maria", width: 120, height: 40, language: .en)
        rt.send(.key(.alt("i")))
        let screen = rt.render()
        #expect(screen.line(1).contains("Reports · Chart 1 of 5"))
        #expect(screen.line(1).contains("Tab or ←→ change the chart"))
        #expect(screen.line(2).contains("Cases opened per month"))
        #expect(screen.text.contains("min "))
    }
}
