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
        r.id, r.case_id, r.kind, r.status, r.partner_id, r.reason, r.urgency, r.consent_to_share,
        r.response_due, r.sent_at, r.appointment_at, r.appointment_place, r.appointment_note,
        r.outcome, r.outcome_note, r.details, r.checklist, r.created_by, r.created_at, r.version,
        r.closing_reason
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

    static func referral(_ row: Row) -> Referral {
        let kind = ReferralKind(rawValue: row["kind"]) ?? .telemedicine
        let details = details(row["details"], kind: kind)
        var checklist = (try? decoder.decode([ChecklistItem].self, from: Data((row["checklist"] as String? ?? "[]").utf8))) ?? []
        if checklist.isEmpty { checklist = DocumentChecklist.defaultItems(for: details) }
        let appointment: Appointment? = CaseDesk.date(row["appointment_at"]).map {
            Appointment(at: $0, place: row["appointment_place"], note: row["appointment_note"])
        }
        return Referral(
            id: String(row["id"] as Int64), caseId: String(row["case_id"] as Int64),
            status: ReferralStatus(rawValue: row["status"]) ?? .draft,
            partnerId: (row["partner_id"] as Int64?).map(String.init),
            reason: row["reason"], urgency: ReferralUrgency(rawValue: row["urgency"]) ?? .routine,
            consentToShare: row["consent_to_share"] as Bool,
            responseDueDate: CaseDesk.date(row["response_due"]), appointment: appointment,
            outcome: (row["outcome"] as String?).flatMap(ReferralOutcome.init(rawValue:)),
            outcomeNote: row["outcome_note"], sentAt: CaseDesk.date(row["sent_at"]),
            createdAt: CaseDesk.date(row["created_at"])!,
            createdBy: (row["created_by"] as Int64?).map(String.init),
            details: details, checklist: checklist, version: row["version"])
    }

    /// The referral `id` and its case, or `.invalid(referralNotFound)`.
    static func load(_ db: Database, _ id: Int64) throws -> (referral: Referral, caseId: Int64, row: Row) {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM referrals r WHERE r.id = ?",
                                         arguments: [id])
        else { throw StoreError.invalid(field: "referralId", StoreText.referralNotFound.text) }
        return (referral(row), row["case_id"], row)
    }

    /// The checklist of new `details`, keeping the ticks of items with the same key.
    static func checklist(for details: ReferralDetails, keeping old: [ChecklistItem]) -> [ChecklistItem] {
        let done = Set(old.filter(\.done).map(\.key))
        return DocumentChecklist.defaultItems(for: details).map {
            var item = $0
            item.done = done.contains(item.key)
            return item
        }
    }
}
