import Foundation

/// Keys for checklist items an organization adds: a short lowerCamel word made from the
/// English text ("Proof of income" → "proofOfIncome"), unique within its checklist.
public enum ChecklistKey {
    public static let maximumLength = 40

    /// A key for `english` that is not in `taken` ("item" when the text has no letters;
    /// "proofOfIncome2", "proofOfIncome3"… when the plain one is taken).
    public static func make(from english: String, taken: Set<String>) -> String {
        let folded = english.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        var base = ""
        for (i, word) in words.enumerated() {
            let next = i == 0 ? word : word.prefix(1).uppercased() + word.dropFirst()
            if base.count + next.count > maximumLength - 3 { break }
            base += next
        }
        if base.isEmpty || base.first!.isNumber { base = "item" + base.prefix(1).uppercased() + base.dropFirst() }
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)\(n)") { n += 1 }
        return "\(base)\(n)"
    }
}
