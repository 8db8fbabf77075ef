import EnlaceCore
import EnlaceStore
import Foundation

/// Texts of `enlace backup` / `enlace restore` and of the admin screen's "Respaldos" tab.
public enum BackupDeskText: String, MessageCatalog {
    case backupDone, backupSealed, promptPassphrase, promptPassphraseAgain, passphraseMismatch
    case passphraseNeedsTerminal, passphraseFileUnreadable, restoreDone, restoreKeptAside
    case restoreNothingAside, lastBackup, noBackupYet, overdue, warnAfter, folderLine, folderBeside
    case settingsNothing, settingsSaved, listHeader, yes, no, underWritesLine

    public var text: LocalizedText {
        switch self {
        case .backupDone:
            return .init(es: "Respaldo guardado: {path} ({size}). Revisado: integrity_check correcto y {rows} filas en {tables} tablas, iguales al original.",
                         en: "Backup saved: {path} ({size}). Checked: integrity_check ok and {rows} rows in {tables} tables, equal to the original.")
        case .backupSealed:
            return .init(es: "Cifrado (AES-GCM): sin la frase de contraseña no se puede restaurar; guárdela aparte.",
                         en: "Encrypted (AES-GCM): it cannot be restored without the passphrase; keep it somewhere else.")
        case .promptPassphrase:
            return .init(es: "Frase de contraseña del respaldo: ", en: "Backup passphrase: ")
        case .promptPassphraseAgain:
            return .init(es: "Repita la frase de contraseña: ", en: "Type the passphrase again: ")
        case .passphraseMismatch:
            return .init(es: "Las dos frases no coinciden; no se hizo nada.", en: "The two passphrases differ; nothing was done.")
        case .passphraseNeedsTerminal:
            return .init(es: "Hace falta la frase de contraseña: escríbala en una terminal, o use ENLACE_BACKUP_PASSPHRASE o --passphrase-file.",
                         en: "The passphrase is needed: type it at a terminal, or use ENLACE_BACKUP_PASSPHRASE or --passphrase-file.")
        case .passphraseFileUnreadable:
            return .init(es: "No se pudo leer la frase de contraseña de {path}.", en: "Could not read the passphrase from {path}.")
        case .restoreDone:
            return .init(es: "Restaurado {backup} en {path}: integrity_check correcto, {rows} filas en {tables} tablas.",
                         en: "Restored {backup} to {path}: integrity_check ok, {rows} rows in {tables} tables.")
        case .restoreKeptAside:
            return .init(es: "La base de datos anterior quedó en {path} (no se borró).",
                         en: "The previous database was kept as {path} (not deleted).")
        case .restoreNothingAside:
            return .init(es: "No había base de datos en ese lugar; no se apartó nada.",
                         en: "There was no database there; nothing was set aside.")
        case .lastBackup:
            return .init(es: "Último respaldo: {time}, por {user}", en: "Last backup: {time}, by {user}")
        case .noBackupYet:
            return .init(es: "Todavía no hay respaldos.", en: "No backup yet.")
        case .overdue:
            return .init(es: "Aviso: el último respaldo tiene más de {days} días. Haga uno ahora.",
                         en: "Warning: the last backup is more than {days} days old. Take one now.")
        case .warnAfter:
            return .init(es: "Avisar a los {days} días sin respaldo", en: "Warn after {days} days without a backup")
        case .folderLine:
            return .init(es: "Carpeta de respaldos: {folder}", en: "Backup folder: {folder}")
        case .folderBeside:
            return .init(es: "{folder} (junto a la base de datos)", en: "{folder} (beside the database)")
        case .settingsNothing:
            return .init(es: "Indique qué cambiar: --warn-days o --folder.", en: "Say what to change: --warn-days or --folder.")
        case .settingsSaved:
            return .init(es: "Ajustes de respaldo guardados.", en: "Backup settings saved.")
        case .listHeader:
            return .init(es: "fecha\tpor\ttamaño\tcifrado\tfilas\truta", en: "date\tby\tsize\tencrypted\trows\tpath")
        case .underWritesLine:
            return .init(es: "Respaldo con 4 procesos escribiendo: {before} escrituras antes, {during} durante, {after} después; respaldo en {ms} ms ({size}); restaurado: integrity_check {integrity}, faltan {lost} de las de antes.",
                         en: "Backup with 4 processes writing: {before} writes before, {during} during, {after} after; backup in {ms} ms ({size}); restored: integrity_check {integrity}, {lost} of those before missing.")
        case .yes:
            return .init(es: "sí", en: "yes")
        case .no:
            return .init(es: "no", en: "no")
        }
    }

    /// "12.4 MB", "830 kB", "512 B" (decimal units).
    public static func size(_ bytes: Int64) -> String {
        let value = Double(bytes)
        if value >= 1e9 { return String(format: "%.2f GB", value / 1e9) }
        if value >= 1e6 { return String(format: "%.1f MB", value / 1e6) }
        if value >= 1e3 { return String(format: "%.0f kB", value / 1e3) }
        return "\(bytes) B"
    }

    /// "2026-11-14 09:30" in local time.
    public static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// The status lines both the command and the screen show: the last backup (or none),
    /// the warning when overdue, the settings.
    public static func statusLines(_ status: BackupStatus, _ language: Language) -> [String] {
        var lines: [String] = []
        if let last = status.last {
            lines.append(lastBackup.format(language, ["time": time(last.takenAt), "user": last.takenBy]))
        } else {
            lines.append(noBackupYet(language))
        }
        if status.isOverdue && status.last != nil {
            lines.append(overdue.format(language, ["days": "\(status.settings.warnAfterDays)"]))
        }
        lines.append(warnAfter.format(language, ["days": "\(status.settings.warnAfterDays)"]))
        let folder = status.settings.folder ?? folderBeside.format(language, ["folder": status.defaultFolder])
        lines.append(folderLine.format(language, ["folder": folder]))
        return lines
    }
}
