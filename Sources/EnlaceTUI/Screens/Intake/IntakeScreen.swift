import Foundation
import EnlaceCore
import EnlaceStore

/// The intake's half of the loop: typing, leaving fields, duplicate look-ups, saving.
enum IntakeScreen {
    static func today(_ state: AppState) -> CalendarDate { CalendarDate(state.now, timeZone: state.timeZone) }

    /// F2: the intake being typed, or a new one (with the kept draft, if any).
    static func enter(_ state: inout AppState) -> [Effect] {
        state.push(.intake)
        if state.intake != nil { return [] }
        state.intake = IntakeState(form: state.eventRun == nil ? IntakeFields.newForm() : IntakeFields.quickForm())
        return [IntakeDrafts.loadIntoForm()]
    }

    // MARK: - Keys

    /// The intake's own key (besides the form's and its fields').
    static let keys = KeyMap<Bool>([
        KeyBinding([.escape], true, es: "Sale de la admisión (pregunta si hay algo escrito; el borrador queda)",
                   en: "Leaves the intake (asks when something was typed; the draft stays)"),
    ])

    enum PanelKey: Sendable { case leave, up, down, choose, notSame, save }

    /// The keys of the panel of possible duplicates, while it has the focus.
    static let panelKeys = KeyMap<PanelKey>([
        KeyBinding([.escape, .tab, .backTab, .alt("d"), .ctrl("g")], .leave, es: "Vuelve al formulario", en: "Back to the form"),
        KeyBinding([.up, .ctrl("k")], .up, es: "Candidato anterior", en: "Previous candidate"),
        KeyBinding([.down, .ctrl("j")], .down, es: "Candidato siguiente", en: "Next candidate"),
        KeyBinding([.enter], .choose, es: "Es esta persona: el caso se abre para ella", en: "This is the person: the case opens for them"),
        KeyBinding([.char("n"), .char("N"), .alt("n")], .notSame, es: "No es la misma persona", en: "Not the same person"),
        KeyBinding([.ctrl("s")], .save, es: "Guarda la admisión", en: "Saves the intake"),
    ])

    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var intake = state.intake else { return nil }
        if intake.panelFocused { return panelInput(&state, key) }
        if keys.action(for: key) != nil { return escape(&state) }
        let outcome = intake.form.handle(key, language: state.language, areaWidth: IntakeView.areaWidth(state))
        switch outcome {
        case .ignored:
            return nil
        case .consumed:
            state.intake = intake
            return []
        case .edited(let field):
            intake.edits += 1
            state.intake = intake
            if IntakeFields.probeFields.contains(field) { return lookUpDuplicates(&state) }
            if field == "sex" || field == "area" || field == "consentMethod" {
                IntakeFields.interpret(field, &state.intake!.form, today: today(state))
            }
            return []
        case .moved(let left):
            IntakeFields.interpret(left, &intake.form, today: today(state))
            state.intake = intake
            let check = IntakeFields.personFields.contains(left) && intake.chosen == nil ? [checkField(left, intake.form)] : []
            return check + IntakeDrafts.saveIfBehind(state)
        case .submit:
            state.intake = intake
            return save(&state)
        }
    }

    /// Esc: leaves at once when nothing was typed; otherwise asks (the draft stays).
    static func escape(_ state: inout AppState) -> [Effect]? {
        guard let intake = state.intake, intake.form.dirty else {
            state.intake = nil
            return state.canGoBack ? ScreenDispatch.back(&state) : nil
        }
        state.overlay = .dialog(DialogState(title: IntakeText.leaveTitle.text, message: IntakeText.leaveQuestion.text,
                                            kind: .confirm) { state, _ in
            let effects = IntakeDrafts.saveIfBehind(state)
            if state.canGoBack { return effects + ScreenDispatch.back(&state) }
            state.reset(to: .caseList)
            return effects + ScreenDispatch.refresh(&state)
        })
        return []
    }

    /// The store's own checks of the whole person, shown only at the field just left (and
    /// cleared where they no longer apply), so that what only the store knows (a US state, a
    /// ZIP, an email's shape) is said as the field is left too.
    static func checkField(_ left: String, _ form: FormState) -> Effect {
        .run("intake.check", failure: { _ in .none }) { ctx in
            let value = form.value(left)
            let problems = ctx.desk.checkPerson(IntakeFields.personDraft(form)).problems
            let mine = problems.filter {
                IntakeFields.field(forProblem: $0.field, form) == left && $0.field != "givenNames" && $0.field != "firstSurname"
            }
            return StateChange { state in
                guard let first = mine.first, let intake = state.intake, intake.chosen == nil,
                      intake.form.value(left) == value, intake.form[left]?.problem == nil else { return [] }
                state.intake?.form.setProblem(left, first.message)
                state.intake?.form.setNote(left, nil)
                return []
            }
        }
    }

    // MARK: - Duplicates

    /// Asks for candidates for what is typed now; an answer to an older question is dropped.
    static func lookUpDuplicates(_ state: inout AppState) -> [Effect] {
        guard var intake = state.intake, intake.chosen == nil else { return [] }
        intake.probeGeneration += 1
        let generation = intake.probeGeneration
        guard let probe = IntakeFields.probe(intake.form, today: today(state)) else {
            intake.candidates = []
            intake.panelSelected = 0
            state.intake = intake
            return []
        }
        state.intake = intake
        let dismissed = Set(intake.dismissed.map(\.personId))
        return [.run("intake.duplicates", failure: { _ in .none }) { ctx in
            let found = try ctx.desk.duplicateCandidates(for: probe, by: ctx.user)
                .filter { !dismissed.contains($0.personId) }.map(IntakeCandidate.init)
            return StateChange { state in
                guard state.intake?.probeGeneration == generation else { return [] }
                state.intake?.candidates = found
                if let i = state.intake, i.panelSelected >= found.count { state.intake?.panelSelected = max(0, found.count - 1) }
                if found.isEmpty { state.intake?.panelFocused = false }
                return []
            }
        }]
    }

    static func focusCandidates(_ state: inout AppState) -> [Effect] {
        guard state.intake?.candidates.isEmpty == false else { return [] }
        state.intake?.panelFocused = true
        return []
    }

    static func panelInput(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var intake = state.intake else { return nil }
        let count = intake.candidates.count
        switch panelKeys.action(for: key) {
        case .leave?:
            intake.panelFocused = false
        case .up?:
            intake.panelSelected = max(0, intake.panelSelected - 1)
        case .down?:
            intake.panelSelected = min(max(0, count - 1), intake.panelSelected + 1)
        case .choose?:
            state.intake = intake
            return choose(&state)
        case .notSame?:
            state.intake = intake
            return notSamePerson(&state)
        case .save?:
            intake.panelFocused = false
            state.intake = intake
            return save(&state)
        case nil:
            return nil
        }
        state.intake = intake
        return []
    }

    /// "This is the person": the intake becomes a new case for that record; the person fields
    /// stay as typed but greyed, only the need and the consent are asked.
    static func choose(_ state: inout AppState) -> [Effect] {
        guard var intake = state.intake, let candidate = intake.selectedCandidate else { return [] }
        intake.chosen = candidate
        intake.panelFocused = false
        intake.edits += 1
        intake.form.dirty = true
        for id in IntakeFields.personFields {
            if let i = intake.form.index(of: id) {
                intake.form.fields[i].readOnly = true
                intake.form.fields[i].problem = nil
            }
        }
        intake.form.focus("area")
        state.intake = intake
        return IntakeDrafts.saveIfBehind(state)
    }

    /// Back to registering a new person (the person fields can be typed again).
    static func undoChoice(_ state: inout AppState) -> [Effect] {
        guard var intake = state.intake, intake.chosen != nil else { return [] }
        intake.chosen = nil
        intake.edits += 1
        for i in intake.form.fields.indices { intake.form.fields[i].readOnly = false }
        intake.form.focus("givenNames")
        state.intake = intake
        state.say(IntakeText.chosenUndone.text, .success)
        return lookUpDuplicates(&state) + IntakeDrafts.saveIfBehind(state)
    }

    /// "Not the same person": the candidate leaves the list; the store remembers the pair
    /// when the intake is saved (the new person has no record before that).
    static func notSamePerson(_ state: inout AppState) -> [Effect] {
        guard var intake = state.intake, let candidate = intake.selectedCandidate else { return [] }
        intake.dismissed.append(candidate)
        intake.candidates.removeAll { $0.personId == candidate.personId }
        intake.panelSelected = min(intake.panelSelected, max(0, intake.candidates.count - 1))
        if intake.candidates.isEmpty { intake.panelFocused = false }
        intake.edits += 1
        intake.form.dirty = true
        state.intake = intake
        state.say(IntakeText.fill(.notSameDone, ["name": candidate.listName]), .success)
        return IntakeDrafts.saveIfBehind(state)
    }

    // MARK: - Saving

    /// Ctrl-S: registers the person and opens the case (or opens a case for the chosen
    /// person), records the consent and the "not the same person" decisions, deletes the draft
    /// and opens the new case. Every problem shows at its field; the focus goes to the first.
    static func save(_ state: inout AppState) -> [Effect] {
        guard var intake = state.intake, !intake.saving else { return [] }
        for field in intake.form.fields.map(\.id) { IntakeFields.interpret(field, &intake.form, today: today(state)) }
        let form = intake.form
        let chosen = intake.chosen
        let local = IntakeFields.formProblems(form, chosen: chosen != nil)
        state.intake = intake
        if !local.isEmpty {
            // Ask the store for the person's problems too, so that all show at once.
            return IntakeDrafts.saveIfBehind(state) + [.run("intake.check") { ctx in
                let person = chosen == nil ? ctx.desk.checkPerson(IntakeFields.personDraft(form)).problems : []
                let all = local + person.map { (IntakeFields.field(forProblem: $0.field, form), $0.message) }
                return StateChange { state in showProblems(&state, all); return [] }
            }]
        }
        intake.saving = true
        state.intake = intake
        state.say(IntakeText.saving.text, .muted)
        let area = ServiceArea(rawValue: form.value("area")) ?? .health
        let priority = CasePriority(rawValue: form.value("priority")) ?? .normal
        let description = form.value("description")
        let method = ConsentMethod(rawValue: form.value("consentMethod")) ?? .verbal
        let scope = IntakeFields.consentScope(form)
        let consent = ConsentGiven(method: method, scope: scope)
        var draft = IntakeFields.personDraft(form)
        let eventId = state.eventRun?.id
        draft.eventId = eventId
        let dismissed = intake.dismissed.map(\.personId)
        let name = chosen?.listName ?? PersonName(givenNames: draft.givenNames, firstSurname: draft.firstSurname,
                                                  secondSurname: draft.secondSurname).fullName
        let request = IntakeRequest(person: chosen.map { .existing(personId: $0.personId) } ?? .new(draft),
                                    area: area, priority: priority, description: description, eventId: eventId,
                                    consent: consent, notSamePeople: dismissed, draftKind: IntakeDrafts.kind)
        return [.run("intake.save", failure: saveFailed) { ctx in
            // One store call: register or reuse, open, take (a caseworker's), consent, the
            // "not the same" answers and the draft, in one transaction.
            let result = try ctx.desk.intake(request, by: ctx.user)
            let opened = result.opened
            if let eventId {
                return StateChange { state in savedAtEvent(&state, eventId, opened: opened, name: name) }
            }
            return StateChange { state in
                state.intake = nil
                if state.screen == .intake {
                    if let previous = state.history.popLast() { state.screen = previous } else { state.screen = .caseList }
                }
                var effects = ScreenDispatch.refresh(&state)
                effects += ScreenDispatch.open(&state, .caseDetail(caseId: opened.id))
                let warnings = opened.warnings.map { $0.message(state.language) }.joined(separator: " ")
                if warnings.isEmpty {
                    state.say(IntakeText.fill(.saved, ["number": opened.number, "name": name]), .success)
                } else {
                    state.say(IntakeText.fill(.savedWithWarnings, ["number": opened.number, "name": name, "warnings": warnings]), .warning)
                }
                if result.taken, let said = state.message {
                    state.message = StatusMessage(said.text + " " + IntakeText.takenByYou(state.language), role: said.role)
                }
                if result.notSameSkipped > 0 { state.say(IntakeText.volunteerNotSame.text, .warning) }
                return effects
            }
        }]
    }

    /// Event mode: the next person's empty quick form at once (the case opens later, from the
    /// queue), and the counters again.
    static func savedAtEvent(_ state: inout AppState, _ eventId: Int64, opened: OpenedCase, name: String) -> [Effect] {
        state.intake = IntakeState(form: IntakeFields.quickForm())
        state.eventRun?.mine += 1
        state.eventRun?.total += 1
        state.say(EventModeText.savedNext.text.filling(["name": .plain(name), "number": .plain(opened.number)]), .success)
        return [EventMode.reloadCounters(eventId)]
    }

    static let saveFailed: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            state.intake?.saving = false
            if case StoreError.validation(let failure) = error, let form = state.intake?.form {
                showProblems(&state, failure.problems.map { (IntakeFields.field(forProblem: $0.field, form), $0.message) })
                return IntakeDrafts.saveIfBehind(state)
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    /// Puts each problem at its field (the first one per field) and the focus on the first.
    static func showProblems(_ state: inout AppState, _ problems: [(field: String, message: LocalizedText)]) {
        guard var intake = state.intake else { return }
        var fields = Set<String>()
        for p in problems where !fields.contains(p.field) {
            fields.insert(p.field)
            intake.form.setProblem(p.field, p.message)
        }
        if let first = intake.form.fields.firstIndex(where: { fields.contains($0.id) && !$0.readOnly }) {
            intake.form.focus = first
        }
        state.intake = intake
        state.say(IntakeText.fill(.saveProblems, ["n": String(fields.count)]), .error)
    }

    // MARK: - Refresh

    /// Another terminal changed the data: the candidates again; nothing typed changes.
    static func refresh(_ state: inout AppState) -> [Effect] {
        lookUpDuplicates(&state)
    }

    /// Alt-X: clears the form and its draft, after asking.
    static func discard(_ state: inout AppState) -> [Effect] {
        state.overlay = .dialog(DialogState(title: IntakeText.discardTitle.text, message: IntakeText.discardQuestion.text,
                                            kind: .confirm) { state, _ in
            state.intake = IntakeState(form: state.eventRun == nil ? IntakeFields.newForm() : IntakeFields.quickForm())
            state.say(IntakeText.discarded.text, .success)
            return [IntakeDrafts.delete()]
        })
        return []
    }
}
