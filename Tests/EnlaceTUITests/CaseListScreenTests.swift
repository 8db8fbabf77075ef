import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The case list screen driven by keys against a real SQLite demo database, read back from the
/// in-memory screen buffer: text and style roles, as a person would see them.
@Suite(.serialized)
struct CaseListScreenTests {
    static let fixture: (path: String, logins: [DemoLogin]) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-screens-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("screens.sqlite").path
        let desk = try! CaseDesk.open(path: path, create: true, clock: ScreenFixture.clock)
        let logins = try! DemoData.seed(into: desk, people: 400, seed: 7)
        return (path, logins)
    }()

    static let now = ScreenFixture.now

    private func runtime(role: Role = .supervisor, width: Int = 80, height: Int = 24, language: Language = .es) throws -> AppRuntime {
        let desk = try CaseDesk.open(path: Self.fixture.path, create: false, clock: ScreenFixture.clock)
        let login = try #require(Self.fixture.logins.first { $0.role == role })
        let user = try desk.authenticate(username: login.username, password: login.password)
        var state = AppState(language: language, width: width, height: height, user: user,
                             organization: try desk.organizationName(), now: Self.now, timeZone: ScreenFixture.chicago)
        // The app starts on the home queue; these tests start on the case list (F6).
        state.screen = .caseList
        return AppRuntime(desk: desk, state: state)
    }

    /// Everything visible to the supervisor, newest first, read in one go for comparison.
    private func allCases(_ rt: AppRuntime, filter: String = "") throws -> [CaseSummary] {
        try rt.desk.caseWindow(CaseWindowRequest(filter: filter, anchor: nil, direction: .after, limit: 10_000), actor: rt.state.user)
    }

    @Test func firstScreenShowsFrameTitleHeadersRowsAndFooter() throws {
        let rt = try runtime()
        let screen = rt.render()
        #expect(screen.titleBar.hasPrefix("┌"))
        // At 80 columns the organization's name gives way to the person and the time.
        #expect(screen.titleBar.contains("Enlace · Casa Guanajuato"))
        #expect(screen.titleBar.contains("María Elena Rodríguez (supervisor) · 11:00"))
        let wide = try runtime(width: 140, height: 30).render()
        #expect(wide.titleBar.contains("Enlace · \(try rt.desk.organizationName())"))
        #expect(screen.titleBar.contains("(supervisor)"))
        #expect(screen.sameRow("Número", "Persona"))
        #expect(screen.role(of: "Número") == .header)
        let expected = try allCases(rt).prefix(19)
        let table = screen.tableLines(under: "Número")
        #expect(table.count == expected.count, "\(screen.text)")
        for (i, row) in expected.enumerated() {
            #expect(table.count > i && table[i].contains(row.number), "row \(i)")
        }
        #expect(screen.footer.contains("F1 Ayuda"))
        #expect(screen.footer.contains("F10 Salir"))
        #expect(screen.role(of: "F1", onRow: screen.height - 1) == .key)
        // The first row is selected, drawn in the selection role across the width.
        #expect(screen.role(of: expected[0].number) == .selection)
        #expect(screen.role(of: expected[1].number) != .selection)
        let total = try allCases(rt).count
        #expect(screen.heading.contains("\(total) casos") || screen.heading.contains(CaseListView.groupDigits(total, .es)))
    }

    @Test func movingDownPastTheWindowScrollsOneRowAtATime() throws {
        let rt = try runtime()
        let all = try allCases(rt)
        rt.send(Array(repeating: Key.down, count: 25))
        #expect(rt.state.caseList.selectedCase?.id == all[25].id)
        #expect(rt.state.caseList.rows.map(\.id) == all[7..<26].map(\.id))
        rt.send(Array(repeating: Key.up, count: 20))
        #expect(rt.state.caseList.selectedCase?.id == all[5].id)
        #expect(rt.state.caseList.rows.first?.id == all[5].id)
    }

    @Test func pagesAndEndsJoinUpWithoutGapsOrRepeats() throws {
        let rt = try runtime()
        let all = try allCases(rt)
        var seen: [Int64] = rt.state.caseList.rows.map(\.id)
        for _ in 0..<5 {
            rt.send([.pageDown])
            seen += rt.state.caseList.rows.map(\.id)
        }
        #expect(seen == all.prefix(19 * 6).map(\.id))
        rt.send([.end])
        #expect(rt.state.caseList.selectedCase?.id == all.last?.id)
        #expect(rt.render().tableLines(under: "Número").last?.contains(all.last!.number) == true)
        rt.send([.home])
        #expect(rt.state.caseList.selectedCase?.id == all.first?.id)
        rt.send([.pageUp])
        #expect(rt.state.caseList.selectedCase?.id == all.first?.id)
    }

    @Test func filterNarrowsAsYouTypeWithOrWithoutAccents() throws {
        let rt = try runtime()
        rt.send([.char("/")])
        #expect(rt.state.caseList.editingFilter)
        rt.type("Muñoz")
        let screen = rt.render()
        #expect(screen.heading.contains("Filtro: Muñoz"))
        let rows = rt.state.caseList.rows
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.personName.contains("Muñoz") })
        #expect(screen.cursor != nil, "the cursor shows where the person types")
        let withAccent = rt.state.caseList.rows.map(\.id)
        rt.send([.escape])
        #expect(rt.state.caseList.filter.isEmpty)
        rt.send([.char("/")])
        rt.type("munoz")
        #expect(rt.state.caseList.rows.map(\.id) == withAccent)
        // Backspace widens again.
        rt.send(Array(repeating: Key.backspace, count: 5))
        #expect(rt.state.caseList.rows.count == 19)
    }

    @Test func aFilterThatMatchesNothingSaysSoAndHowToClearIt() throws {
        let rt = try runtime()
        rt.send([.char("/")])
        rt.type("Zzyzx")
        let text = rt.render().text
        #expect(text.contains("Ningún caso coincide con «Zzyzx»"))
        #expect(text.contains("Esc"))
    }

    @Test func pasteIntoTheFilterAndOverlongInputAreHandled() throws {
        let rt = try runtime()
        rt.send([.char("/"), .paste("Muñoz\n")])
        #expect(rt.state.caseList.filter == "Muñoz ")
        rt.send([.paste(String(repeating: "a", count: 10_000))])
        #expect(rt.state.caseList.filter.count == CaseListLayout.maxFilterLength)
        #expect(rt.state.message?.role == .warning)
    }

    @Test func helpOverlayOpensListsCommandsAndCloses() throws {
        let rt = try runtime()
        rt.send([.char("?")])
        let text = rt.render().text
        #expect(text.contains("Ayuda: teclas y comandos"))
        #expect(text.contains("Salir"))
        #expect(text.contains("F10 Ctrl-Q"))
        rt.send([.escape])
        #expect(!rt.render().text.contains("Ayuda: teclas y comandos"))
        #expect(rt.state.caseList.filter.isEmpty, "Esc closed help without touching the list")
    }

    @Test func paletteFiltersByNameAndRunsTheCommand() throws {
        let rt = try runtime()
        rt.send([.ctrl("p")])
        rt.type("idioma")
        let text = rt.render().text
        #expect(text.contains("Idioma: English"))
        #expect(!text.contains("Página siguiente"))
        rt.send([.enter])
        #expect(rt.state.language == .en)
        #expect(rt.render().sameRow("Number", "Person"))
        rt.send([.char(":")])
        rt.type("quit")
        rt.send([.enter])
        #expect(rt.state.shouldQuit)
    }

    @Test func languageSwitchKeepsFilterAndSelection() throws {
        let rt = try runtime()
        rt.send([.char("/")])
        rt.type("Muñoz")
        rt.send([.enter, .down])
        let selected = rt.state.caseList.selectedCase?.id
        rt.send([.function(9)])
        #expect(rt.state.language == .en)
        let screen = rt.render()
        #expect(screen.heading.contains("Filter: Muñoz"))
        #expect(screen.footer.contains("F10 Quit"))
        #expect(rt.state.caseList.selectedCase?.id == selected)
        rt.send([.ctrl("e")])
        #expect(rt.state.language == .es)
    }

    @Test func tooSmallTerminalShowsOneMessageAndKeepsState() throws {
        let rt = try runtime()
        rt.send([.down, .down])
        rt.send(.resize(width: 30, height: 8))
        let small = rt.render()
        #expect(small.text.contains("Amplíe la"))
        #expect(small.text.contains("80×24"))
        #expect(!small.text.contains("Número"))
        rt.send(.resize(width: 120, height: 40))
        let big = rt.render()
        #expect(big.sameRow("Número", "Responsable"))
        #expect(rt.state.caseList.rows.count == 35)
        #expect(rt.state.caseList.selected == 2)
    }

    @Test func urgentAndSelectedRowsUseTheirRoles() throws {
        let rt = try runtime(width: 120, height: 60)
        let screen = rt.render()
        guard let i = rt.state.caseList.rows.dropFirst().firstIndex(where: { $0.priority == .urgent }) else {
            Issue.record("no urgent case in the first window of the demo data")
            return
        }
        let number = rt.state.caseList.rows[i].number
        #expect(screen.role(of: CasePriority.urgent.label(.es), onRowWith: number) == .urgent)
    }

    @Test func ctrlCExplainsHowToQuitInsteadOfQuitting() throws {
        let rt = try runtime()
        rt.send([.ctrl("c")])
        #expect(!rt.state.shouldQuit)
        #expect(rt.render().messageLine.contains("F10"))
        rt.send([.ctrl("q")])
        #expect(rt.state.shouldQuit)
    }

    @Test func adminSeesNoCaseContent() throws {
        let rt = try runtime(role: .admin)
        #expect(rt.state.caseList.rows.isEmpty)
        #expect(rt.render().text.contains("administración no muestra casos"))
    }

    @Test func aChangeByAnotherProcessShowsWithoutAKey() throws {
        let rt = try runtime()
        let first = try #require(rt.state.caseList.rows.first)
        // Another process renames the person of the first case, straight through SQLite.
        let other = try CaseDesk.open(path: Self.fixture.path, create: false, clock: ScreenFixture.clock)
        let before = try other.dataVersion()
        let sql = "UPDATE people SET first_surname = 'Cambiado' WHERE id = (SELECT person_id FROM cases WHERE id = \(first.id));"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", Self.fixture.path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        rt.idle(now: Self.now)
        #expect(rt.state.caseList.rows.first?.personName.contains("Cambiado") == true)
        #expect(rt.render().tableLines(under: "Número").first?.contains("Cambiado") == true)
    }
}
