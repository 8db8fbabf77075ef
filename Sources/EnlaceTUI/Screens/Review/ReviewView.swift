import Foundation
import EnlaceCore
import EnlaceStore

/// Where the review draws: row 1 title and sections, row 2 what the section shows, row 3
/// column headers, rows 4... the figures or cases, then the message line and the footer.
enum ReviewLayout {
    static let headerRow = 3
    static let firstRow = 4

    static func listRows(height: Int) -> Int { max(1, height - 6) }
}

/// Draws the review. Every figure is printed as a number; bars only repeat it, so the screen
/// reads the same in the monochrome theme.
enum ReviewView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let review = state.review
        let (x0, width) = (2, buffer.width - 4)
        drawTabs(state, into: &buffer)
        if let refusal = review.refusal {
            for (i, line) in TextWidth.wrap(refusal(lang), width: width).enumerated() {
                buffer.put(line, x: x0, y: ReviewLayout.headerRow + i, role: .warning)
            }
            return
        }
        guard review.loaded, let figures = review.figures else {
            buffer.put(ReviewText.loading(lang), x: x0, y: ReviewLayout.headerRow, role: .muted)
            return
        }
        if let drill = review.drill {
            drawCases(drill, state, into: &buffer)
            return
        }
        switch review.section {
        case .closures: drawClosures(state, into: &buffer)
        case .open: drawOpen(figures.openCounts, state, into: &buffer)
        case .overdue: drawOverdue(figures.overdue, state, into: &buffer)
        case .referrals: drawReferrals(figures.referrals, state, into: &buffer)
        case .urgent: drawCases(review.urgent, state, into: &buffer)
        case .workload: drawWorkload(figures.workload, state, into: &buffer)
        }
    }

    // MARK: title and sections

    static func tabLabel(_ section: ReviewState.Section, _ state: AppState) -> String {
        let lang = state.language
        let review = state.review
        let figures = review.figures
        func n(_ count: Int, complete: Bool = true) -> String {
            " " + CaseListView.groupDigits(count, lang) + (complete ? "" : "+")
        }
        switch section {
        case .closures:
            // The exact figure from the counts; the list itself is loaded a window at a time.
            return ReviewText.tabClosures(lang) + (figures.map { f in
                n(CaseAgeBucket.allCases.reduce(0) { $0 + f.openCounts.count(.closureRequested, $1) })
            } ?? "")
        case .open:
            return ReviewText.tabOpen(lang) + (figures.map { n($0.openCounts.total) } ?? "")
        case .overdue:
            return ReviewText.tabOverdue(lang) + (figures.map { n($0.overdue.reduce(0) { $0 + $1.count }) } ?? "")
        case .referrals:
            return ReviewText.tabReferrals(lang) + (figures.map { n($0.referrals.reduce(0) { $0 + $1.count }) } ?? "")
        case .urgent:
            return ReviewText.tabUrgent(lang) + (review.urgent.loaded ? n(review.urgent.rows.count, complete: review.urgent.complete) : "")
        case .workload:
            return ReviewText.tabWorkload(lang)
        }
    }

    /// "Revisión [Cierres 112] Abiertos 886 ...": the title gives way when the sections need
    /// the room (80 columns); the chosen section is bracketed, so it shows without colour.
    static func drawTabs(_ state: AppState, into buffer: inout ScreenBuffer) {
        var x = 2
        let title = ReviewText.title(state.language) + " "
        guard state.review.refusal == nil else {
            buffer.put(title, x: x, y: 1, role: .header)
            return
        }
        let tabs = ReviewState.Section.allCases.map { section -> (String, Bool) in
            let selected = section == state.review.section
            return (selected ? "[" + tabLabel(section, state) + "]" : tabLabel(section, state), selected)
        }
        let tabsWidth = tabs.reduce(0) { $0 + TextWidth.columns(of: $1.0) + 1 }
        if TextWidth.columns(of: title) + tabsWidth <= buffer.width - 4 {
            x += buffer.put(title, x: x, y: 1, role: .header)
        }
        for (text, selected) in tabs {
            x += buffer.put(text, x: x, y: 1, role: selected ? .focus : .normal, maxWidth: buffer.width - 2 - x)
            x += 1
        }
    }

    // MARK: closures

    static func drawClosures(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let review = state.review
        let width = buffer.width - 4
        buffer.put(ReviewText.closuresHint(lang), x: 2, y: 2, role: .muted, maxWidth: width)
        guard !review.closures.isEmpty else {
            buffer.put(ReviewText.closuresNone(lang), x: 2, y: ReviewLayout.headerRow, role: .muted, maxWidth: width)
            return
        }
        let table = Table([TableColumn(TUIText.columnNumber(lang), .fixed(11)), TableColumn(TUIText.columnPerson(lang), .flexible(min: 8)),
                           TableColumn(TUIText.columnCaseworker(lang), .flexible(min: 12)), TableColumn(TUIText.columnAge(lang), .fixed(7))],
                          x: 2, headerRow: ReviewLayout.headerRow, width: width, rows: ReviewLayout.listRows(height: buffer.height))
        let visible = review.closuresCursor.visible(count: review.closures.count, page: table.rows)
        table.draw(review.closures[visible].map { c in
            let role: StyleRole = c.priority == .urgent ? .urgent : .normal
            return [TableCell(c.number, role), TableCell(c.personName, role),
                    TableCell(c.caseworkerName ?? ReviewText.unassigned(lang), role), TableCell(String(days(since: c.openedAt, state)), role)]
        }, selected: review.closuresCursor.selected - visible.lowerBound, into: &buffer)
    }

    static func days(since date: Date, _ state: AppState) -> Int {
        max(0, Int(state.now.timeIntervalSince(date) / 86_400))
    }

    // MARK: open cases by status and age

    static let numberColumn = 7

    static func drawOpen(_ counts: OpenCaseCounts, _ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let review = state.review
        let width = buffer.width - 4
        buffer.put(ReviewText.openHint(lang), x: 2, y: 2, role: .muted, maxWidth: width)
        let statuses = ReviewState.openStatuses
        let label = min(20, max(10, statuses.map { TextWidth.columns(of: $0.label(lang)) }.max() ?? 10) + 1)
        let buckets = CaseAgeBucket.allCases
        var header = TextWidth.pad(ReviewText.columnStatus(lang), to: label)
        for b in buckets { header += pad(b.label, numberColumn) }
        header += pad(ReviewText.columnTotal(lang), numberColumn)
        buffer.put(header, x: 2, y: ReviewLayout.headerRow, role: .header, maxWidth: width)
        let totals = statuses.map { s in buckets.reduce(0) { $0 + counts.count(s, $1) } }
        let barX = 2 + label + numberColumn * 5 + 2
        let barWidth = max(0, width - (barX - 2))
        let top = totals.max() ?? 0
        for (r, status) in statuses.enumerated() {
            let y = ReviewLayout.firstRow + r
            buffer.put(TextWidth.pad(status.label(lang), to: label), x: 2, y: y, role: .normal)
            for c in 0...4 {
                let value = c < 4 ? counts.count(status, buckets[c]) : totals[r]
                let selected = r == review.openRow && c == review.openColumn
                buffer.put(pad(String(value), numberColumn), x: 2 + label + c * numberColumn, y: y,
                           role: selected ? .selection : (c == 3 && value > 0 ? .overdue : .normal))
            }
            buffer.put(BarChart.bar(totals[r], maxValue: top, width: barWidth), x: barX, y: y, role: .header)
        }
        // The total row, then the age buckets as a bar chart.
        let totalY = ReviewLayout.firstRow + statuses.count
        var line = TextWidth.pad(ReviewText.columnTotal(lang), to: label)
        for b in buckets { line += pad(String(statuses.reduce(0) { $0 + counts.count($1, b) }), numberColumn) }
        line += pad(String(counts.total), numberColumn)
        buffer.put(line, x: 2, y: totalY, role: .header, maxWidth: width)
        let chartY = totalY + 2
        guard chartY + buckets.count < buffer.height - 2 else { return }
        let days = ReviewText.daysSuffix(lang)
        let items = buckets.map { b in BarItem("\(b.label) \(days)", statuses.reduce(0) { $0 + counts.count($1, b) }) }
        BarChart.draw(items, into: &buffer, x: 2, y: chartY, width: min(width, 60), labelWidth: label)
    }

    /// `text` right-aligned in `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.columns(of: text))) + text
    }

    // MARK: overdue follow-ups by caseworker

    static func drawOverdue(_ rows: [OverdueCount], _ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        drawBarSection(hint: .overdueHint, none: .overdueNone, labelHeader: TUIText.columnCaseworker(lang),
                       valueHeader: .columnOverdue, labelCap: 28, cursor: state.review.overdueCursor,
                       items: rows.map { BarItem($0.caseworkerName ?? ReviewText.unassigned(lang), $0.count) },
                       state, into: &buffer)
    }

    // MARK: referrals past their response date

    static func drawReferrals(_ rows: [ReviewReferralCount], _ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        drawBarSection(hint: .referralsHint, none: .referralsNone, labelHeader: ReviewText.columnKindPartner(lang),
                       valueHeader: .columnAwaiting, labelCap: buffer.width - 20, cursor: state.review.referralsCursor,
                       items: rows.map { BarItem($0.kind.label(lang) + " · " + ($0.partner.name ?? ReviewText.noPartner(lang)), $0.count) },
                       state, into: &buffer)
    }

    /// A section that is one bar chart: its hint, its headers, rows chosen with a cursor.
    static func drawBarSection(hint: ReviewText, none: ReviewText, labelHeader: String, valueHeader: ReviewText,
                               labelCap: Int, cursor: ListCursor, items: [BarItem], _ state: AppState,
                               into buffer: inout ScreenBuffer) {
        let lang = state.language
        let width = buffer.width - 4
        buffer.put(hint(lang), x: 2, y: 2, role: .muted, maxWidth: width)
        guard !items.isEmpty else {
            buffer.put(none(lang), x: 2, y: ReviewLayout.headerRow, role: .muted, maxWidth: width)
            return
        }
        let labelWidth = min(labelCap, items.map { TextWidth.columns(of: $0.label) }.max() ?? 10)
        let header = TextWidth.pad(labelHeader, to: labelWidth + 1) + valueHeader(lang)
        buffer.put(header, x: 2, y: ReviewLayout.headerRow, role: .header, maxWidth: width)
        drawBarRows(items, cursor: cursor, labelWidth: labelWidth, into: &buffer)
    }

    /// A bar chart whose rows are chosen with a cursor: the visible window, the selected row
    /// in the selection role.
    static func drawBarRows(_ items: [BarItem], cursor: ListCursor, labelWidth: Int, into buffer: inout ScreenBuffer) {
        let width = buffer.width - 4
        let page = ReviewLayout.listRows(height: buffer.height)
        let visible = cursor.visible(count: items.count, page: page)
        let top = items.map(\.value).max() ?? 0
        let lines = BarChart.lines(Array(items[visible]), width: width, maxValue: top, labelWidth: labelWidth)
        for (row, i) in visible.enumerated() {
            let y = ReviewLayout.firstRow + row
            buffer.put(lines[row], x: 2, y: y, role: i == cursor.selected ? .selection : .normal)
        }
    }

    // MARK: workload

    static func drawWorkload(_ rows: [ReviewWorkloadRow], _ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let review = state.review
        let width = buffer.width - 4
        buffer.put(ReviewText.workloadHint(lang), x: 2, y: 2, role: .muted, maxWidth: width)
        let columns: [ReviewText] = [.columnOpen, .columnUrgent, .columnClosures, .columnOverdue]
        let cell = 10
        let name = min(28, max(12, rows.map { TextWidth.columns(of: $0.person.name ?? ReviewText.unassigned(lang)) }.max() ?? 12) + 1)
        var header = TextWidth.pad(ReviewText.columnPerson(lang), to: name)
        for c in columns { header += pad(c(lang), cell) }
        buffer.put(header, x: 2, y: ReviewLayout.headerRow, role: .header, maxWidth: width)
        let barX = 2 + name + cell * columns.count + 2
        let barWidth = max(0, buffer.width - 2 - barX)
        let top = rows.map(\.openCases).max() ?? 0
        let page = ReviewLayout.listRows(height: buffer.height)
        for (row, i) in review.workloadCursor.visible(count: rows.count, page: page).enumerated() {
            let r = rows[i]
            let y = ReviewLayout.firstRow + row
            let selectedRow = i == review.workloadCursor.selected
            buffer.put(TextWidth.pad(r.person.name ?? ReviewText.unassigned(lang), to: name), x: 2, y: y,
                       role: r.person.id == nil ? .muted : .normal)
            let values = [r.openCases, r.urgentCases, r.closuresAwaiting, r.overdueFollowUps]
            for (c, value) in values.enumerated() {
                let selected = selectedRow && c == review.workloadColumn.rawValue
                let role: StyleRole = selected ? .selection : (value > 0 && c == 1 ? .urgent : (value > 0 && c == 3 ? .overdue : .normal))
                buffer.put(pad(String(value), cell), x: 2 + name + c * cell, y: y, role: role)
            }
            buffer.put(BarChart.bar(r.openCases, maxValue: top, width: barWidth), x: barX, y: y, role: .header)
        }
    }

    // MARK: a list of cases

    static func describe(_ figure: ReviewFigure, _ lang: Language) -> String {
        func name(_ p: ReviewPerson?) -> String { p?.name ?? ReviewText.unassigned(lang) }
        switch figure {
        case .openCases(let status, let age?):
            return ReviewText.figureOpenAge.format(lang, ["status": status.label(lang), "age": age.label])
        case .openCases(let status, nil):
            return ReviewText.figureOpenAny.format(lang, ["status": status.label(lang)])
        case .caseworkerOpenCases(let p): return ReviewText.figureCaseworkerOpen.format(lang, ["name": name(p)])
        case .urgentOpenCases(nil): return ReviewText.figureUrgent(lang)
        case .urgentOpenCases(let p?): return ReviewText.figureUrgentOf.format(lang, ["name": name(p)])
        case .closuresAwaiting(let p): return ReviewText.figureClosuresOf.format(lang, ["name": name(p)])
        case .overdueFollowUps(let p): return ReviewText.figureOverdueOf.format(lang, ["name": name(p)])
        case .referralsAwaiting(let kind, let partner):
            return ReviewText.figureReferrals.format(lang, ["kind": kind.label(lang), "partner": partner.name ?? ReviewText.noPartner(lang)])
        }
    }

    static func drawCases(_ list: ReviewCaseList, _ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let width = buffer.width - 4
        let count = list.expected.map { CaseListView.groupDigits($0, lang) }
            ?? (CaseListView.groupDigits(list.rows.count, lang) + (list.complete || !list.loaded ? "" : "+"))
        var title = ReviewText.drillTitle.format(lang, ["figure": describe(list.figure, lang), "n": count])
        if !list.marked.isEmpty { title += " · " + ReviewText.drillMarked.format(lang, ["n": String(list.marked.count)]) }
        let used = buffer.put(title, x: 2, y: 2, role: .header, maxWidth: width)
        buffer.put("  " + ReviewText.drillHint(lang), x: 2 + used, y: 2, role: .muted, maxWidth: width - used)
        guard list.loaded else {
            buffer.put(ReviewText.loading(lang), x: 2, y: ReviewLayout.headerRow, role: .muted)
            return
        }
        guard !list.rows.isEmpty else {
            buffer.put(ReviewText.drillNone(lang), x: 2, y: ReviewLayout.headerRow, role: .muted, maxWidth: width)
            return
        }
        // "[x]" marks a row; the case columns follow, the caseworker's always shown (it shares
        // what the fixed columns leave with the person, two fifths, at most 24).
        let table = Table([TableColumn("", .fixed(3))] + CaseListLayout.columns(lang, age: 5, caseworkerAlways: true),
                          x: 2, headerRow: ReviewLayout.headerRow, width: width, rows: ReviewLayout.listRows(height: buffer.height))
        let visible = list.cursor.visible(count: list.rows.count, page: table.rows)
        table.draw(list.rows[visible].map { c in
            [TableCell(list.marked.contains(c.id) ? "[x]" : "[ ]", .key)]
                + CaseListLayout.cells(number: c.number, personName: c.personName, status: c.status, priority: c.priority,
                                       openedAt: c.openedAt, overdue: c.isOverdue, caseworkerName: c.caseworkerName,
                                       now: state.now, lang)
        }, selected: list.cursor.selected - visible.lowerBound, into: &buffer)
    }
}
