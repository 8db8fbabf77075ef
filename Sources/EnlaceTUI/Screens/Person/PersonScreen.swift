import Foundation
import EnlaceCore
import EnlaceStore

/// The person screen's half of the loop: opening a person, the edit form (the intake's fields
/// and live checks), saving through `CaseDesk.updatePerson`, and deciding about the possible
/// duplicates a save found. Each action is one store call.
enum PersonScreen {
    static func today(_ state: AppState) -> CalendarDate { CalendarDate(state.now, timeZone: state.timeZone) }

    static func open(_ state: inout AppState, personId: Int64) -> [Effect] {
        state.push(.person(PersonState(personId: personId)))
        return [load(personId)]
    }

    /// Another terminal (or Ctrl-R): the record again; a form being typed stays as it is.
    static func refresh(_ state: inout AppState) -> [Effect] {
        guard var person = state.person else { return [] }
        PersonDocumentsTab.hideNumbers(&person)
        state.person = person
        return [load(person.personId)]
    }

    /// A tab (its number, Tab, ←/→). Not while the correction form is open: it keeps the keys.
    static func show(_ tab: PersonTab, _ state: inout AppState) -> [Effect] {
        guard var person = state.person, person.tab != tab, person.form == nil, person.documentsTab.form == nil else { return [] }
        PersonDocumentsTab.hideNumbers(&person)
        person.tab = tab
        state.person = person
        return tab == .access ? PersonAccessTab.shown(&state) : []
    }

    static func resized(_ state: inout AppState) -> [Effect] {
        guard var person = state.person else { return [] }
        person.cursor.clamp(count: person.rows.count, page: PersonView.listRows(state.height))
        state.person = person
        return []
    }

    /// Reads the record and the cases (one audited store call); `then` runs once it is shown.
    static func load(_ personId: Int64, then: (@Sendable (inout AppState) -> Void)? = nil) -> Effect {
        .run("person.load", failure: { error in
            StateChange { state in
                guard state.person?.personId == personId else { return [] }
                let text = PersonScreenText.loadFailed.format(state.language, ["error": DeskTask.describe(error, state.language)])
                state.person?.loadError = text
                state.message = StatusMessage(text, role: .error)
                return []
            }
        }) { ctx in
            let file = try ctx.desk.personPage(id: personId, by: ctx.user)
            return StateChange { state in
                guard var person = state.person, person.personId == personId else { return [] }
                person.file = file
                person.loadError = nil
                person.cursor.clamp(count: person.rows.count, page: PersonView.listRows(state.height))
                person.documentsTab.cursor.clamp(count: file.documents.documents.count, page: PersonDocumentsTabView.listRows(state.height))
                state.person = person
                then?(&state)
                return []
            }
        }
    }

    /// ↑/↓ and the page keys move in the tab shown.
    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        switch state.person?.tab {
        case .record?: return moveInRecord(&state, move)
        case .documents?: return PersonDocumentsTab.move(&state, move)
        case .family?: return PersonFamilyTab.move(&state, move)
        case .rights?: return PersonRightsTab.move(&state, move)
        case .access?: return PersonAccessTab.move(&state, move)
        case nil: return []
        }
    }

    static func moveInRecord(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        guard var person = state.person else { return [] }
        person.cursor.apply(move, count: person.rows.count, page: PersonView.listRows(state.height))
        state.person = person
        return []
    }

    // MARK: - The edit form

    /// The form's own key besides its fields' (Ctrl-S saves through the form too).
    static let formKeys = KeyMap<Bool>([
        KeyBinding([.escape], true, es: "Cancela la corrección (nada cambia)", en: "Cancels the correction (nothing changes)"),
    ])

    /// `e`: the form with the record as read, and the version it was read at.
    static func edit(_ state: inout AppState) -> [Effect] {
        guard var person = state.person, let file = person.file, person.form == nil else { return [] }
        person.form = PersonForm.filled(file.record, today: today(state))
        person.formVersion = file.record.version
        state.person = person
        return []
    }

    /// Keys the tab shown takes before the registry (typing into its form).
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        switch state.person?.tab {
        case .record?: return recordInput(&state, key)
        case .documents?: return PersonDocumentsTab.input(&state, key)
        case .family?: return PersonFamilyTab.input(&state, key)
        case .rights?, .access?: return nil
        case nil: return nil
        }
    }

    /// Keys while the correction form is open: typing, moving between fields (each field is
    /// checked as it is left, as at intake), Esc to cancel, Ctrl-S or Enter on the last field
    /// to save.
    static func recordInput(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard var person = state.person, var form = person.form else { return nil }
        if formKeys.action(for: key) != nil {
            person.form = nil
            person.formVersion = nil
            state.person = person
            state.say(PersonScreenText.editCancelled.text, .muted)
            return []
        }
        let outcome = form.handle(key, language: state.language, areaWidth: 40)
        switch outcome {
        case .ignored:
            return nil
        case .consumed:
            person.form = form
        case .edited(let field):
            if field == "sex" { IntakeFields.interpret(field, &form, today: today(state)) }
            person.form = form
        case .moved(let left):
            IntakeFields.interpret(left, &form, today: today(state))
            person.form = form
        case .submit:
            person.form = form
            state.person = person
            return save(&state)
        }
        state.person = person
        return []
    }

    /// Ctrl-S: every field checked as if left, then one store call (`updatePerson`) with the
    /// version the form was read at. A conflict keeps what was typed and reads the record
    /// again; problems show under their fields; a save says what changed and lists the
    /// possible duplicates it found.
    static func save(_ state: inout AppState) -> [Effect] {
        guard var person = state.person, var form = person.form, let version = person.formVersion,
              !person.saving else { return [] }
        for id in form.fields.map(\.id) { IntakeFields.interpret(id, &form, today: today(state)) }
        person.form = form
        person.saving = true
        state.person = person
        state.say(PersonScreenText.saving.text, .muted)
        let personId = person.personId
        var typed = IntakeFields.personDraft(form)
        // The form shows two phones; a third and more stored ones are kept as they are.
        if let stored = person.file?.record.phones, stored.count > 2 {
            typed.phones += stored.dropFirst(2).map { PhoneDraft($0.e164, whatsApp: $0.whatsApp) }
        }
        let draft = typed
        return [.run("person.save", failure: { error in saveFailed(error, personId: personId) }) { ctx in
            let saved = try ctx.desk.updatePerson(id: personId, draft, version: version, by: ctx.user)
            return StateChange { state in
                guard var person = state.person, person.personId == personId else { return [] }
                person.saving = false
                person.form = nil
                person.formVersion = nil
                person.changed = saved.changed
                person.duplicates = saved.duplicates
                state.person = person
                let fields = saved.changed.map { fieldLabel($0) }
                if saved.changed.isEmpty {
                    state.say(PersonScreenText.nothingChanged.text, .muted)
                } else if saved.duplicates.isEmpty {
                    state.say(LocalizedText(es: PersonScreenText.saved.format(.es, ["fields": fields.map { $0.es }.joined(separator: ", ")]),
                                            en: PersonScreenText.saved.format(.en, ["fields": fields.map { $0.en }.joined(separator: ", ")])),
                              .success)
                } else {
                    let n = String(saved.duplicates.count)
                    state.say(LocalizedText(es: PersonScreenText.savedDuplicates.format(.es, ["fields": fields.map { $0.es }.joined(separator: ", "), "n": n]),
                                            en: PersonScreenText.savedDuplicates.format(.en, ["fields": fields.map { $0.en }.joined(separator: ", "), "n": n])),
                              .warning)
                }
                return [load(personId)]
            }
        }]
    }

    static func saveFailed(_ error: Error, personId: Int64) -> StateChange {
        StateChange { state in
            guard var person = state.person, person.personId == personId else { return [] }
            person.saving = false
            switch error {
            case StoreError.conflict:
                state.person = person
                state.say(PersonScreenText.conflict.text, .warning)
                // The new version, so that a second Ctrl-S saves over it knowingly.
                return [load(personId) { state in
                    if let version = state.person?.file?.record.version, state.person?.form != nil {
                        state.person?.formVersion = version
                    }
                }]
            case StoreError.validation(let failure):
                guard var form = person.form else { break }
                var fields = Set<String>()
                for problem in failure.problems {
                    let field = IntakeFields.field(forProblem: problem.field, form)
                    guard fields.insert(field).inserted else { continue }
                    form.setProblem(field, problem.message)
                }
                if let first = form.fields.firstIndex(where: { fields.contains($0.id) }) { form.focus = first }
                person.form = form
                state.person = person
                state.say(PersonScreenText.fill(.problems, ["n": String(fields.count)]), .error)
                return []
            default:
                break
            }
            state.person = person
            state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            return []
        }
    }

    /// A changed field's label as the form shows it ("phones": the phone's).
    static func fieldLabel(_ field: String) -> LocalizedText {
        let id = field == "phones" ? "phone" : field
        return PersonForm.make()[id]?.label ?? .plain(field)
    }

    // MARK: - Possible duplicates

    /// `n`: the selected candidate is someone else (one store call); it leaves the list.
    /// `x` (supervisors): the person's file, written to `persona-<id>.txt` (mode 0600) in the
    /// output folder, in one audited store read (`CaseDesk.personFile`).
    static func exportFile(_ state: inout AppState) -> [Effect] {
        guard let personId = state.person?.personId else { return [] }
        let (organization, timeZone) = (state.organization, state.timeZone)
        return [.run("person.export") { ctx in
            let file = try ctx.desk.personFile(id: personId, by: ctx.user)
            let url = ctx.outputDirectory.appendingPathComponent("persona-\(personId).txt")
            do {
                try PrivateFile.write(PersonFileText.render(file, organization: organization, timeZone: timeZone), to: url)
            } catch {
                let reason = (error as? PrivateFile.Failure).map { String(cString: strerror($0.errno)) } ?? "\(error)"
                return StateChange { state in
                    state.say(PersonScreenText.fill(.exportNotWritten, ["path": url.path, "reason": reason]), .error)
                    return []
                }
            }
            return StateChange { state in
                state.say(AuditChainText.withCheckpoint(PersonScreenText.fill(.exportWritten, ["file": url.lastPathComponent,
                                                                 "folder": url.deletingLastPathComponent().path]), file.checkpoint), .success)
                return []
            }
        }]
    }

    static func notSame(_ state: inout AppState) -> [Effect] {
        guard let person = state.person, let candidate = person.selectedDuplicate else { return [] }
        let personId = person.personId
        return [.run("person.notSame") { ctx in
            try ctx.desk.markNotSamePerson(a: personId, b: candidate.personId, by: ctx.user)
            return StateChange { state in
                removeDuplicate(&state, candidate.personId)
                state.say(PersonScreenText.fill(.notSameDone, ["name": candidate.listName]), .success)
                return []
            }
        }]
    }

    /// `l` (supervisors): links the candidate as a duplicate of this person, after asking.
    static func link(_ state: inout AppState) -> [Effect] {
        guard let person = state.person, let candidate = person.selectedDuplicate else { return [] }
        let personId = person.personId
        state.overlay = .dialog(DialogState(title: PersonScreenText.linkTitle.text,
                                            message: PersonScreenText.fill(.linkQuestion, ["name": candidate.listName]),
                                            kind: .confirm) { _, _ in
            [.run("person.link") { ctx in
                try ctx.desk.linkPeople(duplicate: candidate.personId, survivor: personId, by: ctx.user)
                return StateChange { state in
                    removeDuplicate(&state, candidate.personId)
                    state.say(PersonScreenText.fill(.linkedDone, ["name": candidate.listName]), .success)
                    return [load(personId)]
                }
            }]
        })
        return []
    }

    static func removeDuplicate(_ state: inout AppState, _ id: Int64) {
        guard var person = state.person else { return }
        person.duplicates.removeAll { $0.personId == id }
        person.cursor.clamp(count: person.rows.count, page: PersonView.listRows(state.height))
        state.person = person
    }
}
