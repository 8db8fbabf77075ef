import Foundation
import EnlaceCore

/// Where the case list draws on a screen of a given size, and the case columns it shares with
/// the home queue and the review's lists.
public enum CaseListLayout {
    /// Rows: 0 frame+title, 1 screen title and filter, 2 column headers, 3... cases,
    /// height-2 message line, height-1 frame+footer.
    public static let firstRow = 3
    public static let maxFilterLength = 200

    public static func pageSize(height: Int) -> Int {
        max(1, height - 5)
    }

    /// Number, person, status, priority, age in days, and the caseworker on wide terminals
    /// (`caseworkerAlways`: always, narrower, with the person).
    static func columns(_ lang: Language, age: Int = 7, caseworkerAlways: Bool = false) -> [TableColumn] {
        [TableColumn(TUIText.columnNumber(lang), .fixed(11)),
         TableColumn(TUIText.columnPerson(lang), caseworkerAlways ? .flexible(min: 7, weight: 3) : .flexible(min: 8)),
         TableColumn(TUIText.columnStatus(lang), .fixed(17)),
         TableColumn(TUIText.columnPriority(lang), .fixed(9)),
         TableColumn(TUIText.columnAge(lang), .fixed(age)),
         caseworkerAlways ? TableColumn(TUIText.columnCaseworker(lang), .flexible(min: 5, max: 24, weight: 2))
             : TableColumn(TUIText.columnCaseworker(lang), .fraction(divisor: 6, max: 24), shownFrom: 100)]
    }

    /// A case's cells for those columns: the number muted, the person and the priority in the
    /// urgent role when urgent (high: warning), the age with "!" in the overdue role when a
    /// follow-up is overdue (where the list knows it), nobody assigned muted.
    static func cells(number: String, personName: String, status: CaseStatus, priority: CasePriority,
                      openedAt: Date, overdue: Bool, caseworkerName: String?, now: Date, _ lang: Language) -> [TableCell] {
        let days = max(0, Int(now.timeIntervalSince(openedAt) / 86_400))
        return [TableCell(number, .muted),
                TableCell(personName, priority == .urgent ? .urgent : .normal),
                TableCell(status.label(lang)),
                TableCell(priority.label(lang), priority == .urgent ? .urgent : (priority == .high ? .warning : .normal)),
                overdue ? TableCell("\(days)!", .overdue) : TableCell("\(days)"),
                caseworkerName.map { TableCell($0) } ?? TableCell(TUIText.unassigned(lang), .muted)]
    }
}
