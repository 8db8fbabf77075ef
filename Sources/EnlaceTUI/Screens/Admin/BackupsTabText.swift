import EnlaceCore

/// The backups tab's words (the status lines are `BackupDeskText`'s, shared with the command).
public enum BackupsTabText: String, MessageCatalog {
    case takeNow, takeNowHelp, running, done, alreadyRunning, refusal
    case columnWhen, columnBy, columnSize, columnEncrypted, columnPath, empty, nextPath

    public var text: LocalizedText {
        switch self {
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
