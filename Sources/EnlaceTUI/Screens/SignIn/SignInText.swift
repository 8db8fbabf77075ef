import EnlaceCore

/// Texts of the sign-in screen.
public enum SignInText: String, MessageCatalog {
    case title, intro, usernameLabel, passwordLabel, usernameRequired, passwordRequired, hint
    case demoLogins, signingIn, quit, language

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
        case .signingIn: return .init(es: "Comprobando…", en: "Checking…")
        case .quit: return .init(es: "Salir", en: "Quit")
        case .language: return .init(es: "Idioma: English", en: "Language: Español")
        }
    }
}
