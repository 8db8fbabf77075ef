import EnlaceCore

extension CommandID {
    static let checklistAdd = CommandID("admin.checklists.add")
    static let checklistEdit = CommandID("admin.checklists.edit")
    static let checklistUp = CommandID("admin.checklists.up")
    static let checklistDown = CommandID("admin.checklists.down")
    static let checklistRetire = CommandID("admin.checklists.retire")
    static let checklistNext = CommandID("admin.checklists.next")
    static let checklistPrevious = CommandID("admin.checklists.previous")
}

/// The checklists tab's commands (admins; the store checks the permission again).
enum ChecklistTabCommands {
    static let all: [Command] = [
        Command(.checklistNext, keys: [.char(">")], label: ChecklistTabText.nextList.text, help: ChecklistTabText.nextListHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.checklists),
                disabledReason: AdminCommands.only(.checklists), perform: ChecklistTab.stepList(1)),
        Command(.checklistPrevious, keys: [.char("<")], label: ChecklistTabText.previousList.text,
                help: ChecklistTabText.previousListHelp.text, scopes: [.admin], shownWhen: AdminCommands.shown(.checklists),
                disabledReason: AdminCommands.only(.checklists), perform: ChecklistTab.stepList(-1)),
        Command(.checklistAdd, keys: [.char("a")], label: ChecklistTabText.add.text, help: ChecklistTabText.addHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.checklists),
                disabledReason: ChecklistTab.notAdmin, perform: ChecklistTab.add),
        Command(.checklistEdit, keys: [.char("e")], label: ChecklistTabText.edit.text, help: ChecklistTabText.editHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.checklists),
                disabledReason: ChecklistTab.noItem, perform: ChecklistTab.edit),
        Command(.checklistUp, keys: [.char("[")], label: ChecklistTabText.moveUp.text, help: ChecklistTabText.moveUpHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.checklists),
                disabledReason: ChecklistTab.noItem, perform: ChecklistTab.moveItem(.up)),
        Command(.checklistDown, keys: [.char("]")], label: ChecklistTabText.moveDown.text, help: ChecklistTabText.moveDownHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.checklists),
                disabledReason: ChecklistTab.noItem, perform: ChecklistTab.moveItem(.down)),
        Command(.checklistRetire, keys: [.char("x")], label: ChecklistTabText.retire.text, help: ChecklistTabText.retireHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.checklists),
                disabledReason: ChecklistTab.noItem, perform: ChecklistTab.retire),
    ]
}
