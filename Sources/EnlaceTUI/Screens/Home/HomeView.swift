import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the home queue: title, tabs with counts, the headers and the window of the tab shown.
enum HomeView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let home = state.home
        let (x0, contentWidth, page) = (2, buffer.width - 4, HomeScreen.page(state))
        guard drawTop(state, title: HomeText.title(lang), hint: HomeText.tabHint(lang), refusal: home.refusal, into: &buffer) else {
            return
        }
        drawTabs(state, into: &buffer)
        func table(_ columns: [TableColumn]) -> Table {
            Table(columns, x: x0, headerRow: HomeScreen.firstRow - 1, width: contentWidth, rows: page)
        }
        switch home.tab {
        case .myCases, .unassigned:
            let window = home.tab == .myCases ? home.myCases : home.unassigned
            let empty: HomeText = home.tab == .unassigned ? .emptyUnassigned
                : state.user.role == .supervisor ? .emptyMyCasesSupervisor : .emptyMyCases
            draw(window, table(CaseListLayout.columns(lang)), empty: empty(lang), into: &buffer) { row in
                CaseListLayout.cells(number: row.number, personName: row.personName, status: row.status, priority: row.priority,
                                     openedAt: row.openedAt, overdue: false, caseworkerName: row.caseworkerName,
                                     now: state.now, lang)
            }
        case .followUps:
            draw(home.followUps, table(followUpColumns(lang)), empty: HomeText.emptyFollowUps(lang), into: &buffer) { row in
                followUpCells(row, note: nil, state)
            }
        case .referrals:
            let columns = [TableColumn(HomeText.columnResponseDue(lang), .fixed(14)), TableColumn(TUIText.columnPerson(lang), .flexible(min: 8)),
                           TableColumn(HomeText.columnCase(lang), .fixed(11)), TableColumn(HomeText.columnKind(lang), .fixed(21)),
                           TableColumn(HomeText.columnPartner(lang), .fraction(divisor: 4, max: 30), shownFrom: 100)]
            draw(home.referrals, table(columns), empty: HomeText.emptyReferrals(lang), into: &buffer) { row in
                [TableCell(DueWords.text(row.responseDue, now: state.now, timeZone: state.timeZone, lang), .overdue),
                 TableCell(row.personName), TableCell(row.caseNumber, .muted), TableCell(row.kind.label(lang)),
                 TableCell(row.partnerName ?? "—")]
            }
        }
    }

    /// The top of a queue screen (home, follow-ups): the title, this screen's keys where the
    /// message line would be, and for a role without queues why, instead of the rest (false).
    static func drawTop(_ state: AppState, title: String, hint: String, refusal: String?,
                        into buffer: inout ScreenBuffer) -> Bool {
        let lang = state.language
        let width = buffer.width - 4
        buffer.put(title, x: 2, y: 1, role: .header, maxWidth: width / 2)
        guard let refusal else {
            if state.message == nil { buffer.put(hint, x: 2, y: buffer.height - 2, role: .muted, maxWidth: width) }
            return true
        }
        let why = state.user.role == .volunteer ? HomeText.volunteerNoQueue(lang)
            : state.user.role == .admin ? HomeText.adminNoQueue(lang) : refusal
        for (i, line) in TextWidth.wrap(why, width: width).prefix(buffer.height - 5).enumerated() {
            buffer.put(line, x: 2, y: 2 + i, role: .muted)
        }
        return false
    }

    /// A queue window in a table, or the sentence for an empty tab.
    static func draw<Row: QueueRow>(_ window: QueueWindow<Row>, _ table: Table, empty: String, into buffer: inout ScreenBuffer,
                          cells: (Row) -> [TableCell]) {
        if window.loaded && window.rows.isEmpty {
            table.drawHeader(into: &buffer)
            table.drawEmpty(empty, into: &buffer)
        } else {
            table.draw(window.rows.map(cells), selected: window.selected, into: &buffer)
        }
    }

    /// Due, person, case, channel, who it is for on wide terminals, and (on the follow-ups
    /// screen) the note, which shares the room with the person.
    static func followUpColumns(_ lang: Language, withNote: Bool = false) -> [TableColumn] {
        [TableColumn(HomeText.columnDue(lang), .fixed(13)),
         TableColumn(TUIText.columnPerson(lang), withNote ? .flexible(min: 8, max: 34) : .flexible(min: 8)),
         TableColumn(HomeText.columnCase(lang), .fixed(11)), TableColumn(HomeText.columnChannel(lang), .fixed(9)),
         TableColumn(TUIText.columnCaseworker(lang), .fraction(divisor: 6, max: 22), shownFrom: 100)]
            + (withNote ? [TableColumn(HomeText.columnNote(lang), .flexible(min: 0))] : [])
    }

    /// A follow-up's cells: the due time in words (overdue role when past), and the note
    /// on one line when given.
    static func followUpCells(_ row: FollowUpQueueItem, note: String?, _ state: AppState) -> [TableCell] {
        let lang = state.language
        return [TableCell(DueWords.text(row.due, now: state.now, timeZone: state.timeZone, lang), row.due < state.now ? .overdue : .normal),
                TableCell(row.personName), TableCell(row.caseNumber, .muted), TableCell(row.channel.label(lang)),
                TableCell(row.assignedToName ?? TUIText.unassigned(lang))]
            + (note.map { [TableCell($0.replacingOccurrences(of: "\n", with: " "), .muted)] } ?? [])
    }

    /// "1 Mis casos 12 │ 2 Sin asignar 3 …": the tab shown in the focus role; a count above
    /// the cap reads "99+". Long labels give way to short ones on narrow terminals.
    static func drawTabs(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let room = buffer.width - 3
        func countText(_ tab: HomeState.Tab) -> String {
            guard let n = state.home.count(tab) else { return "…" }
            return n > QueueCounts.cap ? HomeText.countMore.format(lang, ["n": "\(QueueCounts.cap)"]) : "\(n)"
        }
        let short: [HomeState.Tab: String] = [
            .myCases: HomeText.tabMyCases(lang), .unassigned: HomeText.tabUnassigned(lang),
            .followUps: HomeText.tabFollowUpsShort(lang), .referrals: HomeText.tabReferralsShort(lang),
        ]
        let variants: [(HomeState.Tab) -> String] = [
            { "\($0.rawValue + 1) \($0.label(lang)) \(countText($0))" },
            { "\($0.rawValue + 1) \(short[$0]!) \(countText($0))" },
            { "\(short[$0]!) \(countText($0))" },
        ]
        var labels = HomeState.Tab.allCases.map(variants[0])
        for variant in variants {
            labels = HomeState.Tab.allCases.map(variant)
            if labels.reduce(-1, { $0 + TextWidth.columns(of: $1) + 3 }) <= room { break }
        }
        var x = 1
        for tab in HomeState.Tab.allCases {
            let shown = tab == state.home.tab
            let overdue = tab == .followUps && (state.home.counts?.followUpsOverdue ?? 0) > 0
                || tab == .referrals && (state.home.counts?.referralsAwaiting ?? 0) > 0
            let role: StyleRole = shown ? .focus : (overdue ? .overdue : .normal)
            x += buffer.put(" \(labels[tab.rawValue]) ", x: x, y: 2, role: role, maxWidth: max(0, buffer.width - 2 - x))
            if x < buffer.width - 3 { x += buffer.put("│", x: x, y: 2, role: .border) }
        }
    }
}
