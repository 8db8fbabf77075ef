import Foundation

/// A note on a case. Notes are appended, never edited; a correction is a new note.
public struct Note: Codable, Sendable, Equatable, Identifiable {
    public var id: NoteID
    public var caseId: CaseID
    public var authorId: UserID
    public var at: Date
    public var text: String
    /// Health or legal detail: hidden from lists and previews.
    public var isSensitive: Bool

    public init(id: NoteID, caseId: CaseID, authorId: UserID, at: Date, text: String,
                isSensitive: Bool = false) {
        self.id = id
        self.caseId = caseId
        self.authorId = authorId
        self.at = at
        self.text = text
        self.isSensitive = isSensitive
    }
}
