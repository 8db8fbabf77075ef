import EnlaceCore
import Foundation

/// What an erasure looks for in places that hold text typed about anyone (search audits, report
/// filters, drafts): the person's name words and identifiers, in search form.
struct ErasedTerms {
    /// Name words in search form, particles left out ("de", "la"...), compact surnames too.
    var nameWords: Set<String> = []
    /// The first given name and the first surname's first word: a draft naming both is theirs.
    var givenWord: String?
    var surnameWord: String?
    /// Phone national digits, email, CURP, document numbers: in search form, no spaces.
    var identifiers: Set<String> = []

    static let particles: Set<String> = ["de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "van", "von", "san"]

    mutating func add(given: String, first: String, second: String, preferred: String) {
        func words(_ text: String) -> [String] {
            NameFolding.searchForm(text).split(separator: " ").map(String.init).filter { !Self.particles.contains($0) }
        }
        for part in [given, first, second, preferred] {
            nameWords.formUnion(words(part))
            let compact = NameFolding.compactForm(part)
            if compact.count > 2 { nameWords.insert(compact) }
        }
        givenWord = givenWord ?? words(given).first
        surnameWord = surnameWord ?? words(first).first
    }

    mutating func addIdentifier(_ value: String?) {
        guard let value else { return }
        let compact = NameFolding.compactForm(value)
        if compact.count >= 4 { identifiers.insert(compact) }
    }

    /// The national digits of an E.164 phone ("+13125550142" -> "3125550142").
    mutating func addPhone(_ e164: String) {
        addIdentifier(PhoneNumber(e164: e164)?.nationalNumber ?? e164)
    }

    /// True when `text` holds one of the identifiers, or any of the name words as a word.
    func mentionsAny(_ text: String) -> Bool {
        let folded = NameFolding.searchForm(text)
        if containsIdentifier(folded) { return true }
        return folded.split(separator: " ").contains { nameWords.contains(String($0)) }
    }

    /// True when `text` holds one of the identifiers, or both the first given name and the
    /// first surname as words: text about this person (a draft), not just someone named María.
    func namesThePerson(_ text: String) -> Bool {
        let folded = NameFolding.searchForm(text)
        if containsIdentifier(folded) { return true }
        guard let givenWord, let surnameWord else { return false }
        let words = Set(folded.split(separator: " ").map(String.init))
        return words.contains(givenWord) && words.contains(surnameWord)
    }

    private func containsIdentifier(_ folded: String) -> Bool {
        let compact = folded.replacingOccurrences(of: " ", with: "")
        return identifiers.contains { compact.contains($0) }
    }
}
