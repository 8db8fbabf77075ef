import Foundation
import EnlaceCore
import EnlaceStore

/// The backups tab's half of the loop: the status (last backup, its age against the
/// configured days, the recent ones) and "back up now", run as a desk task (one store call:
/// the copy, its check, its record and audit row); the file's path is shown when done.
enum BackupsTab {
    static func load(_ state: inout AppState) -> [Effect] {
        [.run("admin.backups", failure: refused) { ctx in
            let status = try ctx.desk.backupStatus(by: ctx.user)
            return StateChange { state in
                state.admin.backups.status = status
                state.admin.backups.refusal = nil
                state.admin.backups.cursor.clamp(count: status.recent.count, page: page(state))
                return []
            }
        }]
    }

    /// Rows left for the list under the status lines.
    static func page(_ state: AppState) -> Int { max(1, AdminScreen.page(state) - 5) }

    /// Not an admin: the reason in words, and no backups.
    static let refused: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            state.admin.backups.running = false
            if case StoreError.notPermitted = error {
                state.admin.backups = BackupsTabState()
                state.admin.backups.refusal = BackupsTabText.refusal.text
            } else {
                state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            }
            return []
        }
    }

    static func move(_ move: ListMove, _ state: inout AppState) {
        state.admin.backups.cursor.apply(move, count: state.admin.backups.backups.count, page: page(state))
    }

    static func cannotTake(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.backups)(state) { return reason }
        if !state.user.has(.admin) { return BackupsTabText.refusal.text }
        return state.admin.backups.running ? BackupsTabText.alreadyRunning.text : nil
    }

    static func takeNow(_ state: inout AppState) -> [Effect] {
        guard !state.admin.backups.running else { return [] }
        state.admin.backups.running = true
        state.message = StatusMessage(BackupsTabText.running(state.language), role: .muted)
        return [.run("admin.backups.take", failure: refused) { ctx in
            let record = try ctx.desk.takeBackup(BackupRequest(), by: ctx.user)
            let status = try ctx.desk.backupStatus(by: ctx.user)
            return StateChange { state in
                state.admin.backups.running = false
                state.admin.backups.status = status
                state.admin.backups.cursor = ListCursor()
                state.message = StatusMessage(BackupsTabText.done.format(state.language, [
                    "path": record.path, "size": BackupDeskText.size(record.sizeBytes)]), role: .success)
                return []
            }
        }]
    }

    // MARK: settings

    static func cannotSet(_ state: AppState) -> LocalizedText? {
        if let reason = AdminCommands.only(.backups)(state) { return reason }
        if !state.user.has(.admin) { return BackupsTabText.refusal.text }
        return state.admin.backups.status == nil ? BackupsTabText.notRead.text : nil
    }

    static func askWarnDays(_ state: inout AppState) -> [Effect] {
        guard let settings = state.admin.backups.status?.settings else { return [] }
        state.overlay = .dialog(settingDialog(.warnDays, .warnDaysQuestion, text: "\(settings.warnAfterDays)", problem: nil) { typed in
            (Int(typed.trimmingCharacters(in: .whitespaces)) ?? 0, nil)
        })
        return []
    }

    static func askFolder(_ state: inout AppState) -> [Effect] {
        guard let settings = state.admin.backups.status?.settings else { return [] }
        state.overlay = .dialog(settingDialog(.folder, .folderQuestion, text: settings.folder ?? "", problem: nil) { typed in
            (nil, typed.trimmingCharacters(in: .whitespaces))
        })
        return []
    }

    /// A one-line dialog for one setting; the answer is one store call with the version read.
    /// A refusal reopens the dialog with what was typed and the reason.
    static func settingDialog(_ title: BackupsTabText, _ question: BackupsTabText, text: String, problem: LocalizedText?,
                              read: @escaping @Sendable (String) -> (days: Int?, folder: String?)) -> DialogState {
        var dialog = DialogState(title: title.text, message: question.text, kind: .text(TextField(text, maxLength: 400))) { state, answer in
            guard case .text(let typed) = answer, let version = state.admin.backups.status?.settings.version else { return [] }
            let (days, folder) = read(typed)
            return [.run("admin.backups.settings", failure: { error in
                StateChange { state in
                    let why = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
                    state.overlay = .dialog(settingDialog(title, question, text: typed, problem: why, read: read))
                    return []
                }
            }) { ctx in
                _ = try ctx.desk.updateBackupSettings(warnAfterDays: days, folder: folder, version: version, by: ctx.user)
                let status = try ctx.desk.backupStatus(by: ctx.user)
                return StateChange { state in
                    state.admin.backups.status = status
                    state.say(BackupsTabText.settingsSaved.text, .success)
                    return []
                }
            }]
        }
        dialog.problem = problem
        return dialog
    }
}
