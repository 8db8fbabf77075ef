/// What kind of community event an organization holds. Workshops (talleres) carry a topic and
/// take attendance; the others register people and open cases.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case jornada
    case mobileConsulate
    case healthFair
    case workshop
    case other

    public var label: LocalizedText {
        switch self {
        case .jornada: return .init(es: "Jornada comunitaria", en: "Community day")
        case .mobileConsulate: return .init(es: "Consulado móvil", en: "Mobile consulate")
        case .healthFair: return .init(es: "Feria de salud", en: "Health fair")
        case .workshop: return .init(es: "Taller", en: "Workshop")
        case .other: return .init(es: "Otro", en: "Other")
        }
    }

    /// The kind a person typed: its raw value or a word of its label in either language,
    /// without accents or case ("consulado", "taller", "health").
    public init?(typed: String) {
        guard let kind = TypedChoice.match(typed, in: EventKind.allCases, label: \.label) else { return nil }
        self = kind
    }
}

/// What a workshop teaches (the education area of the seed documents).
public enum WorkshopTopic: String, CaseIterable, Sendable, Codable {
    case knowYourRights
    case consularDocuments
    case healthPrevention
    case civicTraining
    case other

    public var label: LocalizedText {
        switch self {
        case .knowYourRights: return .init(es: "Conozca sus derechos", en: "Know your rights")
        case .consularDocuments: return .init(es: "Documentos consulares", en: "Consular documents")
        case .healthPrevention: return .init(es: "Prevención en salud", en: "Health prevention")
        case .civicTraining: return .init(es: "Formación cívica", en: "Civic training")
        case .other: return .init(es: "Otro tema", en: "Other topic")
        }
    }

    public init?(typed: String) {
        guard let topic = TypedChoice.match(typed, in: WorkshopTopic.allCases, label: \.label) else { return nil }
        self = topic
    }
}

/// A choice typed on a command line: its raw value, or the start of one word of its label in
/// Spanish or English, accents and case aside. nil when nothing or more than one matches.
public enum TypedChoice {
    public static func match<T: RawRepresentable>(_ typed: String, in all: [T], label: (T) -> LocalizedText) -> T?
    where T.RawValue == String {
        let word = NameFolding.searchForm(typed)
        guard !word.isEmpty else { return nil }
        if let exact = all.first(where: { NameFolding.searchForm($0.rawValue) == word }) { return exact }
        let matches = all.filter { choice in
            [label(choice).es, label(choice).en].contains { text in
                NameFolding.searchForm(text).split(separator: " ").contains { $0.hasPrefix(word) }
            }
        }
        return matches.count == 1 ? matches[0] : nil
    }
}
