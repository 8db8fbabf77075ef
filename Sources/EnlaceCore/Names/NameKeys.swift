/// The tokens a store indexes for a person's name (for example in an FTS5 table), so that a
/// query matches with or without accents, by either surname alone, by a hyphenated or merged
/// surname, by nickname, or by a near-miss spelling (phonetic tokens, kept in their own
/// column).
public enum NameKeys {
    /// Search-form tokens, each a single word without spaces, deduplicated, in order:
    /// - every word of every part, without particles ("de la Cruz" -> "cruz");
    /// - the compact form of a unit with particles or hyphens ("delacruz", "munozperez");
    /// - the name inside a merged particle surname ("Delacruz" -> "cruz");
    /// - given names a nickname stands for ("Chuy" -> "jesus") and nicknames of the given
    ///   names ("José María" -> "pepe", "chema").
    public static func searchTokens(for name: PersonName) -> [String] {
        var tokens = OrderedTokens()
        let parts = [name.givenNames, name.firstSurname, name.secondSurname, name.preferredName]
        for part in parts {
            for unit in NameTokenizer.units(part) {
                let words = NameTokenizer.significantWords(unit)
                tokens.add(words)
                let compact = NameFolding.compactForm(unit)
                if words.count > 1 || (words.count == 1 && compact != words[0]) {
                    tokens.add(compact)
                }
                for word in words { tokens.add(innerNamesOfMergedParticle(word)) }
            }
        }
        for part in [name.givenNames, name.preferredName] {
            for word in NameFolding.searchForm(part).split(separator: " ") {
                for expansion in NameNicknames.expansions(of: String(word)) {
                    tokens.add(expansion.split(separator: " ").map(String.init))
                }
            }
            tokens.add(NameNicknames.nicknames(inGivenNames: part))
        }
        return tokens.list
    }

    /// Phonetic keys (`NamePhonetics.key`) of the search tokens, deduplicated.
    public static func phoneticTokens(for name: PersonName) -> [String] {
        var keys = OrderedTokens()
        for token in searchTokens(for: name) { keys.add(NamePhonetics.key(token)) }
        return keys.list
    }

    /// "delacruz" -> ["cruz"], "delossantos" -> ["santos"], for surnames that US records
    /// merged with their particles. Every readable split is returned ("delasierra" gives
    /// "sierra" and "ierra"; the extra one only costs an index entry). "del" is not split,
    /// which would turn Delgado into "gado".
    static func innerNamesOfMergedParticle(_ word: String) -> [String] {
        var result: [String] = []
        for prefix in ["delos", "delas", "dela"] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if rest.count >= 3 { result.append(rest) }
        }
        return result
    }
}

/// A list of distinct non-empty tokens in first-seen order.
struct OrderedTokens {
    private(set) var list: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ token: String) {
        guard !token.isEmpty, !seen.contains(token) else { return }
        seen.insert(token)
        list.append(token)
    }

    mutating func add(_ tokens: [String]) {
        for t in tokens { add(t) }
    }
}
