import Foundation
import EnlaceCore
import EnlaceStore

/// The review's half of the loop: opening, keys, and answers from the store.
enum ReviewScreen {
    /// Rows asked for at a time, for the closures and for a list of cases.
    static let window = 100

    static func enter(_ state: inout AppState) -> [Effect] {
        // Already here: read again, keeping the section, the list and the marks.
        if state.screen == .review { return load(&state) }
        state.push(.review)
        state.review = ReviewState()
        state.review.refusal = SupervisorGate.refusal(ReviewText.refusal.text, for: state.user.role)
        return load(&state)
    }

    /// Every figure, the first closures and the first urgent cases; a list already open
    /// is read again up to as many rows as it showed, keeping the cursor and the marks.
    static func load(_ state: inout AppState) -> [Effect] {
        guard state.review.refusal == nil else { return [] }
        let closureCount = min(CaseDesk.maximumQueueLimit, max(window, state.review.closures.count))
        var effects: [Effect] = [.run("review.load", failure: refused) { ctx in
            let figures = try ctx.desk.reviewFigures(now: ctx.now, by: ctx.user)
            let closures = try ctx.desk.closuresAwaitingApproval(by: ctx.user, limit: closureCount)
            return StateChange { state in
                state.review.figures = figures
                state.review.closures = closures
                state.review.closuresComplete = closures.count < closureCount
                state.review.loaded = true
                clampCursors(&state)
                return []
            }
        }]
        effects.append(reloadList(state.review.urgent, state: state, drill: false))
        if let drill = state.review.drill {
            effects.append(reloadList(drill, state: state, drill: true))
        }
        return effects
    }

    /// The data changed elsewhere (or Ctrl-R): read what is visible again.
    static func refresh(_ state: inout AppState) -> [Effect] { load(&state) }

    /// A store refusal (the role changed since sign-in): the reason in words, and no data.
    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            if let refusal = SupervisorGate.refusal(from: error) {
                state.review = ReviewState()
                state.review.refusal = refusal
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    // MARK: lists of cases

    /// Reads a list of cases again (the drill-down when `drill`, else the urgent section's).
    static func reloadList(_ list: ReviewCaseList, state: AppState, drill: Bool) -> Effect {
        let count = min(CaseWindowRequest.maximumLimit, max(window, list.rows.count))
        let figure = list.figure
        return .run("review.cases") { ctx in
            let rows = try ctx.desk.reviewCases(figure, after: nil, limit: count, now: ctx.now, by: ctx.user)
            return StateChange { state in
                guard var current = drill ? state.review.drill : state.review.urgent, current.figure == figure else { return [] }
                let keep = current.selectedCase?.id
                current.rows = rows
                current.loaded = true
                current.complete = rows.count < count
                current.marked.formIntersection(rows.map(\.id))
                if let keep, let i = rows.firstIndex(where: { $0.id == keep }) { current.cursor.selected = i }
                current.cursor.clamp(count: rows.count, page: page(state))
                if drill { state.review.drill = current } else { state.review.urgent = current }
                return []
            }
        }
    }

    /// The next window of the active list, when the cursor reached its last loaded row.
    static func loadMoreIfAtEnd(_ state: AppState) -> [Effect] {
        guard let list = state.review.activeList, list.loaded, !list.complete,
              list.cursor.selected >= list.rows.count - 1, let last = list.rows.last else { return [] }
        let figure = list.figure
        let inDrill = state.review.drill != nil
        return [.run("review.more") { ctx in
            let rows = try ctx.desk.reviewCases(figure, after: last.key, limit: window, now: ctx.now, by: ctx.user)
            return StateChange { state in
                guard (state.review.drill != nil) == inDrill else { return [] }
                state.review.updateActiveList { list in
                    guard list.figure == figure, list.rows.last?.id == last.id else { return }
                    list.rows += rows
                    list.complete = rows.count < window
                }
                return []
            }
        }]
    }

    static func openDrill(_ state: inout AppState, _ figure: ReviewFigure, expected: Int?) -> [Effect] {
        let list = ReviewCaseList(figure: figure, expected: expected)
        state.review.drill = list
        return [reloadList(list, state: state, drill: true)]
    }

    static func page(_ state: AppState) -> Int { ReviewLayout.listRows(height: state.height) }

    static func clampCursors(_ state: inout AppState) {
        let p = page(state)
        state.review.closuresCursor.clamp(count: state.review.closures.count, page: p)
        state.review.overdueCursor.clamp(count: state.review.figures?.overdue.count ?? 0, page: p)
        state.review.referralsCursor.clamp(count: state.review.figures?.referrals.count ?? 0, page: p)
        state.review.workloadCursor.clamp(count: state.review.figures?.workload.count ?? 0, page: p)
        state.review.openRow = min(state.review.openRow, ReviewState.openStatuses.count - 1)
        state.review.updateActiveList { $0.cursor.clamp(count: $0.rows.count, page: p) }
    }

    static func resized(_ state: inout AppState) -> [Effect] {
        clampCursors(&state)
        return []
    }

    // MARK: keys

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        let p = page(state)
        if state.review.activeList != nil {
            state.review.updateActiveList { $0.cursor.apply(move, count: $0.rows.count, page: p) }
            return loadMoreIfAtEnd(state)
        }
        switch state.review.section {
        case .closures:
            state.review.closuresCursor.apply(move, count: state.review.closures.count, page: p)
            if state.review.closuresCursor.selected >= state.review.closures.count - 1 { return moreClosures(state) }
        case .open:
            var cursor = ListCursor()
            cursor.selected = state.review.openRow
            cursor.apply(move, count: ReviewState.openStatuses.count, page: ReviewState.openStatuses.count)
            state.review.openRow = cursor.selected
        case .overdue:
            state.review.overdueCursor.apply(move, count: state.review.figures?.overdue.count ?? 0, page: p)
        case .referrals:
            state.review.referralsCursor.apply(move, count: state.review.figures?.referrals.count ?? 0, page: p)
        case .workload:
            state.review.workloadCursor.apply(move, count: state.review.figures?.workload.count ?? 0, page: p)
        case .urgent:
            break
        }
        return []
    }

    static func moreClosures(_ state: AppState) -> [Effect] {
        guard !state.review.closuresComplete, let last = state.review.closures.last else { return [] }
        return [.run("review.moreClosures") { ctx in
            let rows = try ctx.desk.closuresAwaitingApproval(by: ctx.user, after: last.openedKey, limit: window)
            return StateChange { state in
                guard state.review.closures.last?.id == last.id else { return [] }
                state.review.closures += rows
                state.review.closuresComplete = rows.count < window
                return []
            }
        }]
    }

    static func sideways(_ state: inout AppState, by delta: Int) -> [Effect] {
        switch state.review.section {
        case .open:
            state.review.openColumn = min(4, max(0, state.review.openColumn + delta))
        case .workload:
            let n = ReviewState.WorkloadColumn.allCases.count
            state.review.workloadColumn = ReviewState.WorkloadColumn(rawValue: min(n - 1, max(0, state.review.workloadColumn.rawValue + delta)))!
        default:
            break
        }
        return []
    }

    static func switchSection(_ state: inout AppState, by delta: Int) -> [Effect] {
        let all = ReviewState.Section.allCases
        state.review.drill = nil
        state.review.section = all[(state.review.section.rawValue + delta + all.count) % all.count]
        return []
    }

    static func closeList(_ state: inout AppState) -> [Effect] {
        state.review.drill = nil
        return []
    }

    /// Enter: a case opens its detail; a figure opens the list of its cases.
    static func open(_ state: inout AppState) -> [Effect] {
        let review = state.review
        if let list = review.activeList {
            guard let c = list.selectedCase else { return [] }
            return ScreenDispatch.open(&state, .caseDetail(caseId: c.id))
        }
        switch review.section {
        case .closures:
            guard let c = review.selectedClosure else { return [] }
            return ScreenDispatch.open(&state, .caseDetail(caseId: c.id))
        case .open:
            guard let counts = review.figures?.openCounts else { return [] }
            let status = ReviewState.openStatuses[review.openRow]
            let n = CaseAgeBucket(rawValue: review.openColumn).map { counts.count(status, $0) }
                ?? CaseAgeBucket.allCases.reduce(0) { $0 + counts.count(status, $1) }
            return openDrill(&state, review.openFigure, expected: n)
        case .overdue:
            guard let rows = review.figures?.overdue, rows.indices.contains(review.overdueCursor.selected) else { return [] }
            let row = rows[review.overdueCursor.selected]
            return openDrill(&state, .overdueFollowUps(ReviewPerson(id: row.caseworkerId, name: row.caseworkerName)),
                             expected: nil)
        case .referrals:
            guard let rows = review.figures?.referrals, rows.indices.contains(review.referralsCursor.selected) else { return [] }
            let row = rows[review.referralsCursor.selected]
            return openDrill(&state, .referralsAwaiting(kind: row.kind, partner: row.partner), expected: nil)
        case .workload:
            guard let rows = review.figures?.workload, rows.indices.contains(review.workloadCursor.selected) else { return [] }
            let row = rows[review.workloadCursor.selected]
            switch review.workloadColumn {
            case .open: return openDrill(&state, .caseworkerOpenCases(row.person), expected: row.openCases)
            case .urgent: return openDrill(&state, .urgentOpenCases(row.person), expected: row.urgentCases)
            case .closures: return openDrill(&state, .closuresAwaiting(row.person), expected: row.closuresAwaiting)
            case .overdue: return openDrill(&state, .overdueFollowUps(row.person), expected: nil)
            }
        case .urgent:
            return []
        }
    }

    static func toggleMark(_ state: inout AppState) -> [Effect] {
        let p = page(state)
        state.review.updateActiveList { list in
            guard let c = list.selectedCase else { return }
            if list.marked.contains(c.id) { list.marked.remove(c.id) } else { list.marked.insert(c.id) }
            list.cursor.move(by: 1, count: list.rows.count, page: p)
        }
        return loadMoreIfAtEnd(state)
    }

    // MARK: closures

    static func approve(_ state: inout AppState) -> [Effect] {
        guard let c = state.review.selectedClosure else { return [] }
        let values = ["case": c.number, "person": c.personName]
        state.overlay = .dialog(DialogState(
            title: ReviewText.approveTitle.text,
            message: LocalizedText(es: ReviewText.approveQuestion.format(.es, values), en: ReviewText.approveQuestion.format(.en, values)),
            kind: .confirm) { state, _ in
                [.run("review.approve", failure: conflictOr(c.number)) { ctx in
                    try ctx.desk.approveClosure(caseId: c.id, version: c.version, by: ctx.user)
                    return StateChange { state in
                        state.message = StatusMessage(ReviewText.approved.format(state.language, ["case": c.number]), role: .success)
                        return load(&state)
                    }
                }]
            })
        return []
    }

    static func reject(_ state: inout AppState) -> [Effect] {
        guard let c = state.review.selectedClosure else { return [] }
        let values = ["case": c.number]
        state.overlay = .dialog(DialogState(
            title: ReviewText.rejectTitle.text,
            message: LocalizedText(es: ReviewText.rejectQuestion.format(.es, values), en: ReviewText.rejectQuestion.format(.en, values)),
            kind: .text(TextField()), requiredProblem: ReviewText.rejectReasonRequired.text) { state, answer in
                guard case .text(let reason) = answer else { return [] }
                return [.run("review.reject", failure: conflictOr(c.number)) { ctx in
                    try ctx.desk.rejectClosure(caseId: c.id, reason: reason, version: c.version, by: ctx.user)
                    return StateChange { state in
                        state.message = StatusMessage(ReviewText.rejected.format(state.language, ["case": c.number]), role: .success)
                        return load(&state)
                    }
                }]
            })
        return []
    }

    /// A version conflict says so in words and reads the lists again; other errors show as
    /// they are.
    static func conflictOr(_ number: String) -> @Sendable (Error) -> StateChange {
        { error in
            StateChange { state in
                if case StoreError.conflict = error {
                    state.message = StatusMessage(ReviewText.conflict.format(state.language, ["case": number]), role: .warning)
                    return load(&state)
                }
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
                return []
            }
        }
    }

    // MARK: reassign

    /// Asks who gets the marked cases (or the selected one), then gives them all at once.
    static func reassign(_ state: inout AppState) -> [Effect] {
        guard let targets = state.review.activeList?.reassignTargets, !targets.isEmpty else {
            state.say(ReviewText.nothingToReassign.text, .warning)
            return []
        }
        return [.run("review.assignees") { ctx in
            let people = try ctx.desk.assignees(by: ctx.user)
            return StateChange { state in
                guard !people.isEmpty else {
                    state.say(ReviewText.noAssignees.text, .warning)
                    return []
                }
                let choices = people.map { p in
                    Choice(String(p.id), LocalizedText(es: "\(p.displayName) · \(p.role.label(.es))",
                                                       en: "\(p.displayName) · \(p.role.label(.en))"))
                }
                let n = String(targets.count)
                state.overlay = .dialog(DialogState(
                    title: ReviewText.reassignTitle.text,
                    message: LocalizedText(es: ReviewText.reassignQuestion.format(.es, ["n": n]),
                                           en: ReviewText.reassignQuestion.format(.en, ["n": n])),
                    kind: .choice(choices, ListCursor())) { state, answer in
                        guard case .choice(let choice) = answer, let id = Int64(choice.id),
                              let person = people.first(where: { $0.id == id }) else { return [] }
                        return [.run("review.reassign") { ctx in
                            let count = try ctx.desk.reassign(caseIds: targets, to: id, by: ctx.user)
                            return StateChange { state in
                                state.review.updateActiveList { $0.marked = [] }
                                state.message = StatusMessage(ReviewText.reassigned.format(
                                    state.language, ["n": String(count), "name": person.displayName]), role: .success)
                                return load(&state)
                            }
                        }]
                    })
                return []
            }
        }]
    }

    // MARK: export

    /// The cases of the list on screen (every one behind its figure, not only those loaded)
    /// as a person-level CSV in the output folder; the store checks the role and audits it.
    static func exportCases(_ state: inout AppState) -> [Effect] { export(&state, includeSensitive: false) }

    /// The same list as JSON.
    static func exportCasesJSON(_ state: inout AppState) -> [Effect] { export(&state, includeSensitive: false, format: .json) }

    /// As `exportCases` with the case descriptions, once the person says yes.
    static func exportSensitive(_ state: inout AppState) -> [Effect] {
        guard state.review.activeList != nil else { return [] }
        state.overlay = .dialog(DialogState(title: ReviewText.sensitiveTitle.text, message: ReviewText.sensitiveQuestion.text,
                                            kind: .confirm) { state, _ in
            export(&state, includeSensitive: true)
        })
        return []
    }

    static func export(_ state: inout AppState, includeSensitive: Bool, format: ReportExport.Format? = nil) -> [Effect] {
        guard let figure = state.review.activeList?.figure.storeFigure else { return [] }
        return [ReportExport.run("review.export", stem: includeSensitive ? "casos-sensibles" : "casos",
                                 format ?? .csv(byteOrderMark: state.reports.byteOrderMark), language: state.language,
                                 saved: ReviewText.exported.text) { ctx in
            try ctx.desk.exportDrillDown(figure, includeSensitive: includeSensitive, now: ctx.now, by: ctx.user)
        }]
    }
}
