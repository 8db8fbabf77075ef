import Foundation

/// A point of the audit chain: a row id and that row's hash. Printed on supervisors' reports
/// and exports; `enlace audit verify --checkpoint ID:HASH` later proves the log still holds that
/// row with that hash, so it was not rewritten from the start nor cut after it.
public struct AuditCheckpoint: Sendable, Equatable, Codable {
    public let id: Int64
    /// The hash as lower-case hex: the full 64 characters when read from the store, or the
    /// prefix typed (at least `minimumTyped`) when parsed.
    public let hex: String

    public init(id: Int64, hex: String) {
        self.id = id
        self.hex = hex.lowercased()
    }

    public init(id: Int64, hash: [UInt8]) {
        self.init(id: id, hex: Self.hex(hash))
    }

    public static let minimumTyped = 8
    public static let shortLength = 12

    /// `ID:HASH`, the form `--checkpoint` reads back.
    public var argument: String { "\(id):\(hex)" }
    /// `#ID 9f3a1b2c4d5e…`, for a status line.
    public var short: String { "#\(id) \(hex.prefix(Self.shortLength))…" }

    /// Whether `stored` (the full hash of row `id`) is what this checkpoint says.
    public func matches(_ stored: [UInt8]) -> Bool { Self.hex(stored).hasPrefix(hex) }

    /// Reads `ID:HASH` (also `#ID:HASH`): a positive id and 8 to 64 hex digits.
    public static func parse(_ text: String) -> AuditCheckpoint? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let idText = parts[0].hasPrefix("#") ? parts[0].dropFirst() : parts[0]
        let hash = parts[1].lowercased()
        guard let id = Int64(idText), id > 0, (minimumTyped...64).contains(hash.count),
              hash.allSatisfy({ $0.isHexDigit }) else { return nil }
        return AuditCheckpoint(id: id, hex: hash)
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return out
    }
}
