import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the referral screen: the kind chooser, the form, or a referral's header, fields,
/// checklist and the actions the workflow allows now.
enum ReferralView {
    typealias S = ReferralScreenText

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let r = state.referral
        let lang = state.language
        let w = buffer.width, h = buffer.height
        let x0 = 2, width = w - 4
        // Row 1: what this is, for which case and person.
        var title: [String] = [r.mode == .view ? S.titleExisting(lang) : S.titleNew(lang)]
        if r.mode != .view, r.draft != nil { title[0] = r.draft!.status.label(lang) + " · " + S.titleExisting(lang) }
        if let kind = r.kind ?? r.referral?.kind { title.append(kind.label(lang)) }
        if let number = r.caseNumber { title.append(number) }
        if let person = r.personName { title.append(person) }
        var titleWidth = width
        if r.mode == .view, let referral = r.referral {
            let status = referral.status.label(lang)
            let sw = TextWidth.columns(of: status)
            buffer.put(status, x: w - 2 - sw, y: 1, role: statusRole(referral, state.now))
            titleWidth -= sw + 2
        }
        buffer.put(TextWidth.truncate(title.joined(separator: " · "), to: titleWidth), x: x0, y: 1, role: .header)

        switch r.mode {
        case .choosingKind: drawKinds(state, into: &buffer)
        case .form:
            let labelWidth = min(32, max(18, width * 2 / 5))
            FormView.draw(r.form, in: Rect(x: x0, y: 3, width: width, height: h - 6), labelWidth: labelWidth,
                          language: lang, into: &buffer, active: state.overlay.isNone)
            buffer.put(S.formHint(lang), x: x0, y: h - 3, role: .muted, maxWidth: width)
        case .view: drawReferral(state, into: &buffer)
        }
    }

    static func statusRole(_ referral: Referral, _ now: Date) -> StyleRole {
        if referral.isAwaitingResponse(at: now) { return .overdue }
        switch referral.status {
        case .declined, .noShow, .cancelled: return .warning
        case .completed: return .success
        default: return .focus
        }
    }

    static func drawKinds(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        buffer.put(S.chooseKind(lang), x: 2, y: 3, role: .normal, maxWidth: buffer.width - 4)
        let hints: [ReferralKind: S] = [.telemedicine: .kindHintTelemedicine, .legalAid: .kindHintLegalAid,
                                        .funeralAssistance: .kindHintFuneral, .consularOrientation: .kindHintConsular]
        for (i, kind) in ReferralKind.allCases.enumerated() {
            let y = 5 + i * 2
            let selected = i == state.referral.kindCursor.selected
            let line = TextWidth.pad("  \(i + 1)  \(kind.label(lang))", to: 27)
            buffer.put(line, x: 2, y: y, role: selected ? .selection : .normal)
            buffer.put(hints[kind]!(lang), x: 30, y: y, role: selected ? .selection : .muted, maxWidth: buffer.width - 32)
            if selected { buffer.paint(Rect(x: 2, y: y, width: buffer.width - 4, height: 1), role: .selection) }
        }
        buffer.put(S.chooseKindHint(lang), x: 2, y: 5 + ReferralKind.allCases.count * 2, role: .muted, maxWidth: buffer.width - 4)
    }

    /// One drawn line of a referral: its text, its role, and the checklist item it shows.
    struct Line {
        var text: String
        var role: StyleRole
        var document: Int? = nil
    }

    static func drawReferral(_ state: AppState, into buffer: inout ScreenBuffer) {
        let w = buffer.width, h = buffer.height
        guard state.referral.detail != nil else {
            buffer.put(S.loading(state.language), x: 2, y: 3, role: .muted)
            return
        }
        guard let (lines, rows, first) = viewport(state) else { return }
        let top = 2
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            let selected = line.document != nil && line.document == state.referral.checklistCursor
            buffer.put(line.text, x: 2, y: top + i, role: selected ? .selection : line.role, maxWidth: w - 6)
            if selected { buffer.paint(Rect(x: 2, y: top + i, width: w - 4, height: 1), role: .selection) }
        }
        // More above or below: PgUp/PgDn (or ↑↓ to the documents) show it.
        if first > 0 { buffer.put("↑", x: w - 3, y: top, role: .key) }
        if first + rows < lines.count { buffer.put("↓", x: w - 3, y: top + rows - 1, role: .key) }
        drawActions(state, y: h - 4, into: &buffer)
    }

    /// Rows of the scrolling part of a referral's view (the actions take two rows under it).
    static func bodyRows(height: Int) -> Int { max(1, height - 6) }

    /// The referral's lines, how many show, and the first shown.
    static func viewport(_ state: AppState) -> (lines: [Line], rows: Int, top: Int)? {
        guard let detail = state.referral.detail else { return nil }
        let lines = bodyLines(state, detail, width: state.width - 6)
        let rows = bodyRows(height: state.height)
        return (lines, rows, min(state.referral.scroll, max(0, lines.count - rows)))
    }

    /// Allowed steps with their keys on one row; refused ones with the reason on the next.
    static func drawActions(_ state: AppState, y: Int, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let registry = CommandRegistry.standard
        var x = 2
        x += buffer.put(S.viewActions(lang) + ":", x: x, y: y, role: .header)
        var refused: [String] = []
        for action in state.referral.actions {
            guard let id = commandID(action.event), let command = registry.command(id) else { continue }
            let key = command.keys.first?.display(lang) ?? ""
            if let reason = action.refusal {
                refused.append("\(command.label(lang)): \(reason(lang))")
                continue
            }
            x += buffer.put(" " + key, x: x, y: y, role: .key, maxWidth: buffer.width - 2 - x)
            x += buffer.put(" " + command.label(lang), x: x, y: y, role: .normal, maxWidth: buffer.width - 2 - x)
        }
        if let slip = registry.command(.referralSlip) {
            x += buffer.put(" " + (slip.keys.first?.display(lang) ?? ""), x: x, y: y, role: .key, maxWidth: buffer.width - 2 - x)
            buffer.put(" " + slip.label(lang), x: x, y: y, role: .normal, maxWidth: buffer.width - 2 - x)
        }
        if !refused.isEmpty {
            buffer.put(S.viewUnavailable(lang) + " — " + refused.joined(separator: " · "), x: 2, y: y + 1,
                       role: .muted, maxWidth: buffer.width - 4)
        }
    }

    static func commandID(_ event: ReferralEvent) -> CommandID? {
        switch event {
        case .send: return .referralSend
        case .accept: return .referralAccept
        case .decline: return .referralDecline
        case .schedule: return .referralSchedule
        case .reschedule: return .referralReschedule
        case .complete: return .referralComplete
        case .markNoShow: return .referralNoShow
        case .cancel: return .referralCancel
        }
    }

    static func bodyLines(_ state: AppState, _ detail: ReferralDetailView, width: Int) -> [Line] {
        let lang = state.language
        let tz = state.timeZone
        let referral = detail.referral
        var lines: [Line] = []
        func add(_ label: String, _ value: String, _ role: StyleRole = .normal) {
            guard !value.isEmpty else { return }
            for (i, piece) in TextWidth.wrap("\(label): \(value)", width: width).enumerated() {
                lines.append(Line(text: i == 0 ? piece : "  " + piece, role: role))
            }
        }
        if let partner = state.referral.partner {
            add(S.viewPartner(lang), partner.name)
            let address = partner.address ?? [partner.city, partner.state].compactMap { $0 }.joined(separator: ", ")
            add(S.viewAddress(lang), address)
            if let phone = partner.phone { add(S.viewPhone(lang), PhoneNumber(e164: phone)?.localFormat ?? phone) }
        } else {
            add(S.viewPartner(lang), detail.partnerName ?? "—")
        }
        if let due = referral.responseDueDate {
            let overdue = referral.isAwaitingResponse(at: state.now)
            add(S.viewDue(lang), ReferralForm.words(due, tz)(lang) + (overdue ? " " + S.viewDueOverdue(lang) : ""),
                overdue ? .overdue : .normal)
        }
        if let appointment = referral.appointment {
            add(S.viewAppointment(lang), ReferralForm.wordsWithTime(appointment.at, tz)(lang)
                + (appointment.place.map { " · \($0)" } ?? ""))
        } else if referral.status != .draft {
            add(S.viewAppointment(lang), S.viewNoAppointment(lang), .muted)
        }
        if let outcome = referral.outcome {
            add(S.viewOutcome(lang), outcome.label(lang) + (referral.outcomeNote.map { " — \($0)" } ?? ""), .success)
        }
        if let reason = detail.closingReason { add(S.viewClosingReason(lang), reason, .warning) }
        add(S.viewReason(lang), referral.reason)
        add(S.viewUrgency(lang), referral.urgency.label(lang), referral.urgency == .urgent ? .urgent : .normal)
        add(S.viewConsent(lang), referral.consentToShare ? S.yes(lang) : S.no(lang), referral.consentToShare ? .normal : .warning)
        for (label, value) in kindValues(referral.details, lang, tz) { add(label, value) }
        lines.append(Line(text: S.viewDocuments(lang) + ":", role: .header))
        if referral.checklist.isEmpty { lines.append(Line(text: "  " + S.viewNoDocuments(lang), role: .muted)) }
        for (i, item) in referral.checklist.enumerated() {
            lines.append(Line(text: "  [\(item.done ? "x" : " ")] \(item.text(lang))", role: item.done ? .normal : .normal, document: i))
        }
        return lines
    }

    /// The kind's fields that have a value, as label and words.
    static func kindValues(_ details: ReferralDetails, _ lang: Language, _ tz: TimeZone) -> [(String, String)] {
        let t = ReferralText.self
        func day(_ d: Date?) -> String { d.map { ReferralForm.words($0, tz)(lang) } ?? "" }
        switch details {
        case .telemedicine(let d):
            var availability = d.availability.map(ReferralForm.availabilityText) ?? ""
            if d.availability?.weekdaysOnly == true { availability += " (\(S.viewAvailabilityWeekdays(lang)))" }
            return [(t.fieldSymptoms(lang), d.symptoms ?? ""), (t.fieldPreferredLanguage(lang), d.preferredLanguage?.label(lang) ?? ""),
                    (t.fieldModality(lang), d.modality?.label(lang) ?? ""), (t.fieldAvailability(lang), availability),
                    (t.fieldInsurance(lang), d.insurance?.label(lang) ?? "")]
        case .legalAid(let d):
            return [(t.fieldMatter(lang), d.matter?.label(lang) ?? ""), (S.deadline(lang), day(d.deadline)),
                    (S.courtDate(lang), day(d.courtDate)), (S.detained(lang), d.detained ? S.yes(lang) : ""),
                    (t.fieldDetentionFacility(lang), d.detentionFacility ?? ""),
                    // The A-number is sensitive: shown as given only by its last digits.
                    (S.aNumber(lang), d.aNumber.map { "…" + String($0.suffix(3)) } ?? "")]
        case .funeralAssistance(let d):
            let kin = d.nextOfKin.map { kin in
                [kin.name, kin.relationship, kin.phone.map { PhoneNumber(e164: $0)?.localFormat ?? $0 }]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
            } ?? ""
            let destination = d.repatriation.map { origin in
                [MexicanState(inegiCode: origin.stateCode)?.commonName ?? origin.stateCode, origin.municipality]
                    .compactMap { $0 }.joined(separator: ", ")
            } ?? ""
            return [(t.fieldDeceasedName(lang), d.deceasedName ?? ""), (t.fieldDateOfDeath(lang), day(d.dateOfDeath)),
                    (t.fieldPlaceOfDeath(lang), d.placeOfDeath ?? ""),
                    (t.fieldBodyLocation(lang), [d.bodyLocation?.label(lang), d.bodyLocationName].compactMap { $0 }.joined(separator: " · ")),
                    (t.fieldDisposition(lang), d.disposition?.label(lang) ?? ""), (S.viewNextOfKin(lang), kin),
                    (t.fieldFuneralHome(lang), d.funeralHome ?? ""), (S.consulateNotified(lang), day(d.consulateNotifiedOn)),
                    (S.viewSupport(lang), d.supportRequested.map { $0.label(lang) }.joined(separator: ", ")),
                    (S.viewRepatriation(lang), destination)]
        case .consularOrientation(let d):
            return [(t.fieldProcedure(lang), d.procedure?.label(lang) ?? ""), (t.fieldConsulate(lang), d.consulate ?? ""),
                    (t.fieldAppointmentDate(lang), day(d.appointmentDate))]
        }
    }
}
