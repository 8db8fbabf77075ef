/// A sign-in sheet's bytes made ready for `CSVReader`: its encoding found (UTF-8 with or
/// without a byte order mark, else Windows-1252, which Excel writes on Windows and which
/// covers Latin-1's letters), converted to UTF-8, and its separator guessed from the first
/// line (comma, semicolon or tab, whichever splits it most, outside quotes). A file that is
/// not text (a NUL byte, an image, a spreadsheet's own binary format) is refused.
public enum SheetBytes {
    public enum Encoding: String, Sendable, Codable {
        case utf8, utf8WithBOM, windows1252
    }

    public enum Problem: Error, Sendable, Equatable {
        case empty
        /// A NUL byte or a byte that no text encoding here has, at this line.
        case notText(line: Int)

        public var message: LocalizedText {
            switch self {
            case .empty: return ImportText.fileEmpty.text
            case .notText(let line): return ImportText.fileNotText.text.filling(["line": .plain(String(line))])
            }
        }
    }

    /// The text as UTF-8 bytes (without a byte order mark), and the encoding it came in.
    public static func decode(_ bytes: [UInt8]) -> Result<(utf8: [UInt8], encoding: Encoding), Problem> {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if body.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 || $0 == 0x2C || $0 == 0x3B }) {
            return .failure(.empty)
        }
        if let nul = body.firstIndex(of: 0) { return .failure(.notText(line: line(of: nul, in: body))) }
        if String(validating: body, as: UTF8.self) != nil {
            return .success((body, hasBOM ? .utf8WithBOM : .utf8))
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        for (i, byte) in body.enumerated() {
            if byte < 0x80 { out.append(byte); continue }
            guard let scalar = windows1252(byte) else { return .failure(.notText(line: line(of: i, in: body))) }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        return .success((out, .windows1252))
    }

    /// The separator of the first line: the one of `,` `;` tab that occurs most outside quotes
    /// (a comma when none does).
    public static func guessSeparator(_ utf8: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var inQuotes = false
        for byte in utf8 {
            if byte == 0x22 { inQuotes.toggle(); continue }
            if !inQuotes && (byte == 0x0A || byte == 0x0D) { break }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
        return best.value == 0 ? 0x2C : best.key
    }

    static func line(of index: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<index].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Windows-1252's bytes 0x80–0xFF (0xA0–0xFF are Latin-1's); the five it leaves unset, nil.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        if byte >= 0xA0 { return Unicode.Scalar(UInt32(byte)) }
        let table: [UInt32?] = [
            0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
            nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
        ]
        return table[Int(byte) - 0x80].flatMap(Unicode.Scalar.init)
    }
}
