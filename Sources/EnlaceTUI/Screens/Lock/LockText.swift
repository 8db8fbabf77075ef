import EnlaceCore

/// Texts of the lock screen.
public enum LockText: String, MessageCatalog {
    case title, lockedByKey, lockedByIdle, signedInAs, passwordLabel, passwordRequired, hint, sessionEnded

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Pantalla bloqueada", en: "Screen locked")
        case .sessionEnded:
            return .init(es: "Un administrador restableció la contraseña de esta cuenta o la desactivó: salga (F10) y entre de nuevo.",
                         en: "An admin reset this account's password or deactivated it: quit (F10) and sign in again.")
        case .lockedByKey:
            return .init(es: "Se ocultó la pantalla con la tecla de privacidad.", en: "The screen was hidden with the privacy key.")
        case .lockedByIdle:
            return .init(es: "Se bloqueó tras {n} {n|minuto|minutos} sin usar el teclado.", en: "It locked after {n} {n|minute|minutes} without a key press.")
        case .signedInAs: return .init(es: "Sesión de {name} ({role})", en: "Signed in: {name} ({role})")
        case .passwordLabel: return .init(es: "Contraseña:", en: "Password:")
        case .passwordRequired: return .init(es: "Escriba su contraseña para continuar.", en: "Type your password to continue.")
        case .hint:
            return .init(es: "Escriba su contraseña y pulse Enter; lo que estaba haciendo sigue igual.",
                         en: "Type your password and press Enter; what you were doing is kept as it was.")
        }
    }
}
