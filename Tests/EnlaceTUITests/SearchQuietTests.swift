import Foundation
import GRDB
import Testing
import EnlaceCore
@testable import EnlaceStore
@testable import EnlaceTUI

/// One search per pause in typing: keys that arrive together ask the store once, after the
/// quiet interval; an answer that newer keys overtook is neither drawn nor audited; the
/// results a person saw are audited once, with the whole query.
@Suite(.serialized)
struct SearchQuietTests {
    static let fixture = ScreenFixture.make(name: "search-quiet")

    /// A clock the test moves by hand (nanoseconds).
    final class ManualClock: @unchecked Sendable {
        var ns: UInt64 = 5_000_000_000
    }

    private func searches(_ rt: AppRuntime) -> Int { rt.taskLog.filter { $0 == "search" }.count }

    /// The `searched` audit rows of `user`, oldest first (their reasons).
    private func searchedReasons(_ user: UserAccount) throws -> [String] {
        try Self.fixture.desk().pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT coalesce(reason, '') FROM audit_log
                WHERE action = 'searched' AND actor_id = ? ORDER BY id
                """, arguments: [user.id])
        }
    }

    private func searchedCount() throws -> Int {
        try Self.fixture.desk().pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'searched'") ?? 0
        }
    }

    @Test func twentyFiveKeysAtOnceSearchOnceAndAuditOneRowWithTheWholeQuery() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        let before = try searchedReasons(rt.state.user)
        let allBefore = try searchedCount()
        rt.send(.key(.function(3)))
        let query = "maria guadalupe hernandez"
        #expect(query.count == 25)
        rt.type(query)
        // The keys came together: nothing was asked yet, nothing audited.
        #expect(searches(rt) == 0)
        #expect(rt.quietDeadline == rt.lastKeyAt + AppRuntime.quietInterval)
        #expect(try searchedCount() == allBefore)

        rt.pause()
        #expect(searches(rt) == 1)
        #expect(rt.quietDeadline == nil)
        let expected = try rt.desk.searchPage(query, by: rt.state.user, limit: SearchLayout.limit).hits
        #expect(!expected.isEmpty)
        #expect(rt.state.search.hits.map(\.personId) == expected.map(\.personId))
        #expect(rt.state.search.answeredQuery == query)
        let screen = rt.render()
        #expect(screen.text.contains(TextWidth.truncate(expected[0].listName, to: 30, ellipsis: false)))

        // Exactly one row in the real table, for this query, with every word of it.
        #expect(try searchedCount() == allBefore + 1)
        let reasons = try searchedReasons(rt.state.user)
        #expect(reasons.count == before.count + 1)
        #expect(reasons.last == "names: maria guadalupe hernandez")

        // Time passing with no key asks nothing more.
        rt.pause()
        #expect(searches(rt) == 1)
        #expect(try searchedCount() == allBefore + 1)
    }

    @Test func theQuietIntervalCountsFromTheLastKey() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        let clock = ManualClock()
        rt.clock = { clock.ns }
        rt.send(.key(.function(3)))
        rt.type("mar")
        let firstKeys = clock.ns
        #expect(rt.quietDeadline == firstKeys + AppRuntime.quietInterval)
        #expect(!rt.runQuietWork(now: firstKeys + AppRuntime.quietInterval - 1))
        #expect(searches(rt) == 0)

        // Another key 50 ms later moves the deadline.
        clock.ns += 50_000_000
        rt.type("i")
        #expect(!rt.runQuietWork(now: firstKeys + AppRuntime.quietInterval))
        #expect(searches(rt) == 0)
        #expect(rt.runQuietWork(now: clock.ns + AppRuntime.quietInterval))
        #expect(searches(rt) == 1)
        #expect(rt.state.search.answeredQuery == "mari")
        #expect(!rt.runQuietWork(now: .max), "nothing is left waiting")
    }

    @Test func anAnswerOvertakenByKeysTypedWhileItWorkedIsNeitherDrawnNorAudited() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        let allBefore = try searchedCount()
        rt.send(.key(.function(3)))
        rt.type("munoz")
        // The search for "munoz" runs; while it works the person types " p".
        #expect(rt.runQuietWork(now: .max) { rt.type(" p") })
        #expect(searches(rt) == 1)
        #expect(rt.state.search.query.text == "munoz p")
        #expect(rt.state.search.hits.isEmpty, "the answer for “munoz” was dropped")
        #expect(rt.state.search.answeredQuery != "munoz")
        let frame = rt.render()
        #expect(frame.heading.contains("Buscar: munoz p"))
        #expect(!frame.text.contains("Muñoz"), "no result of the older query on screen")
        rt.frameDrawn()
        #expect(try searchedCount() == allBefore, "nobody saw the answer for “munoz”")

        // The newer query is asked once the keys stop, shown, and audited.
        #expect(rt.quietDeadline != nil)
        rt.pause()
        #expect(searches(rt) == 2)
        #expect(rt.state.search.answeredQuery == "munoz p")
        let expected = try rt.desk.searchPage("munoz p", by: rt.state.user, limit: SearchLayout.limit).hits
        #expect(rt.state.search.hits.map(\.personId) == expected.map(\.personId))
        #expect(try searchedCount() == allBefore + 1)
        #expect(try searchedReasons(rt.state.user).last == "names: munoz p")
    }

    @Test func enterRightAfterTheKeysSearchesThenOpensOnce() throws {
        let rt = try Self.fixture.runtime(role: .supervisor)
        let allBefore = try searchedCount()
        let some = try #require(try rt.desk.caseWindow(CaseWindowRequest(filter: "", anchor: nil, direction: .after, limit: 1),
                                                       actor: rt.state.user).first)
        rt.send(.key(.function(3)))
        // The case number and Enter in one burst: Enter does not act on results of nothing.
        rt.type(some.number)
        rt.send(.key(.enter))
        #expect(searches(rt) == 1)
        #expect(rt.state.search.opened == .caseDetail(caseId: some.id))
        #expect(rt.state.screen == .caseDetail)
        // The waiting search was replaced by the one Enter ran: nothing runs after the pause.
        #expect(rt.quietDeadline == nil)
        rt.pause()
        #expect(searches(rt) == 1)
        #expect(try searchedCount() == allBefore + 1)
        #expect(try searchedReasons(rt.state.user).last?.contains("caseNumber") == true)
    }
}
