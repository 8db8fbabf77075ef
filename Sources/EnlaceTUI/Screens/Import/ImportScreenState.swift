import EnlaceCore
import EnlaceStore

/// The import screen (supervisors): a sign-in sheet chosen by its path, its columns' fields
/// (guessed or saved, changed with ←/→), then every row reviewed with its problems or its
/// possible duplicates side by side and decided with one key, then committed as one batch.
public struct ImportScreenState: Sendable {
    public enum Step: Sendable, Equatable { case choosingFile, mapping, review, done }

    public var step: Step = .choosingFile
    /// Why this person may not import (words, no data), when so.
    public var refusal: LocalizedText?
    public var path = ""
    public var fileName = ""
    public var sheet: ImportSheet?
    public var mapping = ImportMapping(fields: [])
    /// The mapping was the one saved for these headers.
    public var mappingSaved = false
    public var columns = ListCursor()
    public var review: ImportReview?
    public var rows = ListCursor()
    /// Which of the selected row's candidates is shown beside it.
    public var candidate = 0
    public var committed: ImportCommitted?

    public init() {}

    var selectedRow: ImportRow? {
        guard let review, review.rows.indices.contains(rows.selected) else { return nil }
        return review.rows[rows.selected]
    }

    var shownCandidate: ImportCandidate? {
        guard let row = selectedRow, !row.candidates.isEmpty else { return nil }
        return row.candidates[min(candidate, row.candidates.count - 1)]
    }
}
