import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the "Derechos / Rights" tab: rows 3-5 the opposition and the legal hold (or the
/// erasure), row 7 the requests' heading, 8... one request a line with its standing.
enum PersonRightsView {
    static let listTop = 8

    static func listRows(_ height: Int) -> Int { max(1, height - 2 - listTop) }

    static func draw(_ state: AppState, _ person: PersonState, _ file: PersonPage, width: Int,
                     into buffer: inout ScreenBuffer) {
        let lang = state.language
        let r = DataRightsText.self
        let rights = file.rights
        let top = PersonView.tabTop
        if let erased = rights.erasedAt {
            let date = DateInput.words(CalendarDate(erased, timeZone: state.timeZone), lang)
            buffer.put(PersonRightsTabText.erasedBanner.format(lang, ["date": date]), x: 2, y: top, role: .warning, maxWidth: width)
        }
        let channels = rights.opposition.blockedChannels.map { $0.label(lang) }
        let hold = rights.hold.map {
            r.holdSince.format(lang, ["date": DateInput.words(CalendarDate($0.setAt, timeZone: state.timeZone), lang), "reason": $0.reason])
        } ?? r.noHold(lang)
        let lines: [(String, String, StyleRole)] = [
            (r.fieldNoShare(lang), (rights.opposition.noShare ? r.yes : r.no)(lang), rights.opposition.noShare ? .warning : .normal),
            (r.fieldNoContact(lang), channels.isEmpty ? r.noChannels(lang) : channels.joined(separator: ", "),
             channels.isEmpty ? .normal : .warning),
            (r.fieldLegalHold(lang), hold, rights.hold == nil ? .normal : .warning),
        ]
        let first = rights.erasedAt == nil ? top : top + 1
        for (i, line) in lines.enumerated() {
            buffer.put(TextWidth.truncate(line.0, to: 26), x: 2, y: first + i, role: .muted)
            buffer.put(TextWidth.truncate(line.1, to: width - 27), x: 29, y: first + i, role: line.2)
        }
        buffer.put(PersonRightsTabText.requestsHeading(lang), x: 2, y: listTop - 1, role: .header, maxWidth: width)
        guard state.user.has(.supervisor) else {
            buffer.put(PersonRightsTabText.onlySupervisors(lang), x: 2, y: listTop, role: .muted, maxWidth: width)
            return
        }
        if rights.requests.isEmpty {
            buffer.put(r.noRequests(lang), x: 2, y: listTop, role: .muted, maxWidth: width)
            return
        }
        let today = CalendarDate(state.now, timeZone: state.timeZone)
        let page = listRows(buffer.height)
        for (n, i) in person.rightsCursor.visible(count: rights.requests.count, page: page).enumerated() {
            let q = rights.requests[i]
            let text = PersonRightsTabText.requestLine.format(lang, [
                "id": String(q.id), "kind": q.kind.label(lang), "received": q.receivedOn.iso, "due": q.dueOn.iso,
                "standing": q.standing(on: today)(lang)])
            let overdue = (q.daysLeft(on: today) ?? 0) < 0 || q.answeredInTime == false
            let selected = i == person.rightsCursor.selected
            buffer.put(TextWidth.truncate((selected ? "› " : "  ") + text, to: width), x: 2, y: listTop + n,
                       role: selected ? .selection : overdue ? .overdue : q.isPending ? .normal : .muted)
        }
    }
}
