/// The rules a new password meets, ones a desk can live with: at least ten characters (a
/// phrase of a few words is the easy way), not the user name, not one of the most common
/// passwords (`CommonPasswords`), not one character repeated. Pure: the store calls it before
/// hashing, the screens before sending.
public enum PasswordPolicy {
    public static let minimumLength = 10
    /// Longer is refused (scrypt hashes the bytes; a pasted file is not a password).
    public static let maximumBytes = 256

    /// The first rule `password` breaks, or nil when it is acceptable for `username`.
    public static func problem(_ password: String, username: String) -> PasswordMessage? {
        if password.utf8.count > maximumBytes { return .tooLong }
        if password.count < minimumLength { return .tooShort }
        let lowered = password.lowercased()
        let name = username.lowercased()
        if name.count >= 3, lowered.contains(name) { return .containsUsername }
        if Set(lowered).count == 1 { return .oneCharacter }
        if CommonPasswords.all.contains(lowered)
            || CommonPasswords.all.contains(lowered.trimmingDigitsAtEnd()) && lowered.trimmingDigitsAtEnd().count >= 4 {
            return .common
        }
        return nil
    }

    /// How many common passwords are refused.
    public static var commonPasswordCount: Int { CommonPasswords.count }
}

private extension String {
    /// "password2024" → "password": a common word with a number after it is still common.
    func trimmingDigitsAtEnd() -> String {
        var s = Substring(self)
        while let last = s.last, last.isASCII, last.isNumber { s = s.dropLast() }
        return String(s)
    }
}

/// Why a password is refused, in the person's language.
public enum PasswordMessage: String, MessageCatalog {
    case tooShort
    case tooLong
    case containsUsername
    case oneCharacter
    case common
    case mismatch
    case sameAsBefore
    case rules

    public var text: LocalizedText {
        switch self {
        case .tooShort:
            return .init(es: "La contraseña debe tener al menos 10 caracteres; una frase de varias palabras es fácil de recordar.",
                         en: "The password must have at least 10 characters; a phrase of a few words is easy to remember.")
        case .tooLong:
            return .init(es: "La contraseña es demasiado larga (más de 256 bytes).",
                         en: "The password is too long (over 256 bytes).")
        case .containsUsername:
            return .init(es: "La contraseña no puede contener el nombre de usuario.",
                         en: "The password cannot contain the user name.")
        case .oneCharacter:
            return .init(es: "La contraseña no puede ser un solo carácter repetido.",
                         en: "The password cannot be one character repeated.")
        case .common:
            return .init(es: "Esa contraseña es de las más usadas y se adivina fácilmente; elija otra.",
                         en: "That password is one of the most common and easy to guess; choose another.")
        case .mismatch:
            return .init(es: "Las dos contraseñas no coinciden; escríbala otra vez.",
                         en: "The two passwords do not match; type it again.")
        case .sameAsBefore:
            return .init(es: "La contraseña nueva debe ser distinta de la temporal.",
                         en: "The new password must differ from the temporary one.")
        case .rules:
            return .init(es: "Al menos 10 caracteres, sin el nombre de usuario, y no de las más usadas.",
                         en: "At least 10 characters, without the user name, and not a common one.")
        }
    }
}
