import EnlaceCore
import EnlaceStore

/// Draws the search screen: the query box, what was found, and the window of results, each
/// with why it matched.
enum SearchView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let search = state.search
        let w = buffer.width
        let x0 = 2
        let contentWidth = w - 4

        // Row 1: title and the query box, focused.
        let title = SearchText.title(lang) + ": "
        let used = buffer.put(title, x: x0, y: 1, role: .header)
        search.query.draw(into: &buffer, x: x0 + used, y: 1, width: contentWidth - used, focused: true)

        // Row 2: how many, or what to type, or what went wrong.
        let trimmed = search.query.text.trimmingCharacters(in: .whitespaces)
        if let problem = search.problem {
            buffer.put(problem, x: x0, y: 2, role: .error, maxWidth: contentWidth)
        } else if trimmed.isEmpty {
            buffer.put(SearchText.hint(lang), x: x0, y: 2, role: .muted, maxWidth: contentWidth)
        } else if search.hits.isEmpty {
            for (i, line) in TextWidth.wrap(SearchText.foundNone.format(lang, ["query": trimmed]), width: contentWidth).prefix(3).enumerated() {
                buffer.put(line, x: x0, y: 2 + i, role: .muted)
            }
            return
        } else {
            buffer.put(SearchText.found.format(lang, ["n": CaseListView.groupDigits(search.hits.count, lang)]),
                       x: x0, y: 2, role: .muted, maxWidth: contentWidth)
        }

        // Results.
        let rows = search.rows
        let page = SearchLayout.pageSize(height: buffer.height)
        let nameWidth = min(42, contentWidth * 9 / 20)
        for i in search.cursor.visible(count: rows.count, page: page) {
            let y = SearchLayout.firstRow + i - search.cursor.top
            let selected = i == search.cursor.selected
            switch rows[i] {
            case .person(let h):
                let hit = search.hits[h]
                buffer.put(TextWidth.pad(TextWidth.truncate(hit.listName, to: nameWidth), to: nameWidth), x: x0, y: y, role: .normal)
                var why = SearchText.reasonsPrefix(lang) + " " + hit.reasons.map { $0.label(lang) }.joined(separator: ", ")
                if hit.caseNumbers.isEmpty { why += " · " + SearchText.noCases(lang) }
                buffer.put(TextWidth.truncate(why, to: contentWidth - nameWidth - 1), x: x0 + nameWidth + 1, y: y, role: .muted)
            case .caseNumber(_, let number, let named):
                var line = "  " + SearchText.caseLine.format(lang, ["number": number])
                if let status = search.caseStatuses[number] { line += " · " + status.label(lang) }
                buffer.put(TextWidth.pad(TextWidth.truncate(line, to: nameWidth), to: nameWidth), x: x0, y: y,
                           role: search.caseStatuses[number] == .closed ? .muted : .normal)
                if named {
                    buffer.put(SearchText.reasonsPrefix(lang) + " " + SearchText.typedCaseNumber(lang),
                               x: x0 + nameWidth + 1, y: y, role: .muted, maxWidth: contentWidth - nameWidth - 1)
                }
            }
            if selected {
                buffer.paint(Rect(x: 1, y: y, width: w - 2, height: 1), role: .selection)
            }
        }
    }
}
