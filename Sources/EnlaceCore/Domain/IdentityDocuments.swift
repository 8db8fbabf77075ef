import Foundation

/// Where a person stands with a document: has it, lost it, it expired, or is getting it.
public enum DocumentStatus: String, CaseIterable, Sendable, Codable {
    case has
    case lost
    case expired
    case inProcess

    public var label: DocumentText {
        switch self {
        case .has: return .statusHas
        case .lost: return .statusLost
        case .expired: return .statusExpired
        case .inProcess: return .statusInProcess
        }
    }

    /// The status a person typed: its stored name ("inProcess"), a short word ("process",
    /// "tramite") or its label in either language, without accents or case.
    public static func named(_ word: String) -> DocumentStatus? {
        let key = DocumentWords.fold(word)
        if let status = allCases.first(where: { DocumentWords.fold($0.rawValue) == key }) { return status }
        let words: [String: DocumentStatus] = [
            "tiene": .has, "si": .has, "yes": .has, "perdido": .lost, "perdida": .lost, "vencido": .expired,
            "vencida": .expired, "process": .inProcess, "inprocess": .inProcess, "tramite": .inProcess,
            "entramite": .inProcess, "pending": .inProcess,
        ]
        if let status = words[key] { return status }
        return allCases.first { DocumentWords.fold($0.label.text.es) == key || DocumentWords.fold($0.label.text.en) == key }
    }
}

extension IdentityDocumentKind {
    /// The kind a person typed: its stored name ("matriculaConsular"), a short word
    /// ("matricula", "license", "ead") or its label in either language, without accents or case.
    /// "curp" is read too, so that the store can say where the CURP goes.
    public static func named(_ word: String) -> IdentityDocumentKind? {
        let key = DocumentWords.fold(word)
        let words: [String: IdentityDocumentKind] = [
            "matricula": .matriculaConsular, "pasaporte": .passport, "credencial": .ine, "ife": .ine,
            "acta": .birthCertificate, "actadenacimiento": .birthCertificate, "birth": .birthCertificate,
            "license": .driversLicense, "licence": .driversLicense, "licencia": .driversLicense,
            "driverslicence": .driversLicense, "ead": .workPermit, "permiso": .workPermit,
            "permisodetrabajo": .workPermit,
        ]
        if let kind = words[key] { return kind }
        return allCases.first {
            DocumentWords.fold($0.rawValue) == key || DocumentWords.fold($0.label.text.es) == key
                || DocumentWords.fold($0.label.text.en) == key
        }
    }
}

extension SpokenLanguage {
    /// The language a person typed: its stored name ("kiche"), an ISO code ("es", "en",
    /// "nah") or its name in either language, without accents, apostrophes or case
    /// ("K'iche'", "Náhuatl", "tsotsil").
    public static func named(_ word: String) -> SpokenLanguage? {
        let key = DocumentWords.fold(word)
        let words: [String: SpokenLanguage] = [
            "es": .spanish, "espanol": .spanish, "en": .english, "ingles": .english, "mixteca": .mixteco,
            "mix": .mixteco, "zap": .zapoteco, "tarasco": .purepecha, "nah": .nahuatl, "nahua": .nahuatl,
            "mexicano": .nahuatl, "trique": .triqui, "tsotsil": .tzotzil, "tzo": .tzotzil, "mam": .mam,
            "quiche": .kiche, "quc": .kiche, "yucateco": .maya, "mayayucateco": .maya, "otra": .other, "otro": .other,
        ]
        if let language = words[key] { return language }
        return allCases.first {
            DocumentWords.fold($0.rawValue) == key || DocumentWords.fold($0.label.text.es) == key
                || DocumentWords.fold($0.label.text.en) == key
        }
    }
}

/// The languages a person speaks, the one they prefer for a service, and whether they need an
/// interpreter. The spoken list is kept in `SpokenLanguage` order without repeats, and always
/// holds the preferred language.
public struct LanguageProfile: Sendable, Equatable, Codable {
    public private(set) var spoken: [SpokenLanguage]
    public private(set) var preferred: SpokenLanguage?
    public var needsInterpreter: Bool

    public init(spoken: [SpokenLanguage] = [], preferred: SpokenLanguage? = nil, needsInterpreter: Bool = false) {
        let set = Set(spoken + (preferred.map { [$0] } ?? []))
        self.spoken = SpokenLanguage.allCases.filter { set.contains($0) }
        self.preferred = preferred
        self.needsInterpreter = needsInterpreter
    }

    /// Nothing recorded yet.
    public var isEmpty: Bool { spoken.isEmpty && !needsInterpreter }

    /// Reads "mixteco, es" (commas or spaces): the languages, or the words not understood.
    public static func parseList(_ text: String) -> Result<[SpokenLanguage], DocumentProblem> {
        var found: [SpokenLanguage] = []
        var unknown: [String] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if let language = SpokenLanguage.named(trimmed) { found.append(language) } else { unknown.append(trimmed) }
        }
        if !unknown.isEmpty { return .failure(.unknownLanguage(unknown.joined(separator: ", "))) }
        return .success(found)
    }
}

/// A document number as it is kept, searched and shown.
public enum DocumentNumber {
    public static let minLength = 5
    /// The search index keeps numbers up to this length (`search_keys` `d:` keys).
    public static let maxLength = 40
    /// What stands for the hidden characters of a masked number.
    public static let maskPrefix = "••••"

    /// The number as kept: capital letters and digits only. Spaces, hyphens, dots and slashes
    /// typed between groups are dropped ("1234 5678-9" → "123456789"); blank is no number
    /// (nil); any other character, too few or too many characters is a problem.
    public static func normalize(_ typed: String) -> Result<String?, DocumentProblem> {
        if typed.count > 200 { return .failure(.numberTooLong(max: maxLength)) }
        var kept = ""
        for scalar in typed.unicodeScalars {
            switch scalar {
            case " ", "-", ".", "/", "\t": continue
            case "0"..."9", "A"..."Z": kept.unicodeScalars.append(scalar)
            case "a"..."z": kept += String(scalar).uppercased()
            default: return .failure(.numberCharacters)
            }
        }
        if kept.isEmpty { return .success(nil) }
        if kept.count < minLength { return .failure(.numberTooShort(min: minLength)) }
        if kept.count > maxLength { return .failure(.numberTooLong(max: maxLength)) }
        return .success(kept)
    }

    /// "••••5678": the last four characters, never more than half of the number.
    public static func masked(_ number: String) -> String {
        let shown = min(4, number.count / 2)
        return maskPrefix + String(number.suffix(shown))
    }
}

/// Why a document or language value cannot be kept; a clear sentence in both languages.
public enum DocumentProblem: Error, Sendable, Equatable {
    case numberCharacters
    case numberTooShort(min: Int)
    case numberTooLong(max: Int)
    case unknownKind(String)
    case unknownStatus(String)
    case unknownLanguage(String)
    case date(DateProblem)

    public var message: LocalizedText {
        switch self {
        case .numberCharacters: return DocumentText.numberCharacters.text
        case .numberTooShort(let min): return DocumentText.numberTooShort.text.filling(["min": .plain(String(min))])
        case .numberTooLong(let max): return DocumentText.numberTooLong.text.filling(["max": .plain(String(max))])
        case .unknownKind(let word): return DocumentText.unknownKind.text.filling(["value": .plain(Self.shown(word))])
        case .unknownStatus(let word): return DocumentText.unknownStatus.text.filling(["value": .plain(Self.shown(word))])
        case .unknownLanguage(let words): return DocumentText.unknownLanguage.text.filling(["value": .plain(Self.shown(words))])
        case .date(let problem): return LocalizedText(es: problem.message(.es), en: problem.message(.en))
        }
    }

    /// A typed value as it can be printed: control characters made visible, cut at 60.
    static func shown(_ text: String) -> String {
        let visible = VisibleText.text(text)
        return visible.count > 60 ? String(visible.prefix(60)) + "…" : visible
    }
}

/// How typed words are compared: no accents, no case, letters and digits only.
enum DocumentWords {
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
