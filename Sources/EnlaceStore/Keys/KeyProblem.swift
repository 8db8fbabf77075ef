import EnlaceCore

/// What can go wrong with the database's keys: each is one line a person can act on, and none
/// writes anything.
public enum KeyProblem: Error, Sendable, Equatable {
    /// The keys are not unlocked in this program: nobody signed in, or the screen was locked.
    case locked
    /// The database is encrypted but this account has no key yet (made before encryption, or
    /// activated again): an admin gives it a temporary password.
    case noKeyForAccount(username: String)
    /// The account's wrapped key does not open with the right password: it was changed in the
    /// file.
    case wrappedKeyDamaged(username: String)
    /// A sealed value that does not authenticate: changed in the file, cut short, or moved.
    case damaged(column: String)
    /// A value sealed with a key generation this desk holds no key for.
    case unknownGeneration(Int)
    /// Recovery words: not 17, a word not in the list, or the check word does not match.
    case recoveryWords(RecoveryWords.Problem)
    /// Recovery words that are well formed but are not this database's.
    case recoveryKeyWrong
    /// `keys init` on a database that already has its keys.
    case alreadyEncrypted
    /// `keys rotate` (or another step that needs keys) on a database not yet encrypted.
    case notEncrypted

    public var exitCode: Int32 {
        switch self {
        case .locked, .noKeyForAccount, .recoveryKeyWrong, .recoveryWords: return 77
        case .wrappedKeyDamaged, .damaged, .unknownGeneration: return 65
        case .alreadyEncrypted, .notEncrypted: return 69
        }
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .locked: return KeysText.locked(language)
        case .noKeyForAccount(let name): return KeysText.noKeyForAccount.format(language, ["username": name])
        case .wrappedKeyDamaged(let name): return KeysText.wrappedKeyDamaged.format(language, ["username": name])
        case .damaged(let column): return KeysText.damaged.format(language, ["column": column])
        case .unknownGeneration(let generation):
            return KeysText.unknownGeneration.format(language, ["generation": String(generation)])
        case .recoveryWords(.count(let found)):
            return KeysText.recoveryCount.format(language, ["found": String(found),
                                                             "expected": String(RecoveryWords.wordCount)])
        case .recoveryWords(.unknownWord(let position, let word)):
            return KeysText.recoveryUnknownWord.format(language, ["position": String(position), "word": word])
        case .recoveryWords(.checksum): return KeysText.recoveryChecksum(language)
        case .recoveryKeyWrong: return KeysText.recoveryKeyWrong(language)
        case .alreadyEncrypted: return KeysText.alreadyEncrypted(language)
        case .notEncrypted: return KeysText.notEncrypted(language)
        }
    }
}

/// What the store says about the database's keys.
public enum KeysText: String, MessageCatalog {
    case locked, noKeyForAccount, wrappedKeyDamaged, damaged, unknownGeneration
    case recoveryCount, recoveryUnknownWord, recoveryChecksum, recoveryKeyWrong
    case alreadyEncrypted, notEncrypted

    public var text: LocalizedText {
        switch self {
        case .locked:
            return .init(
                es: "Los datos protegidos están cerrados con llave en este programa: inicie sesión de nuevo. No se guardó nada.",
                en: "The protected data is locked in this program: sign in again. Nothing was saved.")
        case .noKeyForAccount:
            return .init(
                es: "La cuenta {username} aún no tiene llave para los datos cifrados. Pida a un administrador una contraseña temporal (enlace user reset-password {username}).",
                en: "The account {username} has no key to the encrypted data yet. Ask an admin for a temporary password (enlace user reset-password {username}).")
        case .wrappedKeyDamaged:
            return .init(
                es: "La llave de la cuenta {username} fue alterada en el archivo y no abre. Un administrador puede restablecer la contraseña con la llave de recuperación (enlace keys recover). No se cambió nada.",
                en: "The key of the account {username} was altered in the file and does not open. An admin can reset the password with the recovery key (enlace keys recover). Nothing was changed.")
        case .damaged:
            return .init(
                es: "Un valor cifrado de {column} está dañado o fue alterado en el archivo y no se puede leer. Restaure un respaldo; no se cambió nada.",
                en: "An encrypted value of {column} is damaged or was altered in the file and cannot be read. Restore a backup; nothing was changed.")
        case .unknownGeneration:
            return .init(
                es: "Hay datos cifrados con la llave {generation}, que este programa no tiene: salga e inicie sesión de nuevo.",
                en: "Some data is encrypted with key {generation}, which this program does not hold: quit and sign in again.")
        case .recoveryCount:
            return .init(
                es: "La llave de recuperación tiene {expected} palabras; se escribieron {found}. Revise la hoja impresa.",
                en: "The recovery key has {expected} words; {found} were typed. Check the printed sheet.")
        case .recoveryUnknownWord:
            return .init(
                es: "La palabra {position} («{word}») no está en la lista de la llave de recuperación. Revise la hoja impresa.",
                en: "Word {position} (\"{word}\") is not in the recovery key's list. Check the printed sheet.")
        case .recoveryChecksum:
            return .init(
                es: "Las palabras no cuadran con la palabra de control: una está mal escrita o dos están en desorden.",
                en: "The words do not match the check word: one is written wrong or two are out of order.")
        case .recoveryKeyWrong:
            return .init(
                es: "Esa llave de recuperación no es la de esta base de datos. No se cambió nada.",
                en: "That recovery key is not this database's. Nothing was changed.")
        case .alreadyEncrypted:
            return .init(
                es: "Esta base de datos ya está cifrada. Para cambiar la llave use enlace keys rotate.",
                en: "This database is already encrypted. To change the key use enlace keys rotate.")
        case .notEncrypted:
            return .init(
                es: "Esta base de datos aún no está cifrada: un administrador la cifra con enlace keys init.",
                en: "This database is not encrypted yet: an admin encrypts it with enlace keys init.")
        }
    }
}
