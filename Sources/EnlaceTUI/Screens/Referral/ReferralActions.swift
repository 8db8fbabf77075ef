import Foundation
import EnlaceCore
import EnlaceStore

/// The workflow steps of a referral on its screen (accept, decline, schedule, reschedule,
/// complete, no-show, cancel), the dialogs that ask for what each step needs, and the slip.
extension ReferralScreen {
    /// Runs one store step on the referral on screen. On success the message says what
    /// happened and the referral is read again; on failure the message says why and `retry`
    /// (the last dialog, with what was typed) opens again.
    static func step(_ state: inout AppState, _ event: ReferralEvent, name: String, retry: DialogState? = nil,
                     _ work: @escaping @Sendable (DeskContext, Int64, Int) throws -> LocalizedText?) -> [Effect] {
        guard let referral = state.referral.referral, let id = Int64(referral.id) else { return [] }
        let version = referral.version
        return [.run(name, failure: { error in
            StateChange { state in
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
                if (error as? StoreError) == .conflict { state.say(S.conflictReloaded.text, .warning) }
                if var dialog = retry {
                    dialog.problem = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
                    state.overlay = .dialog(dialog)
                }
                return [load(id, openDraftForm: false)]
            }
        }) { ctx in
            let message = try work(ctx, id, version)
            return StateChange { state in
                if let message { state.say(message, .success) }
                return [load(id, openDraftForm: false)]
            }
        }]
    }

    /// The next follow-up the store created for this referral (a decline or a no-show), in words.
    static func followUpWords(_ ctx: DeskContext, caseId: String, referralId: Int64, _ timeZone: TimeZone) -> LocalizedText {
        let followUp = (try? ctx.desk.followUps(caseId: Int64(caseId) ?? 0, by: ctx.user))?
            .filter { $0.referralId == String(referralId) && $0.status.isOpen }
            .max { $0.due < $1.due }
        guard let due = followUp?.due else { return .plain("—") }
        return ReferralForm.wordsWithTime(due, timeZone)
    }

    static func accept(_ state: inout AppState) -> [Effect] {
        let partner = state.referral.detail?.partnerName ?? ""
        return step(&state, .accept, name: "referral.accept") { ctx, id, version in
            _ = try ctx.desk.acceptReferral(id: id, by: ctx.user, version: version)
            return S.accepted.text.filling(["partner": .plain(partner)])
        }
    }

    static func decline(_ state: inout AppState) -> [Effect] {
        let tz = state.timeZone
        state.overlay = .dialog(reasonDialog(title: S.declineTitle.text, message: S.declineQuestion.text, text: "") { state, reason, dialog in
            step(&state, .decline, name: "referral.decline", retry: dialog) { ctx, id, version in
                let referral = try ctx.desk.declineReferral(id: id, reason: reason, by: ctx.user, version: version)
                return S.declined.text.filling(["date": followUpWords(ctx, caseId: referral.caseId, referralId: id, tz)])
            }
        })
        return []
    }

    static func cancel(_ state: inout AppState) -> [Effect] {
        state.overlay = .dialog(reasonDialog(title: S.cancelTitle.text, message: S.cancelQuestion.text, text: "") { state, reason, dialog in
            step(&state, .cancel, name: "referral.cancel", retry: dialog) { ctx, id, version in
                _ = try ctx.desk.cancelReferral(id: id, reason: reason, by: ctx.user, version: version)
                return S.cancelled.text
            }
        })
        return []
    }

    static func noShow(_ state: inout AppState) -> [Effect] {
        let tz = state.timeZone
        state.overlay = .dialog(DialogState(title: S.noShowTitle.text, message: S.noShowQuestion.text, kind: .confirm) { state, _ in
            step(&state, .markNoShow, name: "referral.noShow") { ctx, id, version in
                let referral = try ctx.desk.markReferralNoShow(id: id, by: ctx.user, version: version)
                return S.noShowDone.text.filling(["date": followUpWords(ctx, caseId: referral.caseId, referralId: id, tz)])
            }
        })
        return []
    }

    /// A one-line reason, required; the action gets the text and the dialog (to open again).
    static func reasonDialog(title: LocalizedText, message: LocalizedText, text: String,
                             _ then: @escaping @Sendable (inout AppState, String, DialogState) -> [Effect]) -> DialogState {
        DialogState(title: title, message: message, kind: .text(TextField(text, maxLength: 500)),
                    requiredProblem: S.reasonRequired.text) { state, answer in
            guard case .text(let reason) = answer else { return [] }
            return then(&state, reason, reasonDialog(title: title, message: message, text: reason, then))
        }
    }

    // MARK: - Appointment: date, then time, then place

    static func schedule(_ state: inout AppState) -> [Effect] {
        appointment(&state, .schedule)
    }

    static func reschedule(_ state: inout AppState) -> [Effect] {
        appointment(&state, .reschedule)
    }

    static func appointment(_ state: inout AppState, _ event: ReferralEvent) -> [Effect] {
        let old = state.referral.referral?.appointment
        let tz = state.timeZone
        let values = AppointmentTyping(
            date: old.map { ReferralForm.dateText($0.at, tz) } ?? "",
            time: old.map { appointment -> String in
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = tz
                let parts = calendar.dateComponents([.hour, .minute], from: appointment.at)
                return ClockTime.text((parts.hour ?? 0) * 60 + (parts.minute ?? 0))
            } ?? "",
            place: old?.place ?? "")
        state.overlay = .dialog(appointmentDateDialog(event, values, problem: nil))
        return []
    }

    /// What was typed in the appointment dialogs so far: kept when one of them is refused.
    struct AppointmentTyping: Sendable {
        var date: String
        var time: String
        var place: String
    }

    static func appointmentDateDialog(_ event: ReferralEvent, _ typed: AppointmentTyping, problem: LocalizedText?) -> DialogState {
        var dialog = DialogState(title: S.appointmentDateTitle.text, message: S.appointmentDateQuestion.text,
                                 kind: .text(TextField(typed.date, maxLength: 40)),
                                 requiredProblem: S.appointmentDateRequired.text) { state, answer in
            guard case .text(let text) = answer else { return [] }
            var typed = typed
            typed.date = text
            switch DateInput.parse(text, today: CalendarDate(state.now)) {
            case .failure(let p):
                state.overlay = .dialog(appointmentDateDialog(event, typed, problem: LocalizedText(es: p.message(.es), en: p.message(.en))))
            case .success(let parsed):
                state.overlay = .dialog(appointmentTimeDialog(event, typed, day: parsed.date, problem: nil))
            }
            return []
        }
        dialog.problem = problem
        return dialog
    }

    static func appointmentTimeDialog(_ event: ReferralEvent, _ typed: AppointmentTyping, day: CalendarDate,
                                      problem: LocalizedText?) -> DialogState {
        let dayWords = LocalizedText(es: DateInput.words(day, .es), en: DateInput.words(day, .en))
        var dialog = DialogState(title: S.appointmentTimeTitle.text,
                                 message: S.appointmentTimeQuestion.text.filling(["date": dayWords]),
                                 kind: .text(TextField(typed.time, maxLength: 16)),
                                 requiredProblem: S.appointmentTimeRequired.text) { state, answer in
            guard case .text(let text) = answer else { return [] }
            var typed = typed
            typed.time = text
            guard let minute = ClockTime.parse(text) else {
                state.overlay = .dialog(appointmentTimeDialog(event, typed, day: day,
                                                              problem: S.timeBad.text.filling(["text": .plain(text)])))
                return []
            }
            state.overlay = .dialog(appointmentPlaceDialog(event, typed, day: day, minute: minute))
            return []
        }
        dialog.problem = problem
        return dialog
    }

    static func appointmentPlaceDialog(_ event: ReferralEvent, _ typed: AppointmentTyping, day: CalendarDate,
                                       minute: Int) -> DialogState {
        DialogState(title: S.appointmentPlaceTitle.text, message: S.appointmentPlaceQuestion.text,
                    kind: .text(TextField(typed.place, maxLength: 200))) { state, answer in
            guard case .text(let place) = answer,
                  let at = ReferralForm.at(day, minute: minute, state.timeZone) else { return [] }
            var typed = typed
            typed.place = place
            let appointment = Appointment(at: at, place: place.isEmpty ? nil : place)
            let when = ReferralForm.wordsWithTime(at, state.timeZone)
            let retry = appointmentPlaceDialog(event, typed, day: day, minute: minute)
            return step(&state, event, name: event == .schedule ? "referral.schedule" : "referral.reschedule",
                        retry: retry) { ctx, id, version in
                if event == .schedule {
                    _ = try ctx.desk.scheduleReferral(id: id, appointment: appointment, by: ctx.user, version: version)
                } else {
                    _ = try ctx.desk.rescheduleReferral(id: id, appointment: appointment, by: ctx.user, version: version)
                }
                return S.scheduled.text.filling(["when": when])
            }
        }
    }

    // MARK: - Complete with an outcome and a note

    static func complete(_ state: inout AppState) -> [Effect] {
        let choices = ReferralOutcome.allCases.map { Choice($0.rawValue, $0.label.text) }
        state.overlay = .dialog(DialogState(title: S.outcomeTitle.text, kind: .choice(choices, ListCursor())) { state, answer in
            guard case .choice(let choice) = answer, let outcome = ReferralOutcome(rawValue: choice.id) else { return [] }
            state.overlay = .dialog(outcomeNoteDialog(outcome, text: ""))
            return []
        })
        return []
    }

    static func outcomeNoteDialog(_ outcome: ReferralOutcome, text: String) -> DialogState {
        DialogState(title: S.outcomeNoteTitle.text,
                    message: S.outcomeNoteQuestion.text.filling(["outcome": outcome.label.text]),
                    kind: .text(TextField(text, maxLength: 500))) { state, answer in
            guard case .text(let note) = answer else { return [] }
            return step(&state, .complete, name: "referral.complete", retry: outcomeNoteDialog(outcome, text: note)) { ctx, id, version in
                _ = try ctx.desk.completeReferral(id: id, outcome: outcome, note: note.isEmpty ? nil : note,
                                                  by: ctx.user, version: version)
                return S.completed.text.filling(["outcome": outcome.label.text])
            }
        }
    }

    // MARK: - Checklist

    /// Space on a document of the view: ticks or unticks it in the store.
    static func toggleDocument(_ state: inout AppState) -> [Effect] {
        guard let referral = state.referral.referral, let id = Int64(referral.id),
              referral.checklist.indices.contains(state.referral.checklistCursor) else { return [] }
        if let (lines, rows, top) = ReferralView.viewport(state) {
            // A document scrolled out of sight is brought into view first, not ticked unseen.
            if let line = lines.firstIndex(where: { $0.document == state.referral.checklistCursor }),
               line < top || line >= top + rows {
                return moveDocument(&state, by: 0)
            }
        }
        let item = referral.checklist[state.referral.checklistCursor]
        let version = referral.version
        return [.run("referral.checklist", failure: { error in
            StateChange { state in
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
                if (error as? StoreError) == .conflict { state.say(S.conflictReloaded.text, .warning) }
                return [load(id, openDraftForm: false)]
            }
        }) { ctx in
            _ = try ctx.desk.setChecklistItem(referralId: id, item: item.key, done: !item.done, by: ctx.user, version: version)
            return StateChange { _ in [load(id, openDraftForm: false)] }
        }]
    }

    /// ↑↓: the previous or next document. When the one under the cursor is scrolled out of
    /// sight, the first key brings it into view instead of moving.
    static func moveDocument(_ state: inout AppState, by delta: Int) -> [Effect] {
        guard let (lines, rows, top) = ReferralView.viewport(state) else { return [] }
        let count = state.referral.referral?.checklist.count ?? 0
        func line(_ document: Int) -> Int? { lines.firstIndex { $0.document == document } }
        if let current = line(state.referral.checklistCursor), current >= top, current < top + rows {
            state.referral.checklistCursor = min(max(0, state.referral.checklistCursor + delta), max(0, count - 1))
        }
        guard let target = line(state.referral.checklistCursor) else {
            return scroll(&state, by: delta)
        }
        var scroll = top
        if target < scroll { scroll = target }
        if target >= scroll + rows { scroll = target - rows + 1 }
        state.referral.scroll = scroll
        return []
    }

    /// PgUp/PgDn: the referral's lines by a page (or `delta` lines).
    static func scroll(_ state: inout AppState, by delta: Int) -> [Effect] {
        guard let (lines, rows, top) = ReferralView.viewport(state) else { return [] }
        state.referral.scroll = min(max(0, top + delta), max(0, lines.count - rows))
        return []
    }

    // MARK: - Slip

    /// Writes the bilingual slip to `canalizacion-<case number>-<id>.txt` (mode 0600) in the
    /// output folder; the message line shows where.
    static func writeSlip(_ state: inout AppState) -> [Effect] {
        guard let detail = state.referral.detail, let id = Int64(detail.referral.id) else { return [] }
        let language = state.language
        let number = detail.caseNumber
        return [.run("referral.slip") { ctx in
            let text = try ctx.desk.referralSlip(id: id, language: language, by: ctx.user)
            let url = ctx.outputDirectory.appendingPathComponent("canalizacion-\(number)-\(id).txt")
            do {
                try PrivateFile.write(text, to: url)
            } catch {
                let reason = (error as? PrivateFile.Failure).map { String(cString: strerror($0.errno)) } ?? "\(error)"
                return StateChange { state in
                    state.message = StatusMessage(S.slipNotWritten.format(state.language, ["path": url.path, "reason": reason]),
                                                  role: .error)
                    return []
                }
            }
            return StateChange { state in
                state.say(S.slipWritten.text.filling(["file": .plain(url.lastPathComponent),
                                                      "folder": .plain(url.deletingLastPathComponent().path)]), .success)
                return []
            }
        }]
    }
}
