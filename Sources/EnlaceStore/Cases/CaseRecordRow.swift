import EnlaceCore
import Foundation
import GRDB

/// A case row as the use cases need it inside a transaction.
struct CaseRecordRow {
    let id: Int64
    let number: String
    let personId: Int64
    let status: CaseStatus
    let priority: CasePriority
    let serviceArea: ServiceArea
    let caseworkerId: Int64?
    let createdBy: Int64?
    let openedAt: Int64
    let description: String
    let waitingOn: WaitingOn?
    let outcome: CaseOutcome?
    let closureSummary: String?
    let closedAt: Int64?
    let duplicateOf: Int64?
    let version: Int

    init(_ row: Row) {
        id = row["id"]
        number = row["number"]
        personId = row["person_id"]
        status = CaseStatus(rawValue: row["status"]) ?? .new
        priority = CasePriority(rawValue: row["priority"]) ?? .normal
        serviceArea = ServiceArea(rawValue: row["service_area"]) ?? .health
        caseworkerId = row["caseworker_id"]
        createdBy = row["created_by"]
        openedAt = row["opened_at"]
        description = row["description"]
        waitingOn = (row["waiting_on"] as String?).flatMap(WaitingOn.init(rawValue:))
        outcome = (row["outcome"] as String?).flatMap(CaseOutcome.init(rawValue:))
        closureSummary = row["closure_summary"]
        closedAt = row["closed_at"]
        duplicateOf = row["duplicate_of"]
        version = row["version"]
    }

    static func load(_ db: Database, id: Int64) throws -> CaseRecordRow {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cases WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(CaseStoreText.caseNotFound.text.filling(["case": .plain(String(id))]))
        }
        return CaseRecordRow(row)
    }

    /// What the role table looks at: whose case, who opened it, and whether today.
    func subject(startOfToday: Int64) -> PermissionSubject {
        .caseRecord(caseworkerId: caseworkerId.map(String.init), registeredBy: createdBy.map(String.init),
                    registeredToday: openedAt >= startOfToday)
    }
}

enum OpenWork {
    static let referralStatuses = ReferralStatus.allCases.filter(\.isOpen).map(\.rawValue)
    static let followUpStatuses = FollowUpStatus.allCases.filter(\.isOpen).map(\.rawValue)

    /// Open referrals and follow-ups of a case, read from their tables.
    static func count(_ db: Database, caseId: Int64) throws -> (referrals: Int, followUps: Int) {
        let r = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM referrals WHERE case_id = ? AND status IN (\(CaseDesk.placeholders(referralStatuses.count)))
            """, arguments: StatementArguments([caseId]) + StatementArguments(referralStatuses)) ?? 0
        let f = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM follow_ups WHERE case_id = ? AND status IN (\(CaseDesk.placeholders(followUpStatuses.count)))
            """, arguments: StatementArguments([caseId]) + StatementArguments(followUpStatuses)) ?? 0
        return (r, f)
    }
}
