import Foundation
import EnlaceCore
import EnlaceStore

/// Draws a person: row 1 the title, row 2 the tabs (the one shown bracketed, so it reads
/// without colour), then the tab. The record tab: rows 3-12 the record, 13 the cases'
/// heading, 14... the cases and then the possible duplicates; or, while correcting, the edit
/// form.
enum PersonView {
    /// The first row under the tabs.
    static let tabTop = 3
    static let listTop = 14

    static func listRows(_ height: Int) -> Int { max(1, height - 2 - listTop) }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let width = buffer.width - 4
        guard let person = state.person, let file = person.file else {
            let text = state.person?.loadError ?? PersonScreenText.loading(lang)
            for (i, line) in TextWidth.wrap(text, width: width).prefix(4).enumerated() {
                buffer.put(line, x: 2, y: 1 + i, role: state.person?.loadError == nil ? .muted : .error)
            }
            return
        }
        let record = file.record
        let title = (person.form == nil ? PersonScreenText.title(lang) : PersonScreenText.titleEdit(lang))
            + " · " + record.name.fullName + PersonDocumentsTabView.interpreterMark(file.documents.languages, lang)
        let used = buffer.put(TextWidth.truncate(title, to: width), x: 2, y: 1, role: .header)
        let hint = person.form != nil ? PersonScreenText.editHint(lang) : person.tab == .record ? PersonScreenText.viewHint(lang) : ""
        let hx = buffer.width - 2 - TextWidth.columns(of: hint)
        if hx > 2 + used + 2 { buffer.put(hint, x: hx, y: 1, role: .muted) }
        if let form = person.form {
            FormView.draw(form, in: Rect(x: 2, y: 2, width: width, height: buffer.height - 4), labelWidth: 22,
                          language: lang, into: &buffer)
            return
        }
        TabStrip.draw(PersonTab.allCases.map { $0.label(lang) }, chosen: person.tab.rawValue, y: 2, into: &buffer)
        switch person.tab {
        case .record: drawRecord(state, person, file, width: width, into: &buffer)
        case .documents: PersonDocumentsTabView.draw(state, person, file, width: width, into: &buffer)
        case .family: PersonFamilyTabView.draw(state, into: &buffer)
        case .rights: PersonRightsView.draw(state, person, file, width: width, into: &buffer)
        case .access: PersonAccessTabView.draw(state, person, width: width, into: &buffer)
        }
    }

    static func drawRecord(_ state: AppState, _ person: PersonState, _ file: PersonPage, width: Int,
                           into buffer: inout ScreenBuffer) {
        for (i, line) in recordLines(file.record, registeredBy: file.registeredBy, events: file.events, state).enumerated() {
            put(line, y: tabTop + i, width: width, changed: person.changed, into: &buffer)
        }
        drawList(state, person, width: width, into: &buffer)
    }

    /// One record line: label, value; a value the last save changed is marked.
    struct Line {
        var label: String
        var value: String
        var fields: [String]
    }

    static func put(_ line: Line, y: Int, width: Int, changed: [String], into buffer: inout ScreenBuffer) {
        let labelWidth = 14
        buffer.put(TextWidth.truncate(line.label, to: labelWidth), x: 2, y: y, role: .muted)
        let isChanged = line.fields.contains { changed.contains($0) }
        buffer.put(TextWidth.truncate(line.value, to: width - labelWidth - 1), x: 2 + labelWidth + 1, y: y,
                   role: isChanged ? .success : .normal)
    }

    static func recordLines(_ r: PersonRecord, registeredBy: String?, events attended: [AttendedEvent] = [],
                            _ state: AppState) -> [Line] {
        let lang = state.language
        let none = PersonScreenText.none(lang)
        // The newest first: "Feria de salud en Pilsen (2026-12-07), … (+3)".
        var events = attended.prefix(2).map { "\($0.name) (\($0.heldOn))" }.joined(separator: ", ")
        if attended.count > 2 { events += " (+\(attended.count - 2))" }
        func value(_ s: String?) -> String { (s?.isEmpty ?? true) ? none : s! }
        let today = CalendarDate(state.now, timeZone: state.timeZone)
        var born = r.birthDate.map { DateInput.words($0, lang) } ?? PersonScreenText.bornUnknown(lang)
        if let birth = r.birthDate {
            born += " · " + PersonScreenText.age.format(lang, ["n": String(birth.age(on: today))])
        } else if let approx = r.approximateAge {
            born += " · " + PersonScreenText.ageApprox.format(lang, ["n": String(approx)])
        }
        if let sex = PersonDraft(r).sex { born += " · " + sex.label(lang) }
        let phones = r.phones.map { phone -> String in
            let local = PhoneNumber(e164: phone.e164)?.localFormat ?? phone.e164
            return phone.whatsApp ? local + " (" + PersonScreenText.whatsApp(lang) + ")" : local
        }.joined(separator: ", ")
        let lives = [r.city, r.usState, r.zip].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let originState = r.originState.map { MexicanState(lookup: $0)?.officialName ?? $0 }
        let origin = [r.originMunicipality, originState].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        var registered = DateInput.words(CalendarDate(r.createdAt, timeZone: state.timeZone), lang)
        if let registeredBy { registered += " · " + registeredBy }
        registered += " · " + PersonScreenText.version.format(lang, ["n": String(r.version)])
        let preferred = r.name.preferredName.isEmpty ? "" : " (" + r.name.preferredName + ")"
        return [
            Line(label: CaseStoreText.fieldGivenNames(lang), value: r.name.fullName + preferred,
                 fields: ["givenNames", "firstSurname", "secondSurname", "preferredName"]),
            Line(label: PersonScreenText.born(lang), value: born, fields: ["birthDate", "approximateAge", "sex"]),
            Line(label: PersonScreenText.phones(lang), value: value(phones), fields: ["phones"]),
            Line(label: PersonScreenText.email(lang), value: value(r.email), fields: ["email"]),
            Line(label: PersonScreenText.curp(lang), value: value(r.curp), fields: ["curp"]),
            Line(label: PersonScreenText.lives(lang), value: value(lives), fields: ["city", "usState", "zip"]),
            Line(label: PersonScreenText.origin(lang), value: value(origin), fields: ["originState", "originMunicipality"]),
            Line(label: PersonScreenText.association(lang), value: value(r.hometownAssociation), fields: ["hometownAssociation"]),
            Line(label: PersonScreenText.registered(lang), value: registered, fields: []),
            Line(label: PersonScreenText.events(lang), value: events.isEmpty ? none : events, fields: []),
        ]
    }

    static func drawList(_ state: AppState, _ person: PersonState, width: Int, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let rows = person.rows
        let heading = person.duplicates.isEmpty ? PersonScreenText.casesHeading(lang) : PersonScreenText.duplicatesHeading(lang)
        buffer.put(TextWidth.truncate(heading, to: width), x: 2, y: listTop - 1,
                   role: person.duplicates.isEmpty ? .header : .warning)
        if rows.isEmpty {
            buffer.put(PersonScreenText.noCases(lang), x: 2, y: listTop, role: .muted, maxWidth: width)
            return
        }
        let page = listRows(buffer.height)
        for (n, i) in person.cursor.visible(count: rows.count, page: page).enumerated() {
            let selected = i == person.cursor.selected
            let text: String
            var role: StyleRole = .normal
            switch rows[i] {
            case .personCase(let c):
                text = [c.number, c.status.label(lang), c.area?.label(lang)].compactMap { $0 }.joined(separator: " · ")
            case .duplicate(let d):
                let born = d.birthDate.flatMap { CalendarDate(iso: $0) }.map { DateInput.words($0, lang) } ?? "—"
                text = "⚠ " + PersonScreenText.duplicateLine.format(lang, [
                    "name": d.listName, "born": born, "why": d.reasons.map { $0.label(lang) }.joined(separator: ", ")])
                role = .warning
            }
            if selected { role = .selection }
            buffer.put(TextWidth.truncate((selected ? "› " : "  ") + text, to: width), x: 2, y: listTop + n, role: role)
        }
    }
}
