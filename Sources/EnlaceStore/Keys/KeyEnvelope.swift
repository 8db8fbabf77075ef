import _CryptoExtras
import Crypto
import EnlaceCore
import Foundation

/// How the data key is kept in the file, only ever wrapped.
///
/// - Each account has an X25519 key pair. Its private key is sealed (AES-256-GCM) under a key
///   derived from the account's password with scrypt and a salt of its own (not the password
///   hash's): `user_keys.wrapped`, with the scrypt parameters in `user_keys.kdf`.
/// - Each generation of the data key is sealed to each active account's public key and to the
///   organization's recovery public key (`key_grants`): an ephemeral X25519 key agreement,
///   HKDF-SHA256, AES-256-GCM. So an admin can give a new colleague the key, and a rotation can
///   give every account the new key, without knowing anyone's password; and an account that
///   is deactivated loses its grants, so it cannot read what a later rotation seals.
/// - The recovery key is 16 random bytes printed once as words (`RecoveryWords`); its X25519
///   private key is derived from them with HKDF and never stored.
enum KeyEnvelope {
    // MARK: - An account's private key under its password

    struct WrappedUserKey: Sendable {
        let publicKey: Data
        let wrapped: Data
        let kdf: String
    }

    /// A new key pair for `username`, its private key wrapped under `password`. Slow (scrypt):
    /// call it outside a write transaction.
    static func newUserKey(username: String, password: String, cost: PasswordCost)
        throws -> (Curve25519.KeyAgreement.PrivateKey, WrappedUserKey) {
        let key = Curve25519.KeyAgreement.PrivateKey()
        return (key, try wrap(key, username: username, password: password, cost: cost))
    }

    static func wrap(_ key: Curve25519.KeyAgreement.PrivateKey, username: String, password: String,
                     cost: PasswordCost) throws -> WrappedUserKey {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        let kdf = "scrypt$\(1 << cost.logN)$\(cost.blockSize)$\(cost.parallelism)$\(Data(salt).base64EncodedString())"
        let kek = try derive(password, kdf: kdf)
        let box = try AES.GCM.seal(key.rawRepresentation, using: kek, authenticating: userAAD(username))
        return WrappedUserKey(publicKey: key.publicKey.rawRepresentation, wrapped: box.combined!, kdf: kdf)
    }

    /// The private key, or `wrappedKeyDamaged` when the bytes do not open with this password
    /// (the password itself was checked against its hash before).
    static func unwrap(_ wrapped: Data, kdf: String, username: String,
                       password: String) throws -> Curve25519.KeyAgreement.PrivateKey {
        do {
            let kek = try derive(password, kdf: kdf)
            let clear = try AES.GCM.open(AES.GCM.SealedBox(combined: wrapped), using: kek,
                                         authenticating: userAAD(username))
            return try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: clear)
        } catch {
            throw KeyProblem.wrappedKeyDamaged(username: username)
        }
    }

    private static func derive(_ password: String, kdf: String) throws -> SymmetricKey {
        let parts = kdf.split(separator: "$")
        guard parts.count == 5, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]),
              let p = Int(parts[3]), n >= 2, n <= 1 << 20, n & (n - 1) == 0, (1...32).contains(r),
              (1...16).contains(p), let salt = Data(base64Encoded: String(parts[4]))
        else { throw KeyProblem.wrappedKeyDamaged(username: "") }
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: Array(salt), outputByteCount: 32,
                                           rounds: n, blockSize: r, parallelism: p,
                                           maxMemory: 128 * r * n * p + 128 * r * n + (1 << 20))
        return SymmetricKey(data: key.withUnsafeBytes { Data($0) })
    }

    private static func userAAD(_ username: String) -> Data { Data("enlace user key v1/\(username)".utf8) }

    // MARK: - A generation's secret sealed to a public key

    /// `holder` is "user:<id>" or "recovery".
    static func grant(_ key: GenerationKey, to publicKey: Data, holder: String) throws -> Data {
        let recipient = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: publicKey)
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let info = grantInfo(key.generation, holder)
        let wrapping = try wrappingKey(ephemeral.sharedSecretFromKeyAgreement(with: recipient),
                                       ephemeral: ephemeral.publicKey.rawRepresentation,
                                       recipient: publicKey, info: info)
        let secret = key.secret.withUnsafeBytes { Data($0) }
        let box = try AES.GCM.seal(secret, using: wrapping, authenticating: info)
        return ephemeral.publicKey.rawRepresentation + box.combined!
    }

    /// The generation key a grant holds, or nil when it does not open with `privateKey`.
    static func openGrant(_ sealed: Data, generation: UInt32, holder: String,
                          with privateKey: Curve25519.KeyAgreement.PrivateKey) -> GenerationKey? {
        guard sealed.count > 32 else { return nil }
        let bytes = Data(sealed)
        let info = grantInfo(generation, holder)
        guard let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: bytes.prefix(32)),
              let shared = try? privateKey.sharedSecretFromKeyAgreement(with: ephemeral),
              let wrapping = try? wrappingKey(shared, ephemeral: bytes.prefix(32),
                                              recipient: privateKey.publicKey.rawRepresentation, info: info),
              let box = try? AES.GCM.SealedBox(combined: bytes.dropFirst(32)),
              let secret = try? AES.GCM.open(box, using: wrapping, authenticating: info),
              secret.count == 32
        else { return nil }
        return GenerationKey(generation: generation, secret: SymmetricKey(data: secret))
    }

    private static func wrappingKey(_ shared: SharedSecret, ephemeral: Data, recipient: Data,
                                    info: Data) throws -> SymmetricKey {
        shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: ephemeral + recipient, sharedInfo: info,
                                       outputByteCount: 32)
    }

    private static func grantInfo(_ generation: UInt32, _ holder: String) -> Data {
        Data("enlace key grant v1/\(generation)/\(holder)".utf8)
    }

    // MARK: - The recovery key

    static func recoveryKey(_ bytes: [UInt8]) -> Curve25519.KeyAgreement.PrivateKey {
        let derived = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: bytes),
                                             info: Data("enlace recovery key v1".utf8), outputByteCount: 32)
        // Any 32 bytes are a valid X25519 private key (clamped when used).
        return try! Curve25519.KeyAgreement.PrivateKey(rawRepresentation: derived.withUnsafeBytes { Data($0) })
    }

    static func randomRecoveryBytes() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<RecoveryWords.byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static let recoveryHolder = "recovery"
    static func userHolder(_ id: Int64) -> String { "user:\(id)" }
}
