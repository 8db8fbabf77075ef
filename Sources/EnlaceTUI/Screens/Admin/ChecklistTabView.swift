import EnlaceCore
import EnlaceStore

/// Draws the checklists tab: which checklist ("Lista 3 de 9: Orientación consular ·
/// Matrícula"), its items in order (retired ones muted and marked), or the form open over it.
enum ChecklistTabView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let tab = state.admin.checklists
        let (x0, width) = (2, buffer.width - 4)
        if let open = tab.form {
            let title: String
            switch open.purpose {
            case .add(let scope): title = ChecklistTabText.addTitle.format(lang, ["list": scope.label(lang)])
            case .edit: title = ChecklistTabText.editTitle.format(lang, ["item": tab.selected?.item.text(lang) ?? ""])
            }
            AdminView.drawForm(open.form, title: title, labelWidth: 20, lang, into: &buffer)
            return
        }
        buffer.put(ChecklistTabText.listOf.format(lang, [
            "n": "\(tab.scopeIndex + 1)", "total": "\(ChecklistScope.all.count)", "list": tab.scope.label(lang),
        ]), x: x0, y: AdminScreen.headerRow, role: .header, maxWidth: width)
        guard tab.loaded else {
            buffer.put(AdminText.loading(lang), x: x0, y: AdminScreen.headerRow + 1, role: .muted)
            return
        }
        let columns = [
            TableColumn("#", .fixed(3)),
            TableColumn(ChecklistTabText.columnItem(lang), .flexible(min: 20, max: 90, weight: 3)),
            TableColumn(ChecklistTabText.columnState(lang), .flexible(min: 8, max: 10)),
            TableColumn(ChecklistTabText.columnKey(lang), .flexible(min: 10, max: 28), shownFrom: 100),
        ]
        let page = AdminScreen.page(state) - 1
        let table = Table(columns, x: x0, headerRow: AdminScreen.headerRow + 1, width: width, rows: page)
        if tab.entries.isEmpty {
            table.drawHeader(into: &buffer)
            table.drawEmpty(ChecklistTabText.empty(lang), into: &buffer)
            return
        }
        let top = tab.cursor.top
        let visible = tab.entries[top..<min(tab.entries.count, top + page)]
        var place = tab.entries[..<top].filter { !$0.retired }.count
        let rows = visible.map { e -> [TableCell] in
            if !e.retired { place += 1 }
            let role: StyleRole = e.retired ? .muted : .normal
            return [TableCell(e.retired ? "–" : "\(place)", role), TableCell(e.item.text(lang), role),
                    TableCell(e.retired ? ReferenceDataText.checklistRetiredMark(lang) : ChecklistTabText.active(lang), role),
                    TableCell(e.key, .muted)]
        }
        table.draw(rows, selected: tab.cursor.selected - top, into: &buffer)
    }
}
