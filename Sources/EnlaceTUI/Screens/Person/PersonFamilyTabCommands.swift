import EnlaceCore

extension CommandID {
    static let personFamilyLink = CommandID("person.family.link")
    static let personFamilyContact = CommandID("person.family.contact")
    static let personFamilyEdit = CommandID("person.family.edit")
    static let personFamilyRemove = CommandID("person.family.remove")
    static let personFamilyOpen = CommandID("person.family.open")
}

/// The Family tab's commands: shown in the footer and enabled on that tab only (the store
/// checks the permission again).
enum PersonFamilyTabCommands {
    static let shown = PersonCommands.shown(.family)

    static let all: [Command] = [
        Command(.personFamilyLink, keys: [.char("a")], label: FamilyText.add.text, help: FamilyText.addHelp.text,
                scopes: [.person], inFooter: true, shownWhen: shown, disabledReason: PersonFamilyTab.onTab,
                perform: PersonFamilyTab.startLink),
        Command(.personFamilyContact, keys: [.char("k")], label: FamilyText.addContact.text, help: FamilyText.addContactHelp.text,
                scopes: [.person], inFooter: true, shownWhen: shown, disabledReason: PersonFamilyTab.onTab,
                perform: PersonFamilyTab.startContact),
        Command(.personFamilyEdit, keys: [.char("c")], label: FamilyText.edit.text, help: FamilyText.editHelp.text,
                scopes: [.person], inFooter: true, shownWhen: shown, disabledReason: PersonFamilyTab.onContact,
                perform: PersonFamilyTab.startEdit),
        Command(.personFamilyRemove, keys: [.char("d")], label: FamilyText.remove.text, help: FamilyText.removeHelp.text,
                scopes: [.person], inFooter: true, shownWhen: shown, disabledReason: PersonFamilyTab.onRow,
                perform: PersonFamilyTab.remove),
        Command(.personFamilyOpen, keys: [.enter], label: FamilyText.open.text, help: FamilyText.openHelp.text,
                scopes: [.person], inFooter: true, shownWhen: shown, disabledReason: PersonFamilyTab.onPerson,
                perform: PersonFamilyTab.open),
    ]
}
