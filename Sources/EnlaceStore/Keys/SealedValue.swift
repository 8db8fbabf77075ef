import Crypto
import Foundation

/// The key of one generation of the database's data key, as used on fields: the 32-byte
/// secret stays here; two keys are derived from it with HKDF-SHA256, one that seals values
/// (AES-256-GCM) and one that computes the keyed hashes (HMAC-SHA256) of values that must be
/// found exactly (identity document numbers).
struct GenerationKey: Sendable {
    let generation: UInt32
    let secret: SymmetricKey
    let sealing: SymmetricKey
    let matching: SymmetricKey

    init(generation: UInt32, secret: SymmetricKey) {
        self.generation = generation
        self.secret = secret
        sealing = HKDF<SHA256>.deriveKey(inputKeyMaterial: secret, info: Data("enlace field sealing v1".utf8),
                                         outputByteCount: 32)
        matching = HKDF<SHA256>.deriveKey(inputKeyMaterial: secret, info: Data("enlace exact match v1".utf8),
                                          outputByteCount: 32)
    }

    /// A new random generation secret.
    static func random(generation: UInt32) -> GenerationKey {
        GenerationKey(generation: generation, secret: SymmetricKey(size: .bits256))
    }

    /// The keyed hash stored for an exact lookup: "#" and 32 hex digits (128 bits of
    /// HMAC-SHA256). The "#" keeps it apart from a value stored in clear by an older file.
    func match(_ value: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: matching)
        return "#" + code.prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}

/// The bytes of a sealed field:
///
///     offset  size  content
///          0     1  0x45 ("E"), format 1
///          1     4  generation of the data key (big-endian)
///          5    12  AES-GCM nonce (random)
///         17     n  ciphertext of the UTF-8 text
///       17+n    16  AES-GCM tag
///
/// The associated data is "enlace/1/<table.column>/<generation>": a value moved to another
/// column does not open.
enum SealedValue {
    static let marker: UInt8 = 0x45
    static let overhead = 1 + 4 + 12 + 16

    static func seal(_ text: String, column: String, key: GenerationKey) throws -> Data {
        let box = try AES.GCM.seal(Data(text.utf8), using: key.sealing,
                                   authenticating: associated(column, key.generation))
        var out = Data([marker])
        withUnsafeBytes(of: key.generation.bigEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: box.nonce)
        out.append(box.ciphertext)
        out.append(box.tag)
        return out
    }

    /// The generation a sealed value was made with, or nil when the bytes are not a sealed
    /// value (too short or another format).
    static func generation(of data: Data) -> UInt32? {
        guard data.count >= overhead, data.first == marker else { return nil }
        let start = data.startIndex
        return data[start + 1 ..< start + 5].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// The clear text, or `KeyProblem.damaged(column)` for bytes that do not authenticate
    /// (changed, cut short, moved from another column).
    static func open(_ data: Data, column: String, key: GenerationKey) throws -> String {
        let bytes = Data(data)
        guard let generation = generation(of: bytes), generation == key.generation else {
            throw KeyProblem.damaged(column: column)
        }
        do {
            let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: bytes[5..<17]),
                                            ciphertext: bytes[17..<(bytes.count - 16)],
                                            tag: bytes.suffix(16))
            let clear = try AES.GCM.open(box, using: key.sealing,
                                         authenticating: associated(column, generation))
            guard let text = String(data: clear, encoding: .utf8) else { throw KeyProblem.damaged(column: column) }
            return text
        } catch {
            throw KeyProblem.damaged(column: column)
        }
    }

    private static func associated(_ column: String, _ generation: UInt32) -> Data {
        Data("enlace/1/\(column)/\(generation)".utf8)
    }
}
