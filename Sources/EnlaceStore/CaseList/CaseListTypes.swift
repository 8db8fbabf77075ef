import EnlaceCore
import Foundation

/// Where a row sits in the case list: newest first, by opening time then id.
public struct CaseListKey: Sendable, Hashable {
    public let openedAt: Date
    public let id: Int64

    public init(openedAt: Date, id: Int64) {
        self.openedAt = openedAt
        self.id = id
    }

    /// Opening time as stored: whole seconds since 1970.
    var openedAtSeconds: Int64 { Int64(openedAt.timeIntervalSince1970.rounded(.down)) }
}

/// A page of the case list. `anchor` nil with `.after` is the first page; nil with `.before`
/// is the last page. `.after` gives the rows that follow the anchor on screen (older),
/// `.before` the rows above it (newer). Rows always come back in display order.
public struct CaseWindowRequest: Sendable, Equatable {
    public enum Direction: Sendable, Equatable {
        case after
        case before
    }

    public var filter: String
    public var anchor: CaseListKey?
    public var direction: Direction
    public var limit: Int

    public init(filter: String = "", anchor: CaseListKey? = nil, direction: Direction = .after,
                limit: Int = 50) {
        self.filter = filter
        self.anchor = anchor
        self.direction = direction
        self.limit = limit
    }

    /// The largest page the store returns.
    public static let maximumLimit = 1000
}

/// One line of the case list. Carries no sensitive field.
public struct CaseSummary: Sendable, Equatable, Hashable {
    public let id: Int64
    /// "2026-000123"
    public let number: String
    /// "Muñoz Pérez, José Ángel"
    public let personName: String
    public let status: CaseStatus
    public let priority: CasePriority
    public let serviceArea: ServiceArea
    public let caseworkerName: String?
    public let openedAt: Date
    public let key: CaseListKey
    /// Has a scheduled follow-up whose due time has passed.
    public let isOverdue: Bool

    public init(id: Int64, number: String, personName: String, status: CaseStatus,
                priority: CasePriority, serviceArea: ServiceArea, caseworkerName: String?,
                openedAt: Date, isOverdue: Bool) {
        self.id = id
        self.number = number
        self.personName = personName
        self.status = status
        self.priority = priority
        self.serviceArea = serviceArea
        self.caseworkerName = caseworkerName
        self.openedAt = openedAt
        self.key = CaseListKey(openedAt: openedAt, id: id)
        self.isOverdue = isOverdue
    }
}

/// Names from database columns, in the forms Core's `PersonName` defines.
enum PersonNameFormat {
    /// "First Second, Given", as `PersonName.listForm`.
    static func listName(given: String, first: String?, second: String?) -> String {
        PersonName(givenNames: given, firstSurname: first ?? "", secondSurname: second ?? "").listForm
    }

    /// The text indexed for search: every name part, folded.
    static func searchText(given: String, first: String?, second: String?,
                           preferred: String?) -> String {
        NameFolding.searchForm(
            [given, preferred, first, second].compactMap { $0 }.joined(separator: " "))
    }
}
