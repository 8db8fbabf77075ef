import EnlaceCore
import Foundation
import GRDB

/// The case use cases. Each is one IMMEDIATE write transaction that re-reads the actor's role,
/// checks the role table (`Permissions.check`), asks the workflow table
/// (`CaseWorkflow.machine.evaluate`) for transitions, writes with
/// `UPDATE ... WHERE id = ? AND version = ?`, and appends its audit rows.
///
/// The role table has no row for waiting, resuming or changing the priority; those use the
/// `addNote` row (desk work on a case: caseworkers on their own or unassigned cases,
/// supervisors on all) and, for wait/resume, the workflow table as well.
extension CaseDesk {
    public static let maxDescriptionLength = 4_000
    public static let maxNoteLength = 20_000
    public static let maxReasonLength = 2_000

    // MARK: - Opening

    /// Opens a case for a registered person: status `new`, unassigned, numbered `YYYY-NNNNNN`
    /// from the per-year sequence (taken inside the transaction).
    /// With `consent`, the consent given now is recorded in the same transaction.
    public func openCase(personId: Int64, area: ServiceArea, priority: CasePriority = .normal,
                         description: String = "", eventId: Int64? = nil, consent: ConsentGiven? = nil,
                         by actor: UserAccount) throws -> OpenedCase {
        let text = try Self.checkedDescription(description)
        return try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.openCase, acting, .none)
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", arguments: [personId]) == true else {
                throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(personId))]))
            }
            if let eventId,
               try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?)", arguments: [eventId]) != true {
                throw StoreError.notFound(LocalizedText(es: "No existe el evento \(eventId).", en: "There is no event \(eventId)."))
            }
            if let consent { try self.insertConsent(db, personId: personId, consent, actor: actor) }
            return try self.insertCase(db, personId: personId, area: area, priority: priority,
                                       description: text, eventId: eventId, actor: actor, warnings: [])
        }
    }

    /// Intake: registers the person and opens the case in one transaction (both or neither,
    /// and the consent given, when passed, with them).
    public func registerAndOpen(_ draft: PersonDraft, area: ServiceArea, priority: CasePriority = .normal,
                                description: String = "", consent: ConsentGiven? = nil,
                                by actor: UserAccount) throws -> OpenedCase {
        var valid: ValidPerson?
        var problems: [FieldProblem] = []
        do { valid = try validated(draft) } catch StoreError.validation(let failure) { problems = failure.problems }
        var text = ""
        do { text = try Self.checkedDescription(description) } catch StoreError.validation(let failure) {
            problems += failure.problems
        }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.registerPerson, acting, .none)
            try Self.require(.openCase, acting, .none)
            let now = self.clock.nowSeconds()
            let personId = try self.insertPerson(db, valid!, by: actor, now: now)
            if let consent { try self.insertConsent(db, personId: personId, consent, actor: actor) }
            return try self.insertCase(db, personId: personId, area: area, priority: priority,
                                       description: text, eventId: draft.eventId, actor: actor,
                                       warnings: valid!.warnings)
        }
    }

    static func checkedDescription(_ description: String) throws -> String {
        let text = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > maxDescriptionLength {
            throw StoreError.validation(ValidationFailure([FieldProblem(
                field: "description", label: CaseStoreText.fieldDescription.text,
                message: CaseStoreText.descriptionTooLong.text.filling([
                    "max": .plain(String(maxDescriptionLength)), "count": .plain(String(text.count))]))]))
        }
        if let problem = badControl(text, field: "description", label: .fieldDescription) {
            throw StoreError.validation(ValidationFailure([problem]))
        }
        return text
    }

    /// A problem when `text` has control characters other than newline and tab.
    static func badControl(_ text: String, field: String, label: CaseStoreText) -> FieldProblem? {
        let bad = text.unicodeScalars.contains {
            $0 != "\n" && $0 != "\t" && $0.properties.generalCategory == .control
        }
        return bad ? FieldProblem(field: field, label: label.text, message: CaseStoreText.noteControlCharacters.text) : nil
    }

    /// The next number of the year: the sequence row, never below the highest number already
    /// in the table for that year (demo data or an import may have written numbers directly).
    func nextCaseNumber(_ db: Database) throws -> String {
        let year = currentYear()
        var last: Int
        if let stored = try Int.fetchOne(db, sql: "SELECT last FROM case_numbers WHERE year = ?", arguments: [year]) {
            last = stored
        } else {
            last = try Int.fetchOne(db, sql: """
                SELECT max(CAST(substr(number, 6) AS INTEGER)) FROM cases
                WHERE number >= ? AND number < ?
                """, arguments: ["\(year)-", "\(year)."]) ?? 0
        }
        var number = CaseNumber.format(year: year, sequence: last + 1)
        while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE number = ?)", arguments: [number]) == true {
            last += 1
            number = CaseNumber.format(year: year, sequence: last + 1)
        }
        try db.execute(sql: """
            INSERT INTO case_numbers (year, last) VALUES (?, ?)
            ON CONFLICT(year) DO UPDATE SET last = excluded.last
            """, arguments: [year, last + 1])
        return number
    }

    func insertCase(_ db: Database, personId: Int64, area: ServiceArea, priority: CasePriority,
                    description: String, eventId: Int64?, actor: UserAccount,
                    warnings: [FieldProblem]) throws -> OpenedCase {
        let now = clock.nowSeconds()
        let number = try nextCaseNumber(db)
        let initial = CaseWorkflow.machine.initial
        try db.execute(sql: """
            INSERT INTO cases (number, person_id, status, priority, service_area, event_id, description,
                               opened_at, updated_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [number, personId, initial.rawValue, priority.rawValue, area.rawValue, eventId,
                             description, now, now, actor.id])
        let id = db.lastInsertedRowID
        try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: id, action: "open",
                         to: initial.rawValue,
                         changedFields: ["number": ["", number], "personId": ["", String(personId)],
                                         "priority": ["", priority.rawValue], "serviceArea": ["", area.rawValue]])
        return OpenedCase(id: id, number: number, personId: personId, version: 1, warnings: warnings)
    }

    // MARK: - Workflow transitions

    /// Supervisor: assigns a new case to an active caseworker or supervisor. Returns the new version.
    @discardableResult
    public func assign(caseId: Int64, to caseworkerId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try write { db in
            try Self.requireDeskUser(db, caseworkerId)
            return try self.transition(db, caseId: caseId, version: version, event: .assign, useCase: .assignCase,
                                       inputs: WorkflowInputs(assignee: String(caseworkerId)), actor: actor)
        }
    }

    /// Caseworker: takes a new, unassigned case.
    @discardableResult
    public func take(caseId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .take, useCase: .assignCase,
                                inputs: .none, actor: actor)
        }
    }

    @discardableResult
    public func wait(caseId: Int64, on waitingOn: WaitingOn, version: Int, by actor: UserAccount) throws -> Int {
        try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .wait, useCase: .addNote,
                                inputs: WorkflowInputs(waitingOn: waitingOn), actor: actor)
        }
    }

    @discardableResult
    public func resume(caseId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .resume, useCase: .addNote,
                                inputs: .none, actor: actor)
        }
    }

    /// Caseworker or supervisor: asks to close, with the outcome and a summary. Refused while a
    /// referral or follow-up of the case is open.
    @discardableResult
    public func requestClosure(caseId: Int64, outcome: CaseOutcome, summary: String, version: Int,
                               by actor: UserAccount) throws -> Int {
        let text = try Self.checkedReason(summary, field: "summary", label: .fieldSummary)
        return try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .requestClosure,
                                useCase: .requestClosure,
                                inputs: WorkflowInputs(summary: text, caseOutcome: outcome), actor: actor)
        }
    }

    @discardableResult
    public func approveClosure(caseId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .approveClosure,
                                useCase: .approveClosure, inputs: .none, actor: actor)
        }
    }

    @discardableResult
    public func rejectClosure(caseId: Int64, reason: String, version: Int, by actor: UserAccount) throws -> Int {
        let text = try Self.checkedReason(reason, field: "reason", label: .fieldReason)
        return try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .rejectClosure,
                                useCase: .rejectClosure, inputs: WorkflowInputs(reason: text), actor: actor)
        }
    }

    @discardableResult
    public func reopen(caseId: Int64, reason: String, version: Int, by actor: UserAccount) throws -> Int {
        let text = try Self.checkedReason(reason, field: "reason", label: .fieldReason)
        return try write { db in
            try self.transition(db, caseId: caseId, version: version, event: .reopen,
                                useCase: .reopenCase, inputs: WorkflowInputs(reason: text), actor: actor)
        }
    }

    /// Supervisor: closes a case as a duplicate of the surviving one.
    @discardableResult
    public func closeAsDuplicate(caseId: Int64, of survivingCaseId: Int64, version: Int,
                                 by actor: UserAccount) throws -> Int {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?)",
                                    arguments: [survivingCaseId]) == true else {
                throw StoreError.notFound(CaseStoreText.survivingCaseNotFound.text.filling(
                    ["case": .plain(String(survivingCaseId))]))
            }
            return try self.transition(db, caseId: caseId, version: version, event: .closeAsDuplicate,
                                       useCase: .linkDuplicates,
                                       inputs: WorkflowInputs(duplicateOf: String(survivingCaseId)), actor: actor)
        }
    }

    static func checkedReason(_ text: String, field: String, label: CaseStoreText) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > maxReasonLength {
            throw StoreError.validation(ValidationFailure([FieldProblem(
                field: field, label: label.text,
                message: CaseStoreText.reasonTooLong.text.filling([
                    "max": .plain(String(maxReasonLength)), "count": .plain(String(trimmed.count))]))]))
        }
        if let problem = badControl(trimmed, field: field, label: label) {
            throw StoreError.validation(ValidationFailure([problem]))
        }
        return trimmed
    }

    static func requireDeskUser(_ db: Database, _ userId: Int64) throws {
        let ok = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND active = 1 AND role IN ('caseworker','supervisor'))
            """, arguments: [userId]) ?? false
        if !ok {
            throw StoreError.validation(ValidationFailure([FieldProblem(
                field: "caseworker", label: CaseStoreText.fieldCaseworker.text,
                message: CaseStoreText.assigneeNotDesk.text)]))
        }
    }

    /// The one path of every workflow transition: role table, version, workflow table, write,
    /// audit. `version` nil skips the version comparison (bulk reassignment reads and writes in
    /// the same transaction).
    func transition(_ db: Database, caseId: Int64, version: Int?, event: CaseEvent, useCase: UseCase,
                    inputs: WorkflowInputs, actor: UserAccount) throws -> Int {
        let acting = try acting(db, actor)
        let row = try CaseRecordRow.load(db, id: caseId)
        try Self.require(useCase, acting, row.subject(startOfToday: startOfToday()))
        if let version, version != row.version { throw StoreError.conflict }
        let work = try OpenWork.count(db, caseId: caseId)
        let context = CaseContext(actorId: acting.userId, caseworkerId: row.caseworkerId.map(String.init),
                                  openReferrals: work.referrals, openFollowUps: work.followUps,
                                  caseId: String(caseId))
        let transition: Transition<CaseStatus, CaseEvent>
        switch CaseWorkflow.machine.evaluate(from: row.status, event: event, role: acting.role,
                                             context: context, inputs: inputs) {
        case .success(let t): transition = t
        case .failure(let refusal): throw StoreError.notPermitted(refusal.message)
        }
        let now = clock.nowSeconds()
        var sets = ["status = ?"]
        var arguments: StatementArguments = [transition.to.rawValue]
        var changed: [String: [String]] = [:]
        if transition.from != transition.to { changed["status"] = [transition.from.rawValue, transition.to.rawValue] }
        func set(_ column: String, _ value: (any DatabaseValueConvertible)?, field: String, old: String?, new: String?) {
            sets.append("\(column) = ?")
            arguments += [value]
            changed[field] = [old ?? "", new ?? ""]
        }
        for effect in transition.effects {
            switch effect {
            case .assignCaseworker:
                let id = inputs.assignee.flatMap { Int64($0) }
                set("caseworker_id", id, field: "caseworkerId", old: row.caseworkerId.map(String.init), new: id.map(String.init))
            case .assignToActor:
                set("caseworker_id", actor.id, field: "caseworkerId", old: row.caseworkerId.map(String.init), new: String(actor.id))
            case .recordWaitingOn:
                set("waiting_on", inputs.waitingOn?.rawValue, field: "waitingOn", old: row.waitingOn?.rawValue,
                    new: inputs.waitingOn?.rawValue)
            case .clearWaitingOn:
                set("waiting_on", nil, field: "waitingOn", old: row.waitingOn?.rawValue, new: nil)
            case .recordClosureRequest:
                set("outcome", inputs.caseOutcome?.rawValue, field: "outcome", old: row.outcome?.rawValue,
                    new: inputs.caseOutcome?.rawValue)
                set("closure_summary", inputs.summary, field: "closureSummary", old: nil, new: nil)
                set("waiting_on", nil, field: "waitingOn", old: row.waitingOn?.rawValue, new: nil)
            case .clearClosureRequest:
                set("outcome", nil, field: "outcome", old: row.outcome?.rawValue, new: nil)
                set("closure_summary", nil, field: "closureSummary", old: nil, new: nil)
            case .stampClosedAt:
                set("closed_at", now, field: "closedAt", old: nil, new: String(now))
            case .clearClosure:
                set("closed_at", nil, field: "closedAt", old: row.closedAt.map(String.init), new: nil)
                set("outcome", nil, field: "outcome", old: row.outcome?.rawValue, new: nil)
                set("closure_summary", nil, field: "closureSummary", old: nil, new: nil)
            case .linkDuplicate:
                let survivor = inputs.duplicateOf.flatMap { Int64($0) }
                set("duplicate_of", survivor, field: "duplicateOf", old: row.duplicateOf.map(String.init),
                    new: survivor.map(String.init))
                set("outcome", CaseOutcome.duplicate.rawValue, field: "outcome", old: row.outcome?.rawValue,
                    new: CaseOutcome.duplicate.rawValue)
                set("closed_at", now, field: "closedAt", old: nil, new: String(now))
                set("waiting_on", nil, field: "waitingOn", old: row.waitingOn?.rawValue, new: nil)
            default:
                // Referral and follow-up effects never appear in the case table.
                break
            }
        }
        arguments += [now, caseId, row.version]
        try db.execute(sql: """
            UPDATE cases SET \(sets.joined(separator: ", ")), updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, arguments: arguments)
        if db.changesCount == 0 { throw StoreError.conflict }
        let entry = transition.auditEntry(actor: acting, at: Date(timeIntervalSince1970: TimeInterval(now)),
                                          entityType: .case, entityId: String(caseId))
        try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: caseId, action: entry.action,
                         from: entry.from, to: entry.to, reason: entry.reason, changedFields: changed)
        return row.version + 1
    }

    // MARK: - Not workflow transitions

    /// Supervisor: gives many cases to one caseworker at once (no cap), in one transaction, one
    /// audit row per case. A `new` case is assigned through the workflow (it becomes
    /// `active`); an open case changes caseworker; a closed case refuses the whole batch.
    /// Returns how many cases were reassigned.
    @discardableResult
    public func reassign(caseIds: [Int64], to caseworkerId: Int64, by actor: UserAccount) throws -> Int {
        guard !caseIds.isEmpty else {
            throw StoreError.validation(ValidationFailure([FieldProblem(
                field: "cases", label: CaseStoreText.fieldCase.text, message: CaseStoreText.noCasesGiven.text)]))
        }
        return try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.reassign, acting, .none)
            try Self.requireDeskUser(db, caseworkerId)
            let now = self.clock.nowSeconds()
            let update = try db.makeStatement(sql: """
                UPDATE cases SET caseworker_id = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """)
            var count = 0
            let today = self.startOfToday()
            for id in Set(caseIds).sorted() {
                let row = try CaseRecordRow.load(db, id: id)
                switch row.status {
                case .new:
                    _ = try self.transition(db, caseId: id, version: nil, event: .assign, useCase: .reassign,
                                            inputs: WorkflowInputs(assignee: String(caseworkerId)), actor: actor)
                case .closed:
                    throw StoreError.notPermitted(CaseStoreText.closedCaseReadOnly.text.filling(["case": .plain(row.number)]))
                default:
                    try Self.require(.reassign, acting, row.subject(startOfToday: today))
                    try update.execute(arguments: [caseworkerId, now, id, row.version])
                    if db.changesCount == 0 { throw StoreError.conflict }
                    try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: id, action: "reassign",
                                     from: row.status.rawValue, to: row.status.rawValue,
                                     changedFields: ["caseworkerId": [row.caseworkerId.map(String.init) ?? "",
                                                                      String(caseworkerId)]])
                }
                count += 1
            }
            return count
        }
    }

    /// Changes the priority of an open case (desk work: the `addNote` row of the role table).
    @discardableResult
    public func changePriority(caseId: Int64, to priority: CasePriority, version: Int,
                               by actor: UserAccount) throws -> Int {
        try write { db in
            let acting = try self.acting(db, actor)
            let row = try CaseRecordRow.load(db, id: caseId)
            try Self.require(.addNote, acting, row.subject(startOfToday: self.startOfToday()))
            if version != row.version { throw StoreError.conflict }
            if row.status == .closed {
                throw StoreError.notPermitted(CaseStoreText.closedCaseReadOnly.text.filling(["case": .plain(row.number)]))
            }
            if row.priority == priority {
                throw StoreError.invalid(field: "priority", CaseStoreText.priorityUnchanged.text)
            }
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE cases SET priority = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?
                """, arguments: [priority.rawValue, now, caseId, version])
            if db.changesCount == 0 { throw StoreError.conflict }
            try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: caseId, action: "changePriority",
                             from: row.status.rawValue, to: row.status.rawValue,
                             changedFields: ["priority": [row.priority.rawValue, priority.rawValue]])
            return version + 1
        }
    }

    /// Adds a note to a case (multi-line; up to 20,000 characters; no control characters but
    /// newline and tab). Notes do not change the case's version. Returns the note's id.
    @discardableResult
    public func addNote(caseId: Int64, body: String, by actor: UserAccount) throws -> Int64 {
        let normalized = body.replacingOccurrences(of: "\r\n", with: "\n")
        let text = normalized.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem] = []
        let label = CaseStoreText.fieldNote.text
        if text.isEmpty {
            problems.append(FieldProblem(field: "note", label: label, message: CaseStoreText.noteEmpty.text))
        } else if text.count > Self.maxNoteLength {
            problems.append(FieldProblem(field: "note", label: label, message: CaseStoreText.noteTooLong.text.filling([
                "max": .plain(String(Self.maxNoteLength)), "count": .plain(String(text.count))])))
        } else if let problem = Self.badControl(text, field: "note", label: .fieldNote) {
            problems.append(problem)
        }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return try write { db in
            let acting = try self.acting(db, actor)
            let row = try CaseRecordRow.load(db, id: caseId)
            try Self.require(.addNote, acting, row.subject(startOfToday: self.startOfToday()))
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO notes (case_id, author_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [caseId, actor.id, text, now, now])
            let noteId = db.lastInsertedRowID
            try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: caseId, action: "addNote",
                             changedFields: ["noteId": ["", String(noteId)]])
            return noteId
        }
    }
}
