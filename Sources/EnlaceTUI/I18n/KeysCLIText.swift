import EnlaceCore

/// What `enlace keys status|init|rotate|recover` and the first admin's setup print.
public enum KeysCLIText: String, MessageCatalog {
    case recoveryTitle, recoveryKeep, statusEncrypted, statusPlain, statusGeneration, statusRetired
    case statusWithoutKey, statusToSeal, promptPassword, promptWords, sealing, encrypted, backupSealed
    case needReset, rotated, recovered, wordsNeeded

    public var text: LocalizedText {
        switch self {
        case .recoveryTitle:
            return .init(es: "Llave de recuperación de la organización (17 palabras):",
                         en: "The organization's recovery key (17 words):")
        case .recoveryKeep:
            return .init(es: "Escríbalas en papel y guárdelo bajo llave, lejos de esta computadora: con ellas se recupera una contraseña olvidada (enlace keys recover). No se mostrarán de nuevo.",
                         en: "Write them on paper and keep it locked away from this computer: they recover a forgotten password (enlace keys recover). They will not be shown again.")
        case .statusEncrypted: return .init(es: "Datos delicados cifrados: sí", en: "Sensitive data encrypted: yes")
        case .statusPlain:
            return .init(es: "Datos delicados cifrados: no. Un administrador los cifra con: enlace keys init",
                         en: "Sensitive data encrypted: no. An admin encrypts it with: enlace keys init")
        case .statusGeneration: return .init(es: "Llave {n}: creada {date}", en: "Key {n}: made {date}")
        case .statusRetired: return .init(es: "Llave {n}: creada {date}, retirada {retired}", en: "Key {n}: made {date}, retired {retired}")
        case .statusWithoutKey:
            return .init(es: "Cuentas sin llave (necesitan una contraseña temporal): {users}",
                         en: "Accounts without a key (they need a temporary password): {users}")
        case .statusToSeal:
            return .init(es: "Valores por cifrar o volver a cifrar: {n}", en: "Values still to seal or seal again: {n}")
        case .promptPassword:
            return .init(es: "Su contraseña, otra vez, para su llave: ", en: "Your password, again, for your key: ")
        case .promptWords:
            return .init(es: "Las 17 palabras de la llave de recuperación: ", en: "The recovery key's 17 words: ")
        case .sealing: return .init(es: "Cifrando {table}: {n} filas", en: "Sealing {table}: {n} rows")
        case .encrypted:
            return .init(es: "Base de datos cifrada (llave 1): {n} filas con datos delicados.",
                         en: "Database encrypted (key 1): {n} rows with sensitive data.")
        case .backupSealed:
            return .init(es: "Antes de cifrar se hizo un respaldo, sellado con las palabras de recuperación como frase: {path}",
                         en: "A backup was taken before encrypting, sealed with the recovery words as its passphrase: {path}")
        case .needReset:
            return .init(es: "Estas cuentas aún no tienen llave; deles una contraseña temporal (enlace user reset-password USUARIO): {users}",
                         en: "These accounts have no key yet; give them a temporary password (enlace user reset-password USER): {users}")
        case .rotated:
            return .init(es: "Llave {n} en uso: {rows} filas cifradas de nuevo; las llaves anteriores se retiraron.",
                         en: "Key {n} in use: {rows} rows sealed again; the older keys were retired.")
        case .recovered:
            return .init(es: "Contraseña temporal de «{user}» (cámbiela al iniciar sesión): {password}",
                         en: "Temporary password of “{user}” (change it at sign-in): {password}")
        case .wordsNeeded:
            return .init(es: "Escriba las palabras en la terminal o en ENLACE_RECOVERY_WORDS.",
                         en: "Type the words at the terminal or put them in ENLACE_RECOVERY_WORDS.")
        }
    }
}
