import EnlaceCore
import Foundation
import GRDB

/// An action offered on a referral: allowed, or refused with the reason to show beside it.
public struct ReferralAction: Sendable, Equatable {
    public let event: ReferralEvent
    public let to: ReferralStatus
    /// What the person must give when doing it (a reason, an appointment...).
    public let requiredInputs: [WorkflowInput]
    /// Nil when allowed.
    public let refusal: LocalizedText?

    public var isAllowed: Bool { refusal == nil }
}

/// A referral with the names the case screen shows next to it.
public struct ReferralDetailView: Sendable, Equatable {
    public let referral: Referral
    public let caseNumber: String
    public let partnerName: String?
    /// The reason given when it was declined or cancelled.
    public let closingReason: String?
}

enum ReferralRows {
    static let columns = """
        r.id, r.case_id, r.kind, r.status, r.partner_id, \(SealedColumn.referralReason.select("r")),
        r.urgency, r.consent_to_share, r.response_due, r.sent_at, r.appointment_at,
        \(SealedColumn.referralAppointmentPlace.select("r")), \(SealedColumn.referralAppointmentNote.select("r")),
        r.outcome, \(SealedColumn.referralOutcomeNote.select("r")), \(SealedColumn.referralDetails.select("r")),
        r.checklist, r.created_by, r.created_at, r.version, \(SealedColumn.referralClosingReason.select("r")),
        (SELECT p.response_days FROM partners p WHERE p.id = r.partner_id) AS partner_response_days
        """

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.dateEncodingStrategy = .secondsSince1970
        return e
    }()

    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .secondsSince1970
        return d
    }()

    static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The kind's details from the stored JSON. A row written before the details had their
    /// current shape decodes as the kind's empty details rather than failing the whole screen.
    static func details(_ json: String, kind: ReferralKind) -> ReferralDetails {
        let data = Data(json.utf8)
        if let decoded = try? decoder.decode(ReferralDetails.self, from: data), decoded.kind == kind {
            return decoded
        }
        switch kind {
        case .telemedicine:
            if let d = try? decoder.decode(TelemedicineDetails.self, from: data) { return .telemedicine(d) }
        case .legalAid:
            if let d = try? decoder.decode(LegalAidDetails.self, from: data) { return .legalAid(d) }
        case .funeralAssistance:
            if let d = try? decoder.decode(FuneralDetails.self, from: data) { return .funeralAssistance(d) }
        case .consularOrientation:
            if let d = try? decoder.decode(ConsularDetails.self, from: data) { return .consularOrientation(d) }
        }
        return .empty(kind)
    }

    /// The referral `id` and its case, or `.invalid(referralNotFound)`.
    static func load(_ db: Database, _ id: Int64) throws -> ReferralRecord {
        guard let record = try ReferralRecord.fetchOne(db, sql: "SELECT \(columns) FROM referrals r WHERE r.id = ?",
                                                      arguments: [id])
        else { throw StoreError.invalid(field: "referralId", StoreText.referralNotFound.text) }
        return record
    }

    /// The checklist of a draft given new `details`: its own list while the consular procedure
    /// is the same; otherwise the organization's current list for the new one, keeping the
    /// ticks of items with the same key.
    static func checklist(_ db: Database, for details: ReferralDetails, replacing old: Referral) throws -> [ChecklistItem] {
        if procedure(details) == procedure(old.details) { return old.checklist }
        let done = Set(old.checklist.filter(\.done).map(\.key))
        return DocumentChecklist.defaultItems(for: details, templates: try ChecklistRow.templates(db)).map {
            var item = $0
            item.done = done.contains(item.key)
            return item
        }
    }

    private static func procedure(_ details: ReferralDetails) -> ConsularProcedure? {
        if case .consularOrientation(let d) = details { return d.procedure ?? .other }
        return nil
    }
}

/// A referral row read into Core's `Referral`, with its case and closing reason. An unknown
/// stored kind, status, urgency or outcome is `StoreError.corruptValue`, never a default.
struct ReferralRecord: FetchableRecord, CaseChildRow {
    enum Columns {
        static let id = Column("id"), caseId = Column("case_id"), kind = Column("kind")
        static let status = Column("status"), partnerId = Column("partner_id"), reason = Column("reason")
        static let urgency = Column("urgency"), consentToShare = Column("consent_to_share")
        static let responseDue = Column("response_due"), sentAt = Column("sent_at")
        static let appointmentAt = Column("appointment_at"), appointmentPlace = Column("appointment_place")
        static let appointmentNote = Column("appointment_note"), outcome = Column("outcome")
        static let outcomeNote = Column("outcome_note"), details = Column("details")
        static let checklist = Column("checklist"), createdBy = Column("created_by")
        static let createdAt = Column("created_at"), version = Column("version")
        static let closingReason = Column("closing_reason")
        static let partnerResponseDays = Column("partner_response_days")
    }

    let referral: Referral
    let caseId: Int64
    /// The reason given when it was declined or cancelled.
    let closingReason: String?
    /// The partner's usual response time in working days, when it has one.
    let partnerResponseDays: Int?

    init(row: Row) throws {
        func decode<T: RawRepresentable>(_ type: T.Type, _ column: Column) throws -> T where T.RawValue == String {
            try StoredValue.decode(type, row, column.name, table: "referrals")
        }
        let kind = try decode(ReferralKind.self, Columns.kind)
        let details = ReferralRows.details(row[Columns.details], kind: kind)
        let stored: String = row[Columns.checklist] ?? "[]"
        // The list the referral was made with (`v13-reference-data` filled the rows saved
        // before lists were kept); never today's template.
        let checklist = (try? ReferralRows.decoder.decode([ChecklistItem].self, from: Data(stored.utf8))) ?? []
        let appointment: Appointment? = CaseDesk.date(row[Columns.appointmentAt]).map {
            Appointment(at: $0, place: row[Columns.appointmentPlace], note: row[Columns.appointmentNote])
        }
        // Files from "v2-referrals-followups" kept the outcome as free text (no note column):
        // such a text is the outcome's note, not a coded outcome.
        let storedOutcome: String? = row[Columns.outcome]
        let outcome = storedOutcome.flatMap(ReferralOutcome.init(rawValue:))
        var outcomeNote: String? = row[Columns.outcomeNote]
        if let storedOutcome, outcome == nil {
            guard outcomeNote == nil else {
                throw StoreError.corruptValue(table: "referrals", column: Columns.outcome.name, value: storedOutcome)
            }
            outcomeNote = storedOutcome
        }
        caseId = row[Columns.caseId]
        closingReason = row[Columns.closingReason]
        partnerResponseDays = row[Columns.partnerResponseDays]
        referral = Referral(
            id: String(row[Columns.id] as Int64), caseId: String(caseId),
            status: try decode(ReferralStatus.self, Columns.status),
            partnerId: (row[Columns.partnerId] as Int64?).map(String.init),
            reason: row[Columns.reason], urgency: try decode(ReferralUrgency.self, Columns.urgency),
            consentToShare: row[Columns.consentToShare],
            responseDueDate: CaseDesk.date(row[Columns.responseDue]), appointment: appointment,
            outcome: outcome, outcomeNote: outcomeNote, sentAt: CaseDesk.date(row[Columns.sentAt]),
            createdAt: CaseDesk.date(row[Columns.createdAt])!,
            createdBy: (row[Columns.createdBy] as Int64?).map(String.init),
            details: details, checklist: checklist, version: row[Columns.version])
    }
}
