import Foundation
import Testing
import EnlaceCore

/// One bad (or odd but acceptable) input from `corpus.jsonl`: what it is, where it goes, and
/// what a person must see. Fields not used by a target are absent from its line.
struct HostileCase: Decodable, Sendable, CustomTestStringConvertible {
    struct FileContent: Decodable, Sendable {
        var text: String?
        var hex: String?
    }

    let id: String
    let what: String
    /// `birth-date`, `curp`, `phone` (validators, in-process) or `cli` (the built binary).
    let target: String
    /// `accepted` or `refused`.
    let expect: String
    /// A phrase the message must hold in Spanish and in English (empty: no message checked).
    let es: String?
    let en: String?
    /// Validators: the input, and for accepted ones the value it normalises to.
    let input: String?
    let value: String?
    /// Validators: the message must not carry the control characters of the input.
    let reject_control_in_message: Bool?
    /// CLI: arguments (placeholders below), the exit code, the database state it runs on.
    let args: [String]?
    let exit: Int32?
    let db: String?
    /// CLI: a write refused here must leave the seeded rows as they were.
    let writes: Bool?
    let env: [String: String]?
    let stdin_hex: String?
    /// Files written under the case's own home before it runs (config.toml...).
    let files: [String: FileContent]?
    /// The command takes no --lang (the case is about --lang itself).
    let no_lang: Bool?
    /// A known defect being fixed elsewhere (recorded as a known issue, not a failure).
    let pending: String?

    var testDescription: String { id }
    var refused: Bool { expect == "refused" }
}

enum HostileCorpus {
    static let file = TmuxSession.packageRoot.appendingPathComponent("Tests/EnlaceTerminalTests/Hostile/corpus.jsonl")

    static let cases: [HostileCase] = {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { line in
            try? decoder.decode(HostileCase.self, from: Data(line.utf8))
        }
    }()

    static func cases(_ targets: Set<String>) -> [HostileCase] { cases.filter { targets.contains($0.target) } }

    /// The bytes of a corpus text with its placeholders filled in:
    /// `{long:N}` N letters, `{x:HEX}` raw bytes (invalid UTF-8 too), `{lang:ES|EN}` one text per
    /// language (an accepted write run twice must not meet itself), `{cd}` / `{cdlower}` the
    /// CURP check digit of the 17 characters before it, `{wrongcd}` another digit, and the
    /// fixture's `{db}` and `{case}`.
    static func expand(_ text: String, values: [String: String] = [:]) -> [UInt8] {
        var out: [UInt8] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += Array(rest[..<open].utf8)
            guard let close = rest[open...].firstIndex(of: "}") else { rest = rest[open...]; break }
            let token = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
            switch parts[0] {
            case "long": out += Array(repeating: UInt8(ascii: "a"), count: Int(parts[1]) ?? 0)
            case "x": out += hexBytes(parts[1])
            case "lang":
                let choices = parts.count > 1 ? parts[1].split(separator: "|", omittingEmptySubsequences: false) : []
                let chosen = values["lang"] == "en" ? choices.last : choices.first
                out += Array((chosen.map(String.init) ?? "").utf8)
            case "cd", "cdlower", "wrongcd":
                let first17 = String(decoding: out, as: UTF8.self).filter { $0 != " " && $0 != "-" }.suffix(17)
                let digit = CURP.checkDigit(for: String(first17).uppercased()) ?? "0"
                let chosen = parts[0] == "wrongcd" ? (digit == "0" ? "1" : "0") : digit
                out += Array(String(chosen).utf8)
            default:
                if let value = values[parts[0]] { out += Array(value.utf8) } else { out += Array("{\(token)}".utf8) }
            }
        }
        out += Array(rest.utf8)
        return out
    }

    static func string(_ text: String, values: [String: String] = [:]) -> String {
        String(decoding: expand(text, values: values), as: UTF8.self)
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            if let b = UInt8(hex[index..<next], radix: 16) { bytes.append(b) }
            index = next
        }
        return bytes
    }

    /// Text a person should never get on their terminal from a refusal: a stack trace, a
    /// Swift runtime error, or a control character (escape sequences included) that would
    /// repaint or retitle their terminal. Tabs and line ends are fine.
    static func garbage(in text: String) -> String? {
        for marker in ["Fatal error", "Swift/", "Stack dump", "backtrace", "Backtrace", "Current stack trace", "💣"]
        where text.contains(marker) {
            return marker
        }
        if let c = text.unicodeScalars.first(where: { isUnsafe($0) }) {
            return "U+" + String(c.value, radix: 16, uppercase: true)
        }
        return nil
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" || scalar == "\r" { return false }
        if scalar.properties.generalCategory == .control { return true }
        // Bidirectional overrides and isolates reorder what follows them on the line.
        return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
