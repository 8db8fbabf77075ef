import EnlaceCore
import Foundation
import GRDB

extension PersonFile {
    /// One identity document in the person's file: the number in full (the file is for the
    /// person; it is read by supervisors only, and audited).
    public struct Document: Sendable, Codable, Equatable {
        public let kind: IdentityDocumentKind
        public let status: DocumentStatus
        public let number: String?
        public let expiresOn: String?
    }

    /// The documents and languages held about the person.
    public struct Documents: Sendable, Codable, Equatable {
        public let held: [Document]
        public let languages: LanguageProfile
    }
}

extension CaseDesk {
    static func fileDocuments(_ db: Database, personId: Int64) throws -> PersonFile.Documents {
        let held = try documentRows(db, personId: personId).map {
            PersonFile.Document(kind: $0.kind, status: $0.status, number: $0.number, expiresOn: $0.expiresOn)
        }
        return PersonFile.Documents(held: held, languages: try languageProfile(db, personId: personId))
    }
}
