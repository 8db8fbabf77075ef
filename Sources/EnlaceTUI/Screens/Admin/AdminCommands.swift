import EnlaceCore

extension CommandID {
    static let goAdmin = CommandID("admin.open")
}

/// The administration's commands: F11 / Alt-a opens it from anywhere; the tabs (Tab, ←/→, a
/// number); the list keys, which move in the tab shown; and each tab's own commands, which
/// show in the footer and run only on their tab.
enum AdminCommands {
    static let all: [Command] = [
        Command(.goAdmin, keys: [.function(11), .alt("a")],
                label: AdminText.open.text, help: AdminText.openHelp.text,
                scopes: [.global]) { state in
            ScreenDispatch.open(&state, .admin)
        },
    ] + TabCommands.make(
        .admin, next: (AdminText.nextTab.text, AdminText.nextTabHelp.text),
        previous: (AdminText.previousTab.text, AdminText.previousTabHelp.text),
        step: AdminScreen.stepTab,
        tabs: AdminTab.allCases.map { tab in (tab.label.text, tab.help.text, { state in AdminScreen.show(tab, &state) }) })
        + ListCommands.make(.admin) { AdminScreen.move($0) }
        + StaffTabCommands.all
        + PartnersTabCommands.all
        + ChecklistTabCommands.all
        + OrganizationTab.commands
        + BackupsTabCommands.all

    /// For a tab's commands: disabled (with the reason) on the other tabs.
    static func only(_ tab: AdminTab) -> @Sendable (AppState) -> LocalizedText? {
        { state in
            state.admin.tab == tab ? nil
                : AdminText.onlyOnTab.text.filling(["tab": tab.label.text])
        }
    }

    /// For a tab's commands: shown in the footer on that tab only.
    static func shown(_ tab: AdminTab) -> @Sendable (AppState) -> Bool {
        { state in state.admin.tab == tab }
    }
}
