import EnlaceCore

/// Draws the administration: the title and the tabs (the one shown bracketed, so it reads
/// without colour), then the tab.
enum AdminView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        buffer.put(AdminText.title(lang), x: 2, y: 1, role: .header, maxWidth: buffer.width - 4)
        TabStrip.draw(AdminTab.allCases.map { $0.label(lang) }, chosen: state.admin.tab.rawValue, y: 2, into: &buffer)
        switch state.admin.tab {
        case .staff: StaffTabView.draw(state, into: &buffer)
        case .partners: PartnersTabView.draw(state, into: &buffer)
        case .backups: BackupsTabView.draw(state, into: &buffer)
        case .checklists: ChecklistTabView.draw(state, into: &buffer)
        case .organization: OrganizationTabView.draw(state, into: &buffer)
        }
    }

    /// A tab's refusal (the role may not see it), wrapped under the tabs in the warning role.
    static func drawRefusal(_ refusal: LocalizedText, _ language: Language, into buffer: inout ScreenBuffer) {
        for (i, line) in TextWidth.wrap(refusal(language), width: buffer.width - 4).enumerated() {
            buffer.put(line, x: 2, y: AdminScreen.headerRow + i, role: .warning)
        }
    }

    /// A tab's form under its title: labels at most `labelWidth` (and a third of the width).
    static func drawForm(_ form: FormState, title: String, labelWidth: Int, _ language: Language,
                         into buffer: inout ScreenBuffer) {
        let width = buffer.width - 4
        buffer.put(title, x: 2, y: AdminScreen.headerRow, role: .header, maxWidth: width)
        FormView.draw(form, in: Rect(x: 2, y: AdminScreen.headerRow + 2, width: width, height: buffer.height - AdminScreen.headerRow - 5),
                      labelWidth: min(labelWidth, width / 3), language: language, into: &buffer)
    }
}
