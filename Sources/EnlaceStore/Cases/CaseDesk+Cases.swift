import EnlaceCore
import Foundation
import GRDB

/// The case use cases. Each is one IMMEDIATE write transaction; the workflow steps go through
/// the one transition engine (`applyTransition`, with `CaseRecordRow` as its record).
///
/// The role table has no row for waiting, resuming or changing the priority; those use the
/// `addNote` row (desk work on a case: caseworkers on their own or unassigned cases,
/// supervisors on all); the case table names it for wait/resume.
extension CaseDesk {
    public static let maxDescriptionLength = 4_000
    public static let maxNoteLength = 20_000
    public static let maxReasonLength = 2_000

    // MARK: - Opening

    /// Opens a case for a registered person: status `new`, unassigned, numbered `YYYY-NNNNNN`
    /// from the per-year sequence (taken inside the transaction).
    /// With `consent`, the consent given now is recorded in the same transaction.
    /// (`intake` is the whole intake step; this is its part without the take.)
    public func openCase(personId: Int64, area: ServiceArea, priority: CasePriority = .normal,
                         description: String = "", eventId: Int64? = nil, consent: ConsentGiven? = nil,
                         by actor: UserAccount) throws -> OpenedCase {
        try intake(IntakeRequest(person: .existing(personId: personId), area: area, priority: priority,
                                 description: description, eventId: eventId, consent: consent),
                   takeForCaseworker: false, by: actor).opened
    }

    /// Registers the person and opens the case in one transaction (both or neither, and the
    /// consent given, when passed, with them). (`intake` is the whole intake step; this is its
    /// part without the take.)
    public func registerAndOpen(_ draft: PersonDraft, area: ServiceArea, priority: CasePriority = .normal,
                                description: String = "", consent: ConsentGiven? = nil,
                                by actor: UserAccount) throws -> OpenedCase {
        try intake(IntakeRequest(person: .new(draft), area: area, priority: priority, description: description,
                                 consent: consent),
                   takeForCaseworker: false, by: actor).opened
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
            VALUES (?, ?, ?, ?, ?, ?, \(SealedColumn.caseDescription.write), ?, ?, ?)
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
        try caseStep(caseId, .assign, WorkflowInputs(assignee: String(caseworkerId)), version: version, by: actor) { db in
            try Self.requireDeskUser(db, caseworkerId)
        }
    }

    /// Caseworker: takes a new, unassigned case.
    @discardableResult
    public func take(caseId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try caseStep(caseId, .take, version: version, by: actor)
    }

    @discardableResult
    public func wait(caseId: Int64, on waitingOn: WaitingOn, version: Int, by actor: UserAccount) throws -> Int {
        try caseStep(caseId, .wait, WorkflowInputs(waitingOn: waitingOn), version: version, by: actor)
    }

    @discardableResult
    public func resume(caseId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try caseStep(caseId, .resume, version: version, by: actor)
    }

    /// Caseworker or supervisor: asks to close, with the outcome and a summary. Refused while a
    /// referral or follow-up of the case is open.
    @discardableResult
    public func requestClosure(caseId: Int64, outcome: CaseOutcome, summary: String, version: Int,
                               by actor: UserAccount) throws -> Int {
        let text = try Self.checkedReason(summary, field: "summary", label: .fieldSummary)
        return try caseStep(caseId, .requestClosure, WorkflowInputs(summary: text, caseOutcome: outcome),
                            version: version, by: actor)
    }

    @discardableResult
    public func approveClosure(caseId: Int64, version: Int, by actor: UserAccount) throws -> Int {
        try caseStep(caseId, .approveClosure, version: version, by: actor)
    }

    @discardableResult
    public func rejectClosure(caseId: Int64, reason: String, version: Int, by actor: UserAccount) throws -> Int {
        let text = try Self.checkedReason(reason, field: "reason", label: .fieldReason)
        return try caseStep(caseId, .rejectClosure, WorkflowInputs(reason: text), version: version, by: actor)
    }

    @discardableResult
    public func reopen(caseId: Int64, reason: String, version: Int, by actor: UserAccount) throws -> Int {
        let text = try Self.checkedReason(reason, field: "reason", label: .fieldReason)
        return try caseStep(caseId, .reopen, WorkflowInputs(reason: text), version: version, by: actor)
    }

    /// Supervisor: closes a case as a duplicate of the surviving one.
    @discardableResult
    public func closeAsDuplicate(caseId: Int64, of survivingCaseId: Int64, version: Int,
                                 by actor: UserAccount) throws -> Int {
        try caseStep(caseId, .closeAsDuplicate, WorkflowInputs(duplicateOf: String(survivingCaseId)),
                     version: version, by: actor) { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?)",
                                    arguments: [survivingCaseId]) == true else {
                throw StoreError.notFound(CaseStoreText.survivingCaseNotFound.text.filling(
                    ["case": .plain(String(survivingCaseId))]))
            }
        }
    }

    /// One write transaction: `before` (checks of the inputs against other rows), then the
    /// transition. Returns the new version.
    private func caseStep(_ caseId: Int64, _ event: CaseEvent, _ inputs: WorkflowInputs = .none,
                          version: Int, by actor: UserAccount,
                          before: ((Database) throws -> Void)? = nil) throws -> Int {
        try write { db in
            try before?(db)
            return try self.transition(db, caseId: caseId, version: version, event: event, inputs: inputs,
                                       actor: actor)
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
            SELECT EXISTS (SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.id = ? AND u.active = 1 AND r.role IN ('caseworker','supervisor'))
            """, arguments: [userId]) ?? false
        if !ok {
            throw StoreError.validation(ValidationFailure([FieldProblem(
                field: "caseworker", label: CaseStoreText.fieldCaseworker.text,
                message: CaseStoreText.assigneeNotDesk.text)]))
        }
    }

    /// One case transition through the engine (`applyTransition`); returns the new version.
    func transition(_ db: Database, caseId: Int64, version: Int?, event: CaseEvent,
                    inputs: WorkflowInputs = .none, actor: UserAccount) throws -> Int {
        try applyTransition(db, CaseRecordRow.self, id: caseId, event: event, inputs: inputs,
                            version: version, actor: actor).version
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
                    _ = try self.transition(db, caseId: id, version: nil, event: .assign,
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
                INSERT INTO notes (case_id, author_id, body, created_at, updated_at)
                VALUES (?, ?, \(SealedColumn.noteBody.write), ?, ?)
                """, arguments: [caseId, actor.id, text, now, now])
            let noteId = db.lastInsertedRowID
            try Audit.append(db, actor: actor.id, at: now, entity: "case", entityID: caseId, action: "addNote",
                             changedFields: ["noteId": ["", String(noteId)]])
            return noteId
        }
    }
}
