import Foundation
import EnlaceCore
import EnlaceStore

/// Scheduling a follow-up: one dialog in three steps (the date, the channel, a one-line note),
/// the same from the case screen and from the follow-ups screen. What was typed comes back
/// with the reason when a date will not do or the store refuses.
struct FollowUpDialog: Sendable {
    let caseId: Int64
    let caseNumber: String
    let personName: String
    /// What the screen does after the store answered (saved or not): read its case or list again.
    let reload: @Sendable (inout AppState) -> [Effect]

    /// When a new follow-up is due, the one rule of both screens. Nothing typed: 10:00 on the
    /// next working day, as the store dates the follow-ups it creates
    /// (`WorkingDays.nextWorkingMorning`: weekends and holidays skipped). A day typed: 10:00
    /// that day; today after 10:00, the next full hour, so it is still today's and not
    /// overdue at once (after 23:00, 23:59).
    static func due(_ day: CalendarDate?, now: Date, timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let day else { return WorkingDays.nextWorkingMorning(after: now, calendar: calendar) }
        let ten = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 10))!
        guard ten <= now else { return ten }
        let hour = calendar.component(.hour, from: now)
        let next = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                      hour: min(23, hour + 1), minute: hour >= 23 ? 59 : 0))!
        return max(next, now)
    }

    static func words(_ day: CalendarDate) -> LocalizedText {
        LocalizedText(es: DateInput.words(day, .es), en: DateInput.words(day, .en))
    }

    /// Step 1: the date. Enter with nothing typed takes the next working day.
    func date(_ state: AppState, typed: String = "", channel: FollowUpChannel? = nil, note: String = "",
              problem: LocalizedText? = nil) -> DialogState {
        let fallback = CalendarDate(Self.due(nil, now: state.now, timeZone: state.timeZone), timeZone: state.timeZone)
        var dialog = DialogState(
            title: FollowUpsText.scheduleDateTitle.text,
            message: FollowUpsText.scheduleDateMessage.text.filling(["case": .plain(caseNumber), "person": .plain(personName),
                                                                     "default": Self.words(fallback)]),
            kind: .text(TextField(typed, maxLength: DateInput.maxInputLength))) { state, answer in
            guard case .text(let text) = answer else { return [] }
            let today = CalendarDate(state.now, timeZone: state.timeZone)
            var day: CalendarDate?
            if !text.isEmpty {
                switch DateInput.parse(text, today: today) {
                case .failure(let p):
                    state.overlay = .dialog(date(state, typed: text, channel: channel, note: note,
                                                 problem: LocalizedText(es: p.message(.es), en: p.message(.en))))
                    return []
                case .success(let parsed) where parsed.date < today:
                    state.overlay = .dialog(date(state, typed: text, channel: channel, note: note,
                                                 problem: FollowUpsText.dateInPast.text.filling(["date": Self.words(parsed.date)])))
                    return []
                case .success(let parsed): day = parsed.date
                }
            }
            let due = Self.due(day, now: state.now, timeZone: state.timeZone)
            state.overlay = .dialog(self.channel(due, state, chosen: channel, note: note))
            return []
        }
        dialog.problem = problem
        return dialog
    }

    /// Step 2: the channel (the one chosen before, when the dialog comes back).
    func channel(_ due: Date, _ state: AppState, chosen: FollowUpChannel?, note: String) -> DialogState {
        let options = FollowUpChannel.allCases.map { Choice($0.rawValue, $0.label.text) }
        var cursor = ListCursor()
        cursor.selected = chosen.flatMap { FollowUpChannel.allCases.firstIndex(of: $0) } ?? 0
        let day = Self.words(CalendarDate(due, timeZone: state.timeZone))
        return DialogState(title: FollowUpsText.scheduleChannelTitle.text,
                           message: FollowUpsText.scheduleChannelMessage.text.filling(["date": day]),
                           kind: .choice(options, cursor)) { state, answer in
            guard case .choice(let c) = answer, let channel = FollowUpChannel(rawValue: c.id) else { return [] }
            state.overlay = .dialog(self.note(due, channel, state, typed: note))
            return []
        }
    }

    /// Step 3: the note (optional, one line); Enter or Ctrl-S saves.
    func note(_ due: Date, _ channel: FollowUpChannel, _ state: AppState, typed: String,
              problem: LocalizedText? = nil) -> DialogState {
        let day = Self.words(CalendarDate(due, timeZone: state.timeZone))
        var dialog = DialogState(
            title: FollowUpsText.scheduleNoteTitle.text,
            message: FollowUpsText.scheduleNoteMessage.text.filling(["date": day, "channel": channel.label.text]),
            kind: .text(TextField(typed, maxLength: 2000))) { state, answer in
            guard case .text(let note) = answer else { return [] }
            let caseId = self.caseId
            return [.run("followUp.schedule", failure: { error in
                StateChange { state in
                    let why = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
                    state.overlay = .dialog(self.note(due, channel, state, typed: note, problem: why))
                    return reload(&state)
                }
            }) { ctx in
                _ = try ctx.desk.scheduleFollowUp(caseId: caseId, due: due, channel: channel, note: note, by: ctx.user)
                return StateChange { state in
                    state.say(FollowUpsText.scheduleSaved.text.filling(["date": day]), .success)
                    return reload(&state)
                }
            }]
        }
        dialog.problem = problem
        return dialog
    }
}
