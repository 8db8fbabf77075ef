import EnlaceCore
import Foundation

/// What a typed filter asks for, made safe: FTS5 syntax can never leak in from the keyboard.
enum CaseFilter: Equatable {
    /// Empty, or nothing searchable in it: every visible case.
    case all
    /// Exact case numbers ("2026-000123"; "2026-123" and a bare "123" are expanded).
    case numbers([String])
    /// Every token must prefix a word of the person's name search form.
    case name(tokens: [String])
    /// A phone number typed with 10 to 12 digits: its E.164 forms (US +1, Mexico +52).
    case phones([String])
    /// A complete CURP.
    case curp(String)

    static let maxInput = 256
    static let maxTokens = 8
    static let maxTokenLength = 40

    static func parse(_ raw: String, currentYear: Int) -> CaseFilter {
        let text = String(raw.prefix(maxInput)).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .all }
        if let numbers = caseNumbers(text, currentYear: currentYear) { return .numbers(numbers) }
        if let phones = phoneForms(text) { return .phones(phones) }
        if let curp = curp(text) { return .curp(curp) }
        let tokens = NameFolding.searchForm(text)
            .split(separator: " ")
            .prefix(maxTokens)
            .map { String($0.prefix(maxTokenLength)) }
        if tokens.isEmpty { return .all }
        return .name(tokens: tokens)
    }

    /// "2026-000123", "2026-123" -> that number; "123" -> that sequence in every year from
    /// 2000 to next year. Anything else is not a case number.
    static func caseNumbers(_ text: String, currentYear: Int) -> [String]? {
        func pad(_ digits: Substring) -> String? {
            guard (1...6).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else {
                return nil
            }
            return String(repeating: "0", count: 6 - digits.count) + digits
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
           let seq = pad(parts[1]) {
            return ["\(parts[0])-\(seq)"]
        }
        if parts.count == 1, let seq = pad(parts[0]) {
            return (2000...max(2000, currentYear + 1)).map { "\($0)-\(seq)" }
        }
        return nil
    }

    /// "(312) 555-0101", "312 555 0101", "+52 443 123 4567" -> their E.164 forms.
    static func phoneForms(_ text: String) -> [String]? {
        let allowed = Set("0123456789+-(). ")
        guard text.allSatisfy({ allowed.contains($0) }) else { return nil }
        let digits = String(text.filter(\.isASCIIDigit))
        switch digits.count {
        case 10: return ["+1" + digits, "+52" + digits]
        case 11 where digits.hasPrefix("1"): return ["+" + digits]
        case 12 where digits.hasPrefix("52"): return ["+" + digits]
        case 13 where digits.hasPrefix("521"): return ["+52" + digits.dropFirst(3)]  // old mobile prefix
        default: return nil
        }
    }

    /// A CURP-shaped text (18 characters, letters and digits where a CURP has them).
    static func curp(_ text: String) -> String? {
        let upper = text.uppercased()
        guard upper.count == 18,
              upper.wholeMatch(of: /[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]/) != nil
        else { return nil }
        return upper
    }

    /// An FTS5 MATCH expression: each token a quoted string with a prefix star, ANDed.
    static func ftsQuery(_ tokens: [String]) -> String {
        tokens.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
