import Foundation
import EnlaceCore
import EnlaceStore

extension CommandID {
    static let organizationEdit = CommandID("admin.organization.edit")
}

/// The organization tab's half of the loop: its details and settings, and the form that
/// changes them in one store call (`updateOrganization`). A saved lock time, time zone and
/// name apply to this terminal at once (a machine's config `lock_minutes` still wins).
enum OrganizationTab {
    static let formPath = FormSlot(get: { $0.admin.organization.form }, set: { $0.admin.organization.form = $1 })

    static let commands: [Command] = [
        Command(.organizationEdit, keys: [.char("o")], label: OrganizationTabText.edit.text,
                help: OrganizationTabText.editHelp.text, scopes: [.admin], inFooter: true,
                shownWhen: AdminCommands.shown(.organization), disabledReason: notAdmin, perform: edit),
    ]

    static func load(_ state: inout AppState) -> [Effect] {
        [.run("admin.organization") { ctx in
            let profile = try ctx.desk.organization()
            let choices = try ctx.desk.consulateChoices()
            return StateChange { state in
                state.admin.organization.profile = profile
                state.admin.organization.choices = choices
                return []
            }
        }]
    }

    static func notAdmin(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.organization)(state) { return reason }
        if state.admin.organization.profile == nil { return AdminText.loading.text }
        return state.user.has(.admin) ? nil : OrganizationTabText.adminsOnly.text
    }

    static func move(_ move: ListMove, _ state: inout AppState) {
        let delta: Int
        switch move {
        case .up: delta = -1
        case .down: delta = 1
        default: delta = 0
        }
        state.admin.organization.scroll = max(0, state.admin.organization.scroll + delta)
    }

    static func edit(_ state: inout AppState) -> [Effect] {
        guard let profile = state.admin.organization.profile else { return [] }
        state.admin.organization.form = OrganizationTabState.form(profile, choices: state.admin.organization.choices)
        state.admin.organization.formVersion = profile.version
        return []
    }

    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        AdminFormInput.handle(&state, key, form: formPath, close: { $0.admin.organization.form = nil }, submit: submit)
    }

    /// The change the form says: every field (an empty one clears it), the version read.
    static func change(_ form: FormState, version: Int) -> Result<OrganizationChange, ReferralForm.Problem> {
        let minutesText = form.value("lockMinutes").trimmingCharacters(in: .whitespaces)
        var minutes: Int?
        if !minutesText.isEmpty {
            guard let n = Int(minutesText) else {
                return .failure(.init(field: "lockMinutes", text: OrganizationTabText.lockMinutesNotNumber.text))
            }
            minutes = n
        }
        let consulates = form.fields.filter { $0.id.hasPrefix(OrganizationTabState.consulatePrefix) && $0.isChecked }
            .compactMap { Int64($0.id.dropFirst(OrganizationTabState.consulatePrefix.count)) }
        var change = OrganizationChange(
            name: form.value("name"), phone: form.value("phone"), address: form.value("address"),
            email: form.value("email"), timeZone: form.value("timeZone"),
            defaultLanguage: Language(rawValue: form.value("defaultLanguage")), lockMinutes: minutes,
            consulates: consulates, version: version)
        if let problem = OrganizationRightsSettings.read(form, into: &change) { return .failure(problem) }
        return .success(change)
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        guard let form = state.admin.organization.form else { return [] }
        let change: OrganizationChange
        switch self.change(form, version: state.admin.organization.formVersion) {
        case .success(let c): change = c
        case .failure(let problem):
            state.admin.organization.form?.setProblem(problem.field, problem.text)
            state.admin.organization.form?.focus(problem.field)
            return []
        }
        let failure: @Sendable (Error) -> StateChange = { error in
            StateChange { state in AdminFormInput.refused(error, &state, form: formPath); return [] }
        }
        return [.run("admin.organization.save", failure: failure) { ctx in
            let saved = try ctx.desk.updateOrganization(change, by: ctx.user)
            return StateChange { state in
                state.admin.organization.form = nil
                state.admin.organization.profile = saved
                applied(saved, &state)
                state.say(OrganizationTabText.saved.text, .success)
                return []
            }
        }]
    }

    /// This terminal takes the saved name, time zone and lock minutes at once.
    static func applied(_ profile: OrganizationProfile, _ state: inout AppState) {
        state.organization = profile.name
        if let zone = profile.timeZone.flatMap(TimeZone.init(identifier:)) { state.timeZone = zone }
        state.privacy.organizationSet(lockMinutes: profile.lockMinutes)
    }
}
