import EnlaceCore
import Foundation
import GRDB

/// The rows of the work queues as the queue SQL selects them (`CaseDesk+Queues`), decoded as
/// records; the public queue items are built from them. `person` is no column: GRDB decodes
/// it from the same row (a key that names no column or scope is read from the row itself).

/// A row of "my cases", "unassigned" or "closures awaiting approval" (`caseQueueColumns`).
struct CaseQueueRow: StoredRecord {
    static let storedTable = "cases"

    /// The case line's columns of the same row.
    var core: CaseCore
    var version: Int
    /// 0 urgent, 1 high, 2 normal (`ReferralQueueSchema.priorityRank`).
    var rank: Int

    var item: CaseQueueItem {
        CaseQueueItem(
            id: core.id, number: core.number,
            personName: core.person.listName,
            status: core.status, priority: core.priority, openedAt: CaseDesk.date(core.openedAt)!,
            caseworkerName: core.caseworkerName, version: version,
            key: CaseQueueKey(priorityRank: rank, openedAt: core.openedAt, id: core.id))
    }
}

/// A row of the follow-ups queue (`followUpQueueQuery`).
struct FollowUpQueueRow: StoredRecord {
    static let storedTable = "follow_ups"

    var id: Int64
    var caseId: Int64
    var dueAt: Int64
    var channel: FollowUpChannel
    var status: FollowUpStatus
    var referralId: Int64?
    var version: Int
    var number: String
    /// The name columns of the same row.
    var person: PersonNameRow
    var assignedName: String?

    enum CodingKeys: String, CodingKey {
        case id, channel, status, version, number, person
        case caseId = "case_id", dueAt = "due_at", referralId = "referral_id"
        case assignedName = "assigned_name"
    }

    var item: FollowUpQueueItem {
        FollowUpQueueItem(
            id: id, caseId: caseId, caseNumber: number,
            personName: person.listName,
            due: CaseDesk.date(dueAt)!, channel: channel, status: status,
            assignedToName: assignedName, referralId: referralId,
            version: version, key: DueQueueKey(due: dueAt, id: id))
    }
}

/// A row of the referrals awaiting response (`awaitingQueueQuery`).
struct ReferralQueueRow: StoredRecord {
    static let storedTable = "referrals"

    var id: Int64
    var caseId: Int64
    var kind: ReferralKind
    var status: ReferralStatus
    var responseDue: Int64
    var sentAt: Int64?
    var version: Int
    var number: String
    /// The name columns of the same row.
    var person: PersonNameRow
    var partnerName: String?
    var caseworkerName: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, status, version, number, person
        case caseId = "case_id", responseDue = "response_due", sentAt = "sent_at"
        case partnerName = "partner_name", caseworkerName = "caseworker_name"
    }

    var item: ReferralQueueItem {
        ReferralQueueItem(
            id: id, caseId: caseId, caseNumber: number,
            personName: person.listName,
            kind: kind, status: status, partnerName: partnerName,
            responseDue: CaseDesk.date(responseDue)!, sentAt: CaseDesk.date(sentAt),
            caseworkerName: caseworkerName, version: version,
            key: DueQueueKey(due: responseDue, id: id))
    }
}

/// A follow-up's note, read for a queue window.
struct FollowUpNoteRow: StoredRecord {
    static let storedTable = "follow_ups"
    var id: Int64
    var note: String?
}
