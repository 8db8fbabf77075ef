import EnlaceCore
import EnlaceStore

/// Texts of the sign-in screen.
public enum SignInText: String, MessageCatalog {
    case title, intro, usernameLabel, passwordLabel, usernameRequired, passwordRequired, hint
    case demoLogins, quit, language
    case newPasswordTitle, newPasswordIntro, newPasswordLabel, newPasswordHint
    case firstAdminTitle, firstAdminIntro, firstAdminCreate, displayNameLabel, passwordAgainLabel, displayNameRequired, firstAdminHint
    case recoveryTitle, recoveryIntro, recoveryKeep, recoveryHint, encryptedBackup, encryptedNeedReset

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Iniciar sesión", en: "Sign in")
        case .intro: return .init(es: "Escriba su usuario y su contraseña.", en: "Type your user name and password.")
        case .usernameLabel: return .init(es: "Usuario:", en: "User name:")
        case .passwordLabel: return .init(es: "Contraseña:", en: "Password:")
        case .usernameRequired: return .init(es: "Escriba su usuario.", en: "Type your user name.")
        case .passwordRequired: return .init(es: "Escriba su contraseña.", en: "Type your password.")
        case .hint: return .init(es: "Tab cambia de campo · Enter entra", en: "Tab moves between fields · Enter signs in")
        case .demoLogins:
            return .init(es: "Cuentas de demostración: {users}; contraseña {password}",
                         en: "Demo accounts: {users}; password {password}")
        case .firstAdminTitle: return .init(es: "Primera cuenta de administración", en: "First admin account")
        case .firstAdminIntro:
            return .init(es: "Base de datos nueva: {path}", en: "New database: {path}")
        case .firstAdminCreate:
            return .init(es: "Cree la primera cuenta de administración.", en: "Create the first admin account.")
        case .displayNameLabel: return .init(es: "Nombre completo:", en: "Full name:")
        case .passwordAgainLabel: return .init(es: "Repita la contraseña:", en: "Repeat the password:")
        case .displayNameRequired: return .init(es: "Escriba su nombre completo.", en: "Type your full name.")
        case .firstAdminHint:
            return .init(es: "Usuario de 2 a 32 letras, números, punto o guion; contraseña de 8 caracteres o más. Tab cambia de campo · Enter crea la cuenta",
                         en: "User name of 2 to 32 letters, digits, dots or dashes; password of 8 characters or more. Tab moves between fields · Enter creates the account")
        case .recoveryTitle: return .init(es: "Llave de recuperación", en: "Recovery key")
        case .recoveryIntro:
            return .init(es: "Los datos delicados quedan cifrados. Si un día nadie recuerda su contraseña de administración, estas 17 palabras permiten recuperarlos (enlace keys recover):",
                         en: "Sensitive data is now encrypted. If one day no one remembers their admin password, these 17 words recover it (enlace keys recover):")
        case .recoveryKeep:
            return .init(es: "Escríbalas en papel y guárdelo bajo llave, lejos de esta computadora. Enlace no las volverá a mostrar.",
                         en: "Write them on paper and keep it locked away from this computer. Enlace will not show them again.")
        case .recoveryHint:
            return .init(es: "Enter cuando las haya anotado", en: "Enter once you have written them down")
        case .encryptedBackup:
            return .init(es: "Esta base de datos se acaba de cifrar; el respaldo de antes está sellado con estas palabras: {path}",
                         en: "This database was just encrypted; the backup from before is sealed with these words: {path}")
        case .encryptedNeedReset:
            return .init(es: "Cuentas que necesitan una contraseña temporal para tener su llave: {users}",
                         en: "Accounts that need a temporary password to get their key: {users}")
        case .newPasswordTitle: return .init(es: "Elija su contraseña", en: "Choose your password")
        case .newPasswordIntro:
            return .init(es: "Bienvenido/a, {name}. Su contraseña es temporal: escriba la suya dos veces.",
                         en: "Welcome, {name}. Your password is temporary: type your own twice.")
        case .newPasswordLabel: return .init(es: "Contraseña nueva:", en: "New password:")
        case .newPasswordHint: return .init(es: "Tab cambia de campo · Enter guarda y entra", en: "Tab moves between fields · Enter saves and signs in")
        case .quit: return .init(es: "Salir", en: "Quit")
        case .language: return .init(es: "Idioma: English", en: "Language: Español")
        }
    }
}

extension SignInText {
    /// What the recovery page adds after encrypting an older file at the first admin sign-in.
    static func encryptedNotes(_ report: KeySweepReport) -> [LocalizedText] {
        var notes: [LocalizedText] = []
        if let path = report.backupPath { notes.append(encryptedBackup.text.filling(["path": .plain(path)])) }
        if !report.accountsWithoutKey.isEmpty {
            notes.append(encryptedNeedReset.text.filling(["users": .plain(report.accountsWithoutKey.joined(separator: ", "))]))
        }
        return notes
    }
}
