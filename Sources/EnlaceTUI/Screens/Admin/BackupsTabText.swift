import EnlaceCore

/// The backups tab's words (the status lines are `BackupDeskText`'s, shared with the command).
public enum BackupsTabText: String, MessageCatalog {
    case takeNow, takeNowHelp, running, done, alreadyRunning, refusal
    case warnDays, warnDaysHelp, warnDaysQuestion, folder, folderHelp, folderQuestion, settingsSaved, notRead
    case columnWhen, columnBy, columnSize, columnEncrypted, columnPath, empty, nextPath

    public var text: LocalizedText {
        switch self {
        case .warnDays: return .init(es: "Días para avisar", en: "Days before warning")
        case .warnDaysHelp:
            return .init(es: "Cambia cuántos días sin respaldo pasan antes del aviso (1 a 365).",
                         en: "Changes how many days without a backup pass before the warning (1 to 365).")
        case .warnDaysQuestion:
            return .init(es: "¿Después de cuántos días sin respaldo avisa Enlace? (1 a 365)",
                         en: "After how many days without a backup should Enlace warn? (1 to 365)")
        case .folder: return .init(es: "Carpeta de respaldos", en: "Backup folder")
        case .folderHelp:
            return .init(es: "Cambia la carpeta donde van los respaldos (vacío: junto a la base de datos).",
                         en: "Changes the folder backups go to (empty: beside the database).")
        case .folderQuestion:
            return .init(es: "Carpeta para los respaldos (mejor un disco aparte; vacío: junto a la base de datos):",
                         en: "Folder for backups (a separate disk is best; empty: beside the database):")
        case .settingsSaved: return .init(es: "Ajustes de respaldo guardados.", en: "Backup settings saved.")
        case .notRead: return .init(es: "todavía no se leen los respaldos", en: "the backups are not read yet")
        case .takeNow: return .init(es: "Respaldar ahora", en: "Back up now")
        case .takeNowHelp:
            return .init(es: "Hace un respaldo revisado de la base de datos, sin detener a nadie, en la carpeta de respaldos.",
                         en: "Takes a checked backup of the database, without stopping anyone, into the backup folder.")
        case .running: return .init(es: "Haciendo el respaldo…", en: "Taking the backup…")
        case .done:
            return .init(es: "Respaldo guardado y revisado: {path} ({size})", en: "Backup saved and checked: {path} ({size})")
        case .alreadyRunning: return .init(es: "ya se está haciendo un respaldo", en: "a backup is already being taken")
        case .refusal:
            return .init(es: "Solo la administración ve y hace respaldos.", en: "Only admins see and take backups.")
        case .columnWhen: return .init(es: "Fecha", en: "Date")
        case .columnBy: return .init(es: "Por", en: "By")
        case .columnSize: return .init(es: "Tamaño", en: "Size")
        case .columnEncrypted: return .init(es: "Cifrado", en: "Encrypted")
        case .columnPath: return .init(es: "Archivo", en: "File")
        case .empty: return .init(es: "Ningún respaldo todavía: pulse b para hacer el primero.", en: "No backup yet: press b to take the first.")
        case .nextPath: return .init(es: "El próximo irá a {folder}", en: "The next one goes to {folder}")
        }
    }
}
