import EnlaceCore

extension CommandID {
    static let backupsTakeNow = CommandID("admin.backups.take")
    static let backupsWarnDays = CommandID("admin.backups.warnDays")
    static let backupsFolder = CommandID("admin.backups.folder")
}

/// The backups tab's commands (admins; the store checks the role again).
enum BackupsTabCommands {
    static let all: [Command] = [
        Command(.backupsTakeNow, keys: [.char("b")], label: BackupsTabText.takeNow.text, help: BackupsTabText.takeNowHelp.text,
                scopes: [.admin], inFooter: true, shownWhen: AdminCommands.shown(.backups),
                disabledReason: BackupsTab.cannotTake, perform: BackupsTab.takeNow),
        Command(.backupsWarnDays, keys: [.char("w")], label: BackupsTabText.warnDays.text, help: BackupsTabText.warnDaysHelp.text,
                scopes: [.admin], shownWhen: AdminCommands.shown(.backups),
                disabledReason: BackupsTab.cannotSet, perform: BackupsTab.askWarnDays),
        Command(.backupsFolder, keys: [.char("g")], label: BackupsTabText.folder.text, help: BackupsTabText.folderHelp.text,
                scopes: [.admin], shownWhen: AdminCommands.shown(.backups),
                disabledReason: BackupsTab.cannotSet, perform: BackupsTab.askFolder),
    ]
}
