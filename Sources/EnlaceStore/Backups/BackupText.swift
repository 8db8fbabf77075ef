import EnlaceCore

/// Why a backup or a restore was refused. Each has one line in Spanish and English; none
/// leaves anything changed (a half-written copy is removed, the current database untouched).
public enum BackupProblem: Sendable, Equatable {
    /// The folder the backup (or the restored database) would go to cannot be written.
    case folderReadOnly(path: String)
    /// A file of that name is already there: backups never overwrite.
    case exists(path: String)
    /// The copy just made failed its own check (it was removed, nothing recorded).
    case checkFailed(detail: String)
    /// The backup file is damaged: it fails SQLite's integrity check, or a sealed chunk does
    /// not authenticate, or it ends early.
    case corrupt(path: String)
    /// Not an Enlace backup at all (another SQLite file, or something else).
    case notABackup(path: String)
    case wrongPassphrase(path: String)
    /// Made by a newer Enlace (migrations or a sealed format this build does not know).
    case newerVersion(path: String, found: String, supported: String)
    /// Another program has the database open (see `DatabaseInUse`).
    case inUse(path: String)
    /// A sealed backup and no passphrase to open it.
    case passphraseNeeded(path: String)
    case passphraseTooShort

    public var exitCode: Int32 {
        switch self {
        case .wrongPassphrase: return 77
        case .passphraseNeeded, .passphraseTooShort: return 65
        case .inUse: return 75
        default: return 74
        }
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .folderReadOnly(let path): return BackupText.folderReadOnly.format(language, ["path": path])
        case .exists(let path): return BackupText.exists.format(language, ["path": path])
        case .checkFailed(let detail): return BackupText.checkFailed.format(language, ["detail": detail])
        case .corrupt(let path): return BackupText.corrupt.format(language, ["path": path])
        case .notABackup(let path): return BackupText.notABackup.format(language, ["path": path])
        case .wrongPassphrase(let path): return BackupText.wrongPassphrase.format(language, ["path": path])
        case .newerVersion(let path, let found, let supported):
            return BackupText.newerVersion.format(language, ["path": path, "found": found, "supported": supported])
        case .inUse(let path): return BackupText.inUse.format(language, ["path": path])
        case .passphraseNeeded(let path): return BackupText.passphraseNeeded.format(language, ["path": path])
        case .passphraseTooShort: return BackupText.passphraseTooShort(language)
        }
    }
}

/// What the store says about backups and restores.
public enum BackupText: String, MessageCatalog {
    case folderReadOnly, exists, checkFailed, corrupt, notABackup, wrongPassphrase, newerVersion
    case inUse, passphraseNeeded, passphraseTooShort

    /// The shortest passphrase a sealed backup accepts.
    public static let minimumPassphrase = 10

    public var text: LocalizedText {
        switch self {
        case .folderReadOnly:
            return .init(
                es: "No se puede escribir en la carpeta {path} (solo lectura o sin permiso). Elija otra carpeta; no se cambió nada.",
                en: "Cannot write into the folder {path} (read-only or not allowed). Choose another folder; nothing was changed.")
        case .exists:
            return .init(
                es: "Ya existe {path}; un respaldo nunca reemplaza otro archivo. Elija otro nombre.",
                en: "{path} already exists; a backup never replaces another file. Choose another name.")
        case .checkFailed:
            return .init(
                es: "La copia no pasó la revisión ({detail}); se borró y no se registró. Vuelva a intentar.",
                en: "The copy failed its check ({detail}); it was removed and not recorded. Try again.")
        case .corrupt:
            return .init(
                es: "El respaldo {path} está dañado (no pasó la revisión); no se restauró nada.",
                en: "The backup {path} is damaged (it failed the check); nothing was restored.")
        case .notABackup:
            return .init(
                es: "{path} no es un respaldo de Enlace; no se restauró nada.",
                en: "{path} is not an Enlace backup; nothing was restored.")
        case .wrongPassphrase:
            return .init(
                es: "La frase de contraseña no abre el respaldo {path}; no se restauró nada.",
                en: "The passphrase does not open the backup {path}; nothing was restored.")
        case .newerVersion:
            return .init(
                es: "El respaldo {path} es de una versión más nueva de Enlace ({found}; esta versión llega a {supported}). Actualice Enlace para restaurarlo; no se cambió nada.",
                en: "The backup {path} comes from a newer Enlace ({found}; this version knows up to {supported}). Update Enlace to restore it; nothing was changed.")
        case .inUse:
            return .init(
                es: "La base de datos {path} está abierta en otro programa. Cierre Enlace en todas las terminales y vuelva a intentar; no se cambió nada.",
                en: "The database {path} is open in another program. Close Enlace in every terminal and try again; nothing was changed.")
        case .passphraseNeeded:
            return .init(
                es: "El respaldo {path} está cifrado: hace falta su frase de contraseña (en una terminal, ENLACE_BACKUP_PASSPHRASE o --passphrase-file).",
                en: "The backup {path} is encrypted: its passphrase is needed (at a terminal, ENLACE_BACKUP_PASSPHRASE or --passphrase-file).")
        case .passphraseTooShort:
            return .init(
                es: "La frase de contraseña del respaldo necesita al menos 10 caracteres.",
                en: "The backup passphrase needs at least 10 characters.")
        }
    }
}
