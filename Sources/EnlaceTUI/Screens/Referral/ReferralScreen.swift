import Foundation
import EnlaceCore
import EnlaceStore

/// The referral screen's half of the loop: opening it, typing into the form, saving and
/// sending, and the workflow steps of a referral already sent.
enum ReferralScreen {
    typealias S = ReferralScreenText

    // MARK: - Opening

    /// A new referral of a case: the kind first, then its form.
    static func openNew(_ state: inout AppState, caseId: Int64) -> [Effect] {
        enter(&state, mode: .choosingKind, caseId: caseId, referralId: nil)
        return [loadCase(caseId)]
    }

    /// An existing referral: a draft opens in its form, any other in the referral view.
    static func openExisting(_ state: inout AppState, referralId: Int64) -> [Effect] {
        enter(&state, mode: .view, caseId: nil, referralId: referralId)
        return [load(referralId, audited: true)]
    }

    /// A fresh referral screen on top of the current one.
    static func enter(_ state: inout AppState, mode: ReferralState.Mode, caseId: Int64?, referralId: Int64?) {
        var r = ReferralState()
        r.mode = mode
        r.caseId = caseId
        r.referralId = referralId
        state.push(.referral(r))
    }

    /// The case's number, person and where the person lives (for the partner order).
    static func loadCase(_ caseId: Int64) -> Effect {
        .run("referral.case") { ctx in
            let detail = try ctx.desk.caseDetail(id: caseId, timelineLimit: 1, by: ctx.user)
            let person = try? ctx.desk.person(id: detail.header.personId, by: ctx.user)
            let household = try? ctx.desk.household(ofCase: caseId, by: ctx.user)
            return StateChange { state in
                guard state.referral.caseId == caseId else { return [] }
                state.referral.caseNumber = detail.header.number
                state.referral.personName = detail.header.personName
                let before = state.referral.personState
                state.referral.personState = person?.usState
                state.referral.household = household
                ReferralKinPick.show(&state)
                if let kind = state.referral.kind, before != person?.usState {
                    return [loadPartners(kind, near: person?.usState)]
                }
                return []
            }
        }
    }

    /// Partners serving `kind`, those in the person's state first.
    static func loadPartners(_ kind: ReferralKind, near: String?) -> Effect {
        .run("referral.partners") { ctx in
            let partners = try ctx.desk.partners(kind: kind, nearState: near, limit: CaseDesk.maximumPartners)
            let templates = try ctx.desk.checklistTemplates()
            return StateChange { state in
                guard state.referral.kind == kind else { return [] }
                state.referral.partners = partners
                state.referral.templates = templates
                if state.referral.draft == nil { showChecklist(&state) }
                if let i = state.referral.form.index(of: "partner"), case .choice(var c) = state.referral.form.fields[i].input {
                    // A draft's partner is chosen once the list it belongs to has arrived.
                    let chosen = c.selectedID ?? state.referral.draft?.partnerId
                    c.options = ReferralForm.partnerChoices(partners)
                    c.select(id: chosen)
                    state.referral.form.fields[i].input = .choice(c)
                }
                return []
            }
        }
    }

    /// The referral, its partner and the actions the workflow offers now. A draft goes to its
    /// form (keeping what is typed when the form is already open).
    /// `audited`: the opening read (a `viewed` row); reloads after a step or a change elsewhere
    /// are not (a refresh must not write).
    static func load(_ id: Int64, openDraftForm: Bool = true, audited: Bool = false) -> Effect {
        .run("referral.load") { ctx in
            let detail = try ctx.desk.referralDetail(id: id, audited: audited, by: ctx.user)
            let actions = try ctx.desk.availableReferralActions(id: id, by: ctx.user)
            let partner = try detail.referral.partnerId.flatMap(Int64.init).map { try ctx.desk.partner(id: $0) }
            let caseId = Int64(detail.referral.caseId)
            return StateChange { state in
                guard state.referral.referralId == id else { return [] }
                var r = state.referral
                r.detail = detail
                r.actions = actions
                r.partner = partner
                r.caseNumber = detail.caseNumber
                r.caseId = caseId
                r.checklistCursor = min(r.checklistCursor, max(0, detail.referral.checklist.count - 1))
                var effects: [Effect] = []
                if openDraftForm, detail.referral.status == .draft, r.mode != .form {
                    r.kind = detail.referral.kind
                    r.draft = detail.referral
                    r.form = FormState(ReferralForm.fields(kind: detail.referral.kind, partners: r.partners,
                                                           draft: detail.referral, timeZone: state.timeZone, now: state.now))
                    r.mode = .form
                    effects.append(loadPartners(detail.referral.kind, near: r.personState))
                }
                if let caseId, r.personName == nil, state.referral.caseNumber == nil { effects.append(loadCase(caseId)) }
                state.referral = r
                ReferralKinPick.show(&state)
                return effects
            }
        }
    }

    // MARK: - Keys the screen takes before the registry

    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        switch state.referral.mode {
        case .choosingKind: return kindInput(&state, key)
        case .form: return formInput(&state, key)
        case .view: return nil
        }
    }

    enum KindKey: Sendable { case choose, number, other }

    /// The keys of the kind chooser (besides the list's own).
    static let kindKeys = KeyMap<KindKey>([
        KeyBinding([.enter], .choose, es: "Abre el formulario del tipo marcado", en: "Opens the form of the marked kind"),
        KeyBinding(patterns: [.digit], .number, es: "Abre el formulario del tipo de ese número", en: "Opens the form of the kind of that number"),
        KeyBinding(patterns: [.typing], .other, es: "Otras letras no hacen nada al elegir el tipo",
                   en: "Other letters do nothing while choosing the kind"),
    ])

    enum FormKey: Sendable { case leave, swallow }

    /// The form's own keys (besides the form's and its fields').
    static let formKeys = KeyMap<FormKey>([
        KeyBinding([.escape], .leave, es: "Sale del formulario (pregunta si hay algo escrito)",
                   en: "Leaves the form (asks when something was typed)"),
        KeyBinding(patterns: [.typing], .swallow, es: "Con el formulario abierto, las letras no ejecutan comandos",
                   en: "While the form is open, letters run no commands"),
    ])

    static func kindInput(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let kinds = ReferralKind.allCases
        switch kindKeys.action(for: key) {
        case .choose?:
            return chooseKind(&state, kinds[state.referral.kindCursor.selected])
        case .number?:
            if let n = key.typedCharacter?.wholeNumberValue, (1...kinds.count).contains(n) { return chooseKind(&state, kinds[n - 1]) }
            return []
        case .other?:
            return []
        case nil:
            if state.referral.kindCursor.handle(key, count: kinds.count, page: kinds.count) { return [] }
            return nil
        }
    }

    static func chooseKind(_ state: inout AppState, _ kind: ReferralKind) -> [Effect] {
        state.referral.kind = kind
        state.referral.form = FormState(ReferralForm.fields(kind: kind, partners: [], draft: nil,
                                                            timeZone: state.timeZone, now: state.now))
        state.referral.mode = .form
        state.referral.partners = []
        ReferralKinPick.show(&state)
        return [loadPartners(kind, near: state.referral.personState)]
    }

    static func formInput(_ state: inout AppState, _ key: Key) -> [Effect]? {
        let own = formKeys.action(for: key)
        if own == .leave {
            guard state.referral.form.dirty else { return nil }
            state.overlay = .dialog(DialogState(title: FormText.unsavedTitle.text, message: FormText.unsavedQuestion.text,
                                                kind: .confirm) { state, _ in
                state.referral.form.dirty = false
                return ScreenDispatch.back(&state)
            })
            return []
        }
        var form = state.referral.form
        let outcome = form.handle(key, language: state.language)
        state.referral.form = form
        switch outcome {
        case .submit:
            return save(&state, thenSend: false)
        case .edited(let field):
            edited(&state, field)
            return []
        case .moved(let left):
            check(&state, left)
            return []
        case .consumed:
            return []
        case .ignored:
            // Letters never reach the referral view's one-key actions while a form is open.
            return own == .swallow ? [] : nil
        }
    }

    /// Live feedback while a field is typed: dates in words, a new consular procedure's
    /// documents, the urgency a legal deadline suggests.
    /// The chosen partner's working days to answer become what an empty response date means.
    static func partnerResponseDays(_ state: inout AppState) {
        let id = state.referral.form.value("partner")
        let days = state.referral.partners.first { $0.id == id }?.responseDays ?? CaseDesk.defaultResponseWorkingDays
        guard let kind = state.referral.kind, let i = state.referral.form.index(of: "responseDue") else { return }
        state.referral.form.fields[i].placeholder = ReferralForm.responseDuePlaceholder(
            days: days, kind: kind, timeZone: state.timeZone, now: state.now)
    }

    static func edited(_ state: inout AppState, _ field: String) {
        state.referral.form.setProblem(field, nil)
        if field == "partner" { partnerResponseDays(&state) }
        if field == ReferralKinPick.field { ReferralKinPick.picked(&state) }
        if ReferralForm.isDateField(field) { dateNote(&state, field) }
        if field == "co.procedure" {
            var form = state.referral.form
            showChecklist(&state)
        }
        if ["la.detained", "la.deadline", "la.court"].contains(field) {
            let form = state.referral.form
            if case .success(let details) = Result(catching: {
                try ReferralForm.readDetails(form, kind: .legalAid, timeZone: state.timeZone, now: state.now)
            }), case .legalAid(let legal) = details {
                let suggested = legal.suggestedUrgency(at: state.now)
                state.referral.form.setNote("urgency", S.suggestedUrgency.text.filling(["urgency": suggested.label.text]),
                                            role: suggested == .urgent ? .urgent : .warning)
                if suggested.rank > (ReferralUrgency(rawValue: form.value("urgency")) ?? .routine).rank,
                   let i = form.index(of: "urgency"), case .choice(var c) = form.fields[i].input {
                    c.select(id: suggested.rawValue)
                    state.referral.form.fields[i].input = .choice(c)
                }
            }
        }
    }

    /// The form's document boxes from the organization's checklist for the kind (and the
    /// consular procedure chosen), keeping the ticks of documents already ticked.
    static func showChecklist(_ state: inout AppState) {
        guard let kind = state.referral.kind else { return }
        var form = state.referral.form
        let details: ReferralDetails = kind == .consularOrientation
            ? .consularOrientation(ConsularDetails(procedure: ConsularProcedure(rawValue: form.value("co.procedure"))))
            : .empty(kind)
        let old = form.fields.filter { $0.id.hasPrefix(ReferralForm.docPrefix) }
        let ticked = Set(old.filter(\.isChecked).map { String($0.id.dropFirst(ReferralForm.docPrefix.count)) })
        let items = DocumentChecklist.defaultItems(for: details, templates: state.referral.templates)
            .map { item -> ChecklistItem in var i = item; i.done = ticked.contains(i.key); return i }
        let focusID = form.focusedID
        form.fields.removeAll { $0.id.hasPrefix(ReferralForm.docPrefix) }
        form.fields += ReferralForm.checklistFields(items)
        if let focusID { form.focus(focusID) }
        state.referral.form = form
    }

    static func dateNote(_ state: inout AppState, _ field: String) {
        let typed = state.referral.form.value(field).trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { state.referral.form.setNote(field, nil); return }
        let result = DateInput.parse(typed, today: CalendarDate(state.now))
        let text = LocalizedText(es: DateInput.feedback(result, .es), en: DateInput.feedback(result, .en))
        let role: StyleRole
        switch result {
        case .success(let parsed): role = parsed.isAmbiguous ? .warning : .success
        case .failure: role = .muted
        }
        state.referral.form.setNote(field, text, role: role)
    }

    /// Checks the field the person just left; says what is wrong, keeps the text.
    static func check(_ state: inout AppState, _ field: String) {
        let form = state.referral.form
        guard let kind = state.referral.kind else { return }
        if case .failure(let problem) = ReferralForm.read(form, kind: kind, timeZone: state.timeZone, now: state.now),
           problem.field == field {
            state.referral.form.setProblem(field, problem.text)
        } else {
            state.referral.form.setProblem(field, nil)
        }
        if field == "fu.kinPhone", let number = try? PhoneNumber.parse(form.value(field)).get() {
            state.referral.form.setNote(field, .plain(number.localFormat))
        }
    }

    // MARK: - Saving and sending

    /// Ctrl-S (and the send key): the draft is created or updated with what the form says,
    /// the checklist ticks are recorded, and with `thenSend` the referral is sent.
    static func save(_ state: inout AppState, thenSend: Bool) -> [Effect] {
        let r = state.referral
        guard r.mode == .form, let kind = r.kind, let caseId = r.caseId else { return [] }
        let reading: ReferralForm.Reading
        switch ReferralForm.read(r.form, kind: kind, timeZone: state.timeZone, now: state.now) {
        case .success(let value): reading = value
        case .failure(let problem):
            state.referral.form.setProblem(problem.field, problem.text)
            state.referral.form.focus(problem.field)
            let label = state.referral.form[problem.field]?.label(state.language) ?? ""
            state.message = StatusMessage("\(label): \(problem.text(state.language))", role: .error)
            return []
        }
        let draft = r.draft
        let partnerName = r.partners.first { $0.id == reading.partnerId.map(String.init) }?.name
        let target = draft.flatMap { d in Int64(d.id).map { ReferralDraftInput.Target.draft(id: $0, version: d.version) } }
            ?? .new(caseId: caseId)
        let input = ReferralDraftInput(target, kind: kind, partnerId: reading.partnerId, reason: reading.reason,
                                       urgency: reading.urgency, details: reading.details,
                                       consentToShare: reading.consent, responseDue: reading.responseDue,
                                       ticks: reading.ticks)
        return [.run(thenSend ? "referral.send" : "referral.save") { ctx in
            do {
                // One store call: the draft, its ticks and (with `thenSend`) the send, in one
                // transaction.
                let saved = try ctx.desk.saveReferral(input, send: thenSend, by: ctx.user)
                let stored = saved.referral
                let id = Int64(stored.id)!
                if let refusal = saved.notSent {
                    return StateChange { state in
                        state.referral.draft = stored
                        state.referral.referralId = id
                        state.referral.form.dirty = false
                        notSent(&state, stored, refusal.message, partnerName: partnerName)
                        return []
                    }
                }
                guard thenSend else {
                    return StateChange { state in
                        state.referral.draft = stored
                        state.referral.referralId = id
                        state.referral.form.dirty = false
                        state.say(S.draftSaved.text, .success)
                        return []
                    }
                }
                return StateChange { state in
                    state.referral.draft = nil
                    state.referral.referralId = id
                    state.referral.form.dirty = false
                    state.referral.mode = .view
                    let due = stored.responseDueDate.map { ReferralForm.words($0, state.timeZone) } ?? .plain("—")
                    state.say(S.sent.text.filling(["partner": .plain(partnerName ?? ""), "date": due]), .success)
                    return [load(id, openDraftForm: false)]
                }
            } catch {
                let failure = error
                // A conflict: the newest version, so that the next Ctrl-S saves over it.
                let fresh = (failure as? StoreError) == .conflict
                    ? (draft.flatMap { Int64($0.id) }).flatMap { try? ctx.desk.referral(id: $0, by: ctx.user) } : nil
                return StateChange { state in
                    if let fresh {
                        state.referral.draft = fresh
                        state.referral.referralId = Int64(fresh.id)
                    }
                    if (failure as? StoreError) == .conflict {
                        state.say(S.conflictKept.text, .warning)
                    } else if let reason = (failure as? StoreError)?.workflowReason {
                        state.message = StatusMessage(reason(state.language), role: .error)
                    } else {
                        state.message = StatusMessage(DeskTask.describe(failure, state.language), role: .error)
                    }
                    return []
                }
            }
        }]
    }

    /// Saved but not sent (the send workflow refused): the fields still missing are marked;
    /// with them complete, consent is asked for.
    static func notSent(_ state: inout AppState, _ stored: Referral, _ reason: LocalizedText, partnerName: String?) {
        state.message = StatusMessage(reason(state.language), role: .error)
        if !stored.missingFieldsToSend.isEmpty {
            // Fields first: consent is asked for once the referral could go.
            markMissing(&state, stored.missingFieldsToSend)
            let missing = WorkflowText.refusalMissingFields.text.filling([
                "fields": LocalizedText.joinedList(stored.missingFieldsToSend.map(\.label.text)),
            ])
            state.message = StatusMessage(missing(state.language), role: .error)
        } else if !stored.consentToShare {
            state.overlay = .dialog(consentDialog(partnerName: partnerName, reason: reason))
        }
    }

    /// The fields the store says are missing to send: each says so, the first gets the focus.
    static func markMissing(_ state: inout AppState, _ missing: [ReferralField]) {
        let ids = missing.compactMap(ReferralForm.fieldID)
        for id in ids { state.referral.form.setProblem(id, S.missingToSend.text) }
        if let first = ids.first { state.referral.form.focus(first) }
    }

    /// The store refused to send without consent: ask whether the person gives it now.
    static func consentDialog(partnerName: String?, reason: LocalizedText) -> DialogState {
        DialogState(title: S.consentTitle.text,
                    message: S.consentQuestion.text.filling(["reason": reason, "partner": .plain(partnerName ?? "—")]),
                    kind: .confirm) { state, _ in
            if let i = state.referral.form.index(of: "consent") {
                state.referral.form.fields[i].input = .check(true)
                state.referral.form.dirty = true
            }
            return save(&state, thenSend: true)
        }
    }

    /// The send key: from the form, save then send; from a draft's view, send it.
    static func send(_ state: inout AppState) -> [Effect] {
        if state.referral.mode == .form { return save(&state, thenSend: true) }
        let partner = state.referral.detail?.partnerName ?? ""
        let tz = state.timeZone
        return step(&state, .send, name: "referral.send") { ctx, id, version in
            let sent = try ctx.desk.sendReferral(id: id, by: ctx.user, version: version)
            return S.sent.text.filling(["partner": .plain(partner),
                                        "date": sent.responseDueDate.map { ReferralForm.words($0, tz) } ?? .plain("—")])
        }
    }

    /// Ctrl-O: the partner picker, a list of the partners serving the kind (near first).
    static func pickPartner(_ state: inout AppState) -> [Effect] {
        let choices = ReferralForm.partnerChoices(state.referral.partners)
        var cursor = ListCursor()
        if let chosen = state.referral.form["partner"].flatMap({ field -> String? in
            if case .choice(let c) = field.input { return c.selectedID } else { return nil }
        }), let i = choices.firstIndex(where: { $0.id == chosen }) {
            cursor.selected = i
        }
        state.overlay = .dialog(DialogState(title: S.pickPartnerTitle.text, kind: .choice(choices, cursor)) { state, answer in
            guard case .choice(let choice) = answer,
                  let i = state.referral.form.index(of: "partner"),
                  case .choice(var c) = state.referral.form.fields[i].input else { return [] }
            c.select(id: choice.id)
            state.referral.form.fields[i].input = .choice(c)
            state.referral.form.dirty = true
            state.referral.form.focus("partner")
            return []
        })
        return []
    }

    /// `e` on a draft's view: back to its form.
    static func editDraft(_ state: inout AppState) -> [Effect] {
        guard let referral = state.referral.referral, referral.status == .draft else { return [] }
        var r = state.referral
        r.kind = referral.kind
        r.draft = referral
        r.form = FormState(ReferralForm.fields(kind: referral.kind, partners: r.partners, draft: referral,
                                               timeZone: state.timeZone, now: state.now))
        r.mode = .form
        state.referral = r
        ReferralKinPick.show(&state)
        return [loadPartners(referral.kind, near: r.personState)]
    }

    // MARK: - Data changed elsewhere

    /// Another terminal changed something (or Ctrl-R): the referral view is read again; a form
    /// keeps everything typed.
    static func refresh(_ state: inout AppState) -> [Effect] {
        switch state.referral.mode {
        case .view:
            guard let id = state.referral.referralId else { return [] }
            return [load(id, openDraftForm: false)]
        case .choosingKind, .form:
            return []
        }
    }
}
