import EnlaceCore

/// Texts of the sign-in screen.
public enum SignInText: String, MessageCatalog {
    case title, intro, usernameLabel, passwordLabel, usernameRequired, passwordRequired, hint
    case demoLogins, quit, language
    case newPasswordTitle, newPasswordIntro, newPasswordLabel, newPasswordHint
    case firstAdminTitle, firstAdminIntro, firstAdminCreate, displayNameLabel, passwordAgainLabel, displayNameRequired, firstAdminHint

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
