import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the home queue: title, tabs with counts, the headers and the window of the tab shown.
enum HomeView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let home = state.home
        let w = buffer.width
        let contentWidth = w - 4
        let x0 = 2
        buffer.put(HomeText.title(lang), x: x0, y: 1, role: .header, maxWidth: contentWidth / 2)
        if home.refusal == nil && state.message == nil {
            // The keys of this screen, where the message line would be.
            buffer.put(HomeText.tabHint(lang), x: x0, y: buffer.height - 2, role: .muted, maxWidth: contentWidth)
        }
        let page = HomeScreen.page(state)
        if let refusal = home.refusal {
            let why = state.user.role == .volunteer ? HomeText.volunteerNoQueue(lang)
                : state.user.role == .admin ? HomeText.adminNoQueue(lang) : refusal
            for (i, line) in TextWidth.wrap(why, width: contentWidth).prefix(page + 2).enumerated() {
                buffer.put(line, x: x0, y: 2 + i, role: .muted)
            }
            return
        }
        drawTabs(state, into: &buffer)
        let rows = QueueTable(buffer: buffer, firstRow: HomeScreen.firstRow, x0: x0, width: contentWidth, page: page)
        switch home.tab {
        case .myCases, .unassigned:
            let window = home.tab == .myCases ? home.myCases : home.unassigned
            drawCases(state, window, rows, into: &buffer)
        case .followUps:
            drawFollowUps(state, home.followUps, rows, into: &buffer)
        case .referrals:
            drawReferrals(state, home.referrals, rows, into: &buffer)
        }
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

    static func drawCases(_ state: AppState, _ window: QueueWindow<CaseQueueItem>, _ table: QueueTable,
                          into buffer: inout ScreenBuffer) {
        let lang = state.language
        let cols = CaseListLayout.Columns(contentWidth: table.width)
        table.headers([(TUIText.columnNumber(lang), cols.number), (TUIText.columnPerson(lang), cols.person),
                       (TUIText.columnStatus(lang), cols.status), (TUIText.columnPriority(lang), cols.priority),
                       (TUIText.columnAge(lang), cols.age), (TUIText.columnCaseworker(lang), cols.caseworker)],
                      into: &buffer)
        if window.loaded && window.rows.isEmpty {
            let empty: HomeText = state.home.tab == .unassigned ? .emptyUnassigned
                : state.user.role == .supervisor ? .emptyMyCasesSupervisor : .emptyMyCases
            table.empty(empty(lang), into: &buffer)
            return
        }
        for (i, row) in window.rows.prefix(table.page).enumerated() {
            let days = max(0, Int(state.now.timeIntervalSince(row.openedAt) / 86_400))
            let priorityRole: StyleRole = row.priority == .urgent ? .urgent : (row.priority == .high ? .warning : .normal)
            table.row(i, selected: i == window.selected, [
                (row.number, cols.number, .muted),
                (row.personName, cols.person, row.priority == .urgent ? .urgent : .normal),
                (row.status.label(lang), cols.status, .normal),
                (row.priority.label(lang), cols.priority, priorityRole),
                ("\(days)", cols.age, .normal),
                (row.caseworkerName ?? TUIText.unassigned(lang), cols.caseworker, row.caseworkerName == nil ? .muted : .normal),
            ], into: &buffer)
        }
    }

    static func drawFollowUps(_ state: AppState, _ window: QueueWindow<FollowUpQueueItem>, _ table: QueueTable,
                              into buffer: inout ScreenBuffer) {
        let lang = state.language
        let cols = FollowUpColumns(contentWidth: table.width)
        table.headers([(HomeText.columnDue(lang), cols.due), (TUIText.columnPerson(lang), cols.person),
                       (HomeText.columnCase(lang), cols.number), (HomeText.columnChannel(lang), cols.channel),
                       (TUIText.columnCaseworker(lang), cols.assignee)], into: &buffer)
        if window.loaded && window.rows.isEmpty {
            table.empty(HomeText.emptyFollowUps(lang), into: &buffer)
            return
        }
        for (i, row) in window.rows.prefix(table.page).enumerated() {
            let overdue = row.due < state.now
            table.row(i, selected: i == window.selected, [
                (DueWords.text(row.due, now: state.now, timeZone: state.timeZone, lang), cols.due, overdue ? .overdue : .normal),
                (row.personName, cols.person, .normal),
                (row.caseNumber, cols.number, .muted),
                (row.channel.label(lang), cols.channel, .normal),
                (row.assignedToName ?? TUIText.unassigned(lang), cols.assignee, .normal),
            ], into: &buffer)
        }
    }

    static func drawReferrals(_ state: AppState, _ window: QueueWindow<ReferralQueueItem>, _ table: QueueTable,
                              into buffer: inout ScreenBuffer) {
        let lang = state.language
        let due = 14, number = 11, kind = 21
        let partner = table.width >= 100 ? min(30, table.width / 4) : 0
        let person = max(8, table.width - due - number - kind - partner - (partner > 0 ? 4 : 3))
        table.headers([(HomeText.columnResponseDue(lang), due), (TUIText.columnPerson(lang), person),
                       (HomeText.columnCase(lang), number), (HomeText.columnKind(lang), kind),
                       (HomeText.columnPartner(lang), partner)], into: &buffer)
        if window.loaded && window.rows.isEmpty {
            table.empty(HomeText.emptyReferrals(lang), into: &buffer)
            return
        }
        for (i, row) in window.rows.prefix(table.page).enumerated() {
            table.row(i, selected: i == window.selected, [
                (DueWords.text(row.responseDue, now: state.now, timeZone: state.timeZone, lang), due, .overdue),
                (row.personName, person, .normal),
                (row.caseNumber, number, .muted),
                (row.kind.label(lang), kind, .normal),
                (row.partnerName ?? "—", partner, .normal),
            ], into: &buffer)
        }
    }
}

/// Columns of a follow-up row: due, person, case, channel, and on wide terminals who it is
/// for and (on the follow-ups screen) the note.
struct FollowUpColumns {
    var due = 13
    var person: Int
    var number = 11
    var channel = 9
    var assignee: Int
    var note: Int

    init(contentWidth: Int, withNote: Bool = false) {
        assignee = contentWidth >= 100 ? min(22, contentWidth / 6) : 0
        let fixed = due + number + channel + assignee + (assignee > 0 ? 4 : 3)
        if withNote {
            let room = contentWidth - fixed
            person = max(8, min(34, room / 2))
            note = max(0, room - person - 1)
        } else {
            person = max(8, contentWidth - fixed)
            note = 0
        }
    }
}

/// Draws the rows of a queue: header line, one line per row with a role per cell, the
/// selected row across the width, and the empty-tab sentence.
struct QueueTable {
    let screenWidth: Int
    let firstRow: Int
    let x0: Int
    let width: Int
    let page: Int

    init(buffer: ScreenBuffer, firstRow: Int, x0: Int, width: Int, page: Int) {
        screenWidth = buffer.width
        self.firstRow = firstRow
        self.x0 = x0
        self.width = width
        self.page = page
    }

    func headers(_ columns: [(String, Int)], into buffer: inout ScreenBuffer) {
        var x = x0
        for (text, w) in columns where w > 0 {
            buffer.put(TextWidth.pad(text, to: w), x: x, y: firstRow - 1, role: .header, maxWidth: w)
            x += w + 1
        }
    }

    func row(_ i: Int, selected: Bool, _ cells: [(String, Int, StyleRole)], into buffer: inout ScreenBuffer) {
        let y = firstRow + i
        if selected { buffer.paint(Rect(x: 1, y: y, width: screenWidth - 2, height: 1), role: .selection) }
        var x = x0
        for (text, w, role) in cells where w > 0 {
            let shown = TextWidth.pad(TextWidth.truncate(text, to: w), to: w)
            buffer.put(shown, x: x, y: y, role: selected ? .selection : role, maxWidth: max(0, screenWidth - 2 - x))
            x += w + 1
        }
    }

    func empty(_ text: String, into buffer: inout ScreenBuffer) {
        for (i, line) in TextWidth.wrap(text, width: width).prefix(page).enumerated() {
            buffer.put(line, x: x0, y: firstRow + i, role: .muted)
        }
    }
}
