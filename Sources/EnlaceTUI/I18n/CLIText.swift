import EnlaceCore

/// Texts the command line prints (prompts, logins, errors), in Spanish and English.
public enum CLIText: String, MessageCatalog {
    case firstRunTitle, promptUsername, promptDisplayName, promptPassword, promptPasswordAgain
    case passwordsDiffer, passwordTooShort, usernameInvalid, adminCreated
    case signInTitle, signInFailed, needTerminalForPassword
    case demoCreating, demoCreated, demoLoginsTitle, demoSignedInAs, demoOpening
    case databaseAt, unknownCommand, knownCommands
    case noUsersNonInteractive

    public var text: LocalizedText {
        switch self {
        case .firstRunTitle:
            return .init(es: "Base de datos nueva en {path}. Cree la primera cuenta de administración.",
                         en: "New database at {path}. Create the first admin account.")
        case .promptUsername: return .init(es: "Usuario: ", en: "User name: ")
        case .promptDisplayName: return .init(es: "Nombre completo: ", en: "Full name: ")
        case .promptPassword: return .init(es: "Contraseña: ", en: "Password: ")
        case .promptPasswordAgain: return .init(es: "Repita la contraseña: ", en: "Repeat the password: ")
        case .passwordsDiffer: return .init(es: "Las contraseñas no coinciden; inténtelo de nuevo.", en: "The passwords differ; try again.")
        case .passwordTooShort:
            return .init(es: "La contraseña debe tener al menos {n} caracteres.", en: "The password must have at least {n} characters.")
        case .usernameInvalid:
            return .init(es: "El usuario debe tener de 2 a 32 letras minúsculas, números, punto o guion.",
                         en: "The user name must have 2 to 32 lowercase letters, digits, dot or hyphen.")
        case .adminCreated: return .init(es: "Cuenta de administración «{user}» creada.", en: "Admin account “{user}” created.")
        case .signInTitle: return .init(es: "Iniciar sesión en {org}", en: "Sign in to {org}")
        case .signInFailed: return .init(es: "No se pudo iniciar sesión: {reason}", en: "Could not sign in: {reason}")
        case .needTerminalForPassword:
            return .init(es: "Se necesita una terminal para escribir la contraseña, o la variable ENLACE_PASSWORD.",
                         en: "A terminal is needed to type the password, or the ENLACE_PASSWORD variable.")
        case .demoCreating:
            return .init(es: "Creando la base de demostración con {n} {n|persona|personas} en {path}…",
                         en: "Creating the demo database with {n} {n|person|people} at {path}…")
        case .demoCreated: return .init(es: "Base de demostración lista.", en: "Demo database ready.")
        case .demoLoginsTitle:
            return .init(es: "Cuentas de demostración (usuario / contraseña / rol):", en: "Demo accounts (user / password / role):")
        case .demoSignedInAs:
            return .init(es: "Se abre Enlace con la sesión de {user} ({role}).", en: "Enlace opens signed in as {user} ({role}).")
        case .demoOpening: return .init(es: "Abriendo {path}", en: "Opening {path}")
        case .databaseAt: return .init(es: "Base de datos: {path}", en: "Database: {path}")
        case .unknownCommand:
            return .init(es: "«{name}» no es una orden de {command}.", en: "“{name}” is not an {command} command.")
        case .knownCommands:
            return .init(es: "Órdenes: {list}. Ayuda: {command} --help", en: "Commands: {list}. Help: {command} --help")
        case .noUsersNonInteractive:
            return .init(es: "La base de datos no tiene cuentas y no hay terminal para crear la primera. Ejecute «enlace» en una terminal.",
                         en: "The database has no accounts and there is no terminal to create the first. Run “enlace” in a terminal.")
        }
    }
}
