import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The search screen: results once typing pauses, people and their cases together with why
/// each matched, Enter opens a case, Esc clears then goes back.
@Suite(.serialized)
struct SearchScreenTests {
    static let fixture = ScreenFixture.make(name: "search")

    /// F3, the query typed in one burst, then a pause (the search runs once the keys stop).
    private func openSearch(_ rt: AppRuntime, typing query: String) {
        rt.send(.key(.function(3)))
        rt.type(query)
        rt.pause()
    }

    /// Spanish at 80x24, English at 120x40.
    @Test(arguments: Language.allCases)
    func typingMunozShowsMuñozRowsWithTheirReasons(language: Language) throws {
        let (width, height) = language == .es ? (80, 24) : (120, 40)
        let rt = try Self.fixture.runtime(role: .supervisor, width: width, height: height, language: language)
        openSearch(rt, typing: "munoz")
        #expect(rt.state.screen == .search)
        let expected = try rt.desk.search("munoz", by: rt.state.user, limit: SearchLayout.limit)
        #expect(!expected.isEmpty)
        #expect(rt.state.search.hits.map(\.personId) == expected.map(\.personId))
        // One search for the five keys typed together.
        #expect(rt.taskLog.filter { $0 == "search" }.count == 1)
        let screen = rt.render()
        #expect(screen.heading.contains(language == .es ? "Buscar: munoz" : "Search: munoz"))
        // The results are listed under the line that counts them.
        let found = language == .es ? "· Enter abre · Esc borra" : "· Enter opens · Esc clears"
        let page = SearchLayout.pageSize(height: height)
        let shown = rt.state.search.rows.prefix(page)
        var people = 0
        for (i, row) in shown.enumerated() {
            let line = screen.tableLine(i, under: found)
            switch row {
            case .person(let h):
                let hit = rt.state.search.hits[h]
                people += 1
                #expect(line.contains("Muñoz"), "\(line)")
                #expect(line.contains(TextWidth.truncate(hit.listName, to: 30, ellipsis: false)))
                let why = (language == .es ? "por " : "by ") + hit.reasons.map { $0.label(language) }.joined(separator: ", ")
                #expect(line.contains(TextWidth.truncate(why, to: 20, ellipsis: false)), "\(line)")
            case .caseNumber(let h, let number, _):
                #expect(rt.state.search.hits[h].caseNumbers.contains(number))
                #expect(line.contains((language == .es ? "Caso " : "Case ") + number))
            }
        }
        #expect(people >= 2)
        // The first line is selected, in the selection role across the width.
        let firstRow = try #require(screen.tableRow(0, under: found))
        #expect(screen.role(x: 4, y: firstRow) == .selection)
        // Accent-insensitive is one of the reasons, in the person's language.
        let accent = MatchReason.accentInsensitive.label(language)
        #expect(rt.state.search.hits.first?.reasons.contains(.accentInsensitive) == true)
        #expect(screen.text.contains(TextWidth.truncate(accent, to: 12, ellipsis: false)))
    }

    @Test func enterOnACaseLineRequestsThatCase() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        let some = try #require(try rt.desk.caseWindow(CaseWindowRequest(filter: "Muñoz", anchor: nil, direction: .after, limit: 1),
                                                       actor: rt.state.user).first)
        openSearch(rt, typing: some.number)
        let rows = rt.state.search.rows
        let index = try #require(rows.firstIndex { if case .caseNumber(_, some.number, true) = $0 { return true } else { return false } })
        #expect(rt.render().text.contains("por número de caso"))
        rt.send(Array(repeating: Key.down, count: index))
        rt.send(.key(.enter))
        #expect(rt.state.search.opened == .caseDetail(caseId: some.id))
        #expect(rt.taskLog.contains("search.openCase"))
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.header?.number == some.number)
    }

    @Test func enterOnAPersonOpensTheNewestOpenCaseOrSaysThereIsNone() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        openSearch(rt, typing: "munoz")
        let hits = rt.state.search.hits
        var withOpen: Int64?
        var withoutOpen: SearchHit?
        for hit in hits {
            let open = try rt.desk.mostRecentOpenCaseId(personId: hit.personId, by: rt.state.user)
            if open != nil, withOpen == nil, hit.personId == hits.first?.personId { withOpen = open }
            if open == nil, withoutOpen == nil { withoutOpen = hit }
        }
        if let withOpen {
            rt.send(.key(.enter))
            #expect(rt.state.search.opened == .caseDetail(caseId: withOpen))
        }
        // A person whose cases are all closed: the newest closed case opens (the history).
        let rt2 = try Self.fixture.runtime(role: .supervisor)
        if let closedOnly = try withoutOpen ?? noOpenCasePerson(rt2),
           let newest = try rt2.desk.mostRecentOpenCaseId(personId: closedOnly.personId, orClosed: true, by: rt2.state.user) {
            openSearch(rt2, typing: closedOnly.listName)
            let row = try #require(rt2.state.search.rows.firstIndex { if case .person(let h) = $0 { return rt2.state.search.hits[h].personId == closedOnly.personId } else { return false } })
            rt2.send(Array(repeating: Key.down, count: row))
            rt2.send(.key(.enter))
            #expect(rt2.state.search.opened == .caseDetail(caseId: newest))
            #expect(rt2.state.caseDetail?.header?.status == .closed)
        }
        // A person without any case: the message names the person and F2.
        let rt3 = try Self.fixture.runtime(role: .supervisor)
        _ = try rt3.desk.registerPerson(PersonDraft(givenNames: "Eufrosina", firstSurname: "Zamarripa", secondSurname: "Quintanilla"),
                                        by: rt3.state.user)
        openSearch(rt3, typing: "Zamarripa Quintanilla")
        #expect(rt3.state.search.hits.first?.listName.contains("Zamarripa") == true)
        rt3.send(.key(.enter))
        #expect(rt3.state.search.opened == nil)
        #expect(rt3.state.message?.text.contains("no tiene casos que usted pueda ver. Pulse F2") == true)
        #expect(rt3.state.message?.text.contains("Zamarripa") == true)
    }

    /// Someone whose cases are all closed (or who has none), found by name.
    private func noOpenCasePerson(_ rt: AppRuntime) throws -> SearchHit? {
        for name in ["Muñoz", "García", "Hernández", "López", "Martínez", "Pérez", "Sánchez", "Ramírez"] {
            for hit in try rt.desk.search(name, by: rt.state.user, limit: 200)
            where try rt.desk.mostRecentOpenCaseId(personId: hit.personId, by: rt.state.user) == nil {
                return hit
            }
        }
        return nil
    }

    @Test func caseLinesSayTheStatusAndClosedOnesAreMuted() throws {
        let rt = try Self.fixture.runtime(role: .supervisor, width: 120, height: 40)
        openSearch(rt, typing: "munoz")
        let numbers = rt.state.search.hits.flatMap(\.caseNumbers)
        #expect(!numbers.isEmpty)
        let screen = rt.render()
        for number in numbers.prefix(8) {
            let id = try #require(try rt.desk.caseId(for: number))
            let status = try rt.desk.caseDetail(id: id, audited: false, by: rt.state.user).header.status
            let spot = try #require(screen.find("Caso \(number) · \(status.label(.es))"), "\(number) with its status")
            #expect(screen.role(x: spot.x, y: spot.y) == (status == .closed ? .muted : .normal) || screen.role(x: spot.x, y: spot.y) == .selection)
        }
        // A caseworker sees only the statuses of cases the store lets her see.
        let jorge = try Self.fixture.user(named: "jorge")
        let visible = try rt.desk.caseStatuses(numbers: numbers, by: jorge)
        let all = try rt.desk.caseStatuses(numbers: numbers, by: rt.state.user)
        #expect(all.count == Set(numbers).count)
        #expect(visible.count <= all.count)
        for (number, status) in visible { #expect(all[number] == status) }
    }

    @Test func escClearsThenGoesBack() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        openSearch(rt, typing: "munoz")
        #expect(!rt.state.search.hits.isEmpty)
        rt.send(.key(.escape))
        #expect(rt.state.screen == .search)
        #expect(rt.state.search.query.text.isEmpty)
        #expect(rt.state.search.hits.isEmpty)
        #expect(rt.render().text.contains("Escriba un nombre, apellido, teléfono, CURP o número de caso."))
        rt.send(.key(.escape))
        #expect(rt.state.screen == .home)
    }

    @Test func slashFiltersTheCaseListButSearchesEverywhereElseAndF3ReachesSearch() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        rt.send(.key(.char("/")))
        #expect(rt.state.screen == .search, "on the home queue / searches")
        rt.send([.escape, .escape, .function(6)])
        rt.send(.key(.char("/")))
        #expect(rt.state.screen == .caseList)
        #expect(rt.state.caseList.editingFilter)
        rt.send(.key(.enter))
        rt.send(.key(.function(3)))
        #expect(rt.state.screen == .search)
        // On the search screen "/" and "?" are typed into the query.
        rt.type("a/b?")
        #expect(rt.state.search.query.text == "a/b?")
        #expect(rt.state.overlay.isNone)
    }

    @Test func anOlderAnswerIsDroppedWhenTheQueryMovedOn() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        var state = rt.state
        state.search.query = TextField("munoz")
        let effects = SearchScreen.ask(&state, keepSelection: false)
        guard case .task(let task) = try #require(effects.first) else { Issue.record("no task"); return }
        let change = try task.work(DeskContext(desk: rt.desk, user: state.user, now: state.now, timeZone: state.timeZone, outputDirectory: URL(fileURLWithPath: "/tmp")))
        state.search.query = TextField("munoz p")
        _ = change.apply(&state)
        #expect(state.search.hits.isEmpty)
        state.search.query = TextField("munoz")
        _ = change.apply(&state)
        #expect(!state.search.hits.isEmpty)
    }

    @Test func idleTicksDoNotSearchAgainButAnotherTerminalsChangeDoes() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        openSearch(rt, typing: "munoz")
        rt.send(.key(.down))
        let selected = rt.state.search.cursor.selected
        let searches = { rt.taskLog.filter { $0 == "search" }.count }
        let before = searches()
        // The search's own audit row is not "a change by another terminal".
        for k in 1...4 { rt.idle(now: ScreenFixture.now.addingTimeInterval(Double(k) / 2)) }
        #expect(searches() == before)
        // Another connection writes: the same query is asked again, the selection kept.
        let other = try Self.fixture.desk()
        let maria = try Self.fixture.user(.supervisor)
        let caseId = try #require(try other.caseWindow(CaseWindowRequest(filter: "", anchor: nil, direction: .after, limit: 1), actor: maria).first?.id)
        _ = try other.addNote(caseId: caseId, body: "Llamó para confirmar la cita.", by: maria)
        rt.idle(now: ScreenFixture.now.addingTimeInterval(3))
        #expect(searches() == before + 1)
        #expect(rt.state.search.cursor.selected == selected)
        rt.idle(now: ScreenFixture.now.addingTimeInterval(3.5))
        #expect(searches() == before + 1)
    }

    @Test func adminIsToldWhySearchShowsNobody() throws {
        let rt = try Self.fixture.runtime(role: .admin, language: .en)
        openSearch(rt, typing: "munoz")
        let screen = rt.render()
        let at = try #require(screen.find("admin accounts do not see people's records"))
        #expect(screen.role(x: at.x, y: at.y) == .error)
    }

    @Test func helpListsTheSearchKeys() throws {
        let rt = try Self.fixture.runtime(role: .supervisor, width: 120, height: 60)
        rt.send(.key(.function(3)))
        rt.send(.key(.function(1)))
        let text = rt.render().text
        #expect(text.contains("Buscar"))
        #expect(text.contains("Bloquear pantalla"))
        #expect(text.contains("Borrar búsqueda"))
    }
}
