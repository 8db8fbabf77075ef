import EnlaceCore
import EnlaceStore

/// The search screen: the query box and the people (with their cases) found for it.
public struct SearchState: Sendable {
    public var query = TextField("", maxLength: SearchLayout.maxQueryLength)
    public var hits: [SearchHit] = []
    /// The status of each case number shown (read with the hits).
    public var caseStatuses: [String: CaseStatus] = [:]
    /// The query the hits answer (answers to older queries are dropped when they arrive).
    public var answeredQuery = ""
    public var cursor = ListCursor()
    /// Why the last search could not run (an admin account, a database problem).
    public var problem: String?
    /// The last route Enter asked for (a case, or a person's newest open case).
    public var opened: Route?

    public init() {}

    /// People and cases together: each person, then the cases found with it.
    public var rows: [SearchRow] {
        var rows: [SearchRow] = []
        let typed = query.text
        for (i, hit) in hits.enumerated() {
            rows.append(.person(hit: i))
            // Case numbers typed come first, then the person's others (open first, newest first).
            let named = hit.caseNumbers.filter { typed.contains($0) }
            let others = hit.caseNumbers.filter { !typed.contains($0) }
            for number in named + others.prefix(max(0, SearchLayout.casesPerPerson - named.count)) {
                rows.append(.caseNumber(hit: i, number: number, named: named.contains(number)))
            }
        }
        return rows
    }

    /// True when the results answer the query as typed now (no search is waiting).
    public var isAnswered: Bool { answeredQuery == query.text }

    public var selectedRow: SearchRow? {
        let rows = rows
        return rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
    }
}

/// One line of results.
public enum SearchRow: Sendable, Equatable {
    /// A person found; `hit` indexes `SearchState.hits`.
    case person(hit: Int)
    /// One of that person's cases; `named` when the query typed its number.
    case caseNumber(hit: Int, number: String, named: Bool)
}

/// Where the search screen draws.
public enum SearchLayout {
    /// Rows: 0 frame, 1 title and query box, 2 what was found, 3... results, height-2 message.
    public static let firstRow = 3
    public static let maxQueryLength = 200
    /// Most hits asked for per query (the list is windowed on screen).
    public static let limit = 50
    /// Case lines shown under each person.
    public static let casesPerPerson = 3

    public static func pageSize(height: Int) -> Int { max(1, height - 5) }
}
