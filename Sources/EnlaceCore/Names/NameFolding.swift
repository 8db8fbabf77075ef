import Foundation

/// Name normalisation for search. Owned by the Names feature: keep these signatures stable.
public enum NameFolding {
    /// The search form of a text: lowercase, accents removed, ñ folded to n, punctuation to
    /// spaces, runs of spaces collapsed. Stable: the store indexes this form.
    public static func searchForm(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var lastWasSpace = true
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let folded: Character?
            switch scalar {
            case "ł": folded = "l"
            case "ø": folded = "o"
            case "đ": folded = "d"
            case "ß": out += "ss"; lastWasSpace = false; continue
            default:
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    folded = Character(scalar)
                } else {
                    folded = nil
                }
            }
            if let f = folded {
                out.append(f)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
