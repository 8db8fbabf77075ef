import EnlaceCore

extension CommandID {
    static let personDocumentAdd = CommandID("person.documents.add")
    static let personDocumentEdit = CommandID("person.documents.edit")
    static let personDocumentRemove = CommandID("person.documents.remove")
    static let personDocumentReveal = CommandID("person.documents.reveal")
    static let personLanguages = CommandID("person.languages")
}

/// The "Documentos e idiomas" tab's commands: shown and enabled on that tab only (the store
/// checks the permission again: whoever may correct the person's record).
enum PersonDocumentsTabCommands {
    typealias T = PersonDocumentsTabText

    static let all: [Command] = [
        Command(.personDocumentAdd, keys: [.char("a")], label: T.add.text, help: T.addHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.documents),
                disabledReason: PersonDocumentsTab.notHere, perform: PersonDocumentsTab.add),
        Command(.personDocumentEdit, keys: [.char("e")], label: T.edit.text, help: T.editHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.documents),
                disabledReason: PersonDocumentsTab.noDocument, perform: PersonDocumentsTab.edit),
        Command(.personDocumentReveal, keys: [.char("v")], label: T.reveal.text, help: T.revealHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.documents),
                disabledReason: PersonDocumentsTab.noDocument, perform: PersonDocumentsTab.reveal),
        Command(.personDocumentRemove, keys: [.char("b"), .delete], label: T.remove.text, help: T.removeHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.documents),
                disabledReason: PersonDocumentsTab.noDocument, perform: PersonDocumentsTab.remove),
        Command(.personLanguages, keys: [.char("i")], label: T.setLanguages.text, help: T.setLanguagesHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.documents),
                disabledReason: PersonDocumentsTab.notHere, perform: PersonDocumentsTab.setLanguages),
    ]
}
