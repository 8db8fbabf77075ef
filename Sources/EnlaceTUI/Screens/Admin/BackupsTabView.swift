import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the backups tab: the last backup and by whom, the warning when it is older than the
/// configured days, the settings and where the next one goes; then the recent backups.
enum BackupsTabView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let tab = state.admin.backups
        let (x0, width) = (2, buffer.width - 4)
        if let refusal = tab.refusal {
            AdminView.drawRefusal(refusal, lang, into: &buffer)
            return
        }
        guard let status = tab.status else {
            buffer.put(AdminText.loading(lang), x: x0, y: AdminScreen.headerRow, role: .muted)
            return
        }
        var y = AdminScreen.headerRow
        let overdue = status.isOverdue
        func line(_ text: String, _ role: StyleRole) {
            buffer.put(text, x: x0, y: y, role: role, maxWidth: width)
            y += 1
        }
        if let last = status.last {
            line(BackupDeskText.lastBackup.format(lang, ["time": BackupDeskText.time(last.takenAt), "user": last.takenBy]),
                 overdue ? .warning : .normal)
            if overdue { line(BackupDeskText.overdue.format(lang, ["days": "\(status.settings.warnAfterDays)"]), .warning) }
        } else {
            line(BackupDeskText.noBackupYet(lang), .warning)
        }
        line(BackupDeskText.warnAfter.format(lang, ["days": "\(status.settings.warnAfterDays)"]), .muted)
        line(BackupsTabText.nextPath.format(lang, ["folder": status.defaultFolder]), .muted)
        y += 1
        let columns = [
            TableColumn(BackupsTabText.columnWhen(lang), .fixed(16)),
            TableColumn(BackupsTabText.columnBy(lang), .flexible(min: 8, max: 24)),
            TableColumn(BackupsTabText.columnSize(lang), .fixed(9)),
            TableColumn(BackupsTabText.columnEncrypted(lang), .fixed(7), shownFrom: 90),
            TableColumn(BackupsTabText.columnPath(lang), .flexible(min: 12, max: 200, weight: 3)),
        ]
        let page = BackupsTab.page(state)
        let table = Table(columns, x: x0, headerRow: y, width: width, rows: page)
        if status.recent.isEmpty {
            table.drawHeader(into: &buffer)
            table.drawEmpty(BackupsTabText.empty(lang), into: &buffer)
            return
        }
        let top = tab.cursor.top
        let visible = status.recent[top..<min(status.recent.count, top + page)]
        table.draw(visible.map { b in
            [TableCell(BackupDeskText.time(b.takenAt), .normal), TableCell(b.takenBy, .normal),
             TableCell(BackupDeskText.size(b.sizeBytes), .normal),
             TableCell(b.encrypted ? BackupDeskText.yes(lang) : BackupDeskText.no(lang), .normal),
             TableCell(b.path, .muted)]
        }, selected: tab.cursor.selected - top, into: &buffer)
    }
}
