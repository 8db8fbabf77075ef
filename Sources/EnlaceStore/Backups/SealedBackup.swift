import Crypto
import _CryptoExtras
import Foundation

/// scrypt cost of a sealed backup's key: 2^17 (128 MiB, under a second) in release builds,
/// 2^14 in debug builds so tests stay fast. The file keeps the cost it was made with.
public struct BackupKeyCost: Sendable, Equatable {
    public var logN: UInt8
    public var blockSize: UInt8
    public var parallelism: UInt8

    public init(logN: UInt8, blockSize: UInt8 = 8, parallelism: UInt8 = 1) {
        self.logN = logN
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    public static var standard: BackupKeyCost {
        #if DEBUG
        return BackupKeyCost(logN: 14)
        #else
        return BackupKeyCost(logN: 17)
        #endif
    }
}

/// A sealed (encrypted) backup: the database file, AES-256-GCM in chunks, so that neither
/// sealing nor opening holds more than one chunk (1 MiB) in memory.
///
/// Format, version 1 (integers big-endian):
///
///     header, 48 bytes:
///       0   8  magic "ENLACEBK"
///       8   1  format version (1)
///       9   1  scrypt log2(N)
///      10   1  scrypt r (block size)
///      11   1  scrypt p (parallelism)
///      12   4  chunk size: plaintext bytes in every chunk but the last
///      16  16  salt (random)
///      32  16  key check: HMAC-SHA256(check key, "enlace-backup-key-check"), first 16 bytes
///     then the chunks, to the end of the file, each:
///       4  plaintext length L (1...chunk size; 0 only for the single chunk of an empty file)
///      12  nonce (random)
///       L  ciphertext
///      16  GCM tag
///
/// scrypt(passphrase UTF-8, salt, N, r, p) gives 64 bytes: the first 32 are the AES key, the
/// last 32 the check key. The key check tells a wrong passphrase from a damaged file. Each
/// chunk authenticates, as additional data, the whole header, its index (8 bytes) and a last
/// flag (1 byte, 1 on the last chunk only): chunks cannot be reordered, dropped or moved
/// between files, and a file cut at a chunk boundary fails like any other damage.
enum SealedBackup {
    static let magic = Array("ENLACEBK".utf8)
    static let formatVersion: UInt8 = 1
    static let headerSize = 48
    static let chunkSize = 1 << 20
    static let checkLabel = Array("enlace-backup-key-check".utf8)

    /// Whether the file starts with the sealed backup magic.
    static func isSealed(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: magic.count)).map { Array($0) == magic } ?? false
    }

    private struct Keys {
        var seal: SymmetricKey
        var check: [UInt8]
    }

    private static func keys(_ passphrase: String, salt: [UInt8], cost: BackupKeyCost) throws -> Keys {
        let n = 1 << Int(cost.logN), r = Int(cost.blockSize), p = Int(cost.parallelism)
        let derived = try KDF.Scrypt.deriveKey(
            from: Array(passphrase.utf8), salt: salt, outputByteCount: 64,
            rounds: n, blockSize: r, parallelism: p,
            maxMemory: 128 * r * n * p + 128 * r * n + (1 << 20))
        let bytes = derived.withUnsafeBytes { Array($0) }
        let checkKey = SymmetricKey(data: bytes[32..<64])
        let mac = HMAC<SHA256>.authenticationCode(for: checkLabel, using: checkKey)
        return Keys(seal: SymmetricKey(data: bytes[0..<32]), check: Array(Array(mac).prefix(16)))
    }

    private static func header(cost: BackupKeyCost, salt: [UInt8], check: [UInt8]) -> [UInt8] {
        magic + [formatVersion, cost.logN, cost.blockSize, cost.parallelism]
            + bigEndian(UInt32(chunkSize)) + salt + check
    }

    private static func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    private static func integer<T: FixedWidthInteger>(_ bytes: ArraySlice<UInt8>) -> T {
        bytes.reduce(T(0)) { $0 << 8 | T($1) }
    }

    private static func additionalData(_ header: [UInt8], index: UInt64, last: Bool) -> [UInt8] {
        header + bigEndian(index) + [last ? 1 : 0]
    }

    /// Seals the plain database `source` into the new file `destination` (created 0600,
    /// never replacing anything).
    static func seal(_ source: String, to destination: String, passphrase: String,
                     cost: BackupKeyCost = .standard) throws {
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
        let keys = try keys(passphrase, salt: salt, cost: cost)
        let head = header(cost: cost, salt: salt, check: keys.check)
        guard let input = FileHandle(forReadingAtPath: source) else { throw StoreError.fileMissing(path: source) }
        defer { try? input.close() }
        try BackupFiles.createExclusive(destination)
        guard let output = FileHandle(forWritingAtPath: destination) else {
            throw StoreError.permissionDenied(path: destination)
        }
        defer { try? output.close() }
        let total = BackupFiles.size(source)
        let chunks = max(1, (total + Int64(chunkSize) - 1) / Int64(chunkSize))
        var done = false
        defer { if !done { unlink(destination) } }
        do {
            try output.write(contentsOf: Data(head))
            for index in 0..<UInt64(chunks) {
                let plain = try input.read(upToCount: chunkSize) ?? Data()
                let box = try AES.GCM.seal(plain, using: keys.seal,
                                           authenticating: additionalData(head, index: index, last: index == chunks - 1))
                try output.write(contentsOf: Data(bigEndian(UInt32(plain.count))))
                try output.write(contentsOf: Data(box.nonce) + box.ciphertext + box.tag)
            }
            try output.synchronize()
            done = true
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.writeFailed(path: destination)
        }
    }

    /// Opens the sealed `source` chunk by chunk, handing each plaintext chunk to `sink`, in
    /// order. Throws `wrongPassphrase`, `corrupt`, `notABackup` or `newerVersion`.
    static func open(_ source: String, passphrase: String, sink: (Data) throws -> Void) throws {
        guard let input = FileHandle(forReadingAtPath: source) else { throw StoreError.fileMissing(path: source) }
        defer { try? input.close() }
        let corrupt = StoreError.backup(.corrupt(path: source))
        let head = Array(try input.read(upToCount: headerSize) ?? Data())
        guard head.count >= magic.count + 1, Array(head.prefix(magic.count)) == magic else {
            throw StoreError.backup(.notABackup(path: source))
        }
        guard head[8] == formatVersion else {
            throw StoreError.backup(.newerVersion(path: source, found: "sealed format \(head[8])",
                                                  supported: "sealed format \(formatVersion)"))
        }
        guard head.count == headerSize else { throw corrupt }
        let cost = BackupKeyCost(logN: head[9], blockSize: head[10], parallelism: head[11])
        let size: UInt32 = integer(head[12..<16])
        guard (10...22).contains(cost.logN), (1...32).contains(cost.blockSize), (1...16).contains(cost.parallelism),
              size > 0, size <= 1 << 26 else { throw corrupt }
        let keys = try keys(passphrase, salt: Array(head[16..<32]), cost: cost)
        var difference: UInt8 = 0
        for (a, b) in zip(keys.check, head[32..<48]) { difference |= a ^ b }
        guard difference == 0 else { throw StoreError.backup(.wrongPassphrase(path: source)) }

        var index: UInt64 = 0
        var pending = try input.read(upToCount: 4) ?? Data()
        guard pending.count == 4 else { throw corrupt }
        while true {
            let length: UInt32 = integer(ArraySlice(pending))
            guard length <= size else { throw corrupt }
            let body = try input.read(upToCount: 12 + Int(length) + 16) ?? Data()
            guard body.count == 12 + Int(length) + 16 else { throw corrupt }
            // The next chunk's length, read ahead, says whether this chunk is the last.
            pending = try input.read(upToCount: 4) ?? Data()
            guard pending.isEmpty || pending.count == 4 else { throw corrupt }
            let last = pending.isEmpty
            let plain: Data
            do {
                let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: body.prefix(12)),
                                                ciphertext: body.dropFirst(12).dropLast(16),
                                                tag: body.suffix(16))
                plain = try AES.GCM.open(box, using: keys.seal,
                                         authenticating: additionalData(head, index: index, last: last))
            } catch {
                throw corrupt
            }
            try sink(plain)
            if last { return }
            index += 1
        }
    }

    /// Opens the sealed `source` into the new private file `destination`.
    static func open(_ source: String, passphrase: String, to destination: String) throws {
        try BackupFiles.createExclusive(destination)
        guard let output = FileHandle(forWritingAtPath: destination) else {
            throw StoreError.permissionDenied(path: destination)
        }
        defer { try? output.close() }
        var done = false
        defer { if !done { unlink(destination) } }
        try open(source, passphrase: passphrase) { chunk in
            do { try output.write(contentsOf: chunk) } catch { throw StoreError.writeFailed(path: destination) }
        }
        try? output.synchronize()
        done = true
    }

    /// SHA-256 of what the sealed file opens to, read chunk by chunk (for the check after
    /// sealing: it must equal the plain copy's).
    static func openedDigest(_ source: String, passphrase: String) throws -> SHA256Digest {
        var hash = SHA256()
        try open(source, passphrase: passphrase) { hash.update(data: $0) }
        return hash.finalize()
    }

    static func digest(of path: String) throws -> SHA256Digest {
        guard let input = FileHandle(forReadingAtPath: path) else { throw StoreError.fileMissing(path: path) }
        defer { try? input.close() }
        var hash = SHA256()
        while let piece = try input.read(upToCount: chunkSize), !piece.isEmpty { hash.update(data: piece) }
        return hash.finalize()
    }
}

extension SHA256Digest {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
