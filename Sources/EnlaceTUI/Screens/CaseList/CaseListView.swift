import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the case list: title and filter, column headers, the window of rows.
enum CaseListView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let list = state.caseList
        let w = buffer.width
        let contentWidth = w - 4
        let x0 = 2

        // Row 1: title with count, filter on the right.
        var title = TUIText.caseListTitle(lang)
        if list.countKnown {
            if let n = list.count {
                title += " · " + TUIText.casesCount.format(lang, ["n": groupDigits(n, lang)])
            } else {
                title += " · " + TUIText.casesCountMany.format(lang, ["n": groupDigits(10_000, lang)])
            }
        }
        buffer.put(title, x: x0, y: 1, role: .header, maxWidth: contentWidth / 2)
        let filterLabel = TUIText.filterLabel(lang) + " "
        let boxWidth = min(32, contentWidth / 2 - 2)
        let filterX = w - 2 - boxWidth - TextWidth.columns(of: filterLabel)
        buffer.put(filterLabel, x: filterX, y: 1, role: list.editingFilter ? .focus : .muted)
        let boxX = filterX + TextWidth.columns(of: filterLabel)
        buffer.fill(Rect(x: boxX, y: 1, width: boxWidth, height: 1), role: .input)
        if list.filter.isEmpty && !list.editingFilter {
            buffer.put(TUIText.filterHint(lang), x: boxX, y: 1, role: .muted, maxWidth: boxWidth)
        } else {
            // Show the end of a long filter, where the person is typing.
            var shown = list.filter
            while TextWidth.columns(of: shown) > boxWidth - 1 { shown.removeFirst() }
            let used = buffer.put(shown, x: boxX, y: 1, role: .input, maxWidth: boxWidth)
            if list.editingFilter { buffer.cursor = (boxX + used, 1) }
        }

        // Row 2: headers.
        let cols = CaseListLayout.Columns(contentWidth: contentWidth)
        var x = x0
        func header(_ text: TUIText, _ width: Int) {
            guard width > 0 else { return }
            buffer.put(TextWidth.pad(text(lang), to: width), x: x, y: 2, role: .header)
            x += width + 1
        }
        header(.columnNumber, cols.number)
        header(.columnPerson, cols.person)
        header(.columnStatus, cols.status)
        header(.columnPriority, cols.priority)
        header(.columnAge, cols.age)
        header(.columnCaseworker, cols.caseworker)

        // Rows.
        let page = CaseListLayout.pageSize(height: buffer.height)
        if list.loaded && list.rows.isEmpty {
            let empty: String
            if state.user.role == .admin {
                empty = TUIText.noCaseAccess(lang)
            } else if list.filter.isEmpty {
                empty = TUIText.casesNone(lang)
            } else {
                empty = TUIText.casesNoneForFilter.format(lang, ["filter": list.filter])
            }
            for (i, line) in TextWidth.wrap(empty, width: contentWidth).prefix(page).enumerated() {
                buffer.put(line, x: x0, y: CaseListLayout.firstRow + i, role: .muted)
            }
            return
        }
        for (i, row) in list.rows.prefix(page).enumerated() {
            let y = CaseListLayout.firstRow + i
            let selected = i == list.selected
            let base: StyleRole = selected ? .selection : .normal
            var cx = x0
            func cell(_ text: String, _ width: Int, _ role: StyleRole) {
                guard width > 0 else { return }
                buffer.put(TextWidth.pad(text, to: width), x: cx, y: y, role: selected ? .selection : role)
                cx += width
                if cx < w - 2 { buffer.put(" ", x: cx, y: y, role: base) }
                cx += 1
            }
            let days = max(0, Int(state.now.timeIntervalSince(row.openedAt) / 86_400))
            cell(row.number, cols.number, .muted)
            cell(row.personName, cols.person, .normal)
            cell(row.status.label(lang), cols.status, .normal)
            cell(row.priority.label(lang), cols.priority, row.priority == .urgent ? .urgent : (row.priority == .high ? .warning : .normal))
            cell(row.isOverdue ? "\(days)!" : "\(days)", cols.age, row.isOverdue ? .overdue : .normal)
            cell(row.caseworkerName ?? TUIText.unassigned(lang), cols.caseworker, row.caseworkerName == nil ? .muted : .normal)
            if selected {
                buffer.paint(Rect(x: 1, y: y, width: w - 2, height: 1), role: .selection)
            }
        }
    }

    /// 12345 as "12,345": Mexico and the US both group thousands with commas.
    static func groupDigits(_ n: Int, _ language: Language) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
