import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The back stack holds screen values: two cases on it at once, each as it was left, and a
/// store answer for the lower one lands there, not on the top. Driven by keys on a real
/// SQLite demo file.
@Suite(.serialized)
struct NavigationStackTests {
    static let fixture = ScreenFixture.make(people: 120, seed: 23, name: "navstack")

    /// A new case of a person no demo name resembles, with `notes` notes (a timeline to move
    /// in), taken by jorge.
    private func newCase(_ given: String, _ surname: String, notes: Int) throws -> (id: Int64, number: String) {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let draft = PersonDraft(givenNames: given, firstSurname: surname, birthDate: "04/05/1979")
        let opened = try desk.registerAndOpen(draft, area: .legal, priority: .normal, description: "Trámite", by: jorge)
        _ = try desk.take(caseId: opened.id, version: opened.version, by: jorge)
        for i in 1...notes { _ = try desk.addNote(caseId: opened.id, body: "Nota \(i) de \(given)", by: jorge) }
        return (opened.id, opened.number)
    }

    /// F3, the query box emptied (Ctrl-U), the name typed, Enter: the person's open case.
    private func openBySearch(_ rt: AppRuntime, _ name: String) {
        rt.send(.key(.function(3)))
        rt.send(.key(.ctrl("u")))
        rt.type(name)
        rt.send(.key(.enter))
    }

    /// The state of the case `caseId` as it is on the stack (wherever it is in it).
    private func caseOnStack(_ rt: AppRuntime, _ caseId: Int64) -> CaseDetailState? {
        for entry in rt.state.stack.entries {
            if case .caseDetail(let s) = entry.screen, s.caseId == caseId { return s }
        }
        return nil
    }

    @Test func caseReferralSearchOtherCaseAndBackReturnsToTheFirstCaseAsItWas() throws {
        let a = try newCase("Wenceslao", "Ixtlahuaca", notes: 4)
        let b = try newCase("Filomena", "Xochihua", notes: 3)
        let rt = try Self.fixture.runtime(username: "jorge")

        openBySearch(rt, "Wenceslao Ixtlahuaca")
        try #require(rt.state.screen == .caseDetail)
        try #require(rt.state.caseDetail?.caseId == a.id, "\(rt.state.message?.text ?? "")")
        rt.send([.down, .down, .down])
        let aLeft = try #require(rt.state.caseDetail)
        #expect(aLeft.cursor.selected == 3)
        let aSelected = try #require(aLeft.selectedEntry)

        // Case A → a new referral of it: the kind chooser, its cursor moved.
        rt.send(.key(.char("r")))
        try #require(rt.state.screen == .referral)
        #expect(rt.state.referral.caseId == a.id)
        rt.send([.down, .down])
        #expect(rt.state.referral.kindCursor.selected == 2)

        // → search → case B.
        openBySearch(rt, "Filomena Xochihua")
        try #require(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.caseId == b.id)
        rt.send(.key(.down))
        #expect(rt.state.caseDetail?.cursor.selected == 1)
        #expect(rt.state.history == [.home, .search, .caseDetail, .referral, .search])
        // Both cases are on the stack, each its own.
        #expect(caseOnStack(rt, a.id)?.cursor == aLeft.cursor)
        #expect(caseOnStack(rt, b.id)?.cursor.selected == 1)

        // Esc: the search that opened B, as it was typed.
        rt.send(.key(.escape))
        #expect(rt.state.screen == .search)
        #expect(rt.state.search.query.text == "Filomena Xochihua")
        // The search's own Esc empties the query first (its documented behaviour), then Esc goes back.
        rt.send(.key(.escape))
        #expect(rt.state.screen == .search && rt.state.search.query.isEmpty)
        rt.send(.key(.escape))
        // The referral of A, its kind cursor where it was left.
        #expect(rt.state.screen == .referral)
        #expect(rt.state.referral.caseId == a.id)
        #expect(rt.state.referral.kindCursor.selected == 2)
        #expect(rt.state.referral.mode == .choosingKind)

        // Esc: case A as it was: the same case, the same entry selected, the same scroll.
        rt.send(.key(.escape))
        #expect(rt.state.screen == .caseDetail)
        let aBack = try #require(rt.state.caseDetail)
        #expect(aBack.caseId == a.id)
        #expect(aBack.header?.number == a.number)
        #expect(aBack.cursor == aLeft.cursor)
        #expect(aBack.selectedEntry?.id == aSelected.id)
        #expect(rt.render().line(1).contains("Caso \(a.number)"))
        #expect(rt.state.history == [.home, .search])
        // And under it, the search that opened A, with A's name still typed.
        rt.send(.key(.escape))
        #expect(rt.state.screen == .search)
        #expect(rt.state.search.query.text == "Wenceslao Ixtlahuaca")
    }

    @Test func anAnswerForTheLowerCaseLandsOnItAndNotOnTheTop() throws {
        let a = try newCase("Hermenegildo", "Tlacotalpan", notes: 2)
        let b = try newCase("Eduviges", "Zacualtipan", notes: 5)
        let jorge = try Self.fixture.user(named: "jorge")
        let rt = try Self.fixture.runtime(username: "jorge")
        openBySearch(rt, "Hermenegildo Tlacotalpan")
        try #require(rt.state.caseDetail?.caseId == a.id)

        // Ctrl-R on A asks the store for A again; the answer is held back, as a slow store
        // would, while the person goes on to case B.
        let held = rt.sendHoldingEffects(.key(.ctrl("r")))
        #expect(!held.isEmpty)
        openBySearch(rt, "Eduviges Zacualtipan")
        try #require(rt.state.caseDetail?.caseId == b.id)
        rt.send([.down, .down])
        let bBefore = try #require(rt.state.caseDetail)
        #expect(bBefore.cursor.selected == 2)

        // Meanwhile a note is written on A; then A's answer arrives.
        _ = try Self.fixture.desk().addNote(caseId: a.id, body: "Llamó el consulado", by: jorge)
        rt.perform(held)

        // The top is still B, untouched.
        #expect(rt.state.screen == .caseDetail)
        let bAfter = try #require(rt.state.caseDetail)
        #expect(bAfter.caseId == b.id)
        #expect(bAfter.cursor == bBefore.cursor)
        #expect(bAfter.timeline.map(\.id) == bBefore.timeline.map(\.id))
        #expect(!bAfter.timeline.contains { $0.text == "Llamó el consulado" })
        // The answer landed on A, under it.
        let aNow = try #require(caseOnStack(rt, a.id))
        #expect(aNow.timeline.contains { $0.text == "Llamó el consulado" })
    }

    @Test func theStackKeepsAtMostItsDepthUnderTheTop() throws {
        var state = AppState(language: .es, width: 80, height: 24, user: try Self.fixture.user(named: "jorge"),
                             organization: "x", now: ScreenFixture.now)
        for id in 1...40 { state.push(.caseDetail(CaseDetailState(caseId: Int64(id)))) }
        #expect(state.history.count == ScreenStack.depth)
        #expect(state.caseDetail?.caseId == 40)
        // The oldest went first: the bottom is case 8 now.
        if case .caseDetail(let s) = state.stack.entries[0].screen { #expect(s.caseId == 8) } else { Issue.record("bottom") }
        // Opening the case on top again replaces it rather than stacking it twice.
        state.push(.caseDetail(CaseDetailState(caseId: 40)))
        #expect(state.history.count == ScreenStack.depth)
        let popped = state.pop()
        #expect(popped)
        #expect(state.caseDetail?.caseId == 39)
    }
}
