import EnlaceCore
import EnlaceStore

/// The person screen's "Documentos e idiomas" tab: a cursor over the documents (from
/// `PersonPage.documents`), the numbers revealed on request (kept only until the tab changes
/// or the screen is read again), and the form open over the tab.
public struct PersonDocumentsTabState: Sendable {
    public var cursor = ListCursor()
    /// Full numbers asked for with "v", by document id. Cleared when the tab changes and when
    /// the screen is read again (returning to it, another terminal's change).
    public var revealed: [Int64: String] = [:]
    public var form: PersonDocumentsForm?

    public init() {}

    func selected(in page: PersonDocumentsPage?) -> PersonDocumentLine? {
        guard let documents = page?.documents, documents.indices.contains(cursor.selected) else { return nil }
        return documents[cursor.selected]
    }
}

/// The form open over the tab: a document (new, or one at its version) or the languages (at
/// the person's version).
public struct PersonDocumentsForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        case addDocument
        case editDocument(id: Int64, version: Int, masked: String?)
        case languages(version: Int)
    }

    public var purpose: Purpose
    public var form: FormState
    public var saving = false

    typealias T = PersonDocumentsTabText

    /// The document form: kind and status (choices), number (only where needed; when editing,
    /// blank keeps the stored one, and a box erases it), expiry as the intake reads dates.
    static func document(_ line: PersonDocumentLine?) -> PersonDocumentsForm {
        let kinds = ChoiceField(IdentityDocumentKind.held.map { Choice($0.rawValue, $0.label.text) },
                                selectedID: (line?.kind ?? .matriculaConsular).rawValue)
        let statuses = ChoiceField(DocumentStatus.allCases.map { Choice($0.rawValue, $0.label.text) },
                                   selectedID: (line?.status ?? .has).rawValue)
        var fields: [FormField] = [
            FormField("kind", T.fieldKind.text, required: true, input: .choice(kinds)),
            FormField("status", T.fieldStatus.text, required: true, input: .choice(statuses)),
            .text("number", T.fieldNumber.text, maxLength: 60, placeholder: T.numberHint.text),
        ]
        if let masked = line?.maskedNumber {
            fields[2].note = T.numberKept.text.filling(["number": .plain(masked)])
            fields[2].noteRole = .muted
            fields.append(FormField("clearNumber", T.fieldClearNumber.text, input: .check(false)))
        }
        fields.append(.text("expires", T.fieldExpires.text, value: line?.expiresOn?.iso ?? "", maxLength: DateInput.maxInputLength))
        let purpose: Purpose = line.map { .editDocument(id: $0.id, version: $0.version, masked: $0.maskedNumber) } ?? .addDocument
        return PersonDocumentsForm(purpose: purpose, form: FormState(fields))
    }

    /// The languages form: the list typed as on the command line ("mixteco, es"), the
    /// preferred one (a choice, or none), whether an interpreter is needed.
    static func languages(_ profile: LanguageProfile, version: Int) -> PersonDocumentsForm {
        let spoken = profile.spoken.map { $0 == .spanish ? "es" : $0 == .english ? "en" : $0.rawValue }.joined(separator: ", ")
        let preferred = ChoiceField([Choice("", T.preferredNone.text)] + SpokenLanguage.allCases.map { Choice($0.rawValue, $0.label.text) },
                                    selectedID: profile.preferred?.rawValue ?? "")
        var form = FormState([
            .text("spoken", T.fieldSpoken.text, value: spoken, maxLength: 200, placeholder: T.spokenHint.text),
            FormField("preferred", T.fieldPreferred.text, input: .choice(preferred)),
            FormField("interpreter", T.fieldInterpreter.text, input: .check(profile.needsInterpreter)),
        ])
        PersonDocumentsTab.interpret("spoken", &form)
        return PersonDocumentsForm(purpose: .languages(version: version), form: form)
    }
}
