import Foundation
import EnlaceCore
import EnlaceStore

/// One case on screen: its header, the person's age and phone, the timeline (newest first,
/// held whole: at most `timelineLimit` entries) with a cursor, and the actions the workflow
/// table offers this user now.
public struct CaseDetailState: Sendable {
    public var caseId: Int64
    public var detail: CaseDetail?
    public var person: CasePerson?
    public var actions: [CaseAction] = []
    public var cursor = ListCursor()
    public var loadError: String?

    public static let timelineLimit = 200

    public init(caseId: Int64) {
        self.caseId = caseId
    }

    public var header: CaseHeader? { detail?.header }
    public var timeline: [TimelineEntry] { detail?.timeline ?? [] }

    public var selectedEntry: TimelineEntry? {
        timeline.indices.contains(cursor.selected) ? timeline[cursor.selected] : nil
    }

    /// Whether a follow-up of the case is scheduled and already due (as the case list's mark).
    public func hasOverdueFollowUp(now: Date) -> Bool {
        timeline.contains { $0.kind == .followUp && $0.to == FollowUpStatus.scheduled.rawValue && $0.at < now }
    }
}

/// What the header says about the person: the name with its accents, age, phone.
public struct CasePerson: Sendable, Equatable {
    public var fullName: String
    /// "41 años" / "unos 40 años", nil when unknown.
    public var age: LocalizedText?
    /// The first phone in local format, "(312) 555-0199".
    public var phone: String?

    public init(_ record: PersonRecord, today: CalendarDate) {
        fullName = record.name.fullName
        if let birth = record.birthDate {
            let years = String(birth.age(on: today))
            age = LocalizedText(es: CaseDetailText.years.format(.es, ["n": years]),
                                en: CaseDetailText.years.format(.en, ["n": years]))
        } else if let approx = record.approximateAge {
            age = LocalizedText(es: CaseDetailText.yearsApprox.format(.es, ["n": String(approx)]),
                                en: CaseDetailText.yearsApprox.format(.en, ["n": String(approx)]))
        }
        phone = record.phones.first.flatMap { PhoneNumber(e164: $0.e164)?.localFormat }
    }
}
