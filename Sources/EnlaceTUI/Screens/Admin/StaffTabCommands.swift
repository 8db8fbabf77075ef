import EnlaceCore

extension CommandID {
    static let staffNew = CommandID("admin.staff.new")
    static let staffRoles = CommandID("admin.staff.roles")
    static let staffActive = CommandID("admin.staff.active")
    static let staffUnlock = CommandID("admin.staff.unlock")
    static let staffReset = CommandID("admin.staff.reset")
}

/// The staff tab's commands (admins; the store checks the role again).
enum StaffTabCommands {
    static let all: [Command] = [
        Command(.staffNew, keys: [.char("n")], label: StaffTabText.newAccount.text, help: StaffTabText.newAccountHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.staff),
                disabledReason: StaffTab.notAdmin, perform: StaffTab.newAccount),
        Command(.staffRoles, keys: [.char("r"), .enter], label: StaffTabText.roles.text, help: StaffTabText.rolesHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.staff),
                disabledReason: StaffTab.noSelection, perform: StaffTab.editRoles),
        Command(.staffActive, keys: [.char("d")], label: StaffTabText.toggleActive.text, help: StaffTabText.toggleActiveHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.staff),
                disabledReason: StaffTab.noSelection, perform: StaffTab.toggleActive),
        Command(.staffUnlock, keys: [.char("u")], label: StaffTabText.unlock.text, help: StaffTabText.unlockHelp.text,
                scopes: [.admin], shownWhen: AdminCommands.shown(.staff),
                disabledReason: StaffTab.noSelection, perform: StaffTab.unlock),
        Command(.staffReset, keys: [.char("c")], label: StaffTabText.reset.text, help: StaffTabText.resetHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.staff),
                disabledReason: StaffTab.noSelection, perform: StaffTab.resetPassword),
    ]
}
