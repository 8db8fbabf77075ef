import EnlaceCore
import EnlaceStore

/// The documents and languages section of the person's file (`PersonFileText.render`): both
/// languages side by side, numbers in full (the file is for the person).
public enum PersonFileDocumentsText: String, MessageCatalog {
    case documents, languages, preferred, noNumber, expires

    public var text: LocalizedText {
        switch self {
        case .documents: return .init(es: "Sus documentos de identidad", en: "Your identity documents")
        case .languages: return .init(es: "Lenguas que habla", en: "Languages you speak")
        case .preferred: return .init(es: "prefiere", en: "preferred")
        case .noNumber: return .init(es: "sin número registrado", en: "no number recorded")
        case .expires: return .init(es: "vence", en: "expires")
        }
    }

    static func both(_ text: LocalizedText) -> String { PersonFileText.both(text) }

    /// "## Sus documentos de identidad / Your identity documents", one line per document, then
    /// the languages and whether an interpreter is needed.
    static func section(_ file: PersonFile.Documents) -> [String] {
        var out = ["", "## " + both(documents.text)]
        if file.held.isEmpty { out.append(both(PersonFileText.none.text)) }
        for d in file.held {
            var parts = [both(d.kind.label.text), both(d.status.label.text), d.number ?? both(noNumber.text)]
            if let expiresOn = d.expiresOn { parts.append("\(both(expires.text)) \(expiresOn)") }
            out.append("- " + parts.joined(separator: " · "))
        }
        out += ["", "## " + both(languages.text)]
        let profile = file.languages
        if profile.spoken.isEmpty {
            out.append(both(DocumentText.noLanguages.text))
        } else {
            out.append("- " + profile.spoken.map { language in
                both(language.label.text) + (language == profile.preferred ? " (\(both(preferred.text)))" : "")
            }.joined(separator: ", "))
        }
        out.append("- " + both((profile.needsInterpreter ? DocumentText.interpreterNeeded : .interpreterNotNeeded).text))
        return out
    }
}
