/// Splitting a name field into the units a person would read as one piece: "de la Cruz",
/// "del Río", "y Gasset", "Muñoz-Pérez".
public enum NameTokenizer {
    /// Particles that join the word after them: de, del, de la, de las, de los, la, las, los,
    /// y, e (compared in search form: lowercase, no accents). "San" and "Santa" are names, not
    /// particles ("San Juan" stays two words).
    public static let particles: Set<String> = ["de", "del", "la", "las", "los", "y", "e"]

    /// Whether a word (any case or accents) is a particle.
    public static func isParticle(_ word: String) -> Bool {
        particles.contains(NameFolding.searchForm(word))
    }

    /// The units of a name as typed, keeping the original spelling and case: particles are
    /// attached to the word after them ("María de Jesús" -> ["María", "de Jesús"], "de la
    /// Cruz" -> ["de la Cruz"]); particles with nothing after them are attached to the unit
    /// before ("Juan de" -> ["Juan de"]); hyphenated words stay one unit ("Muñoz-Pérez").
    /// Spaces are collapsed.
    public static func units(_ text: String) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var units: [String] = []
        var pending: [String] = []
        for word in words {
            if isParticle(word) {
                pending.append(word)
            } else {
                units.append((pending + [word]).joined(separator: " "))
                pending = []
            }
        }
        if !pending.isEmpty {
            if units.isEmpty { units.append(pending.joined(separator: " ")) }
            else { units[units.count - 1] += " " + pending.joined(separator: " ") }
        }
        return units
    }

    /// The words of a unit that carry the name, without particles, in search form:
    /// "de la Cruz" -> ["cruz"], "Muñoz-Pérez" -> ["munoz", "perez"].
    public static func significantWords(_ text: String) -> [String] {
        let words = NameFolding.searchForm(text).split(separator: " ").map(String.init)
        let significant = words.filter { !particles.contains($0) }
        // A name made only of particles ("De", "La") is still a name.
        return significant.isEmpty ? words : significant
    }

    /// The first letter that carries a unit, uppercased: "Ángel" -> "Á", "de Jesús" -> "J".
    static func initial(of unit: String) -> String? {
        let words = unit.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
        let main = words.first(where: { !isParticle(String($0)) }) ?? words.first
        guard let first = main?.first(where: { $0.isLetter }) else { return nil }
        return String(first).uppercased()
    }
}
