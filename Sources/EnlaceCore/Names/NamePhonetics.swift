/// A phonetic key for Spanish names, so that spellings that sound alike in Mexican Spanish
/// meet: Vázquez / Basquez, Hernández / Ernandes, Jiménez / Giménez / Ximénez,
/// Castillo / Castiyo, Quiroz / Kiros, Cervantes / Servantes.
public enum NamePhonetics {
    /// The key of one word (a space-free form of anything else is used). Rules, applied on
    /// the search form (lowercase, no accents, ñ as n):
    /// - b / v / w sound alike -> b
    /// - c before e or i, s, z -> s; c before anything else, k, q(u) -> k; ch stays ch
    /// - g before e or i, j, x -> j; gu before e or i -> g (the u is silent)
    /// - ll and y before a vowel -> y; y not before a vowel is the vowel i
    /// - h is silent (except in ch)
    /// - m before b or p -> n
    /// - repeated letters count once (rr, ll handled above, cc, nn...)
    public static func key(_ word: String) -> String {
        let letters = Array(NameFolding.searchForm(word).unicodeScalars.filter { $0 != " " }.map(Character.init))
        var out: [Character] = []
        func at(_ i: Int) -> Character? { i < letters.count ? letters[i] : nil }
        func isFrontVowel(_ c: Character?) -> Bool { c == "e" || c == "i" || c == "y" }
        func isVowel(_ c: Character?) -> Bool {
            guard let c else { return false }
            return "aeiou".contains(c)
        }
        func emit(_ s: String) {
            for c in s where out.last != c { out.append(c) }
        }
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next = at(i + 1)
            switch c {
            case "b", "v", "w":
                emit("b")
            case "c":
                if next == "h" {
                    emit("ch"); i += 1
                } else if isFrontVowel(next) {
                    emit("s")
                } else {
                    emit("k")
                }
            case "s", "z":
                emit("s")
            case "k":
                emit("k")
            case "q":
                emit("k")
                if next == "u" { i += 1 }
            case "g":
                if isFrontVowel(next) {
                    emit("j")
                } else if next == "u", isFrontVowel(at(i + 2)) {
                    emit("g"); i += 1
                } else {
                    emit("g")
                }
            case "j", "x":
                emit("j")
            case "h":
                break
            case "l":
                if next == "l" { emit("y"); i += 1 } else { emit("l") }
            case "y":
                if isVowel(next) { emit("y") } else { emit("i") }
            case "m":
                if next == "b" || next == "p" { emit("n") } else { emit("m") }
            default:
                emit(String(c))
            }
            i += 1
        }
        return String(out)
    }
}
