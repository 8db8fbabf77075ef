import EnlaceCore

/// What the store says about staff accounts.
public enum StaffText: String, MessageCatalog {
    case rolesRequired
    case userNotFound
    case lastAdmin
    case notLocked
    case alreadyActive
    case alreadyInactive
    case currentPasswordWrong
    case sameAsTemporary
    case noSelfDeactivation

    public var text: LocalizedText {
        switch self {
        case .rolesRequired:
            return .init(es: "Elija al menos un rol: voluntario, trabajador social, supervisor o administrador.",
                         en: "Choose at least one role: volunteer, caseworker, supervisor or admin.")
        case .userNotFound:
            return .init(es: "No hay ninguna cuenta con el usuario «{username}».",
                         en: "There is no account with the user name “{username}”.")
        case .lastAdmin:
            return .init(es: "Debe quedar al menos un administrador activo; dé ese rol a otra persona primero.",
                         en: "At least one active admin must remain; give that role to someone else first.")
        case .notLocked:
            return .init(es: "La cuenta «{username}» no está bloqueada.",
                         en: "The account “{username}” is not locked.")
        case .alreadyActive:
            return .init(es: "La cuenta «{username}» ya está activa.", en: "The account “{username}” is already active.")
        case .alreadyInactive:
            return .init(es: "La cuenta «{username}» ya está desactivada.", en: "The account “{username}” is already deactivated.")
        case .currentPasswordWrong:
            return .init(es: "La contraseña actual no es correcta.", en: "The current password is not correct.")
        case .sameAsTemporary:
            return .init(es: "La contraseña nueva debe ser distinta de la actual.",
                         en: "The new password must differ from the current one.")
        case .noSelfDeactivation:
            return .init(es: "No puede desactivar su propia cuenta; pídalo a otro administrador.",
                         en: "You cannot deactivate your own account; ask another admin.")
        }
    }
}
