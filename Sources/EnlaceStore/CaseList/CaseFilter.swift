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

    static let maxInput = 256
    static let maxTokens = 8
    static let maxTokenLength = 40

    static func parse(_ raw: String, currentYear: Int) -> CaseFilter {
        let text = String(raw.prefix(maxInput)).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .all }
        if let numbers = caseNumbers(text, currentYear: currentYear) { return .numbers(numbers) }
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

    /// An FTS5 MATCH expression: each token a quoted string with a prefix star, ANDed.
    static func ftsQuery(_ tokens: [String]) -> String {
        tokens.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
