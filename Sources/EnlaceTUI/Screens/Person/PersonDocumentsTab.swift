import Foundation
import EnlaceCore
import EnlaceStore

/// The "Documentos e idiomas" tab's half of the loop: move over the documents, add / change /
/// remove one, show one number in full (audited), set the languages. Each change is one store
/// call; the page is read again after it.
enum PersonDocumentsTab {
    typealias T = PersonDocumentsTabText

    static let formSlot = FormSlot(get: { $0.person?.documentsTab.form?.form },
                                   set: { state, form in state.person?.documentsTab.form?.form = form })

    static func page(_ state: AppState) -> PersonDocumentsPage? { state.person?.file?.documents }

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        guard var person = state.person else { return [] }
        person.documentsTab.cursor.apply(move, count: page(state)?.documents.count ?? 0,
                                         page: PersonDocumentsTabView.listRows(state.height))
        state.person = person
        return []
    }

    /// Numbers shown in full are forgotten (the tab changes, the screen is read again).
    static func hideNumbers(_ person: inout PersonState) {
        person.documentsTab.revealed = [:]
    }

    // MARK: availability

    static func notHere(_ state: AppState) -> LocalizedText? {
        if let reason = PersonCommands.only(.documents)(state) { return reason }
        if state.person?.file == nil { return PersonScreenText.notLoaded.text }
        return state.person?.documentsTab.form != nil ? T.formOpen.text : nil
    }

    static func noDocument(_ state: AppState) -> LocalizedText? {
        if let reason = notHere(state) { return reason }
        return state.person?.documentsTab.selected(in: page(state)) == nil ? T.noDocument.text : nil
    }

    // MARK: commands

    static func add(_ state: inout AppState) -> [Effect] {
        state.person?.documentsTab.form = .document(nil)
        return []
    }

    static func edit(_ state: inout AppState) -> [Effect] {
        guard let line = state.person?.documentsTab.selected(in: page(state)) else { return [] }
        state.person?.documentsTab.form = .document(line)
        return []
    }

    static func setLanguages(_ state: inout AppState) -> [Effect] {
        guard let file = state.person?.file else { return [] }
        state.person?.documentsTab.form = .languages(file.documents.languages, version: file.record.version)
        return []
    }

    /// `v`: the selected document's number in full, until the tab changes or the screen is
    /// read again (one audited store call).
    static func reveal(_ state: inout AppState) -> [Effect] {
        guard let person = state.person, let line = person.documentsTab.selected(in: page(state)) else { return [] }
        guard line.maskedNumber != nil else {
            state.say(T.noNumber.text, .muted)
            return []
        }
        let personId = person.personId
        return [.run("person.documents.reveal") { ctx in
            let number = try ctx.desk.revealDocumentNumber(id: line.id, by: ctx.user)
            return StateChange { state in
                guard state.person?.personId == personId, let number else { return [] }
                state.person?.documentsTab.revealed[line.id] = number
                state.say(T.revealedNote.text, .warning)
                return []
            }
        }]
    }

    static func remove(_ state: inout AppState) -> [Effect] {
        guard let person = state.person, let line = person.documentsTab.selected(in: page(state)) else { return [] }
        let personId = person.personId
        let name = describe(line)
        state.overlay = .dialog(DialogState(title: T.removeTitle.text, message: T.fill(.removeQuestion, ["document": name]),
                                            kind: .confirm) { _, _ in
            [.run("person.documents.remove") { ctx in
                try ctx.desk.removeDocument(id: line.id, version: line.version, by: ctx.user)
                return StateChange { state in
                    state.person?.documentsTab.revealed[line.id] = nil
                    state.say(T.fill(.removed, ["document": name]), .success)
                    return [PersonScreen.load(personId)]
                }
            }]
        })
        return []
    }

    /// "Matrícula consular · ••••1234".
    static func describe(_ line: PersonDocumentLine) -> LocalizedText {
        LocalizedText(es: ([line.kind.label(.es)] + [line.maskedNumber].compactMap { $0 }).joined(separator: " · "),
                      en: ([line.kind.label(.en)] + [line.maskedNumber].compactMap { $0 }).joined(separator: " · "))
    }

    // MARK: the form

    /// Keys while the form is open (`AdminFormInput`: Esc asks when something was typed,
    /// letters never reach the tab's commands); a field left is read as it will be saved.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard state.person?.documentsTab.form != nil else { return nil }
        let effects = AdminFormInput.handle(&state, key, form: formSlot,
                                            close: { $0.person?.documentsTab.form = nil }, submit: submit)
        if var form = formSlot.get(state) {
            let today = PersonScreen.today(state)
            // A field left is read in full; the one being typed shows its reading, not yet its problems.
            for id in ["expires", "spoken"] { interpret(id, &form, today: today, problems: form.focusedID != id) }
            formSlot.set(&state, form)
        }
        return effects
    }

    /// The words under a field: the expiry date in words, the languages as understood; or what
    /// is wrong.
    static func interpret(_ id: String, _ form: inout FormState, today: CalendarDate = CalendarDate(Date()),
                          problems: Bool = true) {
        let text = form.value(id).trimmingCharacters(in: .whitespaces)
        switch id {
        case "expires":
            guard !text.isEmpty else { form.setNote(id, nil); form.setProblem(id, nil); return }
            switch DateInput.parse(text, today: today, twoDigitYearFuture: 30) {
            case .success(let parsed):
                form.setProblem(id, nil)
                form.setNote(id, LocalizedText(es: DateInput.words(parsed.date, .es), en: DateInput.words(parsed.date, .en)))
            case .failure(let problem):
                form.setNote(id, nil)
                form.setProblem(id, problems ? DocumentProblem.date(problem).message : nil)
            }
        case "spoken":
            switch LanguageProfile.parseList(text) {
            case .success(let list):
                form.setProblem(id, nil)
                let profile = LanguageProfile(spoken: list)
                form.setNote(id, profile.spoken.isEmpty ? nil : LocalizedText(
                    es: profile.spoken.map { $0.label(.es) }.joined(separator: ", "),
                    en: profile.spoken.map { $0.label(.en) }.joined(separator: ", ")))
            case .failure(let problem):
                form.setNote(id, nil)
                form.setProblem(id, problems ? problem.message : nil)
            }
        default: break
        }
    }

    /// Ctrl-S (or Enter on the last field): one store call with the version the form was
    /// opened at. Problems show under their fields; a conflict keeps what was typed and reads
    /// the person again.
    static func submit(_ state: inout AppState) -> [Effect] {
        guard let person = state.person, var open = person.documentsTab.form, !open.saving else { return [] }
        let personId = person.personId
        let form = open.form
        let failure: @Sendable (Error) -> StateChange = { error in
            StateChange { state in
                state.person?.documentsTab.form?.saving = false
                if case StoreError.conflict = error {
                    state.say(T.conflict.text, .warning)
                    return [PersonScreen.load(personId) { state in refreshVersion(&state) }]
                }
                AdminFormInput.refused(error, &state, form: formSlot)
                return []
            }
        }
        switch open.purpose {
        case .languages(let version):
            let spoken: [SpokenLanguage]
            switch LanguageProfile.parseList(form.value("spoken")) {
            case .success(let list): spoken = list
            case .failure(let problem):
                open.form.setProblem("spoken", problem.message)
                open.form.focus("spoken")
                state.person?.documentsTab.form = open
                return []
            }
            let profile = LanguageProfile(spoken: spoken, preferred: SpokenLanguage(rawValue: form.value("preferred")),
                                          needsInterpreter: form["interpreter"]?.isChecked ?? false)
            state.person?.documentsTab.form?.saving = true
            return [.run("person.languages.save", failure: failure) { ctx in
                let saved = try ctx.desk.setLanguages(personId: personId, profile, version: version, by: ctx.user)
                return StateChange { state in
                    state.person?.documentsTab.form = nil
                    state.say((saved.changed.isEmpty ? T.languagesUnchanged : T.languagesSaved).text, saved.changed.isEmpty ? .muted : .success)
                    return [PersonScreen.load(personId)]
                }
            }]
        case .addDocument, .editDocument:
            guard let kind = IdentityDocumentKind(rawValue: form.value("kind")),
                  let status = DocumentStatus(rawValue: form.value("status")) else { return [] }
            let typed = form.value("number")
            var number: String? = typed
            if case .editDocument = open.purpose {
                number = form["clearNumber"]?.isChecked == true ? "" : typed.trimmingCharacters(in: .whitespaces).isEmpty ? nil : typed
            }
            let draft = DocumentDraft(kind: kind, status: status, number: number, expires: form.value("expires"))
            let purpose = open.purpose
            state.person?.documentsTab.form?.saving = true
            return [.run("person.documents.save", failure: failure) { ctx in
                let line: PersonDocumentLine
                let changed: Bool
                if case .editDocument(let id, let version, _) = purpose {
                    let saved = try ctx.desk.editDocument(id: id, draft, version: version, by: ctx.user)
                    (line, changed) = (saved.line, !saved.changed.isEmpty)
                } else {
                    (line, changed) = (try ctx.desk.addDocument(personId: personId, draft, by: ctx.user), true)
                }
                return StateChange { state in
                    state.person?.documentsTab.form = nil
                    state.person?.documentsTab.revealed[line.id] = nil
                    let said: LocalizedText = !changed ? T.unchanged.text
                        : T.fill(purpose == .addDocument ? .added : .edited, ["document": describe(line)])
                    state.say(said, changed ? .success : .muted)
                    return [PersonScreen.load(personId) { state in select(line.id, &state) }]
                }
            }]
        }
    }

    /// After a conflict: the open form takes the version just read, so that a second Ctrl-S
    /// saves over it knowingly (what was typed stays).
    static func refreshVersion(_ state: inout AppState) {
        guard let person = state.person, let open = person.documentsTab.form, let file = person.file else { return }
        switch open.purpose {
        case .languages:
            state.person?.documentsTab.form?.purpose = .languages(version: file.record.version)
        case .editDocument(let id, _, let masked):
            if let now = file.documents.documents.first(where: { $0.id == id }) {
                state.person?.documentsTab.form?.purpose = .editDocument(id: id, version: now.version, masked: masked)
            }
        case .addDocument:
            break
        }
    }

    static func select(_ id: Int64, _ state: inout AppState) {
        guard let documents = page(state)?.documents, let i = documents.firstIndex(where: { $0.id == id }) else { return }
        guard var person = state.person else { return }
        person.documentsTab.cursor.selected = i
        person.documentsTab.cursor.clamp(count: documents.count, page: PersonDocumentsTabView.listRows(state.height))
        state.person = person
    }
}
