import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the "Accesos / Access" tab: row 3 the heading and the count, 4 the table's header,
/// 5... one access a line (when, who, what, which record), newest first, through `Table`.
enum PersonAccessTabView {
    static let headerRow = PersonView.tabTop + 1

    static func listRows(_ height: Int) -> Int { max(1, height - 3 - headerRow) }

    /// "Datos de la persona", "Caso 2026-000012", or "Canalización del caso 2026-000012".
    static func record(_ e: PersonAccessEntry, _ language: Language) -> String {
        let a = PersonAccessText.self
        guard e.entity != "person" else { return a.recordPerson(language) }
        let entity: AuditText? = ["case": .entityCase, "referral": .entityReferral, "followUp": .entityFollowUp,
                                  "note": .entityNote][e.entity]
        let name = entity?.text(language) ?? e.entity
        guard let number = e.caseNumber else { return name }
        if e.entity == "case" { return name + " " + number }
        return a.recordCase.format(language, ["entity": name, "number": number])
    }

    static func columns(_ language: Language) -> [TableColumn] {
        let a = PersonAccessText.self
        return [TableColumn(a.headerWhen(language), .fixed(16)),
                TableColumn(a.headerWho(language), .flexible(min: 22, max: 30)),
                TableColumn(a.headerWhat(language), .fixed(9)),
                TableColumn(a.headerRecord(language), .flexible(min: 12, weight: 2))]
    }

    static func draw(_ state: AppState, _ person: PersonState, width: Int, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let top = PersonView.tabTop
        buffer.put(PersonAccessTabText.heading(lang), x: 2, y: top, role: .header, maxWidth: width)
        guard state.user.has(.supervisor) else {
            buffer.put(PersonAccessTabText.onlySupervisors(lang), x: 2, y: top + 1, role: .muted, maxWidth: width)
            return
        }
        guard let page = person.accessTab.page else {
            buffer.put(PersonAccessTabText.loading(lang), x: 2, y: top + 1, role: .muted, maxWidth: width)
            return
        }
        let count = PersonAccessText.count.format(lang, ["n": String(page.total)])
        let used = TextWidth.columns(of: PersonAccessTabText.heading(lang))
        if 2 + used + 3 + TextWidth.columns(of: count) <= width {
            buffer.put(count, x: width + 2 - TextWidth.columns(of: count), y: top, role: .muted)
        }
        let table = Table(columns(lang), x: 2, headerRow: headerRow, width: width, rows: listRows(buffer.height))
        guard !page.entries.isEmpty else {
            table.drawHeader(into: &buffer)
            table.drawEmpty(PersonAccessText.nobody(lang), into: &buffer)
            return
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = state.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let visible = person.accessTab.cursor.visible(count: page.entries.count, page: table.rows)
        let cells: [[TableCell]] = visible.map { i in
            let e = page.entries[i]
            return [TableCell(formatter.string(from: e.at), .muted), TableCell(e.who ?? PersonAccessText.unknownUser(lang)),
                    TableCell(e.kind.label(lang), e.kind == .viewed ? .normal : .warning), TableCell(record(e, lang))]
        }
        let selected = visible.firstIndex(of: person.accessTab.cursor.selected).map { $0 - visible.lowerBound }
        table.draw(cells, selected: selected, into: &buffer)
    }
}
