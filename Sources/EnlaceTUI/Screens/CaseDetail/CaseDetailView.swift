import Foundation
import EnlaceCore
import EnlaceStore

/// Where the case detail draws on a screen of a given size. Rows: 1-3 header, 4 titles,
/// 5... the timeline, then the selected entry in full, then the message line and footer.
/// The actions panel is on the right, wider on wide terminals.
struct CaseDetailLayout {
    let width: Int
    let height: Int

    init(_ width: Int, _ height: Int) {
        self.width = width
        self.height = height
    }

    static let timelineTop = 5
    var panelWidth: Int { width >= 120 ? 44 : 24 }
    /// Narrow timelines show the day without the time, and a shorter name.
    var compactTimeline: Bool { timelineWidth < 70 }
    var panelX: Int { width - 2 - panelWidth }
    var timelineX: Int { 2 }
    var timelineWidth: Int { panelX - 1 - timelineX }
    var entryRows: Int { height >= 34 ? 5 : 3 }
    var entryTop: Int { height - 2 - entryRows }
    var timelineRows: Int { max(1, entryTop - 1 - Self.timelineTop) }
}

/// Draws the case: header, timeline with the selected entry in full under it, actions panel.
enum CaseDetailView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let layout = CaseDetailLayout(buffer.width, buffer.height)
        let contentWidth = buffer.width - 4
        guard let detail = state.caseDetail, let header = detail.header else {
            let text = state.caseDetail?.loadError ?? CaseDetailText.loading(lang)
            for (i, line) in TextWidth.wrap(text, width: contentWidth).prefix(3).enumerated() {
                buffer.put(line, x: 2, y: 1 + i, role: state.caseDetail?.loadError == nil ? .muted : .error)
            }
            return
        }
        drawHeader(state, detail, header, width: contentWidth, into: &buffer)
        drawTimeline(state, detail, layout, into: &buffer)
        drawActions(state, layout, into: &buffer)
    }

    /// Writes pieces one after another on a row, each in its role, cut at the right edge.
    static func line(_ pieces: [(String, StyleRole)], y: Int, width: Int, into buffer: inout ScreenBuffer) {
        var x = 2
        for (text, role) in pieces {
            let room = 2 + width - x
            guard room > 0 else { return }
            x += buffer.put(TextWidth.truncate(text, to: room), x: x, y: y, role: role)
        }
    }

    static func drawHeader(_ state: AppState, _ detail: CaseDetailState, _ h: CaseHeader, width: Int,
                           into buffer: inout ScreenBuffer) {
        let lang = state.language
        let sep = (" · ", StyleRole.muted)
        var first: [(String, StyleRole)] = [
            (CaseDetailText.caseNumber.format(lang, ["number": h.number]), .header), sep,
            (detail.person?.fullName ?? h.personName, .title),
        ]
        if let age = detail.person?.age { first += [sep, (age(lang), .normal)] }
        first += [sep, (detail.person?.phone ?? CaseDetailText.noPhone(lang), detail.person?.phone == nil ? .muted : .normal)]
        line(first, y: 1, width: width, into: &buffer)

        var status = h.status.label(lang)
        // The reason's label already says "Espera al consulado" / "Waiting on the consulate".
        if let on = h.waitingOn { status += " (" + on.label(lang) + ")" }
        let priorityRole: StyleRole = h.priority == .urgent ? .urgent : (h.priority == .high ? .warning : .normal)
        line([(CaseDetailText.status(lang) + " ", .muted), (status, .normal), sep,
              (CaseDetailText.priority(lang) + " ", .muted), (h.priority.label(lang), priorityRole), sep,
              (CaseDetailText.area(lang) + " ", .muted), (h.serviceArea.label(lang), .normal)],
             y: 2, width: width, into: &buffer)

        let overdue = detail.hasOverdueFollowUp(now: state.now)
        let age = h.ageInDays == 0 ? CaseDetailText.dayOpen(lang) : CaseDetailText.daysOpen.format(lang, ["n": String(h.ageInDays)])
        var third: [(String, StyleRole)] = [
            (CaseDetailText.caseworker(lang) + " ", .muted),
            (h.caseworkerName ?? CaseDetailText.unassigned(lang), h.caseworkerName == nil ? .muted : .normal), sep,
            (age, overdue ? .overdue : .normal),
        ]
        if overdue { third += [sep, (CaseDetailText.overdueFollowUp(lang), .overdue)] }
        if let outcome = h.outcome { third += [sep, (outcome.label(lang), .normal)] }
        line(third, y: 3, width: width, into: &buffer)
    }

    static func drawTimeline(_ state: AppState, _ detail: CaseDetailState, _ layout: CaseDetailLayout,
                             into buffer: inout ScreenBuffer) {
        let lang = state.language
        let x = layout.timelineX, w = layout.timelineWidth
        buffer.put(CaseDetailText.timelineTitle(lang), x: x, y: 4, role: .header, maxWidth: w)
        let entries = detail.timeline
        if entries.isEmpty {
            buffer.put(CaseDetailText.timelineEmpty(lang), x: x, y: CaseDetailLayout.timelineTop, role: .muted, maxWidth: w)
            return
        }
        for i in detail.cursor.visible(count: entries.count, page: layout.timelineRows) {
            let e = entries[i]
            let y = CaseDetailLayout.timelineTop + i - detail.cursor.top
            let selected = i == detail.cursor.selected
            let when = (layout.compactTimeline ? String(stamp(e.at, state.timeZone).prefix(8)) : stamp(e.at, state.timeZone)) + " "
            let nameWidth = layout.compactTimeline ? 9 : 16
            let who = TextWidth.pad(TextWidth.truncate(e.actorName ?? "—", to: nameWidth), to: nameWidth) + " "
            let role = selected ? StyleRole.selection : entryRole(e, state)
            var cx = x
            cx += buffer.put(when, x: cx, y: y, role: selected ? .selection : .muted)
            cx += buffer.put(who, x: cx, y: y, role: selected ? .selection : .muted)
            let summary = entrySummary(e, state, full: false)
            buffer.put(TextWidth.pad(TextWidth.truncate(summary, to: x + w - cx), to: x + w - cx), x: cx, y: y, role: role)
        }
        // Under the list: more entries, then the selected entry in full.
        let separator = layout.entryTop - 1
        if let last = detail.cursor.visible(count: entries.count, page: layout.timelineRows).last,
           last == entries.count - 1, detail.detail?.hasMoreTimeline == true {
            buffer.put(CaseDetailText.timelineMore(lang), x: x, y: separator, role: .muted, maxWidth: w)
        } else {
            buffer.put(String(repeating: "─", count: w), x: x, y: separator, role: .border)
        }
        if let e = detail.selectedEntry {
            let full = stamp(e.at, state.timeZone) + " · " + (e.actorName ?? "—") + " · " + entrySummary(e, state, full: true)
            let lines = TextWidth.wrap(full, width: w)
            for (n, text) in lines.prefix(layout.entryRows).enumerated() {
                let more = n == layout.entryRows - 1 && lines.count > layout.entryRows
                buffer.put(more ? TextWidth.truncate(text, to: w - 1) + "…" : text, x: x, y: layout.entryTop + n,
                           role: entryRole(e, state), maxWidth: w)
            }
        }
    }

    static func drawActions(_ state: AppState, _ layout: CaseDetailLayout, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let x = layout.panelX, w = layout.panelWidth
        for y in 4..<(layout.height - 2) { buffer.put("│", x: x - 1, y: y, role: .border) }
        buffer.put(CaseDetailText.actionsTitle(lang), x: x + 1, y: 4, role: .header, maxWidth: w - 1)
        var y = 5
        let bottom = layout.height - 2
        let listed = CaseDetailCommands.listed(state)
        for (i, action) in listed.enumerated() where y < bottom {
            let reason = action.command.disabledReason(state)
            let keyText = action.command.keys.first?.display(lang) ?? ""
            let used = buffer.put(keyText, x: x + 1, y: y, role: reason == nil ? .key : .muted)
            buffer.put(" " + action.command.label(lang), x: x + 1 + used, y: y, role: reason == nil ? .normal : .muted,
                       maxWidth: w - 1 - used)
            y += 1
            if let reason, y < bottom {
                // Up to three lines, keeping a row for each action below; a reason cut short
                // ends in "…" (the whole reason is on the message line when the key is pressed).
                let room = max(1, min(3, bottom - y - (listed.count - i - 1)))
                let lines = TextWidth.wrap(reason(lang), width: w - 3)
                var shown = Array(lines.prefix(room))
                if lines.count > room, let last = shown.last {
                    shown[shown.count - 1] = TextWidth.truncate(last + " " + lines[room], to: w - 3)
                }
                for text in shown where y < bottom {
                    buffer.put(text, x: x + 3, y: y, role: .muted, maxWidth: w - 3)
                    y += 1
                }
            }
        }
    }

    /// "21/11/26 14:32", in the desk's time zone.
    static func stamp(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d/%02d/%02d %02d:%02d", p.day ?? 0, p.month ?? 0, (p.year ?? 0) % 100, p.hour ?? 0, p.minute ?? 0)
    }

    static func isOverdue(_ e: TimelineEntry, _ state: AppState) -> Bool {
        e.kind == .followUp && e.to == FollowUpStatus.scheduled.rawValue && e.at < state.now
    }

    static func entryRole(_ e: TimelineEntry, _ state: AppState) -> StyleRole {
        if isOverdue(e, state) { return .overdue }
        return e.kind == .change ? .muted : .normal
    }

    /// What an entry says: a note's text (its first line, or all of it), a change with its
    /// states and reason, a referral's kind and status, a follow-up's channel, status and date.
    static func entrySummary(_ e: TimelineEntry, _ state: AppState, full: Bool) -> String {
        let lang = state.language
        let text = e.text.flatMap { $0.isEmpty ? nil : $0 }
        func body(_ t: String) -> String {
            full ? t : (t.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? "")
        }
        switch e.kind {
        case .note:
            return CaseDetailText.entryNote(lang) + ": " + body(text ?? "")
        case .change:
            var out: String
            switch e.action {
            case "open": out = CaseDetailText.entryOpened(lang)
            case "changePriority": out = CaseDetailText.entryPriority(lang)
            case "reassign": out = CaseDetailText.entryReassigned(lang)
            default: out = e.action.flatMap(CaseEvent.init(rawValue:))?.labelText(lang) ?? e.action ?? ""
            }
            let from = e.from.flatMap(CaseStatus.init(rawValue:))
            let to = e.to.flatMap(CaseStatus.init(rawValue:))
            if let from, let to, from != to {
                out += ": " + from.label(lang) + " → " + to.label(lang)
            } else if let to, from == nil {
                out += ": " + to.label(lang)
            }
            if let text { out += " — " + body(text) }
            return out
        case .referral:
            var out = CaseDetailText.entryReferral(lang) + ": "
                + (e.action.flatMap(ReferralKind.init(rawValue:))?.label(lang) ?? e.action ?? "")
            if let status = e.to.flatMap(ReferralStatus.init(rawValue:)) { out += " · " + status.label(lang) }
            if let text { out += " · " + body(text) }
            return out
        case .followUp:
            var out = CaseDetailText.entryFollowUp(lang) + ": "
                + (e.action.flatMap(FollowUpChannel.init(rawValue:))?.label(lang) ?? e.action ?? "")
            if let status = e.to.flatMap(FollowUpStatus.init(rawValue:)) { out += " · " + status.label(lang) }
            if isOverdue(e, state) { out += " (" + CaseDetailText.followUpOverdue(lang) + ")" }
            if full {
                out += " · " + CaseDetailText.followUpDue.format(lang, ["date": DateInput.words(CalendarDate(e.at, timeZone: state.timeZone), lang)])
            }
            if let text { out += " · " + body(text) }
            return out
        }
    }
}
