import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the intake: title, the form, and the duplicate candidates beside it (to the right on
/// wide terminals; a one-line strip on 80 columns that opens into a list).
enum IntakeView {
    /// From this width the candidates sit to the right of the form.
    static let wideWidth = 110

    struct Layout {
        var form: Rect
        var panel: Rect?
        var strip: Int?
        var labelWidth: Int
    }

    static func layout(_ state: AppState) -> Layout {
        let w = state.width, h = state.height
        let intake = state.intake
        let wide = w >= wideWidth
        var top = 2
        var strip: Int?
        if intake?.chosen != nil || (!wide && intake?.candidates.isEmpty == false) {
            strip = 2
            top = 3
        }
        let height = max(1, h - 2 - top)
        if wide {
            let panelWidth = min(48, w / 3)
            let panel = Rect(x: w - 2 - panelWidth, y: 2, width: panelWidth, height: h - 4)
            return Layout(form: Rect(x: 2, y: top, width: panel.x - 3, height: height), panel: panel, strip: strip, labelWidth: 26)
        }
        return Layout(form: Rect(x: 2, y: top, width: w - 4, height: height), panel: nil, strip: strip, labelWidth: 22)
    }

    /// The width of the paragraph field (for Up/Down in it).
    static func areaWidth(_ state: AppState) -> Int {
        let l = layout(state)
        return max(4, l.form.maxX - (l.form.x + l.labelWidth + 1))
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let intake = state.intake else { return }
        let lang = state.language
        let l = layout(state)
        var title = intake.chosen == nil ? IntakeText.title(lang) : IntakeText.titleChosen(lang)
        if let run = state.eventRun {
            // The counters matter more than the event's whole name: the name gives way.
            let room = buffer.width - 8 - TextWidth.columns(of: EventMode.counters(run, lang))
            title = TextWidth.truncate(EventModeText.title.format(lang, ["event": run.name]), to: max(10, room))
        }
        let used = buffer.put(title, x: 2, y: 1, role: .header, maxWidth: buffer.width - 4)
        // Right of the title: the keys that matter here (the footer is full of global ones at
        // 80 columns), then when the draft was last kept; in event mode, the counters.
        var right = state.eventRun.map { EventMode.counters($0, lang) } ?? IntakeText.keysHint(lang)
        if let at = intake.draftSavedAt, !intake.draftBehind {
            right = IntakeText.draftSaved.format(lang, ["time": Chrome.clock(at, state.timeZone)]) + " · " + right
        }
        if TextWidth.columns(of: right) > buffer.width - 8 - used {
            right = state.eventRun.map { EventMode.counters($0, lang) } ?? IntakeText.keysHint(lang)
        }
        let x = buffer.width - 2 - TextWidth.columns(of: right)
        if x > used + 4 { buffer.put(right, x: x, y: 1, role: .muted) }
        if let y = l.strip {
            if let chosen = intake.chosen {
                let banner = IntakeText.chosenBanner.format(lang, ["name": chosen.listName, "born": born(chosen, lang)])
                let width = buffer.put(banner, x: 2, y: y, role: .success, maxWidth: buffer.width - 4)
                let hint = "  " + IntakeText.chosenUndoHint(lang)
                if 2 + width + TextWidth.columns(of: hint) <= buffer.width - 2 {
                    buffer.put(hint, x: 2 + width, y: y, role: .muted, maxWidth: max(0, buffer.width - 4 - width))
                }
            } else if intake.panelFocused {
                buffer.put(IntakeText.candidatesStripFocused(lang), x: 2, y: y, role: .focus, maxWidth: buffer.width - 4)
            } else {
                let n = intake.candidates.count
                let text = "⚠ " + (n == 1 ? IntakeText.candidateStrip(lang) : IntakeText.candidatesStrip.format(lang, ["n": String(n)]))
                buffer.put(text, x: 2, y: y, role: .warning, maxWidth: buffer.width - 4)
            }
        }
        if let panel = l.panel {
            FormView.draw(intake.form, in: l.form, labelWidth: l.labelWidth, language: lang, into: &buffer,
                          active: !intake.panelFocused)
            drawPanel(intake, in: panel, language: lang, into: &buffer)
        } else if intake.panelFocused {
            drawList(intake, in: l.form, language: lang, into: &buffer)
        } else {
            FormView.draw(intake.form, in: l.form, labelWidth: l.labelWidth, language: lang, into: &buffer)
        }
    }

    static func born(_ c: IntakeCandidate, _ lang: Language) -> String {
        guard let iso = c.birthDate, let date = CalendarDate(iso: iso) else { return IntakeText.birthUnknown(lang) }
        return IntakeText.bornOn.format(lang, ["date": DateInput.words(date, lang)])
    }

    /// The boxed panel on wide terminals.
    static func drawPanel(_ intake: IntakeState, in rect: Rect, language lang: Language, into buffer: inout ScreenBuffer) {
        if intake.candidates.isEmpty || intake.chosen != nil { return }
        buffer.box(rect, role: intake.panelFocused ? .focus : .border,
                   title: IntakeText.candidatesTitle.format(lang, ["n": String(intake.candidates.count)]),
                   titleRole: .warning)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 3)
        drawCandidates(intake, in: inner, language: lang, into: &buffer)
        let hint = intake.panelFocused ? IntakeText.panelHint(lang) : IntakeText.panelHintShort(lang)
        buffer.put(hint, x: inner.x, y: rect.maxY - 2, role: .muted, maxWidth: inner.width)
    }

    /// The list in place of the form on narrow terminals (Alt-D).
    static func drawList(_ intake: IntakeState, in rect: Rect, language lang: Language, into buffer: inout ScreenBuffer) {
        drawCandidates(intake, in: rect, language: lang, into: &buffer)
    }

    /// Each candidate: name, birth date, then why it matched, one reason a line (wrapped).
    static func drawCandidates(_ intake: IntakeState, in rect: Rect, language lang: Language, into buffer: inout ScreenBuffer) {
        let blocks = intake.candidates.map { c -> [String] in
            var lines = [c.listName, "  " + born(c, lang)]
            for reason in c.reasons {
                let wrapped = TextWidth.wrap(reason.label(lang), width: max(1, rect.width - 4))
                lines += wrapped.enumerated().map { ($0.offset == 0 ? "  · " : "    ") + $0.element }
            }
            return lines
        }
        // Keep the selected candidate in view: start from it when the ones above do not fit.
        var first = 0
        while first < intake.panelSelected,
              blocks[first...intake.panelSelected].map { $0.count + 1 }.reduce(0, +) > rect.height { first += 1 }
        var y = rect.y
        for (i, lines) in blocks.enumerated().dropFirst(first) {
            guard y < rect.maxY else { break }
            let selected = intake.panelFocused && i == intake.panelSelected
            for (n, line) in lines.enumerated() where y < rect.maxY {
                if n == 0 {
                    buffer.put(TextWidth.pad(TextWidth.truncate(line, to: rect.width), to: rect.width), x: rect.x, y: y,
                               role: selected ? .selection : .normal)
                } else {
                    buffer.put(line, x: rect.x, y: y, role: n == 1 ? .muted : .warning, maxWidth: rect.width)
                }
                y += 1
            }
            y += 1
        }
    }
}
