import Crypto
import _CryptoExtras
import Foundation

/// scrypt cost parameters. The hash string keeps the parameters it was made with, so a
/// change of cost applies to new passwords and old hashes still verify.
public struct PasswordCost: Sendable, Equatable {
    public var logN: Int
    public var blockSize: Int
    public var parallelism: Int

    public init(logN: Int, blockSize: Int = 8, parallelism: Int = 1) {
        self.logN = logN
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    /// 2^15 (32 MiB, about 0.1 s) in release builds; 2^14 in debug builds so tests stay fast.
    public static var standard: PasswordCost {
        #if DEBUG
        return PasswordCost(logN: 14)
        #else
        return PasswordCost(logN: 15)
        #endif
    }
}

/// Password hashes: `scrypt$N$r$p$salt_base64$hash_base64`, 16-byte random salt, 32-byte key.
enum PasswordHasher {
    static let keyLength = 32

    static func hash(_ password: String, cost: PasswordCost) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let n = 1 << cost.logN
        let key = try derive(password, salt: salt, n: n, r: cost.blockSize, p: cost.parallelism)
        return "scrypt$\(n)$\(cost.blockSize)$\(cost.parallelism)$"
            + "\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    /// Constant-time comparison of the derived key; false for any malformed hash.
    static func verify(_ password: String, hash: String) -> Bool {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt",
              let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
              n >= 2, n <= 1 << 20, n & (n - 1) == 0, (1...32).contains(r), (1...16).contains(p),
              let salt = Data(base64Encoded: String(parts[4])),
              let expected = Data(base64Encoded: String(parts[5])),
              expected.count == keyLength,
              let key = try? derive(password, salt: Array(salt), n: n, r: r, p: p)
        else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(key, expected) { difference |= a ^ b }
        return difference == 0
    }

    private static func derive(_ password: String, salt: [UInt8], n: Int, r: Int,
                               p: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: keyLength,
            rounds: n, blockSize: r, parallelism: p,
            maxMemory: 128 * r * n * p + 128 * r * n + (1 << 20))
        return key.withUnsafeBytes { Array($0) }
    }

    /// A hash no password matches in practice, verified when the user does not exist so the
    /// answer takes as long as for a real user.
    static func dummyHash(cost: PasswordCost) -> String {
        let n = 1 << cost.logN
        let zeros = Data(count: 16).base64EncodedString()
        let key = Data(count: keyLength).base64EncodedString()
        return "scrypt$\(n)$\(cost.blockSize)$\(cost.parallelism)$\(zeros)$\(key)"
    }
}
