import Foundation
import EnlaceCore
import EnlaceStore

/// The follow-ups screen's half of the loop: views, the window, and the actions on the
/// selected follow-up (done, missed, reschedule, a new one for its case), each through a
/// dialog that keeps what was typed when the store says no.
enum FollowUpsScreen {
    /// Rows: 0 frame, 1 title, 2 views, 3 headers, 4... rows, height-2 message line.
    static let firstRow = 4

    static func page(_ state: AppState) -> Int { max(1, state.height - 6) }

    static func enter(_ state: inout AppState) -> [Effect] {
        state.push(.followUps)
        // A supervisor watches the team's follow-ups first (as the home queue counts them).
        if !state.followUps.list.loaded && state.user.role == .supervisor { state.followUps.scope = .team }
        return refresh(&state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        load(&state, state.followUps.list.loaded ? .refresh : .move(.first))
    }

    static func resized(_ state: inout AppState, oldHeight: Int) -> [Effect] {
        guard max(1, oldHeight - 6) != page(state) else { return [] }
        return load(&state, .refresh)
    }

    static func move(_ move: QueueWindowMove) -> CommandAction {
        { state in load(&state, move) }
    }

    /// Another view or scope is another queue: read it from the top.
    static func show(range: FollowUpRange? = nil, scope: FollowUpScope? = nil, _ state: inout AppState) -> [Effect] {
        state.followUps.range = range ?? state.followUps.range
        state.followUps.scope = scope ?? state.followUps.scope
        state.followUps.list = QueueWindow()
        state.followUps.notes = [:]
        return load(&state, .move(.first))
    }

    static func stepView(_ delta: Int) -> CommandAction {
        { state in show(range: TabCommands.stepped(FollowUpsState.ranges, from: state.followUps.range, by: delta), &state) }
    }

    static func toggleScope(_ state: inout AppState) -> [Effect] {
        show(scope: state.followUps.scope == .mine ? .team : .mine, &state)
    }

    static func load(_ state: inout AppState, _ move: QueueWindowMove) -> [Effect] {
        guard let read = state.followUps.list.plan(move, page: page(state)) else { return [] }
        let (scope, range) = (state.followUps.scope, state.followUps.range)
        return [QueueLoad.effect("followUps.window", read, window: \AppState.followUps.list,
                                 page: { page($0) }, failure: refused, fetch: { ctx, after, limit in
            try ctx.desk.followUpsDue(scope: scope, range: range, now: ctx.now, timeZone: ctx.timeZone, by: ctx.user, after: after, limit: limit)
        }, then: { state in [loadNotes(state.followUps.list.rows.map(\.id))] })]
    }

    /// A role without follow-ups (volunteer, admin) gets the reason on screen; other errors go
    /// to the message line.
    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            if case StoreError.notPermitted = error {
                state.followUps.refusal = DeskTask.describe(error, state.language)
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    static func loadNotes(_ ids: [Int64]) -> Effect {
        .run("followUps.notes") { ctx in
            let notes = try ctx.desk.followUpNotes(ids: ids, by: ctx.user)
            return StateChange { state in
                state.followUps.notes = notes
                return []
            }
        }
    }

    static func openCase(_ state: inout AppState) -> [Effect] {
        guard let row = state.followUps.selected else { return [] }
        return ScreenDispatch.open(&state, .caseDetail(caseId: row.caseId))
    }

    static func noSelection(_ state: AppState) -> LocalizedText? {
        state.followUps.selected == nil ? FollowUpsText.noFollowUp.text : nil
    }

    // MARK: done

    static func markDone(_ state: inout AppState) -> [Effect] {
        guard let row = state.followUps.selected else { return [] }
        state.overlay = .dialog(doneDialog(row, text: "", problem: nil))
        return []
    }

    static func doneDialog(_ row: FollowUpQueueItem, text: String, problem: LocalizedText?) -> DialogState {
        var dialog = DialogState(
            title: FollowUpsText.doneTitle.text,
            message: FollowUpsText.doneMessage.text.filling(["person": .plain(row.personName), "case": .plain(row.caseNumber),
                                                            "channel": row.channel.label.text]),
            kind: .text(TextField(text, maxLength: 2000)),
            requiredProblem: FollowUpsText.doneRequired.text) { state, answer in
            guard case .text(let result) = answer else { return [] }
            let version = currentVersion(state, row)
            return [.run("followUps.complete", failure: reopen { doneDialog(row, text: result, problem: $0) }) { ctx in
                _ = try ctx.desk.completeFollowUp(id: row.id, result: result, by: ctx.user, version: version)
                return StateChange { state in
                    state.say(FollowUpsText.doneSaved.text.filling(["person": .plain(row.personName)]), .success)
                    return refresh(&state)
                }
            }]
        }
        dialog.problem = problem
        return dialog
    }

    // MARK: missed, reschedule

    static func markMissed(_ state: inout AppState) -> [Effect] {
        guard let row = state.followUps.selected else { return [] }
        state.overlay = .dialog(dateDialog(row, missed: true, text: "", problem: nil))
        return []
    }

    static func reschedule(_ state: inout AppState) -> [Effect] {
        guard let row = state.followUps.selected else { return [] }
        state.overlay = .dialog(dateDialog(row, missed: false, text: "", problem: nil))
        return []
    }

    /// The new date of a missed or rescheduled follow-up; the time of day stays.
    static func dateDialog(_ row: FollowUpQueueItem, missed: Bool, text: String, problem: LocalizedText?) -> DialogState {
        let words: [String: LocalizedText] = ["person": .plain(row.personName), "case": .plain(row.caseNumber)]
        var dialog = DialogState(
            title: (missed ? FollowUpsText.missTitle : .rescheduleTitle).text,
            message: (missed ? FollowUpsText.missMessage : .rescheduleMessage).text.filling(words),
            kind: .text(TextField(text, maxLength: DateInput.maxInputLength)),
            requiredProblem: (missed ? FollowUpsText.missRequired : .rescheduleRequired).text) { state, answer in
            guard case .text(let typed) = answer else { return [] }
            let again: @Sendable (LocalizedText?) -> DialogState = { dateDialog(row, missed: missed, text: typed, problem: $0) }
            let day: CalendarDate
            switch parseDay(typed, state) {
            case .problem(let problem):
                state.overlay = .dialog(again(problem))
                return []
            case .day(let d): day = d
            }
            let due = at(day, sameTimeAs: row.due, state.timeZone)
            let version = currentVersion(state, row)
            let shown = LocalizedText(es: DateInput.words(day, .es), en: DateInput.words(day, .en))
            if missed {
                return [.run("followUps.miss", failure: reopen(again)) { ctx in
                    _ = try ctx.desk.missFollowUp(id: row.id, reschedule: due, by: ctx.user, version: version)
                    return StateChange { state in
                        state.say(FollowUpsText.missSaved.text.filling(["date": shown]), .success)
                        return refresh(&state)
                    }
                }]
            }
            return [.run("followUps.reschedule", failure: reopen(again)) { ctx in
                try ctx.desk.rescheduleFollowUp(id: row.id, due: due, by: ctx.user, version: version)
                return StateChange { state in
                    state.say(FollowUpsText.rescheduleSaved.text.filling(["date": shown]), .success)
                    return refresh(&state)
                }
            }]
        }
        dialog.problem = problem
        return dialog
    }

    // MARK: a new follow-up

    static func scheduleNew(_ state: inout AppState) -> [Effect] {
        guard let row = state.followUps.selected else { return [] }
        let dialog = FollowUpDialog(caseId: row.caseId, caseNumber: row.caseNumber, personName: row.personName) { state in
            refresh(&state)
        }
        state.overlay = .dialog(dialog.date(state))
        return []
    }

    // MARK: helpers


    /// The store refused: the dialog again with what was typed and why, and the list read
    /// again (a conflict means it changed).
    static func reopen(_ dialog: @escaping @Sendable (LocalizedText?) -> DialogState) -> @Sendable (Error) -> StateChange {
        { error in
            StateChange { state in
                let why = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
                state.overlay = .dialog(dialog(why))
                return refresh(&state)
            }
        }
    }

    /// The version of the follow-up as the list last read it (newer after a refresh).
    static func currentVersion(_ state: AppState, _ row: FollowUpQueueItem) -> Int {
        state.followUps.list.rows.first { $0.id == row.id }?.version ?? row.version
    }

    enum ParsedDay { case day(CalendarDate), problem(LocalizedText) }

    static func parseDay(_ text: String, _ state: AppState) -> ParsedDay {
        let today = CalendarDate(state.now, timeZone: state.timeZone)
        switch DateInput.parse(text, today: today) {
        case .success(let parsed): return .day(parsed.date)
        case .failure(let problem):
            return .problem(LocalizedText(es: problem.message(.es), en: problem.message(.en)))
        }
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// `day` at the time of day of `time`, in the person's time zone.
    static func at(_ day: CalendarDate, sameTimeAs time: Date, _ timeZone: TimeZone) -> Date {
        let cal = calendar(timeZone)
        let parts = cal.dateComponents([.hour, .minute], from: time)
        return at(day, hour: parts.hour ?? 10, minute: parts.minute ?? 0, timeZone)
    }

    static func at(_ day: CalendarDate, hour: Int, minute: Int, _ timeZone: TimeZone) -> Date {
        let cal = calendar(timeZone)
        return cal.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))!
    }
}
