import EnlaceCore
import Foundation

/// A typed search query made safe and split into what the store looks up: identifiers
/// (CURP, case numbers, phone digits, document numbers), birth dates, and name tokens with
/// their FTS5 expressions per ranking tier. FTS5 syntax never leaks in from the keyboard:
/// every token is in search form (letters and digits only) and double-quoted.
struct SearchQuery {
    static let maxNameTokens = 6
    static let maxTokenLength = 40

    var nameTokens: [String] = []
    /// Phonetic keys of each name token (one or two: x read as j and as s).
    var phoneticKeys: [[String]] = []
    /// Words as typed (lowercased, with accents), to tell an accent-insensitive match.
    var typedWords: [String] = []
    var curp: String?
    var caseNumbers: [String] = []
    /// Ten national digits of a complete phone number.
    var fullPhone: String?
    /// Trailing digits (4 to 9) of a phone number.
    var phoneSuffixes: [String] = []
    var documentNumbers: [String] = []
    var dates: [String] = []
    /// Indexed words that the last typed word (5 letters or more) starts, most frequent first
    /// (filled by the searcher from `people_search_terms`).
    var lastWordCompletions: [String] = []
    /// Compact forms of typed units with particles: "de la Cruz" -> "delacruz".
    var particleUnits: [String] = []

    var hasIdentifiers: Bool {
        curp != nil || !caseNumbers.isEmpty || fullPhone != nil || !phoneSuffixes.isEmpty
            || !documentNumbers.isEmpty
    }

    var isEmpty: Bool { !hasIdentifiers && nameTokens.isEmpty && dates.isEmpty }

    init(_ raw: String, currentYear: Int) {
        // QueryTokens reads at most 200 characters and drops control characters.
        let parsed = QueryTokens.parse(raw)
        var names: [String] = []
        for token in parsed.nameTokens where names.count < Self.maxNameTokens {
            let t = String(token.prefix(Self.maxTokenLength))
            if !t.isEmpty, !names.contains(t) { names.append(t) }
        }
        nameTokens = names
        phoneticKeys = names.map { Self.typedPhoneticKeys($0) }
        typedWords = String(raw.prefix(QueryTokens.maxLength)).lowercased()
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
            .filter { $0.count <= Self.maxTokenLength }
        curp = parsed.curp
        if let number = parsed.caseNumber {
            if let year = number.year {
                caseNumbers = [String(format: "%04d-%06d", year, number.sequence)]
            } else if number.sequence <= 999_999 {
                caseNumbers = (2000...max(2000, currentYear + 1)).map {
                    String(format: "%04d-%06d", $0, number.sequence)
                }
            }
        }
        if let digits = parsed.phoneDigits {
            // A long run of digits may also be a document number (matrícula, passport).
            if digits.count >= 5, digits.count != 10 { documentNumbers.append(String(digits.prefix(Self.maxTokenLength))) }
            if digits.count == 10 { fullPhone = digits } else if digits.count < 10 {
                phoneSuffixes.append(digits)
            } else {
                phoneSuffixes.append(String(digits.suffix(10)))
            }
        }
        for document in parsed.documentNumbers.prefix(4) {
            let doc = String(document.prefix(Self.maxTokenLength))
            if doc.allSatisfy(\.isASCIIDigit) {
                // A short run of digits: trailing phone digits, or a document number.
                if doc.count >= 4 { phoneSuffixes.append(doc) }
                if doc.count >= 5 { documentNumbers.append(doc) }
            } else {
                documentNumbers.append(doc)
            }
        }
        dates = parsed.dates.map(\.iso)
        let nameText = String(raw.prefix(QueryTokens.maxLength))
            .split(whereSeparator: { $0.isWhitespace }).filter { !$0.contains(where: \.isNumber) }
            .joined(separator: " ")
        for unit in NameTokenizer.units(nameText) where particleUnits.count < 3 {
            let words = NameFolding.searchForm(unit).split(separator: " ")
            let compact = NameFolding.compactForm(unit)
            if words.count > 1, words.contains(where: { NameTokenizer.particles.contains(String($0)) }),
               !compact.isEmpty, compact.count <= Self.maxTokenLength, !particleUnits.contains(compact) {
                particleUnits.append(compact)
            }
        }
    }

    /// The sound keys a typed word is looked up by: the keys it is indexed by
    /// (`SearchIndex.phoneticKeys`), then the readings of a word written by ear
    /// (`NamePhonetics.typedKeys`: "rodriges" for Rodríguez, "bilanueva" for Villanueva).
    static func typedPhoneticKeys(_ word: String) -> [String] {
        var keys = SearchIndex.phoneticKeys(word)
        for key in NamePhonetics.typedKeys(word) where !keys.contains(key) { keys.append(key) }
        return keys
    }

    // MARK: - FTS5 expressions

    static func quote(_ token: String) -> String {
        "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func all(_ f: (Int) -> String) -> String {
        "(" + nameTokens.indices.map(f).joined(separator: " AND ") + ")"
    }

    private func any(_ f: (Int) -> String) -> String {
        "(" + nameTokens.indices.map(f).joined(separator: " OR ") + ")"
    }

    private func exact(_ i: Int) -> String { "{given surname} : " + Self.quote(nameTokens[i]) }
    /// A surname token: its own term in `size` (`SearchIndex.Marker.surname`), whose doclist
    /// holds only surnames (the same tokens as the `surname` column).
    private func surname(_ i: Int) -> String { "size : " + Self.quote(SearchIndex.Marker.surname + nameTokens[i]) }
    private func given(_ i: Int) -> String { "given : " + Self.quote(nameTokens[i]) }
    /// The word itself, or for the last word (perhaps still being typed) any indexed word it
    /// starts: a prefix query for up to 4 letters (prefix indexes), else `lastWordCompletions`.
    private func started(_ i: Int) -> String {
        let q = Self.quote(nameTokens[i])
        guard i == nameTokens.count - 1 else { return q }
        if nameTokens[i].count <= 4 { return q + "*" }
        let terms = [q] + lastWordCompletions.map(Self.quote)
        return "(" + terms.joined(separator: " OR ") + ")"
    }
    private func loose(_ i: Int) -> String {
        "({given surname} : \(started(i)) OR nick : \(Self.quote(SearchIndex.Marker.nick + nameTokens[i])))"
    }
    private func sounding(_ i: Int) -> String {
        var alternatives = ["{given surname} : \(started(i))",
                            "nick : \(Self.quote(SearchIndex.Marker.nick + nameTokens[i]))"]
        for key in phoneticKeys[i] where !key.isEmpty {
            alternatives.append("sounds : " + Self.quote(SearchIndex.Marker.sounds + key))
        }
        return "(" + alternatives.joined(separator: " OR ") + ")"
    }

    /// The name tiers, best first, disjoint by construction: (cursor tier, base tier, score,
    /// FTS5 expression). When the query has a unit with particles ("de la Cruz"), each tier is
    /// split in two: people whose name has that unit ("delacruz") first; likewise people whose
    /// complete name is exactly the typed words ("José Hernández" before "José Luis Hernández").
    var nameTiers: [(tier: Int, base: Int, score: Int, expression: String)] {
        // Sub-tier first: a typed particle unit; in the full-name tier, a name with exactly as
        // many words as typed (all of them matched: the complete name).
        let particleBonus = particleUnits.isEmpty ? nil
            : "(" + particleUnits.map { "{given surname} : " + Self.quote($0) }.joined(separator: " OR ") + ")"
        var result: [(Int, Int, Int, String)] = []
        for (base, expression) in baseNameTiers {
            var bonus = particleBonus
            if base == SearchTier.fullName {
                // ...and whose first surname is one of the typed words but the last
                // ("Carlos Hernández Maldonado" before "Carlos Maldonado Hernández").
                var size = "size : " + Self.quote("0w\(min(9, nameTokens.count))")
                if nameTokens.count >= 3 {
                    let order = nameTokens.dropLast().map {
                        "size : " + Self.quote(SearchIndex.Marker.firstSurname + $0)
                    }.joined(separator: " OR ")
                    size = "(\(size) AND (\(order)))"
                }
                bonus = particleBonus.map { "(\($0) OR \(size))" } ?? size
            }
            if let bonus {
                result.append((base * 10, base, SearchTier.score(base) + 10, "(\(expression) AND \(bonus))"))
                result.append((base * 10 + 1, base, SearchTier.score(base), "(\(expression) NOT \(bonus))"))
            } else {
                result.append((base * 10 + 1, base, SearchTier.score(base), expression))
            }
        }
        return result
    }

    var baseNameTiers: [(tier: Int, expression: String)] {
        guard !nameTokens.isEmpty else { return [] }
        let n = nameTokens.count
        let allExact = all(exact)
        let allSurname = all(surname)
        let allLoose = all(loose)
        let allSounding = all(sounding)
        var tiers: [(Int, String)] = []
        if n >= 2 {
            let full = "(\(allExact) AND \(any(given)) AND \(any(surname)))"
            tiers.append((SearchTier.fullName, full))
            tiers.append((SearchTier.surname, "(\(allSurname) NOT \(full))"))
            tiers.append((SearchTier.otherExact, "(\(allExact) NOT (\(full) OR \(allSurname)))"))
        } else {
            tiers.append((SearchTier.surname, allSurname))
            tiers.append((SearchTier.otherExact, "(\(allExact) NOT \(allSurname))"))
        }
        tiers.append((SearchTier.loose, "(\(allLoose) NOT \(allExact))"))
        tiers.append((SearchTier.phonetic, "(\(allSounding) NOT \(allLoose))"))
        if n >= 3 {
            let dropOne = nameTokens.indices.map { skip in
                "(" + nameTokens.indices.filter { $0 != skip }.map(sounding).joined(separator: " AND ") + ")"
            }.joined(separator: " OR ")
            tiers.append((SearchTier.partial, "((\(dropOne)) NOT \(allSounding))"))
        }
        return tiers
    }

    /// The union of the name tiers but the last ("all words but one").
    var broadExpression: String? {
        nameTokens.isEmpty ? nil : all(sounding)
    }

    /// Every typed word whole, in any column: a subset of `broadExpression` that FTS5 reads
    /// without column filters (cheap), to tell that there are too many candidates to rank in
    /// Swift before running the broad expression. Only when every word starts with a letter:
    /// the terms of `nick`, `sounds` and `size` all start with a digit (`Marker`, "0w3"), so
    /// such a word can only be a `given` or `surname` term, as in `{given surname} : word`.
    var literalSubsetExpression: String? {
        guard !nameTokens.isEmpty,
              nameTokens.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
        return all { Self.quote(nameTokens[$0]) }
    }

    /// The "all words but one" tier (3 words or more), which `classify` leaves to FTS.
    var partialTier: (tier: Int, base: Int, score: Int, expression: String)? {
        nameTiers.last { $0.base == SearchTier.partial }
    }

    /// The tier (cursor number and base) of a person's index row, by the same rules as the
    /// FTS5 expressions of `nameTiers` (tiers above `partial`); nil when none matches.
    func classify(given: Set<String>, surname: Set<String>, nick: Set<String>, sounds: Set<String>,
                  size: Set<String>) -> (tier: Int, base: Int, score: Int)? {
        let n = nameTokens.count
        guard n > 0 else { return nil }
        let literal = given.union(surname)
        let completions = Set(lastWordCompletions)
        func exact(_ i: Int) -> Bool { literal.contains(nameTokens[i]) }
        func loose(_ i: Int) -> Bool {
            let t = nameTokens[i]
            if literal.contains(t) || nick.contains(t) { return true }
            guard i == n - 1 else { return false }
            if t.count <= 4 { return literal.contains { $0.hasPrefix(t) } }
            return !literal.isDisjoint(with: completions)
        }
        func sounding(_ i: Int) -> Bool {
            loose(i) || phoneticKeys[i].contains { !$0.isEmpty && sounds.contains($0) }
        }
        let indices = nameTokens.indices
        let allExact = indices.allSatisfy(exact)
        let allSurname = indices.allSatisfy { surname.contains(nameTokens[$0]) }
        let full = n >= 2 && allExact && nameTokens.contains { given.contains($0) }
            && nameTokens.contains { surname.contains($0) }
        let base: Int
        if full { base = SearchTier.fullName }
        else if allSurname { base = SearchTier.surname }
        else if allExact { base = SearchTier.otherExact }
        else if indices.allSatisfy(loose) { base = SearchTier.loose }
        else if indices.allSatisfy(sounding) { base = SearchTier.phonetic }
        else { return nil }
        let bonus = hasBonus(base: base, literal: literal, size: size)
        // Same numbering as `nameTiers`: a tier split by a bonus is base*10 (with) and
        // base*10+1 (without); an unsplit tier is base*10+1.
        return bonus ? (base * 10, base, SearchTier.score(base) + 10) : (base * 10 + 1, base, SearchTier.score(base))
    }

    /// The full-name tier of three words or more (no particle unit), for checking its bonus
    /// (`hasBonus`) on each row instead of in FTS5: `full` is the base expression, `bonus`
    /// adds only the first-surname terms. The bonus also needs "0w3", a term of most rows
    /// (a doclist of most of the index, slow to intersect or exclude), while the first-surname
    /// terms are selective. The rows kept are those of the `nameTiers` expressions.
    func fullNameSplitInRows(base: Int) -> (full: String, bonus: String)? {
        guard base == SearchTier.fullName, particleUnits.isEmpty, nameTokens.count >= 3,
              let full = baseNameTiers.first(where: { $0.tier == base })?.expression else { return nil }
        let order = nameTokens.dropLast().map {
            "size : " + Self.quote(SearchIndex.Marker.firstSurname + $0)
        }.joined(separator: " OR ")
        return (full, "(\(full) AND (\(order)))")
    }

    /// Whether a tier of this base is split in two by a bonus (see `nameTiers`).
    func isSplit(base: Int) -> Bool { !particleUnits.isEmpty || base == SearchTier.fullName }

    /// Whether a person's row earns the bonus sub-tier of `base` (same rule as `nameTiers`).
    func hasBonus(base: Int, literal: Set<String>, size: Set<String>) -> Bool {
        if particleUnits.contains(where: { literal.contains($0) }) { return true }
        guard base == SearchTier.fullName else { return false }
        guard size.contains("0w\(min(9, nameTokens.count))") else { return false }
        if nameTokens.count < 3 { return true }
        return nameTokens.dropLast().contains { size.contains(SearchIndex.Marker.firstSurname + $0) }
    }

    /// Everything the name tokens may match at all (for checking a hit found by identifier).
    var anyNameExpression: String? {
        nameTokens.isEmpty ? nil : all(sounding)
    }

    /// What the audit row says about the query: name words in search form, and only the kind
    /// of any identifier (never a CURP, phone, case or document number in clear).
    var auditSummary: String {
        var parts: [String] = []
        if !nameTokens.isEmpty { parts.append("names: " + nameTokens.joined(separator: " ")) }
        if curp != nil { parts.append("curp") }
        if !caseNumbers.isEmpty { parts.append("caseNumber") }
        if fullPhone != nil { parts.append("phone") }
        if !phoneSuffixes.isEmpty { parts.append("phoneDigits") }
        if !documentNumbers.isEmpty { parts.append("documentNumber") }
        if !dates.isEmpty { parts.append("birthDate") }
        return parts.isEmpty ? "empty" : parts.joined(separator: "; ")
    }
}

/// Ranking tiers (lower is better) and the score shown for each.
enum SearchTier {
    static let identifier = 0
    static let fullName = 1
    static let surname = 2
    static let otherExact = 3
    static let loose = 4
    static let phonetic = 5
    static let partial = 6
    static let birthDate = 70

    static func score(_ tier: Int) -> Int {
        switch tier {
        case fullName: return 800
        case surname: return 700
        case otherExact: return 650
        case loose: return 600
        case phonetic: return 500
        case partial: return 400
        default: return 300
        }
    }
}
