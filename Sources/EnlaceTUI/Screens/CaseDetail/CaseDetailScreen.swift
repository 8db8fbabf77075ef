import Foundation
import EnlaceCore
import EnlaceStore

/// The case detail's half of the loop: opening a case, reading it again when another terminal
/// changed it, moving in the timeline, and the actions (each asks what it needs in a dialog,
/// passes the version the person saw, and on a refusal or a conflict comes back with what was
/// typed).
enum CaseDetailScreen {
    /// Reopens an action's dialog after a failed attempt: the case's fresh version and the
    /// problem to show in the dialog, with the typed text the closure kept.
    typealias Reopen = @Sendable (inout AppState, _ version: Int, _ problem: LocalizedText) -> Void

    // MARK: opening and reading

    static func open(_ state: inout AppState, caseId: Int64) -> [Effect] {
        state.push(.caseDetail(CaseDetailState(caseId: caseId)))
        return [load(caseId, audited: true, withPerson: true, timeZone: state.timeZone)]
    }

    /// Another terminal (or Ctrl-R): the same case again, unaudited (the opening read was),
    /// keeping the selected entry and any open dialog.
    static func refresh(_ state: inout AppState) -> [Effect] {
        guard let detail = state.caseDetail else { return [] }
        return [load(detail.caseId, audited: false, withPerson: detail.person == nil && detail.detail == nil,
                     timeZone: state.timeZone, announce: true)]
    }

    /// Back on the case from a screen opened on it (a referral): read it again without saying
    /// "updated by another terminal" — the change, if any, was made here.
    static func returned(_ state: inout AppState) -> [Effect] {
        guard let detail = state.caseDetail else { return [] }
        return [load(detail.caseId, audited: false, withPerson: detail.person == nil && detail.detail == nil,
                     timeZone: state.timeZone)]
    }

    static func resized(_ state: inout AppState) -> [Effect] {
        guard var detail = state.caseDetail else { return [] }
        detail.cursor.clamp(count: detail.timeline.count, page: CaseDetailLayout(state.width, state.height).timelineRows)
        state.caseDetail = detail
        return []
    }

    struct Loaded: Sendable {
        var detail: CaseDetail
        var actions: [CaseAction]
        var person: CasePerson?
    }

    /// The case, its actions, and (with `personIn`, the time zone that says how old the person
    /// is today) the person's age and phone.
    static func read(_ ctx: DeskContext, _ caseId: Int64, audited: Bool, personIn timeZone: TimeZone?) throws -> Loaded {
        let detail = try ctx.desk.caseDetail(id: caseId, timelineLimit: CaseDetailState.timelineLimit,
                                             audited: audited, by: ctx.user)
        let actions = try ctx.desk.availableActions(caseId: caseId, by: ctx.user)
        var person: CasePerson?
        if let timeZone, let record = try? ctx.desk.person(id: detail.header.personId, by: ctx.user) {
            person = CasePerson(record, today: CalendarDate(ctx.now, timeZone: timeZone))
        }
        return Loaded(detail: detail, actions: actions, person: person)
    }

    /// Reads the case and shows it; `then` runs after (reopening a dialog with the new version).
    static func load(_ caseId: Int64, audited: Bool, withPerson: Bool, timeZone: TimeZone, announce: Bool = false,
                     then: (@Sendable (inout AppState, CaseDetail) -> Void)? = nil) -> Effect {
        .run("caseDetail.load", failure: { error in
            StateChange { state in
                guard state.caseDetail?.caseId == caseId else { return [] }
                let text = CaseDetailText.loadFailed.format(state.language, ["error": DeskTask.describe(error, state.language)])
                state.caseDetail?.loadError = text
                state.message = StatusMessage(text, role: .error)
                return []
            }
        }) { ctx in
            let loaded = try read(ctx, caseId, audited: audited, personIn: withPerson ? timeZone : nil)
            return StateChange { state in
                let before = state.caseDetail?.detail
                apply(&state, loaded)
                // A refresh that brought something new says so (the screen may be under a dialog).
                if announce, let before, before.header.id == loaded.detail.header.id, before != loaded.detail {
                    state.message = StatusMessage(TUIText.dataRefreshed(state.language), role: .success)
                }
                then?(&state, loaded.detail)
                return []
            }
        }
    }

    /// Shows what was read, keeping the selected entry (and its place on screen) when it is
    /// still in the timeline.
    static func apply(_ state: inout AppState, _ loaded: Loaded) {
        guard var s = state.caseDetail, s.caseId == loaded.detail.header.id else { return }
        let kept = s.selectedEntry
        let oldIndex = s.cursor.selected
        s.detail = loaded.detail
        s.actions = loaded.actions
        if let person = loaded.person { s.person = person }
        s.loadError = nil
        if let kept, let i = loaded.detail.timeline.firstIndex(where: { $0.kind == kept.kind && $0.id == kept.id }) {
            s.cursor.top += i - oldIndex
            s.cursor.selected = i
        }
        s.cursor.clamp(count: loaded.detail.timeline.count, page: CaseDetailLayout(state.width, state.height).timelineRows)
        state.caseDetail = s
    }

    // MARK: the timeline

    static func move(_ move: ListMove) -> CommandAction {
        { state in
            guard var s = state.caseDetail else { return [] }
            s.cursor.apply(move, count: s.timeline.count, page: CaseDetailLayout(state.width, state.height).timelineRows)
            state.caseDetail = s
            return []
        }
    }

    /// Enter on an entry: a referral opens its screen; a follow-up says what it is on the
    /// message line; a note or change is already shown whole under the timeline.
    static func openEntry(_ state: inout AppState) -> [Effect] {
        guard let entry = state.caseDetail?.selectedEntry else { return [] }
        switch entry.kind {
        case .referral:
            return ScreenDispatch.open(&state, .referral(referralId: entry.id))
        case .followUp:
            state.message = StatusMessage(CaseDetailView.entrySummary(entry, state, full: true), role: .normal)
            return []
        case .note, .change:
            return []
        }
    }

    // MARK: actions

    /// Runs a change of the case. Success: the case is read again and the message says so.
    /// Failure (a conflict, a refusal, bad input): the case is read again and the dialog comes
    /// back with what was typed and the reason.
    static func change(_ name: String, caseId: Int64, done: @escaping @Sendable (AppState) -> String,
                       selectNewestNote: Bool = false, reopen: @escaping Reopen,
                       _ work: @escaping @Sendable (DeskContext) throws -> Void) -> [Effect] {
        [.run(name, failure: { error in
            StateChange { state in
                let conflict = (error as? StoreError) == .conflict
                let problem = conflict ? CaseDetailText.conflict.text
                    : LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
                state.message = StatusMessage(problem(state.language), role: conflict ? .warning : .error)
                return [load(caseId, audited: false, withPerson: false, timeZone: state.timeZone) { state, detail in
                    reopen(&state, detail.header.version, problem)
                }]
            }
        }) { ctx in
            try work(ctx)
            // Done is done: a failed re-read must not bring the dialog back (a note saved twice).
            guard let loaded = try? read(ctx, caseId, audited: false, personIn: nil) else {
                return StateChange { state in
                    state.message = StatusMessage(done(state), role: .success)
                    return [load(caseId, audited: false, withPerson: false, timeZone: state.timeZone)]
                }
            }
            return StateChange { state in
                apply(&state, loaded)
                if selectNewestNote, var s = state.caseDetail,
                   let i = s.timeline.firstIndex(where: { $0.kind == .note }) {
                    s.cursor.selected = i
                    s.cursor.clamp(count: s.timeline.count, page: CaseDetailLayout(state.width, state.height).timelineRows)
                    state.caseDetail = s
                }
                state.message = StatusMessage(done(state), role: .success)
                return []
            }
        }]
    }

    /// "Take the case: done. Status: Active."
    static func saidDone(_ event: CaseEvent) -> @Sendable (AppState) -> String {
        { state in
            CaseDetailText.saved.format(state.language, [
                "action": event.labelText(state.language),
                "status": state.caseDetail?.header?.status.label(state.language) ?? "",
            ])
        }
    }

    static func show(_ state: inout AppState, _ dialog: DialogState, problem: LocalizedText?) {
        var d = dialog
        d.problem = problem
        state.overlay = .dialog(d)
    }

    static func options<T: RawRepresentable>(_ values: [T], _ label: (T) -> LocalizedText) -> [Choice] where T.RawValue == String {
        values.map { Choice($0.rawValue, label($0)) }
    }

    static func choice(_ options: [Choice], selected id: String?) -> DialogState.Kind {
        var cursor = ListCursor()
        cursor.selected = id.flatMap { id in options.firstIndex { $0.id == id } } ?? 0
        cursor.clamp(count: options.count, page: 8)
        return .choice(options, cursor)
    }


    /// The case on screen, with the version the person sees now.
    static func current(_ state: AppState) -> CaseHeader? { state.caseDetail?.header }

    // Note ------------------------------------------------------------------------------------

    static func note(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askNote(&state, caseId: h.id, typed: "", problem: nil)
        return []
    }

    static func askNote(_ state: inout AppState, caseId: Int64, typed: String, problem: LocalizedText?) {
        show(&state, DialogState(title: CaseDetailText.noteTitle.text, message: CaseDetailText.noteMessage.text,
                                 kind: .area(TextArea(typed)), requiredProblem: CaseDetailText.noteEmpty.text) { state, answer in
            guard case .text(let body) = answer else { return [] }
            return change("caseDetail.note", caseId: caseId, done: { CaseDetailText.noteSaved($0.language) }, selectNewestNote: true,
                          reopen: { state, _, problem in askNote(&state, caseId: caseId, typed: body, problem: problem) }) { ctx in
                _ = try ctx.desk.addNote(caseId: caseId, body: body, by: ctx.user)
            }
        }, problem: problem)
    }

    // Workflow events --------------------------------------------------------------------------

    static func take(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askConfirm(&state, .take, caseId: h.id, version: h.version,
                   title: .takeTitle, message: CaseDetailText.takeMessage.text.filling(["number": .plain(h.number)]),
                   problem: nil) { ctx, v in try ctx.desk.take(caseId: h.id, version: v, by: ctx.user) }
        return []
    }

    static func resume(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askConfirm(&state, .resume, caseId: h.id, version: h.version,
                   title: .resumeTitle, message: CaseDetailText.resumeMessage.text.filling(["number": .plain(h.number)]),
                   problem: nil) { ctx, v in try ctx.desk.resume(caseId: h.id, version: v, by: ctx.user) }
        return []
    }

    static func approve(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        let outcome = h.outcome.map { $0.label.text } ?? .plain("—")
        askConfirm(&state, .approveClosure, caseId: h.id, version: h.version, title: .approveTitle,
                   message: CaseDetailText.approveMessage.text.filling(["number": .plain(h.number), "outcome": outcome]),
                   problem: nil) { ctx, v in try ctx.desk.approveClosure(caseId: h.id, version: v, by: ctx.user) }
        return []
    }

    static func askConfirm(_ state: inout AppState, _ event: CaseEvent, caseId: Int64, version: Int,
                           title: CaseDetailText, message: LocalizedText, problem: LocalizedText?,
                           _ work: @escaping @Sendable (DeskContext, Int) throws -> Int) {
        show(&state, DialogState(title: title.text, message: message, kind: .confirm) { state, _ in
            change("caseDetail.\(event.rawValue)", caseId: caseId, done: saidDone(event),
                   reopen: { state, v, problem in
                       askConfirm(&state, event, caseId: caseId, version: v, title: title, message: message,
                                  problem: problem, work)
                   }) { ctx in _ = try work(ctx, version) }
        }, problem: problem)
    }

    static func wait(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askWait(&state, caseId: h.id, version: h.version, chosen: nil, problem: nil)
        return []
    }

    static func askWait(_ state: inout AppState, caseId: Int64, version: Int, chosen: String?, problem: LocalizedText?) {
        let opts = options(WaitingOn.allCases) { $0.label.text }
        show(&state, DialogState(title: CaseDetailText.waitTitle.text, message: CaseDetailText.waitMessage.text,
                                 kind: choice(opts, selected: chosen)) { state, answer in
            guard case .choice(let c) = answer, let on = WaitingOn(rawValue: c.id) else { return [] }
            return change("caseDetail.wait", caseId: caseId, done: saidDone(.wait),
                          reopen: { state, v, p in askWait(&state, caseId: caseId, version: v, chosen: c.id, problem: p) }) { ctx in
                _ = try ctx.desk.wait(caseId: caseId, on: on, version: version, by: ctx.user)
            }
        }, problem: problem)
    }

    static func requestClosure(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askOutcome(&state, caseId: h.id, version: h.version, chosen: nil, summary: "")
        return []
    }

    static func askOutcome(_ state: inout AppState, caseId: Int64, version: Int, chosen: String?, summary: String) {
        let opts = options(CaseOutcome.allCases) { $0.label.text }
        show(&state, DialogState(title: CaseDetailText.outcomeTitle.text, message: CaseDetailText.outcomeMessage.text,
                                 kind: choice(opts, selected: chosen)) { state, answer in
            guard case .choice(let c) = answer, let outcome = CaseOutcome(rawValue: c.id) else { return [] }
            askSummary(&state, caseId: caseId, version: version, outcome: outcome, typed: summary, problem: nil)
            return []
        }, problem: nil)
    }

    static func askSummary(_ state: inout AppState, caseId: Int64, version: Int, outcome: CaseOutcome,
                           typed: String, problem: LocalizedText?) {
        let message = CaseDetailText.summaryMessage.text.filling(["outcome": outcome.label.text])
        show(&state, DialogState(title: CaseDetailText.summaryTitle.text, message: message, kind: .area(TextArea(typed)),
                                 requiredProblem: CaseDetailText.summaryRequired.text) { state, answer in
            guard case .text(let summary) = answer else { return [] }
            return change("caseDetail.requestClosure", caseId: caseId, done: saidDone(.requestClosure),
                          reopen: { state, v, p in
                              askSummary(&state, caseId: caseId, version: v, outcome: outcome, typed: summary, problem: p)
                          }) { ctx in
                _ = try ctx.desk.requestClosure(caseId: caseId, outcome: outcome, summary: summary, version: version, by: ctx.user)
            }
        }, problem: problem)
    }

    static func reject(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askReason(&state, .rejectClosure, caseId: h.id, version: h.version, title: .rejectTitle, message: .rejectMessage,
                  typed: "", problem: nil) { ctx, v, reason in
            try ctx.desk.rejectClosure(caseId: h.id, reason: reason, version: v, by: ctx.user)
        }
        return []
    }

    static func reopen(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askReason(&state, .reopen, caseId: h.id, version: h.version, title: .reopenTitle, message: .reopenMessage,
                  typed: "", problem: nil) { ctx, v, reason in
            try ctx.desk.reopen(caseId: h.id, reason: reason, version: v, by: ctx.user)
        }
        return []
    }

    static func askReason(_ state: inout AppState, _ event: CaseEvent, caseId: Int64, version: Int,
                          title: CaseDetailText, message: CaseDetailText, typed: String, problem: LocalizedText?,
                          _ work: @escaping @Sendable (DeskContext, Int, String) throws -> Int) {
        show(&state, DialogState(title: title.text, message: message.text, kind: .text(TextField(typed, maxLength: 2000)),
                                 requiredProblem: CaseDetailText.reasonRequired.text) { state, answer in
            guard case .text(let reason) = answer else { return [] }
            return change("caseDetail.\(event.rawValue)", caseId: caseId, done: saidDone(event),
                          reopen: { state, v, p in
                              askReason(&state, event, caseId: caseId, version: v, title: title, message: message,
                                        typed: reason, problem: p, work)
                          }) { ctx in _ = try work(ctx, version, reason) }
        }, problem: problem)
    }

    static func closeAsDuplicate(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askSurvivor(&state, caseId: h.id, version: h.version, typed: "", problem: nil)
        return []
    }

    static func askSurvivor(_ state: inout AppState, caseId: Int64, version: Int, typed: String, problem: LocalizedText?) {
        show(&state, DialogState(title: CaseDetailText.duplicateTitle.text, message: CaseDetailText.duplicateMessage.text,
                                 kind: .text(TextField(typed, maxLength: 40)),
                                 requiredProblem: CaseDetailText.duplicateRequired.text) { state, answer in
            guard case .text(let number) = answer else { return [] }
            return change("caseDetail.closeAsDuplicate", caseId: caseId, done: saidDone(.closeAsDuplicate),
                          reopen: { state, v, p in askSurvivor(&state, caseId: caseId, version: v, typed: number, problem: p) }) { ctx in
                guard let survivor = try ctx.desk.caseId(for: number) else {
                    throw StoreError.invalid(field: "duplicateOf", CaseDetailText.duplicateNotFound.text.filling(["case": .plain(number)]))
                }
                _ = try ctx.desk.closeAsDuplicate(caseId: caseId, of: survivor, version: version, by: ctx.user)
            }
        }, problem: problem)
    }

    /// Assign: the list of active staff comes from the store first.
    static func assign(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        let (caseId, version) = (h.id, h.version)
        return [.run("caseDetail.assignees") { ctx in
            let people = try ctx.desk.assignees(by: ctx.user)
            return StateChange { state in
                if people.isEmpty {
                    state.message = StatusMessage(CaseDetailText.noAssignees(state.language), role: .warning)
                } else {
                    askAssignee(&state, caseId: caseId, version: version, people: people, chosen: nil, problem: nil)
                }
                return []
            }
        }]
    }

    static func askAssignee(_ state: inout AppState, caseId: Int64, version: Int, people: [Assignee],
                            chosen: String?, problem: LocalizedText?) {
        let opts = people.map { p in
            Choice(String(p.id), LocalizedText(es: "\(p.displayName) (\(p.role.label(.es)))", en: "\(p.displayName) (\(p.role.label(.en)))"))
        }
        show(&state, DialogState(title: CaseDetailText.assignTitle.text, message: CaseDetailText.assignMessage.text,
                                 kind: choice(opts, selected: chosen)) { state, answer in
            guard case .choice(let c) = answer, let id = Int64(c.id) else { return [] }
            return change("caseDetail.assign", caseId: caseId, done: saidDone(.assign),
                          reopen: { state, v, p in
                              askAssignee(&state, caseId: caseId, version: v, people: people, chosen: c.id, problem: p)
                          }) { ctx in
                _ = try ctx.desk.assign(caseId: caseId, to: id, version: version, by: ctx.user)
            }
        }, problem: problem)
    }

    // Not workflow events ---------------------------------------------------------------------

    static func priority(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        askPriority(&state, caseId: h.id, version: h.version, current: h.priority, chosen: h.priority.rawValue, problem: nil)
        return []
    }

    static func askPriority(_ state: inout AppState, caseId: Int64, version: Int, current: CasePriority,
                            chosen: String, problem: LocalizedText?) {
        let opts = options(CasePriority.allCases) { $0.label.text }
        show(&state, DialogState(title: CaseDetailText.priorityTitle.text,
                                 message: CaseDetailText.priorityMessage.text.filling(["priority": current.label.text]),
                                 kind: choice(opts, selected: chosen)) { state, answer in
            guard case .choice(let c) = answer, let priority = CasePriority(rawValue: c.id) else { return [] }
            return change("caseDetail.priority", caseId: caseId,
                          done: { state in
                              CaseDetailText.saved.format(state.language, [
                                  "action": CaseDetailText.entryPriority(state.language),
                                  "status": state.caseDetail?.header?.status.label(state.language) ?? ""])
                          },
                          reopen: { state, v, p in
                              let now = state.caseDetail?.header?.priority ?? current
                              askPriority(&state, caseId: caseId, version: v, current: now, chosen: c.id, problem: p)
                          }) { ctx in
                _ = try ctx.desk.changePriority(caseId: caseId, to: priority, version: version, by: ctx.user)
            }
        }, problem: problem)
    }

    static func newReferral(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        return ScreenDispatch.open(&state, .newReferral(caseId: h.id))
    }

    /// Schedule a follow-up: the dialog shared with the follow-ups screen.
    static func followUp(_ state: inout AppState) -> [Effect] {
        guard let h = current(state) else { return [] }
        let caseId = h.id
        let dialog = FollowUpDialog(caseId: caseId, caseNumber: h.number, personName: h.personName) { state in
            [load(caseId, audited: false, withPerson: false, timeZone: state.timeZone)]
        }
        state.overlay = .dialog(dialog.date(state))
        return []
    }
}
