import Foundation

/// Name normalisation for search. Owned by the Names feature: keep these signatures stable.
public enum NameFolding {
    /// The search form of a text: lowercase, accents removed, ñ folded to n, punctuation to
    /// spaces, runs of spaces collapsed. Stable: the store indexes this form.
    ///
    /// Also folded: letters that carry no separable accent (ł ø đ ß æ œ þ ð ı), compatibility
    /// forms (ligatures ﬁ, full-width Ｊｏｓé, ª º), and decimal digits of other scripts to
    /// 0-9. Control and format characters count as punctuation.
    public static func searchForm(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSearchForm(text) : unicodeSearchForm(text)
    }

    static func unicodeSearchForm(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        func emit(_ s: String) {
            out += s
            lastWasSpace = false
        }
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark { continue }
            if let replacement = letterFolds[scalar] {
                emit(replacement)
                continue
            }
            if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if scalar.properties.numericType == .decimal,
                      let value = scalar.properties.numericValue, (0...9).contains(value) {
                emit(String(Int(value)))
            } else if scalar.properties.isAlphabetic {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `searchForm` of ASCII text, without Unicode decomposition (the same result: letters
    /// lowercased, digits kept, anything else a single space, none at either end). Most names
    /// typed and stored are ASCII, and search folds every word of every hit.
    static func asciiSearchForm(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte); lastWasSpace = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte + 32); lastWasSpace = false
            default:
                if !lastWasSpace { bytes.append(UInt8(ascii: " ")); lastWasSpace = true }
            }
        }
        if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The search form with its spaces removed: "De la Cruz" -> "delacruz".
    public static func compactForm(_ text: String) -> String {
        searchForm(text).replacingOccurrences(of: " ", with: "")
    }

    /// Lowercase letters that Unicode does not decompose into a base letter plus a mark.
    private static let letterFolds: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
        "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ſ": "s",
    ]
}
