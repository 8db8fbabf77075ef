import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the Family tab from row `top`: the registered relatives, the next-of-kin contacts
/// and the same-person links under their headings, the selected line marked; or the form
/// open over them.
enum PersonFamilyTabView {
    /// The first row the tab draws on (under the title and the tab bar).
    static let top = 3

    /// Lines the list may use (headings included).
    static func listRows(_ height: Int) -> Int { max(3, height - 2 - top) }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let person = state.person, let file = person.file else { return }
        let lang = state.language
        let width = buffer.width - 4
        if let open = person.family.form {
            let title: FamilyText = switch open.purpose {
            case .link: .linkTitle
            case .addContact: .addContactTitle
            case .editContact: .editContactTitle
            }
            let used = buffer.put(title(lang), x: 2, y: top, role: .header, maxWidth: width)
            let hint = PersonScreenText.editHint(lang)
            let hx = buffer.width - 2 - TextWidth.columns(of: hint)
            if hx > 2 + used + 2 { buffer.put(hint, x: hx, y: top, role: .muted) }
            FormView.draw(open.form, in: Rect(x: 2, y: top + 2, width: width, height: buffer.height - top - 4),
                          labelWidth: min(20, width / 3), language: lang, into: &buffer)
            return
        }
        let lines = self.lines(file.household, lang)
        let selected = person.family.cursor.selected
        let page = listRows(buffer.height)
        // Scroll so the selected row shows; headings scroll with their rows.
        let at = lines.firstIndex { $0.row == selected } ?? 0
        let first = max(0, min(at - page + 1, lines.count - page))
        for (n, line) in lines.dropFirst(max(0, first)).prefix(page).enumerated() {
            let isSelected = line.row == selected
            let role: StyleRole = isSelected ? .selection : line.role
            let text = line.row == nil ? line.text : (isSelected ? "› " : "  ") + line.text
            buffer.put(TextWidth.truncate(text, to: width), x: 2, y: top + n, role: role)
        }
    }

    /// A stored phone as read aloud here: a US number in local format, a Mexican one with +52.
    static func display(_ e164: String) -> String {
        guard let number = PhoneNumber(e164: e164) else { return e164 }
        return number.country == .us ? number.localFormat : number.internationalFormat
    }

    /// One drawn line: a heading or note (no row), or the row-th selectable line.
    struct Line {
        var text: String
        var row: Int?
        var role: StyleRole
    }

    static func lines(_ h: Household, _ lang: Language) -> [Line] {
        var out: [Line] = [Line(text: FamilyText.relativesHeading(lang), row: nil, role: .header)]
        var row = 0
        func add(_ text: String, _ role: StyleRole = .normal) {
            out.append(Line(text: text, row: row, role: role))
            row += 1
        }
        func phone(_ e164: String?) -> String? { e164.map(display) }
        if h.relatives.isEmpty { out.append(Line(text: FamilyText.noRelatives(lang), row: nil, role: .muted)) }
        for r in h.relatives {
            add([r.relationship.label(lang), r.name, phone(r.phone)].compactMap { $0 }.joined(separator: " · "))
        }
        out.append(Line(text: "", row: nil, role: .normal))
        out.append(Line(text: FamilyText.contactsHeading(lang), row: nil, role: .header))
        if h.contacts.isEmpty { out.append(Line(text: FamilyText.noContacts(lang), row: nil, role: .muted)) }
        for k in h.contacts {
            let place = [k.place, k.country?.label(lang)].compactMap { $0 }.joined(separator: ", ")
            add(([k.relationship.label(lang), k.name] + k.phones.prefix(2).compactMap(phone) + [place, k.notes ?? ""])
                .filter { !$0.isEmpty }.joined(separator: " · "))
        }
        if !h.duplicates.isEmpty || h.survivor != nil {
            out.append(Line(text: "", row: nil, role: .normal))
            out.append(Line(text: FamilyText.duplicatesHeading(lang), row: nil, role: .header))
            for d in h.duplicates { add(FamilyText.duplicateLine.format(lang, ["name": d.name]), .warning) }
            if let s = h.survivor { add(FamilyText.survivorLine.format(lang, ["name": s.name]), .warning) }
        }
        return out
    }
}
