import EnlaceCore

/// The person screen's tabs, in the order of their number keys. Tab 1 is the record with its
/// cases and possible duplicates; each further tab keeps its own state in `PersonState` and
/// its own files (`Person<Tab>Tab*.swift`); `PersonScreen` and `PersonView` hand it keys,
/// list moves and drawing.
public enum PersonTab: Int, CaseIterable, Sendable {
    case record
    case documents
    case family
    case rights
    case access

    var label: LocalizedText {
        switch self {
        case .record: return .init(es: "Datos", en: "Record")
        case .documents: return PersonDocumentsTabText.tab.text
        case .family: return FamilyText.tab.text
        case .rights: return PersonRightsTabText.tabLabel.text
        case .access: return PersonAccessTabText.tabLabel.text
        }
    }

    var help: LocalizedText {
        switch self {
        case .record: return .init(es: "Muestra los datos de la persona y sus casos; «e» los corrige.",
                                   en: "Shows the person's record and cases; “e” corrects it.")
        case .documents: return PersonDocumentsTabText.tabHelp.text
        case .family: return FamilyText.tabHelp.text
        case .rights: return PersonRightsTabText.tabHelp.text
        case .access: return PersonAccessTabText.tabHelp.text
        }
    }
}

extension PersonCommands {
    /// For a tab's commands: disabled (with the reason) on the other tabs, and while the
    /// record's correction form is open.
    static func only(_ tab: PersonTab) -> @Sendable (AppState) -> LocalizedText? {
        { state in
            if let editing = editing(state) { return editing }
            guard state.person?.tab == tab else {
                return PersonScreenText.onlyOnTab.text.filling(["tab": tab.label])
            }
            return nil
        }
    }

    /// For a tab's commands: shown in the footer on that tab only.
    static func shown(_ tab: PersonTab) -> @Sendable (AppState) -> Bool {
        { state in state.person?.tab == tab }
    }

    /// Tab, ←/→ and the number keys; not while the correction form is open (it takes the keys).
    static let tabs: [Command] = TabCommands.make(
        .person,
        next: (.init(es: "Pestaña siguiente", en: "Next tab"),
               .init(es: "Muestra la siguiente pestaña de la persona.", en: "Shows the person's next tab.")),
        previous: (.init(es: "Pestaña anterior", en: "Previous tab"),
                   .init(es: "Muestra la pestaña anterior de la persona.", en: "Shows the person's previous tab.")),
        step: { delta in { state in PersonScreen.show(TabCommands.stepped(PersonTab.allCases, from: state.person?.tab ?? .record, by: delta), &state) } },
        tabs: PersonTab.allCases.map { tab in (tab.label, tab.help, { state in PersonScreen.show(tab, &state) }) })
}
