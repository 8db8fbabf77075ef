import EnlaceCore
import Foundation
import GRDB

/// What the permission and workflow checks need to know about the case a referral or a
/// follow-up belongs to.
struct CaseFacts: FetchableRecord, CaseSubjectRow {
    enum Columns {
        static let id = Column("id"), number = Column("number"), status = Column("status")
        static let caseworkerId = Column("caseworker_id"), createdBy = Column("created_by")
        static let openedAt = Column("opened_at")
    }

    let id: Int64
    let number: String
    let status: CaseStatus
    let caseworkerId: Int64?
    let createdBy: Int64?
    let openedAt: Int64

    init(row: Row) throws {
        id = row[Columns.id]
        number = row[Columns.number]
        status = try StoredValue.decode(CaseStatus.self, row, Columns.status.name, table: "cases")
        caseworkerId = row[Columns.caseworkerId]
        createdBy = row[Columns.createdBy]
        openedAt = row[Columns.openedAt]
    }

    var caseworker: UserID? { caseworkerId.map(String.init) }

    /// A closed case is read-only until it is reopened.
    var closedRefusal: LocalizedText? { status == .closed ? StoreText.caseIsClosed.text : nil }
}

extension CaseDesk {
    /// The case `id`, or `.invalid(caseNotFound)`.
    func caseFacts(_ db: Database, _ id: Int64) throws -> CaseFacts {
        guard let facts = try CaseFacts.fetchOne(db, sql: """
            SELECT id, number, status, caseworker_id, created_by, opened_at FROM cases WHERE id = ?
            """, arguments: [id])
        else { throw StoreError.invalid(field: "caseId", StoreText.caseNotFound.text) }
        return facts
    }

    /// `Permissions.check` against the role the database knows now, on the case of `facts`
    /// (or no record); throws `.notPermitted` with Core's bilingual reason.
    @discardableResult
    func permit(_ useCase: UseCase, _ db: Database, actor: UserAccount,
                case facts: CaseFacts?) throws -> Role {
        let acting = try acting(db, actor)
        try Self.require(useCase, acting, facts?.subject(startOfToday: startOfToday()) ?? .none)
        return acting.role
    }

    /// A write on a closed case is refused: it must be reopened first.
    func requireOpen(_ facts: CaseFacts) throws {
        if let reason = facts.closedRefusal { throw StoreError.workflowRefused(reason) }
    }

    /// Text a person typed, trimmed: at most `max` characters, no control characters but
    /// new lines and tabs (when `multiline`).
    static func checkedText(_ text: String, field: String, max: Int,
                            multiline: Bool = true) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let badControl = trimmed.unicodeScalars.contains { scalar in
            guard scalar.properties.generalCategory == .control else { return false }
            return !(multiline && (scalar == "\n" || scalar == "\t"))
        }
        if trimmed.count > max || badControl {
            throw StoreError.invalid(field: field, StoreText.textInvalid.text.filling([
                "field": LocalizedText.plain(field),
                "max": LocalizedText.plain("\(max)"),
            ]))
        }
        return trimmed
    }

    static func checkedOptionalText(_ text: String?, field: String, max: Int,
                                    multiline: Bool = true) throws -> String? {
        guard let text else { return nil }
        let checked = try checkedText(text, field: field, max: max, multiline: multiline)
        return checked.isEmpty ? nil : checked
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    static func date(_ seconds: Int64?) -> Date? {
        seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}

/// Working days (Monday to Friday) in the desk's calendar. Holidays are not known yet.
public enum WorkingDays {
    /// `date` moved forward by `days` working days, keeping the time of day. Weekends and the
    /// observed US federal holidays (`USHolidays`) are not working days, nor, for a consular
    /// referral, Mexico's rest days (`PartnerCalendar`); from one of them, the count starts on
    /// the next working day.
    public static func adding(_ days: Int, to date: Date, for kind: ReferralKind? = nil,
                              calendar: Calendar = .current) -> Date {
        func working(_ d: Date) -> Bool {
            PartnerCalendar.isWorkingDay(CalendarDate(d, timeZone: calendar.timeZone), for: kind)
        }
        var result = date
        var left = days
        while left > 0 {
            result = calendar.date(byAdding: .day, value: 1, to: result)!
            if working(result) { left -= 1 }
        }
        while !working(result) {
            result = calendar.date(byAdding: .day, value: 1, to: result)!
        }
        return result
    }

    /// 10:00 on the next working day after `date`: when a follow-up created by a declined
    /// referral or a no-show is due.
    public static func nextWorkingMorning(after date: Date, calendar: Calendar = .current) -> Date {
        let next = adding(1, to: date, calendar: calendar)
        let start = calendar.startOfDay(for: next)
        return calendar.date(byAdding: .hour, value: 10, to: start)!
    }
}
