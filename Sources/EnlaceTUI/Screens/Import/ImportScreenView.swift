import EnlaceCore
import EnlaceStore

/// Draws the import screen: row 1 the title and the step, then the columns (mapping) or the
/// rows with their decisions over the marked row's values beside its candidate (review).
enum ImportScreenView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let s = state.importSheet
        let (x0, width) = (2, buffer.width - 4)
        var title = ImportDeskText.title(lang)
        if !s.fileName.isEmpty { title += " · " + s.fileName }
        buffer.put(TextWidth.truncate(title, to: width), x: x0, y: 1, role: .header)
        if let refusal = s.refusal {
            for (i, line) in TextWidth.wrap(refusal(lang), width: width).enumerated() {
                buffer.put(line, x: x0, y: 3 + i, role: .warning)
            }
            return
        }
        switch s.step {
        case .choosingFile:
            buffer.put(TextWidth.truncate(ImportDeskText.fileQuestion(lang), to: width), x: x0, y: 3, role: .muted)
        case .mapping:
            drawMapping(state, into: &buffer)
        case .review:
            drawReview(state, into: &buffer)
        case .done:
            if let done = s.committed {
                let text = ImportDeskText.committed.format(lang, [
                    "id": "\(done.id)", "created": "\(done.created)", "updated": "\(done.updated)", "skipped": "\(done.skipped)"])
                for (i, line) in TextWidth.wrap(text, width: width).enumerated() {
                    buffer.put(line, x: x0, y: 3 + i, role: .success)
                }
            }
        }
    }

    static func drawMapping(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let s = state.importSheet
        let (x0, width) = (2, buffer.width - 4)
        guard let sheet = s.sheet else { return }
        let intro = ImportDeskText.sheetLine.format(lang, [
            "file": s.fileName, "encoding": ImportWording.encoding(sheet.encoding)(lang),
            "separator": ImportWording.separator(sheet.separator)(lang), "rows": "\(sheet.rows.count)"])
        buffer.put(TextWidth.truncate(intro, to: width), x: x0, y: 2, role: .muted)
        let hint = (s.mappingSaved ? ImportDeskText.mappingSaved : ImportDeskText.mappingGuessed)(lang)
        buffer.put(TextWidth.truncate(hint, to: width), x: x0, y: 3, role: .muted)
        let page = ImportScreen.page(state) * 2
        let range = s.columns.visible(count: s.mapping.fields.count, page: page)
        for (row, i) in range.enumerated() {
            let selected = i == s.columns.selected
            let line = ImportDeskText.columnLine.format(lang, [
                "n": "\(i + 1)", "header": sheet.headers[i], "field": s.mapping.fields[i].label(lang)])
            buffer.put(TextWidth.pad(TextWidth.truncate(line, to: width), to: width), x: x0, y: 5 + row,
                       role: selected ? .selection : (s.mapping.fields[i] == .ignore ? .muted : .normal))
        }
        if let problem = sheet.check(s.mapping) {
            let y = 5 + range.count + 1
            for (i, line) in TextWidth.wrap(problem.message(lang), width: width).enumerated() where y + i < buffer.height - 2 {
                buffer.put(line, x: x0, y: y + i, role: .warning)
            }
        }
    }

    static func drawReview(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let s = state.importSheet
        let (x0, width) = (2, buffer.width - 4)
        guard let review = s.review else { return }
        buffer.put(TextWidth.truncate(ImportWording.summary(review, lang), to: width), x: x0, y: 2, role: .muted)
        let page = ImportScreen.page(state)
        let range = s.rows.visible(count: review.rows.count, page: page)
        for (n, i) in range.enumerated() {
            let row = review.rows[i]
            let decision = TextWidth.pad(TextWidth.truncate(ImportWording.decision(row.decision, lang), to: 12), to: 12)
            let line = TextWidth.pad("\(row.line)", to: 6) + decision + " " + ImportWording.row(row.draft)
            let role: StyleRole = i == s.rows.selected ? .selection
                : !row.problems.isEmpty ? .error : row.decision == nil ? .warning : .normal
            buffer.put(TextWidth.pad(TextWidth.truncate(line, to: width), to: width), x: x0, y: 3 + n, role: role)
        }
        guard let row = s.selectedRow else { return }
        // The marked row beside what it may be: its values on the left, the candidate on the right.
        let top = 4 + page
        let half = (width - 2) / 2
        var left = [ImportDeskText.onSheet.format(lang, ["line": "\(row.line)"])]
        left += [ImportWording.row(row.draft)]
        left += row.problems.map { $0.line(lang) }
        if let other = row.sameAsLine {
            left.append(ImportDeskText.likeEarlierLine.format(lang, ["other": "\(other)"]))
        }
        var right: [String] = []
        if let c = s.shownCandidate {
            right.append(ImportDeskText.candidateTitle.format(lang, [
                "n": "\(min(s.candidate, row.candidates.count - 1) + 1)", "count": "\(row.candidates.count)",
                "id": "\(c.candidate.personId)"]))
            right.append(c.candidate.listName)
            right.append(ImportWording.record(c.record))
            right.append(ImportWording.reasons(c.candidate, lang))
            if !c.adds.isEmpty { right.append(ImportDeskText.wouldAdd.format(lang, ["fields": ImportWording.fields(c.adds, lang)])) }
        } else if row.problems.isEmpty {
            right.append(ImportDeskText.noCandidates(lang))
        }
        let bottom = buffer.height - 3
        func column(_ lines: [String], x: Int, role: (Int) -> StyleRole) {
            var y = top
            for (i, text) in lines.enumerated() {
                for piece in TextWidth.wrap(text, width: half) where y <= bottom {
                    buffer.put(piece, x: x, y: y, role: role(i))
                    y += 1
                }
            }
        }
        column(left, x: x0) { i in i == 0 ? .header : (i >= 2 ? .error : .normal) }
        column(right, x: x0 + half + 2) { i in i == 0 ? .header : .normal }
    }
}
