import EnlaceCore
import Foundation
import GRDB

/// One line of "who saw this person": an audit row about the person's record, one of their
/// cases, or a referral, follow-up or note of those cases.
public struct PersonAccessEntry: Sendable, Equatable {
    public let auditId: Int64
    public let at: Date
    public let who: String?
    /// The audit action ("viewed", "edit", "exported", a workflow step...).
    public let action: String
    /// "person", "case", "referral", "followUp", "note".
    public let entity: String
    public let entityId: Int64?
    /// The case number, for rows about a case or something inside one.
    public let caseNumber: String?

    /// Viewed, changed or exported, as the tab and the CSV say it.
    public var kind: PersonAccessKind { PersonAccessKind(action: action) }
}

/// The newest entries of "who saw this person", how many there are in all, and the audit
/// chain's checkpoint at the row this read appended.
public struct PersonAccessPage: Sendable, Equatable {
    public let personId: Int64
    public let entries: [PersonAccessEntry]
    public let total: Int
    public let checkpoint: AuditCheckpoint
}

extension CaseDesk {
    /// The most rows `personAccess` returns (the tab's list; the export writes them all).
    public static let personAccessLimit = 1_000

    /// Who viewed or changed the person's record, their cases and what is inside them, and
    /// when, newest first (supervisors: `viewPersonAccess`). One transaction that appends its
    /// own `viewedAccess` row, so the list read is itself on the list.
    public func personAccess(id: Int64, limit: Int = CaseDesk.personAccessLimit,
                             by actor: UserAccount) throws -> PersonAccessPage {
        try accessRead(id: id, limit: max(1, min(limit, Self.personAccessLimit)), action: "viewedAccess", by: actor)
    }

    /// Every row of `personAccess`, for the CSV export (audited as `exportedAccess`).
    public func exportPersonAccess(id: Int64, by actor: UserAccount) throws -> PersonAccessPage {
        try accessRead(id: id, limit: nil, action: "exportedAccess", by: actor)
    }

    private func accessRead(id: Int64, limit: Int?, action: String, by actor: UserAccount) throws -> PersonAccessPage {
        try write { db in
            try Self.require(.viewPersonAccess, try self.acting(db, actor), .none)
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", arguments: [id]) == true else {
                throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
            }
            let checkpoint = try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person",
                                              entityID: id, action: action)
            let matching = """
                FROM audit_log a
                LEFT JOIN cases c ON c.id = CASE a.entity
                    WHEN 'case' THEN a.entity_id
                    WHEN 'referral' THEN (SELECT case_id FROM referrals WHERE id = a.entity_id)
                    WHEN 'followUp' THEN (SELECT case_id FROM follow_ups WHERE id = a.entity_id)
                    WHEN 'note' THEN (SELECT case_id FROM notes WHERE id = a.entity_id) END
                WHERE (a.entity = 'person' AND a.entity_id = ?1)
                   OR (a.entity = 'case' AND a.entity_id IN (SELECT id FROM cases WHERE person_id = ?1))
                   OR (a.entity = 'referral' AND a.entity_id IN
                       (SELECT r.id FROM referrals r JOIN cases k ON k.id = r.case_id WHERE k.person_id = ?1))
                   OR (a.entity = 'followUp' AND a.entity_id IN
                       (SELECT f.id FROM follow_ups f JOIN cases k ON k.id = f.case_id WHERE k.person_id = ?1))
                   OR (a.entity = 'note' AND a.entity_id IN
                       (SELECT n.id FROM notes n JOIN cases k ON k.id = n.case_id WHERE k.person_id = ?1))
                """
            let total = try Int.fetchOne(db, sql: "SELECT count(*) \(matching)", arguments: [id]) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.at, u.display_name, a.action, a.entity, a.entity_id, c.number \(matching.replacingOccurrences(
                    of: "FROM audit_log a", with: "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"))
                ORDER BY a.at DESC, a.id DESC LIMIT ?2
                """, arguments: [id, limit ?? -1])
            let entries = rows.map { row in
                PersonAccessEntry(auditId: row[0], at: Date(timeIntervalSince1970: TimeInterval(row[1] as Int64)),
                                  who: row[2], action: row[3], entity: row[4], entityId: row[5], caseNumber: row[6])
            }
            return PersonAccessPage(personId: id, entries: entries, total: total, checkpoint: checkpoint)
        }
    }
}
