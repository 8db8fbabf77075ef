import Foundation
import EnlaceCore
import EnlaceStore

/// The import screen's half of the loop: the file, the mapping, the review, the commit.
enum ImportScreen {
    static func enter(_ state: inout AppState) -> [Effect] {
        if state.screen == .importSheet { return [] }
        state.push(.importSheet)
        state.importSheet = ImportScreenState()
        state.importSheet.refusal = SupervisorGate.refusal(ImportDeskText.refusal.text, for: state.user.role)
        if state.importSheet.refusal == nil { askFile(&state) }
        return []
    }

    static func refresh(_ state: inout AppState) -> [Effect] { [] }

    /// The dialog asking for the sheet's path (again with the problem, when it would not do).
    static func askFile(_ state: inout AppState, problem: LocalizedText? = nil) {
        var dialog = DialogState(title: ImportDeskText.fileTitle.text, message: ImportDeskText.fileQuestion.text,
                                 kind: .text(TextField(state.importSheet.path, maxLength: 1000)),
                                 requiredProblem: ImportDeskText.fileQuestion.text) { state, answer in
            guard case .text(let path) = answer else { return [] }
            return load(&state, path: path)
        }
        dialog.problem = problem
        state.overlay = .dialog(dialog)
    }

    static func load(_ state: inout AppState, path typed: String) -> [Effect] {
        let path = (typed.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
        state.importSheet.path = typed
        return [.run("import.load") { ctx in
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            var result: Result<ImportSheet, SheetProblem> = .failure(.tooLarge(bytes: size))
            if size <= ImportSheet.maximumBytes {
                guard let data = FileManager.default.contents(atPath: path) else {
                    return StateChange { state in
                        askFile(&state, problem: ImportDeskText.fileMissing.text.filling(["path": .plain(path)]))
                        return []
                    }
                }
                result = ImportSheet.read([UInt8](data))
            }
            switch result {
            case .failure(let problem):
                return StateChange { state in
                    askFile(&state, problem: problem.message)
                    return []
                }
            case .success(let sheet):
                let saved = try ctx.desk.savedImportMapping(headers: sheet.headers)
                return StateChange { state in
                    state.importSheet.sheet = sheet
                    state.importSheet.fileName = (path as NSString).lastPathComponent
                    state.importSheet.mapping = saved ?? ImportMapping.guess(headers: sheet.headers)
                    state.importSheet.mappingSaved = saved != nil
                    state.importSheet.columns = ListCursor()
                    state.importSheet.step = .mapping
                    return []
                }
            }
        }]
    }

    /// ←/→ on a column: the next or previous field; a field taken by another column moves here.
    static func changeField(_ state: inout AppState, by delta: Int) -> [Effect] {
        let i = state.importSheet.columns.selected
        guard state.importSheet.step == .mapping, state.importSheet.mapping.fields.indices.contains(i) else { return [] }
        let all = ImportField.allCases
        let current = all.firstIndex(of: state.importSheet.mapping.fields[i]) ?? 0
        let next = all[(current + delta + all.count) % all.count]
        if next != .ignore {
            for j in state.importSheet.mapping.fields.indices where state.importSheet.mapping.fields[j] == next {
                state.importSheet.mapping.fields[j] = .ignore
            }
        }
        state.importSheet.mapping.fields[i] = next
        return []
    }

    /// Enter on the mapping: every row checked and looked up; nothing written.
    static func startReview(_ state: inout AppState) -> [Effect] {
        guard let sheet = state.importSheet.sheet else { return [] }
        let mapping = state.importSheet.mapping
        if let problem = sheet.check(mapping) {
            state.message = StatusMessage(problem.message(state.language), role: .error)
            return []
        }
        return [.run("import.review") { ctx in
            let review = try ctx.desk.reviewImport(sheet, mapping: mapping, by: ctx.user)
            return StateChange { state in
                state.importSheet.review = review
                state.importSheet.rows = ListCursor()
                state.importSheet.candidate = 0
                state.importSheet.step = .review
                return []
            }
        }]
    }

    static func backToMapping(_ state: inout AppState) -> [Effect] {
        state.importSheet.step = .mapping
        return []
    }

    /// The selected row's decision; a row with problems can only be skipped.
    static func decide(_ state: inout AppState, _ decision: ImportDecision?) -> [Effect] {
        guard let row = state.importSheet.selectedRow else { return [] }
        let chosen = decision ?? state.importSheet.shownCandidate.map { .same(personId: $0.candidate.personId) }
        guard let chosen, state.importSheet.review?.decide(line: row.line, chosen) == true else {
            let reason: ImportDeskText = row.problems.isEmpty ? .noCandidate : .onlySkip
            state.message = StatusMessage(reason(state.language), role: .warning)
            return []
        }
        let count = state.importSheet.review?.rows.count ?? 0
        state.importSheet.rows.move(by: 1, count: count, page: page(state))
        state.importSheet.candidate = 0
        return []
    }

    static func decideAll(_ state: inout AppState, _ decision: ImportDecision) -> [Effect] {
        state.importSheet.review?.decideUndecided(decision)
        return []
    }

    static func nextCandidate(_ state: inout AppState) -> [Effect] {
        let n = state.importSheet.selectedRow?.candidates.count ?? 0
        if n > 0 { state.importSheet.candidate = (state.importSheet.candidate + 1) % n }
        return []
    }

    /// Ctrl-S: the batch, once every row is decided, as one store call.
    static func commit(_ state: inout AppState) -> [Effect] {
        guard let review = state.importSheet.review else { return [] }
        guard let plan = review.plan(fileName: state.importSheet.fileName, eventId: state.eventRun?.id) else {
            state.message = StatusMessage(ImportDeskText.stillUndecided.format(state.language, ["n": "\(review.undecidedCount)"]),
                                          role: .warning)
            return []
        }
        return [.run("import.commit") { ctx in
            let done = try ctx.desk.commitImport(plan, by: ctx.user)
            return StateChange { state in
                state.importSheet.committed = done
                state.importSheet.step = .done
                state.message = StatusMessage(ImportDeskText.committed.format(state.language, [
                    "id": "\(done.id)", "created": "\(done.created)", "updated": "\(done.updated)",
                    "skipped": "\(done.skipped)"]), role: .success)
                return []
            }
        }]
    }

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        switch state.importSheet.step {
        case .mapping:
            state.importSheet.columns.apply(move, count: state.importSheet.mapping.fields.count, page: page(state))
        case .review:
            state.importSheet.rows.apply(move, count: state.importSheet.review?.rows.count ?? 0, page: page(state))
            state.importSheet.candidate = 0
        case .choosingFile, .done:
            break
        }
        return []
    }

    /// Rows of the list: the upper part of the screen (the lower shows the row beside its candidate).
    static func page(_ state: AppState) -> Int { max(3, (state.height - 6) / 2) }
}
