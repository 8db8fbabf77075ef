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

    /// The keys a typed word may stand for: its own key first, then the keys of what a person
    /// writing by ear may have meant, where one sound has several spellings that `key` keeps
    /// apart (the stored names are keyed by `key` alone; the readings are of the typed word):
    /// - g before e or i as a hard g, written without the u: "rodriges" for Rodríguez,
    ///   "gerrero" for Guerrero (`key` reads ge/gi as je/ji: Gerardo, Gisela)
    /// - h as the j it often stands for: "huarez" for Juárez, "treho" for Trejo
    /// - a first j for a silent h: "jernandez" for Hernández
    /// - a single l between vowels for ll: "bilanueva" for Villanueva; ll for l: "mollina"
    /// - the d dropped between vowels in speech: "maldonao" for Maldonado, "estra" for Estrada
    /// - w for gu: "wadalupe" for Guadalupe
    /// At most one reading per rule, each applied to every place it fits.
    public static func typedKeys(_ word: String) -> [String] {
        let w = NameFolding.searchForm(word).replacingOccurrences(of: " ", with: "")
        var keys = [key(w)]
        func add(_ reading: String) {
            let k = key(reading)
            if !k.isEmpty, !keys.contains(k) { keys.append(k) }
        }
        guard w.count >= 3 else { return keys }
        let letters = Array(w)
        func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }
        // ge, gi as gue, gui.
        if w.contains("ge") || w.contains("gi") {
            var out = ""
            for (i, c) in letters.enumerated() {
                out.append(c)
                if c == "g", i + 1 < letters.count, "ei".contains(letters[i + 1]),
                   i == 0 || letters[i - 1] != "g" { out.append("u") }
            }
            add(out)
        }
        // h (not in ch) as j.
        if letters.enumerated().contains(where: { $1 == "h" && ($0 == 0 || letters[$0 - 1] != "c") }) {
            var out = ""
            for (i, c) in letters.enumerated() {
                out.append(c == "h" && (i == 0 || letters[i - 1] != "c") ? "j" : c)
            }
            add(out)
        }
        // A first j as a silent h.
        if letters[0] == "j", isVowel(letters[1]) { add(String(letters.dropFirst())) }
        // A single l between vowels as ll; ll as l.
        var doubled = "", changed = false
        for (i, c) in letters.enumerated() {
            doubled.append(c)
            if c == "l", i > 0, i + 1 < letters.count, isVowel(letters[i - 1]), isVowel(letters[i + 1]) {
                doubled.append("l"); changed = true
            }
        }
        if changed { add(doubled) }
        if w.contains("ll") { add(w.replacingOccurrences(of: "ll", with: "l")) }
        // The dropped d: -ao(s) as -ado(s), a final -a after a consonant as -ada.
        if w.hasSuffix("ao") { add(String(w.dropLast()) + "do") }
        if w.hasSuffix("aos") { add(String(w.dropLast(2)) + "dos") }
        if letters.count >= 4, letters.last == "a", !isVowel(letters[letters.count - 2]) { add(w + "da") }
        // w before a vowel as gu.
        if letters[0] == "w", isVowel(letters[1]) { add("gu" + String(letters.dropFirst())) }
        return keys
    }
}
