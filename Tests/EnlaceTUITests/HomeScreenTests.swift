import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The home queue ("Mi bandeja") driven by keys against a real demo database: tabs and
/// counts as the store answers them for each user, windows that page without gaps, roles on
/// urgent and overdue rows, Enter asking for the case.
@Suite(.serialized)
struct HomeScreenTests {
    static let fixture = ScreenFixture.make(name: "home")

    private func capped(_ n: Int) -> String { n > QueueCounts.cap ? "\(QueueCounts.cap)+" : "\(n)" }

    @Test func theAppOpensOnTheHomeQueueWithTheStoresCountsAndRows() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        #expect(rt.state.screen == .home)
        let jorge = rt.state.user
        let mine = try rt.desk.myCases(by: jorge, limit: 500)
        let unassigned = try rt.desk.unassignedCases(by: jorge, limit: 500)
        let overdue = try rt.desk.followUpsDue(scope: .mine, range: .overdue, now: ScreenFixture.now, by: jorge, limit: 500)
        let today = try rt.desk.followUpsDue(scope: .mine, range: .today, now: ScreenFixture.now, by: jorge, limit: 500)
        let awaiting = try rt.desk.referralsAwaitingResponse(by: jorge, now: ScreenFixture.now, limit: 500)
        #expect(mine.count > 20, "the demo gives jorge more cases than one screen")
        let screen = rt.render()
        #expect(screen.heading.contains("Mi bandeja"))
        let tabs = screen.line(with: "1 Mis casos")
        #expect(tabs.contains("1 Mis casos \(capped(mine.count))"), "\(tabs)")
        #expect(tabs.contains("2 Sin asignar \(capped(unassigned.count))"), "\(tabs)")
        #expect(tabs.contains("3 Seguimientos \(capped(overdue.count + today.count))"), "\(tabs)")
        #expect(tabs.contains("4 Canalizaciones \(capped(awaiting.count))"), "\(tabs)")
        // The tab shown stands out.
        #expect(screen.role(of: "1 Mis casos") == .focus)
        // A full window of my cases, urgent first, as the store orders them.
        #expect(screen.sameRow("Número", "Prioridad"))
        let page = HomeScreen.page(rt.state)
        #expect(page == 18)
        let table = screen.tableLines(under: "Número")
        #expect(table.count == page, "\(screen.text)")
        for (i, item) in mine.prefix(page).enumerated() {
            #expect(table.count > i && table[i].contains(item.number), "row \(i)")
        }
        #expect(screen.role(of: mine[0].number) == .selection)
        // An urgent case's priority (not on the selected row) is drawn in the urgent role.
        let urgent = try #require(mine.prefix(page).dropFirst().firstIndex { $0.priority == .urgent })
        let urgentRow = screen.row(of: mine[urgent].number)
        #expect(screen.line(urgentRow ?? -1).contains("Urgente"))
        #expect(screen.role(under: "Prioridad", onRow: urgentRow) == .urgent)
        let high = try #require(mine.prefix(page).firstIndex { $0.priority == .high })
        let highRow = screen.row(of: mine[high].number)
        #expect(screen.line(highRow ?? -1).contains("Alta"))
        #expect(screen.role(under: "Prioridad", onRow: highRow) == .warning)
        // The keys of the screen where the message line goes.
        #expect(screen.messageLine.contains("Tab o 1-4 cambia de pestaña"))
    }

    @Test func tabsSwitchByTabShiftTabDigitsAndArrows() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        rt.send(.key(.tab))
        #expect(rt.state.home.tab == .unassigned)
        let unassigned = try rt.desk.unassignedCases(by: rt.state.user, limit: 50)
        var screen = rt.render()
        #expect(screen.tableLine(0, under: "Número").contains(unassigned[0].number))
        #expect(screen.tableLine(1, under: "Número").contains(unassigned[1].number))
        rt.send(.key(.right))
        #expect(rt.state.home.tab == .followUps)
        rt.send(.key(.backTab))
        #expect(rt.state.home.tab == .unassigned)
        rt.send(.key(.left))
        #expect(rt.state.home.tab == .myCases)
        rt.send(.key(.left))
        #expect(rt.state.home.tab == .referrals)
        screen = rt.render()
        let awaiting = try rt.desk.referralsAwaitingResponse(by: rt.state.user, now: ScreenFixture.now, limit: 50)
        #expect(screen.sameRow("Respuesta", "Tipo"))
        #expect(screen.tableLine(0, under: "Respuesta").contains(awaiting[0].caseNumber))
        #expect(screen.tableLine(0, under: "Respuesta").contains(awaiting[0].kind.label(.es)))
        // A referral awaiting response is past its date: its date is drawn overdue.
        #expect(screen.role(under: "Respuesta", onRow: screen.tableRow(1, under: "Respuesta")) == .overdue)
        rt.type("3")
        #expect(rt.state.home.tab == .followUps)
        rt.type("1")
        #expect(rt.state.home.tab == .myCases)
    }

    @Test func followUpTabShowsOverdueThenTodayWithWordsAndTheOverdueRole() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        rt.type("3")
        let jorge = rt.state.user
        let overdue = try rt.desk.followUpsDue(scope: .mine, range: .overdue, now: ScreenFixture.now, by: jorge, limit: 500)
        let today = try rt.desk.followUpsDue(scope: .mine, range: .today, now: ScreenFixture.now, by: jorge, limit: 500)
        let expected = Array((overdue + today).prefix(HomeScreen.page(rt.state)))
        #expect(rt.state.home.followUps.rows.map(\.id) == expected.map(\.id))
        #expect(expected.count >= 2)
        let screen = rt.render()
        #expect(screen.sameRow("Vence", "Medio"))
        let second = expected[1]
        let words = DueWords.text(second.due, now: ScreenFixture.now, timeZone: ScreenFixture.chicago, .es)
        #expect(screen.tableLine(1, under: "Medio").contains(words))
        #expect(screen.tableLine(1, under: "Medio").contains(second.channel.label(.es)))
        #expect(screen.role(under: "Vence", onRow: screen.tableRow(1, under: "Medio")) == (second.due < ScreenFixture.now ? .overdue : .normal))
    }

    @Test func windowsPageWithoutGapsOrRepeatsAndComeBack() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        let all = try rt.desk.myCases(by: rt.state.user, limit: 500)
        let page = HomeScreen.page(rt.state)
        var seen = rt.state.home.myCases.rows.map(\.id)
        while seen.count < all.count {
            let before = rt.state.home.myCases.rows.map(\.id)
            rt.send(.key(.pageDown))
            let rows = rt.state.home.myCases.rows.map(\.id)
            if rows == before { break }
            seen += rows
        }
        #expect(seen == all.map(\.id))
        rt.send(.key(.home))
        #expect(rt.state.home.myCases.rows.map(\.id) == all.prefix(page).map(\.id))
        // Down past the window scrolls one row at a time; Up past the top comes back.
        rt.send(Array(repeating: Key.down, count: page + 2))
        #expect(rt.state.home.myCases.selectedRow?.id == all[page + 2].id)
        #expect(rt.state.home.myCases.rows.first?.id == all[3].id)
        rt.send(Array(repeating: Key.up, count: page + 2))
        #expect(rt.state.home.myCases.selectedRow?.id == all[0].id)
        // End shows the last case selected; PgUp goes back a page.
        rt.send(.key(.end))
        #expect(rt.state.home.myCases.selectedRow?.id == all.last?.id)
        rt.send(.key(.pageUp))
        let shown = rt.state.home.myCases.rows.map(\.id)
        let start = try #require(all.firstIndex { $0.id == shown.first })
        #expect(shown == all[start..<min(all.count, start + shown.count)].map(\.id))
        #expect(start < all.count - page)
    }

    @Test func aChangeFromAnotherTerminalRefreshesCountsAndKeepsTheSelection() throws {
        let fixture = ScreenFixture.make(name: "home-refresh")
        let rt = try fixture.runtime(username: "jorge")
        rt.type("2")
        rt.send(.key(.down))
        let kept = try #require(rt.state.home.unassigned.selectedRow)
        let before = try #require(rt.state.home.counts)
        // Another terminal: jorge takes the first unassigned case there.
        let other = try fixture.desk()
        let first = rt.state.home.unassigned.rows[0]
        _ = try other.take(caseId: first.id, version: first.version, by: fixture.user(named: "jorge"))
        rt.idle(now: ScreenFixture.now)
        let after = try #require(rt.state.home.counts)
        #expect(after.unassigned == before.unassigned - 1)
        #expect(after.myCases == min(before.myCases + 1, QueueCounts.cap + 1))
        #expect(!rt.state.home.unassigned.rows.contains { $0.id == first.id })
        #expect(rt.state.home.unassigned.selectedRow?.id == kept.id)
        #expect(rt.render().line(with: "1 Mis casos").contains("2 Sin asignar \(after.unassigned)"))
    }

    @Test func enterAsksForTheSelectedCase() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        rt.send(.key(.down))
        let id = try #require(rt.state.home.selectedCaseId)
        #expect(id == rt.state.home.myCases.rows[1].id)
        rt.send(.key(.enter))
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.caseId == id)
    }

    @Test func f6OpensTheCaseListAndF5ComesBackHome() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        rt.send(.key(.function(6)))
        #expect(rt.state.screen == .caseList)
        #expect(rt.render().heading.contains("Filtro:"))
        rt.send(.key(.alt("b")))
        #expect(rt.state.screen == .home)
        #expect(!rt.state.canGoBack)
        rt.send(.key(.alt("c")))
        rt.send(.key(.escape))
        #expect(rt.state.screen == .home)
        #expect(rt.render().heading.contains("Mi bandeja"))
    }

    @Test func supervisorSeesTheTeamInEnglishAt120x40() throws {
        let rt = try Self.fixture.runtime(role: .supervisor, width: 120, height: 40, language: .en)
        let maria = rt.state.user
        let team = try rt.desk.queueCounts(followUpScope: .team, now: ScreenFixture.now, by: maria)
        let screen = rt.render()
        #expect(screen.heading.contains("My queue"))
        #expect(screen.sameRow("1 My cases \(capped(team.myCases))", "3 Follow-ups due \(capped(team.followUpsDue))",
                               "4 Referrals awaiting \(capped(team.referralsAwaiting))"), "\(screen.text)")
        #expect(screen.sameRow("Number", "Caseworker"))
        // Nothing is assigned to the supervisor: the screen says where the work is.
        #expect(screen.text.contains("No cases are assigned to you. Unassigned cases are on tab 2"))
        rt.type("3")
        let rows = try rt.desk.followUpsDue(scope: .team, range: .overdue, now: ScreenFixture.now, by: maria, limit: 34)
        #expect(rt.state.home.followUps.rows.prefix(rows.count).map(\.id) == rows.prefix(34).map(\.id))
        let line = rt.render().tableLine(1, under: "Channel")
        #expect(line.contains(String((rows[1].assignedToName ?? "?").prefix(15))))
        #expect(line.contains("days ago") || line.contains("yesterday"))
    }

    @Test func aVolunteerAndAnAdminAreToldWhyThereIsNoQueue() throws {
        let volunteer = try Self.fixture.runtime(role: .volunteer)
        let text = volunteer.render().text
        #expect(text.contains("Como voluntario, usted registra personas"))
        #expect(!text.contains("Mis casos"))
        let admin = try Self.fixture.runtime(role: .admin, language: .en)
        #expect(admin.render().text.contains("Your admin account shows no cases, so it has no work queue"))
        // Their keys do nothing harmful: the case list is still there.
        admin.send(.key(.function(6)))
        #expect(admin.state.screen == .caseList)
    }

    @Test func dueDatesReadInWordsRelativeToToday() {
        let tz = ScreenFixture.chicago
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = tz
        let now = cal.date(from: DateComponents(year: 2026, month: 11, day: 21, hour: 12))!
        func day(_ offset: Int, hour: Int = 9) -> Date {
            cal.date(byAdding: .day, value: offset, to: cal.date(from: DateComponents(year: 2026, month: 11, day: 21, hour: hour))!)!
        }
        #expect(DueWords.text(day(0, hour: 15), now: now, timeZone: tz, .es) == "hoy 15:00")
        #expect(DueWords.text(day(0, hour: 15), now: now, timeZone: tz, .en) == "today 15:00")
        #expect(DueWords.text(day(-1), now: now, timeZone: tz, .es) == "ayer")
        #expect(DueWords.text(day(-3), now: now, timeZone: tz, .es) == "hace 3 días")
        #expect(DueWords.text(day(-3), now: now, timeZone: tz, .en) == "3 days ago")
        #expect(DueWords.text(day(1), now: now, timeZone: tz, .es) == "mañana")
        #expect(DueWords.text(day(2), now: now, timeZone: tz, .es) == "en 2 días")
        #expect(DueWords.text(day(2), now: now, timeZone: tz, .en) == "in 2 days")
    }
}
