import EnlaceCore

/// What `enlace user` prints.
public enum StaffCLIText: String, MessageCatalog {
    case created
    case temporaryPassword
    case tellThem
    case header
    case active
    case inactive
    case locked
    case temporary
    case never
    case rolesChanged
    case deactivated
    case activated
    case unlocked
    case passwordReset
    case unknownRole
    case mustChange
    case mustChangeScripted
    case promptCurrent
    case promptNew
    case promptNewAgain
    case passwordChanged

    public var text: LocalizedText {
        switch self {
        case .created:
            return .init(es: "Cuenta creada: {user} ({name}), {roles}.", en: "Account created: {user} ({name}), {roles}.")
        case .temporaryPassword:
            return .init(es: "Contraseña temporal: {password}", en: "Temporary password: {password}")
        case .tellThem:
            return .init(es: "Désela en persona; al entrar, Enlace le pedirá elegir la suya.",
                         en: "Give it in person; at sign-in, Enlace asks them to choose their own.")
        case .header:
            return .init(es: "usuario\tnombre\troles\testado\túltima entrada", en: "user\tname\troles\tstatus\tlast sign-in")
        case .active: return .init(es: "activa", en: "active")
        case .inactive: return .init(es: "desactivada", en: "deactivated")
        case .locked: return .init(es: "bloqueada", en: "locked")
        case .temporary: return .init(es: "contraseña temporal", en: "temporary password")
        case .never: return .init(es: "nunca", en: "never")
        case .rolesChanged:
            return .init(es: "Roles de {user}: {roles}.", en: "Roles of {user}: {roles}.")
        case .deactivated:
            return .init(es: "Cuenta {user} desactivada; sus terminales se bloquean al siguiente minuto sin uso.",
                         en: "Account {user} deactivated; its terminals lock at their next idle minute.")
        case .activated:
            return .init(es: "Cuenta {user} activada de nuevo.", en: "Account {user} active again.")
        case .unlocked:
            return .init(es: "Cuenta {user} desbloqueada.", en: "Account {user} unlocked.")
        case .passwordReset:
            return .init(es: "Contraseña de {user} restablecida; la anterior ya no sirve.",
                         en: "Password of {user} reset; the old one no longer works.")
        case .unknownRole:
            return .init(es: "Rol desconocido: «{role}». Use volunteer, caseworker, supervisor o admin.",
                         en: "Unknown role: “{role}”. Use volunteer, caseworker, supervisor or admin.")
        case .mustChange:
            return .init(es: "Su contraseña es temporal: elija la suya ahora.",
                         en: "Your password is temporary: choose your own now.")
        case .mustChangeScripted:
            return .init(es: "La contraseña de {user} es temporal: cámbiela primero en la aplicación, o con «enlace user password» (ENLACE_NEW_PASSWORD).",
                         en: "The password of {user} is temporary: change it first in the app, or with “enlace user password” (ENLACE_NEW_PASSWORD).")
        case .promptCurrent:
            return .init(es: "Contraseña actual: ", en: "Current password: ")
        case .promptNew:
            return .init(es: "Contraseña nueva (10 caracteres o más): ", en: "New password (10 characters or more): ")
        case .promptNewAgain:
            return .init(es: "Repita la contraseña nueva: ", en: "New password again: ")
        case .passwordChanged:
            return .init(es: "Contraseña cambiada.", en: "Password changed.")
        }
    }
}
