import Foundation
import EnlaceCore

/// One step of a fuzzing run: a key, a terminal resize, or a pause in the typing (the work that
/// waits for quiet runs, as when a person stops).
public enum FuzzInput: Sendable, Hashable {
    case key(Key)
    case resize(width: Int, height: Int)
    case pause
}

/// Seeded random input for the app: pure (a seed in, the same inputs out, no I/O). It draws
/// from every key the command registry and the screens' own bindings declare (read from them,
/// so a new key is fuzzed without editing this), printable ASCII, Spanish letters, pasted
/// Spanish text, the editing and function keys, and resizes between 20×5 and 200×60.
public struct KeyFuzzer: Sendable {
    private var random: SplitMix64
    /// The keys the registry and the screens bind, each once, in declaration order.
    public let boundKeys: [Key]

    public init(seed: UInt64, registry: CommandRegistry = .standard) {
        random = SplitMix64(seed: seed)
        boundKeys = Self.boundKeys(registry)
    }

    /// Every key a command or a screen/widget binding names exactly.
    public static func boundKeys(_ registry: CommandRegistry) -> [Key] {
        let exact = HelpText.sections.flatMap { $0.section.keys.flatMap(\.keys) }.compactMap { pattern -> Key? in
            if case .key(let key) = pattern { return key }
            return nil
        }
        var seen = Set<Key>()
        return (registry.commands.flatMap(\.keys) + exact).filter { seen.insert($0).inserted }
    }

    static let spanishLetters: [Character] = ["ñ", "Ñ", "á", "é", "í", "ó", "ú", "Á", "É", "Í", "Ó", "Ú", "ü", "Ü", "¿", "¡"]
    static let editingKeys: [Key] = [.escape, .enter, .tab, .backTab, .up, .down, .left, .right,
                                     .pageUp, .pageDown, .home, .end, .backspace, .delete, .insert]
        + (1...12).map { Key.function($0) }
    static let phrases = [
        "María José Hernández Núñez", "¿Dónde vive ahora?\nCalle Señor de la Misericordia 12",
        "Güero Peña Ibáñez, ¡urgente!", "Refugio para la señora Ordóñez y sus niños",
        "teléfono (312) 555-0199", "José Ángel Muñoz", "Pilsen\n\n1645 W 18th St\tChicago",
        "Ñandú Úrsula Íñiguez", "  ", "\n",
    ]

    /// The next input. Weights: bound keys 30, ASCII 25, editing/function keys 20, Spanish
    /// letters 10, pauses 8, pastes 4, resizes 3.
    public mutating func next() -> FuzzInput {
        let roll = random.next(100)
        switch roll {
        case ..<30:
            return .key(boundKeys.isEmpty ? .enter : boundKeys[random.next(boundKeys.count)])
        case ..<55:
            return .key(.char(Character(Unicode.Scalar(UInt8(0x20 + random.next(95))))))
        case ..<75:
            return .key(Self.editingKeys[random.next(Self.editingKeys.count)])
        case ..<85:
            return .key(.char(Self.spanishLetters[random.next(Self.spanishLetters.count)]))
        case ..<93:
            return .pause
        case ..<97:
            return .key(.paste(paste()))
        default:
            return .resize(width: 20 + random.next(181), height: 5 + random.next(56))
        }
    }

    /// A paste: a known phrase, or words of Spanish letters and ASCII, sometimes long.
    private mutating func paste() -> String {
        if random.next(2) == 0 { return Self.phrases[random.next(Self.phrases.count)] }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz ") + Self.spanishLetters
        let length = random.next(4) == 0 ? 200 + random.next(400) : 1 + random.next(40)
        return String((0..<length).map { _ in alphabet[random.next(alphabet.count)] })
    }
}

extension SplitMix64 {
    /// A number in 0..<n.
    mutating func next(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}

// MARK: - The replayable text of a sequence

extension FuzzInput {
    /// One token, without spaces: a lone character is that character; other keys have names
    /// (`Esc`, `F10`, `^q`, `M-v`, `Sp`), `P:` a paste, `R:80x24` a resize, `Wait` a pause.
    public var token: String {
        switch self {
        case .pause: return "Wait"
        case .resize(let w, let h): return "R:\(w)x\(h)"
        case .key(let key):
            switch key {
            case .char(let c): return Self.charToken(c)
            case .ctrl(let c): return "^" + Self.charToken(c)
            case .alt(let c): return "M-" + Self.charToken(c)
            case .function(let n): return "F\(n)"
            case .paste(let text): return "P:" + Self.escape(text)
            default: return Self.names.first { $0.key == key }?.name ?? "?"
            }
        }
    }

    private static let names: [(name: String, key: Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Home", .home), ("End", .end), ("Enter", .enter), ("Tab", .tab), ("BTab", .backTab), ("BS", .backspace),
        ("Del", .delete), ("Ins", .insert), ("Esc", .escape),
    ]

    private static func charToken(_ c: Character) -> String {
        if c == " " { return "Sp" }
        if c.isWhitespace || c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "U+" + c.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: ".")
        }
        return String(c)
    }

    private static func char(_ token: Substring) -> Character? {
        if token.count == 1 { return token.first }
        if token == "Sp" { return " " }
        guard token.hasPrefix("U+") else { return nil }
        let scalars = token.dropFirst(2).split(separator: ".").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        let text = String(s)
        return text.count == 1 ? text.first : nil
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "%": out += "%25"
            case " ": out += "%20"
            case "\n": out += "%0A"
            case "\t": out += "%09"
            case "\r": out += "%0D"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    private static func unescape(_ text: Substring) -> String {
        text.replacingOccurrences(of: "%20", with: " ").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
    }

    /// Reads one token back; nil when it is not one.
    public init?(token: Substring) {
        if token == "Wait" { self = .pause; return }
        if let c = Self.char(token) { self = .key(.char(c)); return }
        if token.hasPrefix("R:") {
            let parts = token.dropFirst(2).split(separator: "x")
            guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) else { return nil }
            self = .resize(width: w, height: h)
            return
        }
        if token.hasPrefix("P:") { self = .key(.paste(Self.unescape(token.dropFirst(2)))); return }
        if token.hasPrefix("^"), let c = Self.char(token.dropFirst()) { self = .key(.ctrl(c)); return }
        if token.hasPrefix("M-"), let c = Self.char(token.dropFirst(2)) { self = .key(.alt(c)); return }
        if token.hasPrefix("F"), let n = Int(token.dropFirst()) { self = .key(.function(n)); return }
        guard let named = Self.names.first(where: { $0.name == token }) else { return nil }
        self = .key(named.key)
    }

    /// A sequence as one line of tokens separated by spaces.
    public static func text(_ inputs: [FuzzInput]) -> String {
        inputs.map(\.token).joined(separator: " ")
    }

    /// A line of tokens read back; nil when one is not a token.
    public static func parse(_ text: String) -> [FuzzInput]? {
        var out: [FuzzInput] = []
        for token in text.split(separator: " ") {
            guard let input = FuzzInput(token: token) else { return nil }
            out.append(input)
        }
        return out
    }
}
