import Foundation
import EnlaceCore
import EnlaceStore

/// One person on screen: the tab shown; the record and their cases as read, the possible
/// duplicates the last save found, one cursor over the cases and then the duplicates, and the
/// edit form while open (tab 1); each further tab's own state.
public struct PersonState: Sendable {
    public var personId: Int64
    public var tab: PersonTab = .record
    public var family = PersonFamilyState()
    public var file: PersonPage?
    public var loadError: String?
    /// Candidates found by the last save (shown until the screen is left).
    public var duplicates: [DuplicateCandidate] = []
    /// The fields the last save changed ("firstSurname", "phones").
    public var changed: [String] = []
    public var cursor = ListCursor()
    /// The edit form, while it is open; it stays as typed after a conflict or a problem.
    public var form: FormState?
    /// The version the form was started from (the save passes it).
    public var formVersion: Int?
    public var saving = false
    /// The rights tab's cursor over the person's requests.
    public var rightsCursor = ListCursor()
    /// The "Documentos e idiomas" tab (`PersonDocumentsTab`).
    public var documentsTab = PersonDocumentsTabState()
    /// The "Accesos" tab (`PersonAccessTab`), read when first shown.
    public var accessTab = PersonAccessTabState()

    public init(personId: Int64) {
        self.personId = personId
    }

    /// One row of the list under the record: a case, or a possible duplicate.
    public enum Row: Sendable, Equatable {
        case personCase(PersonCaseLine)
        case duplicate(DuplicateCandidate)
    }

    public var rows: [Row] {
        (file?.cases ?? []).map(Row.personCase) + duplicates.map(Row.duplicate)
    }

    public var selectedRow: Row? {
        let all = rows
        return all.indices.contains(cursor.selected) ? all[cursor.selected] : nil
    }

    public var selectedDuplicate: DuplicateCandidate? {
        if case .duplicate(let d)? = selectedRow { return d }
        return nil
    }

    public var selectedCase: PersonCaseLine? {
        if case .personCase(let c)? = selectedRow { return c }
        return nil
    }
}
