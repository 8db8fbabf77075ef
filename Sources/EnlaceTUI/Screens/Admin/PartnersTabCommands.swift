import EnlaceCore

extension CommandID {
    static let partnersNew = CommandID("admin.partners.new")
    static let partnersEdit = CommandID("admin.partners.edit")
    static let partnersActive = CommandID("admin.partners.active")
}

/// The partners tab's commands (admins; supervisors read; the store checks again). Their keys
/// differ from the staff tab's: one key runs one command per screen.
enum PartnersTabCommands {
    static let all: [Command] = [
        Command(.partnersNew, keys: [.char("a")], label: PartnersTabText.add.text, help: PartnersTabText.addHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.partners),
                disabledReason: PartnersTab.notAdmin, perform: PartnersTab.newPartner),
        Command(.partnersEdit, keys: [.char("e")], label: PartnersTabText.edit.text, help: PartnersTabText.editHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.partners),
                disabledReason: PartnersTab.noSelection, perform: PartnersTab.editPartner),
        Command(.partnersActive, keys: [.char("i")], label: PartnersTabText.toggleActive.text,
                help: PartnersTabText.toggleActiveHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.partners),
                disabledReason: PartnersTab.noSelection, perform: PartnersTab.toggleActive),
    ]
}
