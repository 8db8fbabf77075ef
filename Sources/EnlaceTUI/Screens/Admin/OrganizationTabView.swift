import EnlaceCore
import EnlaceStore

/// Draws the organization tab: one line per detail and setting ("Zona horaria:
/// America/Chicago"), the consulates chosen below, or the form open over it.
enum OrganizationTabView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let tab = state.admin.organization
        let (x0, width) = (2, buffer.width - 4)
        if let form = tab.form {
            buffer.put(OrganizationTabText.formTitle(lang), x: x0, y: AdminScreen.headerRow, role: .header, maxWidth: width)
            FormView.draw(form, in: Rect(x: x0, y: AdminScreen.headerRow + 2, width: width,
                                         height: buffer.height - AdminScreen.headerRow - 5),
                          labelWidth: min(26, width / 3), language: lang, into: &buffer)
            return
        }
        guard let profile = tab.profile else {
            buffer.put(AdminText.loading(lang), x: x0, y: AdminScreen.headerRow, role: .muted)
            return
        }
        let rows = lines(profile, state)
        let page = AdminScreen.page(state)
        let top = min(tab.scroll, max(0, rows.count - page))
        for (i, row) in rows.dropFirst(top).prefix(page).enumerated() {
            buffer.put(row.text, x: x0, y: AdminScreen.headerRow + i, role: row.role, maxWidth: width)
        }
    }

    static func lines(_ profile: OrganizationProfile, _ state: AppState) -> [(text: String, role: StyleRole)] {
        let lang = state.language
        let s = StoreText.self
        let t = ReferenceDataText.self
        let notSet = OrganizationTabText.notSet(lang)
        let minutes = profile.lockMinutes ?? PrivacyState.defaultIdleMinutes
        var rows: [(String, StyleRole)] = [
            ("\(s.organizationNameLabel(lang)): \(profile.name.isEmpty ? notSet : profile.name)", .normal),
            ("\(s.organizationPhone(lang)): \(profile.phoneForPeople ?? notSet)", .normal),
            ("\(s.organizationAddress(lang)): \(profile.address ?? notSet)", .normal),
            ("\(s.organizationEmail(lang)): \(profile.email ?? notSet)", .normal),
            ("\(t.timeZoneLabel(lang)): \(profile.timeZone ?? t.machineDefault(lang))", .normal),
            ("\(t.languageLabel(lang)): \(profile.defaultLanguage == .es ? OrganizationTabText.spanish(lang) : OrganizationTabText.english(lang))", .normal),
            ("\(t.lockMinutesLabel(lang)): \(t.lockMinutesValue.format(lang, ["n": "\(minutes)"]))", .normal),
        ]
        if let machine = state.privacy.machineIdleMinutes {
            rows.append(("  " + OrganizationTabText.machineWins.format(lang, ["n": "\(machine)"]), .muted))
        }
        rows += OrganizationRightsSettings.lines(profile, lang)
        rows.append(("\(t.consulatesLabel(lang)):", .normal))
        if profile.consulates.isEmpty { rows.append(("  " + t.noConsulates(lang), .muted)) }
        for c in profile.consulates { rows.append(("  " + c.name, .normal)) }
        return rows
    }
}
