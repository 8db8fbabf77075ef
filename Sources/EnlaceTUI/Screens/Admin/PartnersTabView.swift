import EnlaceCore
import EnlaceStore

/// Draws the partners tab: the directory in a table (name, referral kinds, place, phone,
/// status; inactive rows muted and marked in words), or the form open over it.
enum PartnersTabView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let tab = state.admin.partners
        let (x0, width) = (2, buffer.width - 4)
        if let refusal = tab.refusal {
            AdminView.drawRefusal(refusal, lang, into: &buffer)
            return
        }
        if let open = tab.form {
            let title: String
            switch open.purpose {
            case .add: title = PartnersTabText.addTitle(lang)
            case .edit: title = PartnersTabText.editTitle.format(lang, ["name": open.form.value("name")])
            }
            AdminView.drawForm(open.form, title: title, labelWidth: 28, lang, into: &buffer)
            return
        }
        guard tab.loaded else {
            buffer.put(AdminText.loading(lang), x: x0, y: AdminScreen.headerRow, role: .muted)
            return
        }
        let columns = [
            TableColumn(PartnersTabText.columnName(lang), .flexible(min: 14, max: 40, weight: 3)),
            TableColumn(PartnersTabText.columnKinds(lang), .flexible(min: 10, max: 40, weight: 2)),
            TableColumn(PartnersTabText.columnPlace(lang), .flexible(min: 8, max: 20)),
            TableColumn(PartnersTabText.columnPhone(lang), .fixed(14), shownFrom: 100),
            TableColumn(PartnersTabText.columnStatus(lang), .fixed(8)),
        ]
        let page = AdminScreen.page(state)
        let table = Table(columns, x: x0, headerRow: AdminScreen.headerRow, width: width, rows: page)
        if tab.partners.isEmpty {
            table.drawHeader(into: &buffer)
            table.drawEmpty(PartnersTabText.empty(lang), into: &buffer)
            return
        }
        let top = tab.cursor.top
        let visible = tab.partners[top..<min(tab.partners.count, top + page)]
        table.draw(visible.map { cells($0, lang) }, selected: tab.cursor.selected - top, into: &buffer)
    }

    static func cells(_ p: Partner, _ lang: Language) -> [TableCell] {
        let role: StyleRole = p.active ? .normal : .muted
        let kinds = ReferralKind.allCases.filter(p.kindsServed.contains).map { $0.label(lang) }.joined(separator: ", ")
        return [TableCell(p.name, role), TableCell(kinds, role),
                TableCell([p.city, p.state].compactMap { $0 }.joined(separator: ", "), role),
                TableCell(p.phone.map { PhoneNumber(e164: $0)?.localFormat ?? $0 } ?? "", role),
                TableCell(p.active ? PartnersTabText.statusActive(lang) : PartnersTabText.statusInactive(lang), role)]
    }
}
