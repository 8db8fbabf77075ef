import EnlaceCore

extension LocalizedText {
    /// The same words in both languages (a name, a number, a file name).
    static func verbatim(_ text: String) -> LocalizedText { LocalizedText(es: text, en: text) }
}
