import EnlaceCore
import Foundation
import GRDB

/// One identity document as screens and the command line show it: the number masked
/// ("••••1234"). The full number only comes from `CaseDesk.revealDocumentNumber` (audited)
/// or the person's own file.
public struct PersonDocumentLine: Sendable, Equatable {
    public let id: Int64
    public let personId: Int64
    public let kind: IdentityDocumentKind
    public let status: DocumentStatus
    /// "••••1234"; nil when no number is kept.
    public let maskedNumber: String?
    public let expiresOn: CalendarDate?
    public let version: Int

    public init(id: Int64, personId: Int64, kind: IdentityDocumentKind, status: DocumentStatus, maskedNumber: String?,
                expiresOn: CalendarDate?, version: Int) {
        self.id = id
        self.personId = personId
        self.kind = kind
        self.status = status
        self.maskedNumber = maskedNumber
        self.expiresOn = expiresOn
        self.version = version
    }
}

/// A document after `editDocument`: as saved, and the fields that changed ("kind", "status",
/// "number", "expiresOn"; empty when the draft said what was stored, and nothing was written).
public struct DocumentSaved: Sendable, Equatable {
    public let line: PersonDocumentLine
    public let changed: [String]
}

/// A document as typed in a form or on the command line.
public struct DocumentDraft: Sendable, Equatable {
    public var kind: IdentityDocumentKind
    public var status: DocumentStatus
    /// The number as typed (spaces and hyphens are dropped). Nil when editing means "keep the
    /// stored number" (a form shows it masked and nobody retyped it); blank means no number.
    public var number: String?
    /// The expiry date as the intake accepts dates ("2028-05-01", "1/5/28", "1 de mayo de
    /// 2028"); blank means none.
    public var expires: String

    public init(kind: IdentityDocumentKind, status: DocumentStatus = .has, number: String? = nil, expires: String = "") {
        self.kind = kind
        self.status = status
        self.number = number
        self.expires = expires
    }
}

/// The documents and languages of a person, for the person screen (`PersonPage.documents`).
public struct PersonDocumentsPage: Sendable, Equatable {
    public let documents: [PersonDocumentLine]
    public let languages: LanguageProfile

    public init(documents: [PersonDocumentLine] = [], languages: LanguageProfile = LanguageProfile()) {
        self.documents = documents
        self.languages = languages
    }
}

/// The languages after `setLanguages`: as saved, the person's new version, what changed.
public struct LanguagesSaved: Sendable, Equatable {
    public let languages: LanguageProfile
    public let version: Int
    /// "languages", "preferredLanguage", "needsInterpreter"; empty when nothing changed.
    public let changed: [String]
}

/// A `person_documents` row; the full number stays inside the store.
struct PersonDocumentRow: StoredRecord {
    static let storedTable = "person_documents"
    static let columns = "id, person_id, kind, status, \(SealedColumn.documentNumber.select()), expires_on, version"

    let id: Int64
    let personId: Int64
    let kind: IdentityDocumentKind
    let status: DocumentStatus
    let number: String?
    let expiresOn: String?
    let version: Int

    enum CodingKeys: String, CodingKey {
        case id, personId = "person_id", kind, status, number, expiresOn = "expires_on", version
    }

    var masked: String? { number.map(DocumentNumber.masked) }
    var expiryDate: CalendarDate? { expiresOn.flatMap { CalendarDate(iso: $0) } }

    var line: PersonDocumentLine {
        PersonDocumentLine(id: id, personId: personId, kind: kind, status: status, maskedNumber: masked,
                           expiresOn: expiryDate, version: version)
    }
}
