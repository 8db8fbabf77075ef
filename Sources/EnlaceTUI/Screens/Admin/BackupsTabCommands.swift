import EnlaceCore

extension CommandID {
    static let backupsTakeNow = CommandID("admin.backups.take")
}

/// The backups tab's commands (admins; the store checks the role again).
enum BackupsTabCommands {
    static let all: [Command] = [
        Command(.backupsTakeNow, keys: [.char("b")], label: BackupsTabText.takeNow.text, help: BackupsTabText.takeNowHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.backups),
                disabledReason: BackupsTab.cannotTake, perform: BackupsTab.takeNow),
    ]
}
