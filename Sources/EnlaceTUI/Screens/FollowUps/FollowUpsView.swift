import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the follow-ups screen: title with whose, the three views, and the window of rows
/// (due in words, person, case, channel, who on wide terminals, note).
enum FollowUpsView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let fu = state.followUps
        let w = buffer.width
        let contentWidth = w - 4
        let x0 = 2
        let scope = fu.scope == .mine ? FollowUpsText.scopeMine : .scopeTeam
        buffer.put("\(FollowUpsText.title(lang)) · \(scope(lang))", x: x0, y: 1, role: .header, maxWidth: contentWidth / 2)
        if state.message == nil && fu.refusal == nil {
            // The keys of this screen, where the message line would be.
            buffer.put(FollowUpsText.scopeHint(lang), x: x0, y: buffer.height - 2, role: .muted, maxWidth: contentWidth)
        }

        if let refusal = fu.refusal {
            let why = state.user.role == .volunteer ? HomeText.volunteerNoQueue(lang)
                : state.user.role == .admin ? HomeText.adminNoQueue(lang) : refusal
            for (i, line) in TextWidth.wrap(why, width: contentWidth).prefix(buffer.height - 5).enumerated() {
                buffer.put(line, x: x0, y: 2 + i, role: .muted)
            }
            return
        }
        var x = x0
        for (i, range) in FollowUpsState.ranges.enumerated() {
            x += buffer.put(" \(i + 1) \(range.label(lang)) ", x: x, y: 2, role: range == fu.range ? .focus : .normal)
            if i < FollowUpsState.ranges.count - 1 { x += buffer.put("│", x: x, y: 2, role: .border) }
        }

        let page = FollowUpsScreen.page(state)
        let table = QueueTable(buffer: buffer, firstRow: FollowUpsScreen.firstRow, x0: x0, width: contentWidth, page: page)
        var cols = FollowUpColumns(contentWidth: contentWidth, withNote: true)
        if fu.scope == .mine && cols.assignee > 0 {
            // Whose is obvious in "mine": the room goes to the note.
            cols.note += cols.assignee + 1
            cols.assignee = 0
        }
        table.headers([(HomeText.columnDue(lang), cols.due), (TUIText.columnPerson(lang), cols.person),
                       (HomeText.columnCase(lang), cols.number), (HomeText.columnChannel(lang), cols.channel),
                       (TUIText.columnCaseworker(lang), cols.assignee), (HomeText.columnNote(lang), cols.note)],
                      into: &buffer)
        if fu.list.loaded && fu.list.rows.isEmpty {
            let empty: FollowUpsText = fu.range == .today ? .emptyToday : fu.range == .overdue ? .emptyOverdue : .emptyUpcoming
            table.empty(empty(lang), into: &buffer)
            return
        }
        for (i, row) in fu.list.rows.prefix(page).enumerated() {
            let overdue = row.due < state.now
            let note = (fu.notes[row.id] ?? "").replacingOccurrences(of: "\n", with: " ")
            table.row(i, selected: i == fu.list.selected, [
                (DueWords.text(row.due, now: state.now, timeZone: state.timeZone, lang), cols.due, overdue ? .overdue : .normal),
                (row.personName, cols.person, .normal),
                (row.caseNumber, cols.number, .muted),
                (row.channel.label(lang), cols.channel, .normal),
                (row.assignedToName ?? TUIText.unassigned(lang), cols.assignee, .normal),
                (note, cols.note, .muted),
            ], into: &buffer)
        }
    }
}
