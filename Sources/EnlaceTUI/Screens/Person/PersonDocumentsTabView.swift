import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the "Documentos e idiomas" tab: the languages and the interpreter (rows 3-4), then
/// the documents as a table (numbers masked, or in full once revealed), or the form open over
/// the tab.
enum PersonDocumentsTabView {
    typealias T = PersonDocumentsTabText
    static let headingRow = PersonView.tabTop + 3
    static let tableHeader = headingRow + 1

    static func listRows(_ height: Int) -> Int { max(1, height - 3 - tableHeader) }

    /// " · Necesita intérprete (Mixteco)" after the person's name on every tab; "" when not needed.
    static func interpreterMark(_ languages: LanguageProfile, _ lang: Language) -> String {
        guard languages.needsInterpreter else { return "" }
        return " · " + DocumentText.interpreterNeeded(lang) + (languages.preferred.map { " (" + $0.label(lang) + ")" } ?? "")
    }

    static func draw(_ state: AppState, _ person: PersonState, _ file: PersonPage, width: Int,
                     into buffer: inout ScreenBuffer) {
        let lang = state.language
        let tab = person.documentsTab
        if let open = tab.form {
            let title: String
            switch open.purpose {
            case .addDocument: title = T.addTitle(lang)
            case .editDocument:
                title = T.fill(.editTitle, ["document": tab.selected(in: file.documents).map(PersonDocumentsTab.describe) ?? .plain("")])(lang)
            case .languages: title = T.languagesTitle(lang)
            }
            buffer.put(title, x: 2, y: PersonView.tabTop, role: .header, maxWidth: width)
            FormView.draw(open.form, in: Rect(x: 2, y: PersonView.tabTop + 2, width: width, height: buffer.height - PersonView.tabTop - 4),
                          labelWidth: min(20, width / 3), language: lang, into: &buffer)
            return
        }
        let languages = file.documents.languages
        var spoken = languages.spoken.isEmpty ? DocumentText.noLanguages(lang) : languages.spoken.map { $0.label(lang) }.joined(separator: ", ")
        if let preferred = languages.preferred {
            spoken += " · " + PersonDocumentCLIText.preferredLine.format(lang, ["language": preferred.label(lang)])
        }
        PersonView.put(PersonView.Line(label: T.languages(lang), value: spoken, fields: []), y: PersonView.tabTop, width: width,
                       changed: [], into: &buffer)
        let labelWidth = 14
        buffer.put(TextWidth.truncate(T.interpreter(lang), to: labelWidth), x: 2, y: PersonView.tabTop + 1, role: .muted)
        buffer.put((languages.needsInterpreter ? DocumentText.interpreterNeeded : .interpreterNotNeeded)(lang),
                   x: 2 + labelWidth + 1, y: PersonView.tabTop + 1, role: languages.needsInterpreter ? .warning : .normal,
                   maxWidth: width - labelWidth - 1)
        buffer.put(T.documentsHeading(lang), x: 2, y: headingRow, role: .header, maxWidth: width)
        let columns = [
            TableColumn(T.columnDocument(lang), .flexible(min: 16, max: 40, weight: 2)),
            TableColumn(T.columnStatus(lang), .flexible(min: 10, max: 12)),
            TableColumn(T.columnNumber(lang), .flexible(min: 12, max: 40)),
            TableColumn(T.columnExpires(lang), .flexible(min: 21, max: 24)),
        ]
        let page = listRows(buffer.height)
        let table = Table(columns, x: 2, headerRow: tableHeader, width: width, rows: page)
        let documents = file.documents.documents
        guard !documents.isEmpty else {
            table.drawHeader(into: &buffer)
            table.drawEmpty(T.empty(lang), into: &buffer)
            return
        }
        let today = PersonScreen.today(state)
        let visible = tab.cursor.visible(count: documents.count, page: page)
        let rows = visible.map { i -> [TableCell] in
            let d = documents[i]
            let number = tab.revealed[d.id].map { TableCell($0, .warning) } ?? TableCell(d.maskedNumber ?? "—", d.maskedNumber == nil ? .muted : .normal)
            var expires = TableCell("—", .muted)
            if let date = d.expiresOn {
                expires = date < today ? TableCell(T.expiredMark.format(lang, ["date": date.iso]), .warning) : TableCell(date.iso)
            }
            return [TableCell(d.kind.label(lang)), TableCell(d.status.label(lang)), number, expires]
        }
        let selected = visible.contains(tab.cursor.selected) ? tab.cursor.selected - visible.lowerBound : nil
        table.draw(rows, selected: selected, into: &buffer)
    }
}
