import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    public static let maxTimelineLimit = 500

    /// The id of the case with this number ("2026-000123"), or of this id ("42"); nil when no
    /// such case exists. Reveals nothing but existence; reading it is checked by `caseDetail`.
    public func caseId(for text: String) throws -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return try read { db in
            if CaseNumber.parse(trimmed) != nil {
                return try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE number = ?", arguments: [trimmed])
            }
            guard let id = Int64(trimmed) else { return nil }
            return try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE id = ?", arguments: [id])
        }
    }

    /// A case's header and the newest `timelineLimit` entries of its timeline (notes, audited
    /// changes, referrals, follow-ups). Reading appends a `viewed` audit row: who saw what.
    /// Volunteers see only cases they opened today; caseworkers their own and unassigned cases;
    /// admins none. `audited: false` is for a screen re-reading the case it already shows (a
    /// refresh after another terminal wrote): the opening read was audited, and a refresh that
    /// wrote would wake every other terminal's refresh in turn.
    public func caseDetail(id: Int64, timelineLimit: Int = 50, audited: Bool = true,
                           by actor: UserAccount) throws -> CaseDetail {
        let limit = max(1, min(timelineLimit, Self.maxTimelineLimit))
        return try write { db in
            let acting = try self.acting(db, actor)
            let row = try CaseRecordRow.load(db, id: id)
            try Self.require(.viewCase, acting, row.subject(startOfToday: self.startOfToday()))
            let now = self.clock.nowSeconds()
            if audited {
                try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: id, action: "viewed")
            }
            let names = try Row.fetchOne(db, sql: """
                SELECT p.given_names, p.first_surname, p.second_surname, u.display_name AS caseworker,
                       d.number AS duplicate_number
                FROM cases c JOIN people p ON p.id = c.person_id
                LEFT JOIN users u ON u.id = c.caseworker_id
                LEFT JOIN cases d ON d.id = c.duplicate_of
                WHERE c.id = ?
                """, arguments: [id])!
            let header = CaseHeader(
                id: id, number: row.number, personId: row.personId,
                personName: PersonNameFormat.listName(given: names["given_names"], first: names["first_surname"],
                                                      second: names["second_surname"]),
                status: row.status, priority: row.priority, serviceArea: row.serviceArea,
                caseworkerId: row.caseworkerId, caseworkerName: names["caseworker"],
                description: row.description,
                openedAt: Date(timeIntervalSince1970: TimeInterval(row.openedAt)),
                ageInDays: max(0, Int((now - row.openedAt) / 86_400)), waitingOn: row.waitingOn,
                outcome: row.outcome, closureSummary: row.closureSummary,
                closedAt: row.closedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                duplicateOfNumber: names["duplicate_number"], version: row.version)
            // Each part is limited on its own index, then merged: never reads a whole history.
            let rows = try TimelineRow.fetchAll(db, sql: """
                SELECT * FROM (
                    SELECT * FROM (SELECT 'note' AS kind, n.id, n.created_at AS at, u.display_name AS actor,
                                          NULL AS action, NULL AS from_state, NULL AS to_state,
                                          \(SealedColumn.noteBody.read("n")) AS text
                                   FROM notes n LEFT JOIN users u ON u.id = n.author_id
                                   WHERE n.case_id = ?1 ORDER BY n.created_at DESC, n.id DESC LIMIT ?2)
                    UNION ALL
                    SELECT * FROM (SELECT 'change', a.id, a.at, u.display_name, a.action, a.from_state,
                                          a.to_state, coalesce(\(SealedColumn.auditText.read("t")), a.reason)
                                   FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
                                   LEFT JOIN audit_texts t ON t.audit_id = a.id
                                   WHERE a.entity = 'case' AND a.entity_id = ?1
                                     AND a.action NOT IN ('viewed', 'addNote')
                                   ORDER BY a.at DESC, a.id DESC LIMIT ?2)
                    UNION ALL
                    SELECT * FROM (SELECT 'referral', r.id, r.updated_at, u.display_name, r.kind, NULL,
                                          r.status, \(SealedColumn.referralReason.read("r"))
                                   FROM referrals r LEFT JOIN users u ON u.id = r.created_by
                                   WHERE r.case_id = ?1 ORDER BY r.updated_at DESC LIMIT ?2)
                    UNION ALL
                    SELECT * FROM (SELECT 'followUp', f.id, f.due_at, u.display_name, f.channel, NULL,
                                          f.status, \(SealedColumn.followUpNote.read("f"))
                                   FROM follow_ups f LEFT JOIN users u ON u.id = f.assigned_to
                                   WHERE f.case_id = ?1 ORDER BY f.due_at DESC LIMIT ?2)
                ) ORDER BY at DESC,
                           -- Within one second, what a person wrote comes above the changes it
                           -- went with (a note typed right after opening or closing a case).
                           CASE kind WHEN 'note' THEN 0 WHEN 'referral' THEN 1 WHEN 'followUp' THEN 2 ELSE 3 END,
                           id DESC LIMIT ?2 + 1
                """, arguments: [id, limit])
            return CaseDetail(header: header, timeline: rows.prefix(limit).map(\.entry), hasMoreTimeline: rows.count > limit)
        }
    }

    /// Every workflow event the table offers from the case's status, each allowed or refused
    /// with the reason to show beside the disabled action. The role table is asked first: a
    /// refusal there refuses every event with its reason. Not audited (no case content).
    public func availableActions(caseId: Int64, by actor: UserAccount) throws -> [CaseAction] {
        try read { db in
            let acting = try self.acting(db, actor)
            let row = try CaseRecordRow.load(db, id: caseId)
            try Self.require(.viewCase, acting, row.subject(startOfToday: self.startOfToday()))
            return try self.offeredTransitions(db, row, acting: acting).map { offered, refusal in
                CaseAction(event: offered.event, to: offered.to, requiredInputs: offered.requiredInputs,
                           refusal: refusal)
            }
        }
    }

    /// Entities whose audit rows are case content (supervisors only).
    static let caseContentEntities = ["case", "person", "note", "referral", "followUp", "follow_up", "householdLink"]

    /// The audit trail, newest first: one case's rows (`caseId`), or everything. Supervisors
    /// read every row; admins only rows that are not case content (users, organization,
    /// backups). Others are refused.
    public func auditTrail(caseId: Int64?, limit: Int = 100, by actor: UserAccount) throws -> [AuditRecord] {
        let limit = max(1, min(limit, 10_000))
        return try read { db in
            let acting = try self.acting(db, actor)
            var conditions: [String] = []
            var arguments = StatementArguments()
            switch acting.role {
            case .supervisor:
                try Self.require(.viewReports, acting, .none)
            case .admin:
                if caseId != nil { throw StoreError.notPermitted(CaseStoreText.auditNeedsSupervisor.text) }
                try Self.require(.manageUsers, acting, .none)
                conditions.append("a.entity NOT IN (\(Self.placeholders(Self.caseContentEntities.count)))")
                arguments += StatementArguments(Self.caseContentEntities)
            default:
                throw StoreError.notPermitted(CaseStoreText.auditNeedsSupervisor.text)
            }
            if let caseId {
                conditions.append("a.entity = 'case' AND a.entity_id = ?")
                arguments += [caseId]
            }
            arguments += [limit]
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try AuditRow.fetchAll(db, sql: """
                SELECT coalesce(\(SealedColumn.auditText.read("t")), a.reason) AS reason, a.*, u.display_name
                FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN audit_texts t ON t.audit_id = a.id
                \(whereClause) ORDER BY a.at DESC, a.id DESC LIMIT ?
                """, arguments: arguments).map(\.record)
        }
    }
}

extension CaseDesk {
    /// The version of a case the actor may see, to give back with an edit (no case content,
    /// so not audited as a view).
    public func caseVersion(id: Int64, by actor: UserAccount) throws -> Int {
        try caseStamp(id: id, by: actor).version
    }

    /// A case's number, status and version, for confirming an action (no case content, so
    /// not audited as a view; permission-checked as one).
    public func caseStamp(id: Int64, by actor: UserAccount) throws -> CaseStamp {
        try read { db in
            let acting = try self.acting(db, actor)
            let row = try CaseRecordRow.load(db, id: id)
            try Self.require(.viewCase, acting, row.subject(startOfToday: self.startOfToday()))
            return CaseStamp(id: id, number: row.number, status: row.status, version: row.version)
        }
    }

    /// The id of the active account with this user name, for choosing an assignee; nil when
    /// there is none.
    public func activeUserId(username: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM users WHERE username = ? AND active = 1",
                               arguments: [username.trimmingCharacters(in: .whitespaces).lowercased()])
        }
    }
}
