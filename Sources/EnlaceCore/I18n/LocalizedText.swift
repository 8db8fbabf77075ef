/// A text in every supported language. Placeholders are written `{name}` and filled by `format`.
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

    /// The text in `language` with each `{key}` replaced by its value.
    public func format(_ language: Language, _ values: [String: String]) -> String {
        var result = self(language)
        for (key, value) in values {
            result = result.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return result
    }

    /// Names of the `{placeholders}` in a text, for checking that both languages agree.
    public static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var current: String?
        for ch in text {
            if ch == "{" { current = "" }
            else if ch == "}" { if let c = current, !c.isEmpty { names.insert(c) }; current = nil }
            else if current != nil { current!.append(ch) }
        }
        return names
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
