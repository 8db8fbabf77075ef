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

        // Row 2: headers; then the rows.
        let table = Table(CaseListLayout.columns(lang), x: x0, headerRow: CaseListLayout.firstRow - 1,
                          width: contentWidth, rows: CaseListLayout.pageSize(height: buffer.height))
        guard !(list.loaded && list.rows.isEmpty) else {
            table.drawHeader(into: &buffer)
            table.drawEmpty(state.user.role == .admin ? TUIText.noCaseAccess(lang)
                            : list.filter.isEmpty ? TUIText.casesNone(lang)
                            : TUIText.casesNoneForFilter.format(lang, ["filter": list.filter]), into: &buffer)
            return
        }
        table.draw(list.rows.map { row in
            CaseListLayout.cells(number: row.number, personName: row.personName, status: row.status, priority: row.priority,
                                 openedAt: row.openedAt, overdue: row.isOverdue, caseworkerName: row.caseworkerName,
                                 now: state.now, lang)
        }, selected: list.selected, into: &buffer)
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
