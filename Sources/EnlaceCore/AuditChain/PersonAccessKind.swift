/// What an audit row about a person says someone did: looked, changed, or took a copy.
public enum PersonAccessKind: String, Sendable, CaseIterable {
    case viewed, changed, exported

    /// The audit actions that only read (a view, a search that listed them, a slip printed, a
    /// number revealed, the access list itself) and those that wrote a file; any other changed.
    public init(action: String) {
        switch action {
        case "viewed", "viewedAccess", "searched", "document-revealed": self = .viewed
        case "exported", "exportedAccess", "exportPersonLevel", "printedSlip": self = .exported
        default: self = .changed
        }
    }

    public var label: LocalizedText {
        switch self {
        case .viewed: return PersonAccessText.viewed.text
        case .changed: return PersonAccessText.changed.text
        case .exported: return PersonAccessText.exported.text
        }
    }
}

/// The words of "who saw this person" shared by the screen and the command line.
public enum PersonAccessText: String, MessageCatalog {
    case viewed, changed, exported, headerWhen, headerWho, headerWhat, headerRecord, recordPerson, recordCase
    case count, nobody, unknownUser

    public var text: LocalizedText {
        switch self {
        case .viewed: return .init(es: "Consultó", en: "Viewed")
        case .changed: return .init(es: "Modificó", en: "Changed")
        case .exported: return .init(es: "Exportó", en: "Exported")
        case .headerWhen: return .init(es: "Cuándo", en: "When")
        case .headerWho: return .init(es: "Quién", en: "Who")
        case .headerWhat: return .init(es: "Qué hizo", en: "What")
        case .headerRecord: return .init(es: "Registro", en: "Record")
        case .recordPerson: return .init(es: "Datos de la persona", en: "Person's record")
        case .recordCase: return .init(es: "{entity} del caso {number}", en: "{entity} of case {number}")
        case .count: return .init(es: "{n} {n|acceso|accesos} en total", en: "{n} {n|access|accesses} in all")
        case .nobody: return .init(es: "Nadie ha consultado ni modificado este registro.",
                                   en: "No one has viewed or changed this record.")
        case .unknownUser: return .init(es: "(sistema)", en: "(system)")
        }
    }
}
