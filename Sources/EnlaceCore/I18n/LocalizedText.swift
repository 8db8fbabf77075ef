/// A text in every supported language. Placeholders are written `{name}` and filled by `format`.
///
/// A word that follows a count is written `{name|singular|plural}`: `format` keeps the singular
/// when the value of `name` is 1 and the plural otherwise (0, 2, "99+"), the rule of both
/// languages. "No se guardó: {n} {n|campo|campos} por corregir" gives "1 campo", "2 campos".
public struct LocalizedText: Sendable, Hashable {
    public let es: String
    public let en: String

    public init(es: String, en: String) {
        self.es = es
        self.en = en
    }

    /// The same words in every language: a name, a number, a case number, a file name.
    /// The one helper for such texts (Core, the store and the screens all use it).
    public static func plain(_ text: String) -> LocalizedText { LocalizedText(es: text, en: text) }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .es: return es
        case .en: return en
        }
    }

    /// The text in `language` with each `{key}` replaced by its value (one pass in Swift:
    /// Foundation's `replacingOccurrences` per key was most of the time of checking a
    /// 100,000-row sheet, whose date warnings are formatted for every row). A brace that names
    /// no value is kept as written.
    public func format(_ language: Language, _ values: [String: String]) -> String {
        let text = Self.choosingNumber(self(language), values)
        guard !values.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = values[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// Names of the `{placeholders}` in a text, for checking that both languages agree. A
    /// singular/plural choice `{n|campo|campos}` counts as its placeholder `n`.
    public static func placeholders(in text: String) -> Set<String> {
        Set(braced(text).map { $0.split(separator: "|", omittingEmptySubsequences: false)[0] }.filter { !$0.isEmpty }.map(String.init))
    }

    /// The singular/plural choices of a text, `{n|campo|campos}`, each as its parts
    /// (placeholder, singular, plural): a test checks that each has exactly these three.
    public static func numberChoices(in text: String) -> [[String]] {
        braced(text).filter { $0.contains("|") }.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The text between each `{` and the next `}`.
    private static func braced(_ text: String) -> [String] {
        var found: [String] = []
        var current: String?
        for ch in text {
            if ch == "{" { current = "" }
            else if ch == "}" { if let c = current { found.append(c) }; current = nil }
            else if current != nil { current!.append(ch) }
        }
        return found
    }

    /// `text` with each `{name|singular|plural}` whose `name` has a value replaced by the form
    /// that agrees with it: the singular for "1", the plural for anything else.
    static func choosingNumber(_ text: String, _ values: [String: String]) -> String {
        guard text.contains("|") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            if parts.count == 3, let value = values[String(parts[0])] {
                result += value.trimmingCharacters(in: .whitespaces) == "1" ? parts[1] : parts[2]
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// A group of messages of one feature. Each case maps, through an exhaustive switch, to its text
/// in every language, so a message cannot exist without a translation; tests walk `allCatalogs`
/// to check that no text is empty and that both languages use the same placeholders.
public protocol MessageCatalog: CaseIterable, Sendable {
    var text: LocalizedText { get }
}

extension MessageCatalog {
    public func callAsFunction(_ language: Language) -> String { text(language) }
    public func format(_ language: Language, _ values: [String: String]) -> String {
        text.format(language, values)
    }
}

/// Every catalog of a module, flattened for tests.
public struct CatalogListing: Sendable {
    public let name: String
    public let texts: [(id: String, text: LocalizedText)]

    public init(name: String, texts: [(id: String, text: LocalizedText)]) {
        self.name = name
        self.texts = texts
    }

    public init<C: MessageCatalog>(_ catalog: C.Type) {
        name = String(describing: catalog)
        texts = catalog.allCases.map { (id: String(describing: $0), text: $0.text) }
    }
}
