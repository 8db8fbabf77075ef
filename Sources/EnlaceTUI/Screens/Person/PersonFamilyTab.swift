import Foundation
import EnlaceCore
import EnlaceStore

/// The Family tab's half of the loop: the relatives, next-of-kin contacts and same-person
/// links read with the page; a form to link another person found by name (one search call),
/// a form for a next-of-kin contact; each change one store call, then the page read again.
enum PersonFamilyTab {
    static let formPath = FormSlot(get: { $0.person?.family.form?.form }, set: { $0.person?.family.form?.form = $1 })

    static func rows(_ state: AppState) -> [PersonFamilyState.Row] {
        state.person?.file.map { PersonFamilyState.rows($0.household) } ?? []
    }

    static func selected(_ state: AppState) -> PersonFamilyState.Row? {
        let all = rows(state)
        guard let cursor = state.person?.family.cursor, all.indices.contains(cursor.selected) else { return nil }
        return all[cursor.selected]
    }

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        let (count, page) = (rows(state).count, PersonFamilyTabView.listRows(state.height))
        state.person?.family.cursor.apply(move, count: count, page: page)
        return []
    }

    /// After the page is read again: the cursor stays within the list.
    static func clamp(_ state: inout AppState) {
        let (count, page) = (rows(state).count, PersonFamilyTabView.listRows(state.height))
        state.person?.family.cursor.clamp(count: count, page: page)
    }

    // MARK: - Forms

    static func relationshipChoices(supervisor: Bool, selected: String?) -> FormField.Input {
        var options = HouseholdRelationship.allCases.map { Choice($0.rawValue, $0.label.text) }
        if supervisor { options.append(Choice(FamilyForm.samePerson, FamilyText.samePerson.text)) }
        return .choice(ChoiceField(options, selectedID: selected))
    }

    /// `a`: the form to find another registered person and say what they are to this one.
    static func startLink(_ state: inout AppState) -> [Effect] {
        var person = FormField("related", FamilyText.fieldPerson.text, required: true, input: .choice(ChoiceField([], selected: nil)))
        person.placeholder = FamilyText.personHint.text
        let form = FormState([
            .text("search", FamilyText.fieldSearch.text, maxLength: 100, placeholder: FamilyText.searchHint.text),
            person,
            FormField("relationship", FamilyText.fieldRelationship.text, required: true,
                      input: relationshipChoices(supervisor: state.user.has(.supervisor), selected: nil)),
        ])
        state.person?.family.form = FamilyForm(purpose: .link, form: form)
        return []
    }

    static func contactForm(_ contact: KinContact?) -> FormState {
        let phone = { (i: Int) in contact.flatMap { $0.phones.indices.contains(i) ? PersonForm.local($0.phones[i]) : nil } ?? "" }
        let countries = [Choice("", FamilyText.countryNone.text)] + KinCountry.allCases.map { Choice($0.rawValue, $0.label.text) }
        return FormState([
            .text("name", HouseholdText.fieldName.text, required: true, value: contact?.name ?? "", maxLength: 200),
            FormField("relationship", FamilyText.fieldRelationship.text, required: true,
                      input: relationshipChoices(supervisor: false, selected: contact?.relationship.rawValue)),
            .text("phone", HouseholdText.fieldPhone.text, value: phone(0), maxLength: 40),
            .text("phone2", FamilyText.fieldPhone2.text, value: phone(1), maxLength: 40),
            FormField("country", FamilyText.fieldCountry.text,
                      input: .choice(ChoiceField(countries, selectedID: contact?.country?.rawValue ?? ""))),
            .text("place", HouseholdText.fieldPlace.text, value: contact?.place ?? "", maxLength: 200),
            .text("notes", HouseholdText.fieldNotes.text, value: contact?.notes ?? "", maxLength: 1000),
        ])
    }

    /// `k`: a new next-of-kin contact.
    static func startContact(_ state: inout AppState) -> [Effect] {
        state.person?.family.form = FamilyForm(purpose: .addContact, form: contactForm(nil))
        return []
    }

    /// `c`: the selected contact's form, at the version read.
    static func startEdit(_ state: inout AppState) -> [Effect] {
        guard case .contact(let contact)? = selected(state) else { return [] }
        state.person?.family.form = FamilyForm(purpose: .editContact(id: contact.id, version: contact.version),
                                               form: contactForm(contact))
        return []
    }

    /// Keys while a form is open. Leaving the search field (Enter or Tab) with new text runs
    /// one search; the rest is the tab forms' usual handling.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        guard let open = state.person?.family.form else { return nil }
        var effects: [Effect] = []
        let text = open.form.value("search").trimmingCharacters(in: .whitespaces)
        if open.purpose == .link, open.form.focusedID == "search", key == .enter || key == .tab,
           !text.isEmpty, text != open.searched {
            state.person?.family.form?.searched = text
            state.say(FamilyText.searching.text, .muted)
            effects.append(search(text, personId: state.person?.personId ?? 0))
        }
        let handled = AdminFormInput.handle(&state, key, form: formPath, close: { $0.person?.family.form = nil }, submit: submit)
        return handled.map { effects + $0 } ?? (effects.isEmpty ? nil : effects)
    }

    /// One search call; the people found (this one left out) become the person choice.
    static func search(_ text: String, personId: Int64) -> Effect {
        .run("person.family.search") { ctx in
            let hits = try ctx.desk.search(text, by: ctx.user, limit: 12).filter { $0.personId != personId }
            return StateChange { state in
                guard var open = state.person?.family.form, open.searched == text,
                      let i = open.form.index(of: "related") else { return [] }
                open.hits = hits
                open.form.fields[i].input = .choice(ChoiceField(hits.map { Choice(String($0.personId), name: line($0)) },
                                                                selected: hits.isEmpty ? nil : 0))
                open.form.setProblem("related", nil)
                state.person?.family.form = open
                if hits.isEmpty {
                    state.say(FamilyText.fill(.foundNone, ["text": .plain(text)]), .warning)
                } else {
                    state.say(FamilyText.fill(.found, ["n": .plain(String(hits.count))]), .muted)
                }
                return []
            }
        }
    }

    /// "Muñoz Pérez, José Ángel · 2026-000042".
    static func line(_ hit: SearchHit) -> String {
        ([hit.listName] + hit.caseNumbers.prefix(1)).joined(separator: " · ")
    }

    /// Ctrl-S (or Enter on the last field): one store call, then the page again.
    static func submit(_ state: inout AppState) -> [Effect] {
        guard let personId = state.person?.personId, let open = state.person?.family.form else { return [] }
        let form = open.form
        let failure: @Sendable (Error) -> StateChange = { error in
            StateChange { state in AdminFormInput.refused(error, &state, form: formPath); return [] }
        }
        let rel = HouseholdRelationship(rawValue: form.value("relationship"))
        switch open.purpose {
        case .link:
            guard let related = Int64(form.value("related")),
                  let hit = open.hits.first(where: { $0.personId == related }) else {
                var asked = form
                asked.setProblem("related", FamilyText.searchFirst.text)
                asked.focus("search")
                formPath.set(&state, asked)
                return []
            }
            let same = form.value("relationship") == FamilyForm.samePerson
            return [.run("person.family.link", failure: failure) { ctx in
                if same {
                    try ctx.desk.linkPeople(duplicate: related, survivor: personId, by: ctx.user)
                } else if let rel {
                    try ctx.desk.linkHousehold(personId: personId, relatedPersonId: related, as: rel, by: ctx.user)
                }
                let said = same ? FamilyText.fill(.linkedSameDone, ["name": .plain(hit.listName)])
                    : FamilyText.fill(.linkedDone, ["name": .plain(hit.listName), "relationship": lower(rel?.label.text)])
                return done(personId, said)
            }]
        case .addContact, .editContact:
            let draft = KinDraft(name: form.value("name"), relationship: rel ?? .otherRelative,
                                 phones: [form.value("phone"), form.value("phone2")],
                                 country: KinCountry(rawValue: form.value("country")),
                                 place: form.value("place"), notes: form.value("notes"))
            let purpose = open.purpose
            return [.run("person.family.contact", failure: { error in
                // The store names phones "phones[0]", "phones[1]": the form's "phone", "phone2".
                StateChange { state in
                    AdminFormInput.refused(renamedPhones(error), &state, form: formPath)
                    return []
                }
            }) { ctx in
                let saved: KinContact
                if case .editContact(let id, let version) = purpose {
                    saved = try ctx.desk.updateKinContact(id: id, draft, version: version, by: ctx.user)
                } else {
                    saved = try ctx.desk.addKinContact(personId: personId, draft, by: ctx.user)
                }
                let said: FamilyText = purpose == .addContact ? .contactAdded : .contactEdited
                return done(personId, FamilyText.fill(said, ["name": .plain(saved.name)]))
            }]
        }
    }

    static func lower(_ text: LocalizedText?) -> LocalizedText {
        LocalizedText(es: text?.es.lowercased() ?? "", en: text?.en.lowercased() ?? "")
    }

    static func renamedPhones(_ error: Error) -> Error {
        guard case StoreError.validation(let failure) = error else { return error }
        return StoreError.validation(ValidationFailure(failure.problems.map { p in
            let field = ["phones[0]": "phone", "phones[1]": "phone2", "phones": "phone"][p.field] ?? p.field
            return FieldProblem(field: field, label: p.label, message: p.message)
        }))
    }

    /// A change was saved: the form closes, the message says it, the page is read again.
    static func done(_ personId: Int64, _ said: LocalizedText) -> StateChange {
        StateChange { state in
            guard state.person?.personId == personId else { return [] }
            state.person?.family.form = nil
            state.say(said, .success)
            return [PersonScreen.load(personId) { clamp(&$0) }]
        }
    }

    // MARK: - Removing and opening

    /// `d`: the selected link or contact goes, after asking (a same-person link: supervisors).
    static func remove(_ state: inout AppState) -> [Effect] {
        guard let personId = state.person?.personId, let row = selected(state) else { return [] }
        let question: LocalizedText
        let change: @Sendable (CaseDesk, UserAccount) throws -> LocalizedText
        switch row {
        case .relative(let r):
            question = FamilyText.fill(.removeLinkQuestion, ["name": .plain(r.name)])
            change = { desk, user in
                try desk.unlinkHousehold(personId: personId, relatedPersonId: r.personId, by: user)
                return FamilyText.fill(.unlinkedDone, ["name": .plain(r.name)])
            }
        case .contact(let k):
            question = FamilyText.fill(.removeContactQuestion, ["name": .plain(k.name)])
            change = { desk, user in
                try desk.removeKinContact(id: k.id, by: user)
                return FamilyText.fill(.contactRemoved, ["name": .plain(k.name)])
            }
        case .duplicate(let d):
            question = FamilyText.fill(.unlinkSameQuestion, ["name": .plain(d.name)])
            change = { desk, user in
                try desk.unlinkPeople(duplicate: d.personId, survivor: personId, by: user)
                return FamilyText.fill(.unlinkedSameDone, ["name": .plain(d.name)])
            }
        case .survivor(let s):
            question = FamilyText.fill(.unlinkSameQuestion, ["name": .plain(s.name)])
            change = { desk, user in
                try desk.unlinkPeople(duplicate: personId, survivor: s.personId, by: user)
                return FamilyText.fill(.unlinkedSameDone, ["name": .plain(s.name)])
            }
        }
        state.overlay = .dialog(DialogState(title: FamilyText.removeTitle.text, message: question, kind: .confirm) { _, _ in
            [.run("person.family.remove") { ctx in done(personId, try change(ctx.desk, ctx.user)) }]
        })
        return []
    }

    /// Enter: the selected relative's (or linked record's) own person screen.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let id = selected(state)?.personId else { return [] }
        return ScreenDispatch.open(&state, .person(personId: id))
    }

    // MARK: - Availability

    static func onTab(_ state: AppState) -> LocalizedText? {
        if let reason = PersonCommands.only(.family)(state) { return reason }
        if state.person?.file == nil { return PersonScreenText.notLoaded.text }
        return state.person?.family.form != nil ? PersonScreenText.editing.text : nil
    }

    static func onContact(_ state: AppState) -> LocalizedText? {
        if let reason = onTab(state) { return reason }
        if case .contact? = selected(state) { return nil }
        return FamilyText.notAContact.text
    }

    static func onRow(_ state: AppState) -> LocalizedText? {
        if let reason = onTab(state) { return reason }
        switch selected(state) {
        case nil: return FamilyText.nothingSelected.text
        case .duplicate?, .survivor?: return state.user.has(.supervisor) ? nil : FamilyText.onlySupervisors.text
        case .relative?, .contact?: return nil
        }
    }

    static func onPerson(_ state: AppState) -> LocalizedText? {
        if let reason = onTab(state) { return reason }
        return selected(state)?.personId == nil ? FamilyText.notAPerson.text : nil
    }
}
