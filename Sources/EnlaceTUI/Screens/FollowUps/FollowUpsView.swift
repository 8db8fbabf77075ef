import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the follow-ups screen: title with whose, the three views, and the window of rows
/// (due in words, person, case, channel, who on wide terminals, note).
enum FollowUpsView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let fu = state.followUps
        let (x0, contentWidth) = (2, buffer.width - 4)
        let scope = fu.scope == .mine ? FollowUpsText.scopeMine : .scopeTeam
        guard HomeView.drawTop(state, title: "\(FollowUpsText.title(lang)) · \(scope(lang))", hint: FollowUpsText.scopeHint(lang),
                               refusal: fu.refusal, into: &buffer) else { return }
        var x = x0
        for (i, range) in FollowUpsState.ranges.enumerated() {
            x += buffer.put(" \(i + 1) \(range.label(lang)) ", x: x, y: 2, role: range == fu.range ? .focus : .normal)
            if i < FollowUpsState.ranges.count - 1 { x += buffer.put("│", x: x, y: 2, role: .border) }
        }

        var table = Table(HomeView.followUpColumns(lang, withNote: true), x: x0, headerRow: FollowUpsScreen.firstRow - 1,
                          width: contentWidth, rows: FollowUpsScreen.page(state))
        if fu.scope == .mine {
            // Whose is obvious in "mine": its room goes to the note (the other columns stay put).
            table.widths[5] += table.widths[4] > 0 ? table.widths[4] + 1 : 0
            table.widths[4] = 0
        }
        let empty: FollowUpsText = fu.range == .today ? .emptyToday : fu.range == .overdue ? .emptyOverdue : .emptyUpcoming
        HomeView.draw(fu.list, table, empty: empty(lang), into: &buffer) { row in
            HomeView.followUpCells(row, note: fu.notes[row.id] ?? "", state)
        }
    }
}
