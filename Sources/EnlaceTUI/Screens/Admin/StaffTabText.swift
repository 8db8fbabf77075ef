import EnlaceCore

/// The staff tab's words.
public enum StaffTabText: String, MessageCatalog {
    case refusal, noAccount, empty, formSection
    case columnUser, columnName, columnRoles, columnStatus, columnLastSignIn
    case statusActive, statusInactive, statusLocked, statusTemporary, never
    case newAccount, newAccountHelp, newAccountTitle, roles, rolesHelp, rolesTitle, rolesSaved
    case toggleActive, toggleActiveHelp, deactivate, activate, deactivateQuestion, activateQuestion, deactivated, activated
    case unlock, unlockHelp, unlocked
    case reset, resetHelp, resetQuestion, resetTitle, createdTitle, temporaryMessage
    case usernameLabel, usernamePlaceholder, displayNameLabel

    public var text: LocalizedText {
        switch self {
        case .refusal:
            return .init(es: "Solo la administración ve y cambia las cuentas del personal.",
                         en: "Only admins see and change the staff accounts.")
        case .noAccount: return .init(es: "no hay una cuenta seleccionada", en: "no account is selected")
        case .empty: return .init(es: "No hay cuentas.", en: "There are no accounts.")
        case .formSection: return .init(es: "Formulario de una cuenta", en: "Account form")
        case .columnUser: return .init(es: "Usuario", en: "User")
        case .columnName: return .init(es: "Nombre", en: "Name")
        case .columnRoles: return .init(es: "Roles", en: "Roles")
        case .columnStatus: return .init(es: "Estado", en: "Status")
        case .columnLastSignIn: return .init(es: "Última entrada", en: "Last sign-in")
        case .statusActive: return .init(es: "activa", en: "active")
        case .statusInactive: return .init(es: "desactivada", en: "deactivated")
        case .statusLocked: return .init(es: "bloqueada", en: "locked")
        case .statusTemporary: return .init(es: "contraseña temporal", en: "temporary password")
        case .never: return .init(es: "nunca", en: "never")
        case .newAccount: return .init(es: "Nueva cuenta", en: "New account")
        case .newAccountHelp:
            return .init(es: "Crea una cuenta con usuario, nombre y roles; Enlace da una contraseña temporal que se cambia al entrar.",
                         en: "Creates an account with user name, name and roles; Enlace gives a temporary password changed at sign-in.")
        case .newAccountTitle: return .init(es: "Nueva cuenta del personal", en: "New staff account")
        case .roles: return .init(es: "Roles", en: "Roles")
        case .rolesHelp:
            return .init(es: "Cambia los roles de la cuenta seleccionada (puede tener varios).",
                         en: "Changes the selected account's roles (it may hold several).")
        case .rolesTitle: return .init(es: "Roles de {user}", en: "Roles of {user}")
        case .rolesSaved: return .init(es: "Roles de {user}: {roles}.", en: "Roles of {user}: {roles}.")
        case .toggleActive: return .init(es: "Desactivar / activar", en: "Deactivate / activate")
        case .toggleActiveHelp:
            return .init(es: "Desactiva la cuenta seleccionada (ya no entra; su nombre sigue en la bitácora) o la activa de nuevo.",
                         en: "Deactivates the selected account (it can no longer sign in; its name stays in the audit) or activates it again.")
        case .deactivate: return .init(es: "Desactivar cuenta", en: "Deactivate account")
        case .activate: return .init(es: "Activar cuenta", en: "Activate account")
        case .deactivateQuestion:
            return .init(es: "¿Desactivar la cuenta {user} ({name})? Ya no podrá entrar; sus terminales se bloquean.",
                         en: "Deactivate the account {user} ({name})? It can no longer sign in; its terminals lock.")
        case .activateQuestion:
            return .init(es: "¿Activar de nuevo la cuenta {user} ({name})?", en: "Activate the account {user} ({name}) again?")
        case .deactivated: return .init(es: "Cuenta {user} desactivada.", en: "Account {user} deactivated.")
        case .activated: return .init(es: "Cuenta {user} activada.", en: "Account {user} activated.")
        case .unlock: return .init(es: "Desbloquear", en: "Unlock")
        case .unlockHelp:
            return .init(es: "Desbloquea la cuenta seleccionada tras cinco contraseñas equivocadas.",
                         en: "Unlocks the selected account after five wrong passwords.")
        case .unlocked: return .init(es: "Cuenta {user} desbloqueada.", en: "Account {user} unlocked.")
        case .reset: return .init(es: "Contraseña temporal", en: "Temporary password")
        case .resetHelp:
            return .init(es: "Da a la cuenta seleccionada una contraseña temporal nueva; la anterior deja de servir al instante.",
                         en: "Gives the selected account a new temporary password; the old one stops working at once.")
        case .resetQuestion:
            return .init(es: "¿Dar a {user} una contraseña temporal nueva? La actual deja de servir y sus terminales se bloquean.",
                         en: "Give {user} a new temporary password? The current one stops working and its terminals lock.")
        case .resetTitle: return .init(es: "Contraseña restablecida", en: "Password reset")
        case .createdTitle: return .init(es: "Cuenta creada", en: "Account created")
        case .temporaryMessage:
            return .init(es: "Contraseña temporal de {user}: {password}\nDésela en persona; al entrar, Enlace le pedirá elegir la suya. No se volverá a mostrar.",
                         en: "Temporary password of {user}: {password}\nGive it in person; at sign-in, Enlace asks them to choose their own. It will not be shown again.")
        case .usernameLabel: return .init(es: "Usuario", en: "User name")
        case .usernamePlaceholder: return .init(es: "minúsculas, sin espacios: ana.lopez", en: "lower case, no spaces: ana.lopez")
        case .displayNameLabel: return .init(es: "Nombre", en: "Name")
        }
    }
}
