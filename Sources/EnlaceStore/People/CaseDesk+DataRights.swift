import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    static let maxRightsTextLength = 2000

    /// Records an ARCO request (supervisors: `dataRights`; audited on the person as
    /// `requestRecorded`, naming the kind and channel, never what was asked). Due on the day
    /// received plus the organization's `request_days`.
    public func recordDataRequest(_ input: DataRequestInput, by actor: UserAccount) throws -> DataRequest {
        let asked = try Self.rightsText(input.asked, field: "asked", required: .askedRequired)
        let representative = try input.requester == .representative
            ? Self.rightsText(input.representative ?? "", field: "representative", required: .representativeRequired)
            : nil
        return try write { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            try self.requireLivePerson(db, input.personId)
            let today = self.today()
            let received = input.receivedOn ?? today
            if received > today {
                throw StoreError.invalid(field: "received", DataRightsText.receivedInFuture.text)
            }
            let days = try Int.fetchOne(db, sql: "SELECT request_days FROM organization WHERE id = 1") ?? DataRequest.defaultDays
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                INSERT INTO data_requests (person_id, kind, requester, representative, channel, received_on, asked,
                                           due_on, recorded_by, created_at)
                VALUES (?, ?, ?, \(SealedColumn.requestRepresentative.write), ?, ?, \(SealedColumn.requestAsked.write), ?, ?, ?)
                """, arguments: [input.personId, input.kind.rawValue, input.requester.rawValue, representative,
                                 input.channel.rawValue, received.iso, asked,
                                 DataRequest.due(received: received, days: days).iso, actor.id, now])
            let id = db.lastInsertedRowID
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: input.personId,
                             action: "requestRecorded", to: input.kind.rawValue,
                             changedFields: ["request": [String(id)], "channel": [input.channel.rawValue],
                                             "requester": [input.requester.rawValue]])
            return try RightsRows.load(db, id: id)
        }
    }

    /// Answers a pending request (supervisors; audited as `requestAnswered` with the outcome
    /// and whether it was in time). `answeredOn` nil: today. A rectification answer names the
    /// record's edits since the request was received, which tie it to the correction.
    public func answerDataRequest(id: Int64, outcome: DataRequestOutcome, answer: String,
                                  answeredOn: CalendarDate? = nil, by actor: UserAccount) throws -> DataRequest {
        let answer = try Self.checkedText(answer, field: "answer", max: Self.maxRightsTextLength)
        return try write { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            return try self.answer(db, id: id, outcome: outcome, answer: answer, on: answeredOn ?? self.today(),
                                   edit: nil, actor: actor)
        }
    }

    /// Answers request `id` inside the caller's transaction. `edit`: the audit row of the
    /// correction that answers a rectification (nil: the edits since it was received).
    func answer(_ db: Database, id: Int64, outcome: DataRequestOutcome, answer: String, on day: CalendarDate,
                edit: Int64?, actor: UserAccount) throws -> DataRequest {
        let request = try RightsRows.load(db, id: id)
        guard request.isPending else {
            throw StoreError.workflowRefused(DataRightsText.requestAnswered.text.filling(["id": .plain(String(id))]))
        }
        if day < request.receivedOn {
            throw StoreError.invalid(field: "answered", DataRightsText.answeredBeforeReceived.text.filling([
                "date": .plain(request.receivedOn.iso)]))
        }
        if day > today() { throw StoreError.invalid(field: "answered", DataRightsText.receivedInFuture.text) }
        try db.execute(sql: """
            UPDATE data_requests SET answered_on = ?, outcome = ?, answer = \(SealedColumn.requestAnswer.write), answered_by = ?,
                version = version + 1
            WHERE id = ?
            """, arguments: [day.iso, outcome.rawValue, answer, actor.id, id])
        var fields: [String: [String]] = ["request": [String(id)], "outcome": [outcome.rawValue],
                                          "inTime": [day <= request.dueOn ? "yes" : "no"]]
        if request.kind == .rectification {
            // From the day before, in UTC: the desk's day may start earlier than UTC's.
            let start = Int64(request.receivedOn.daysSinceEpoch - 1) * 86_400
            let edits = try edit.map { [$0] } ?? Int64.fetchAll(db, sql: """
                SELECT id FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'edit' AND at >= ?
                ORDER BY id
                """, arguments: [request.personId, start])
            fields["edits"] = edits.map(String.init)
        }
        try Audit.append(db, actor: actor.id, at: clock.nowSeconds(), entity: "person", entityID: request.personId,
                         action: "requestAnswered", to: request.kind.rawValue, changedFields: fields)
        return try RightsRows.load(db, id: id)
    }

    /// Answers rectification request `id` of `personId` with the edit just audited (inside
    /// `updatePerson`'s transaction).
    func answerRectification(_ db: Database, _ id: Int64, personId: Int64, changed: Bool, actor: UserAccount) throws {
        try Self.require(.dataRights, try acting(db, actor), .none)
        let request = try RightsRows.load(db, id: id)
        guard request.personId == personId else {
            throw StoreError.workflowRefused(DataRightsText.requestOtherPerson.text.filling(["id": .plain(String(id))]))
        }
        guard request.kind == .rectification else {
            throw StoreError.workflowRefused(DataRightsText.requestNotRectification.text.filling(["id": .plain(String(id))]))
        }
        let edit = changed ? db.lastInsertedRowID : nil
        _ = try answer(db, id: id, outcome: .granted, answer: "", on: today(), edit: edit, actor: actor)
    }

    /// The requests a supervisor follows: pending ones soonest due first, or answered ones
    /// newest first (at most `limit`). Supervisors only; not audited (no person's data but
    /// the request's kind, dates and the person's number).
    public func dataRequests(pending: Bool, limit: Int = 200, by actor: UserAccount) throws -> [DataRequest] {
        try read { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            let sql = pending
                ? "SELECT \(RightsRows.requestColumns) WHERE r.answered_on IS NULL ORDER BY r.due_on, r.id LIMIT ?"
                : "SELECT \(RightsRows.requestColumns) WHERE r.answered_on IS NOT NULL ORDER BY r.answered_on DESC, r.id DESC LIMIT ?"
            return try Row.fetchAll(db, sql: sql, arguments: [limit]).map(RightsRows.request)
        }
    }

    /// The person's rights: requests, opposition, hold, erasure (supervisors).
    public func personRights(id: Int64, by actor: UserAccount) throws -> PersonRights {
        try read { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            try self.requirePerson(db, id)
            return try RightsRows.rights(db, personId: id)
        }
    }

    /// The rights part of the person screen: everything for supervisors, the opposition
    /// alone for the others (they must respect it), nothing of the requests.
    func personPageRights(_ db: Database, personId: Int64, by actor: UserAccount) throws -> PersonRights {
        let rights = try RightsRows.rights(db, personId: personId)
        if Permissions.allows(.dataRights, actor: try acting(db, actor)) { return rights }
        var limited = PersonRights.none
        limited.opposition = rights.opposition
        limited.erasedAt = rights.erasedAt
        return limited
    }

    /// Sets the person's opposition (supervisors; one `opposition` audit row with old and new).
    public func setOpposition(personId: Int64, _ opposition: DataOpposition, by actor: UserAccount) throws -> PersonRights {
        try write { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            try self.requireLivePerson(db, personId)
            let old = try RightsRows.rights(db, personId: personId).opposition
            guard old != opposition else { return try RightsRows.rights(db, personId: personId) }
            try RightsRows.ensureRow(db, personId: personId)
            try db.execute(sql: """
                UPDATE person_rights SET no_share = ?, no_contact = ?, version = version + 1 WHERE person_id = ?
                """, arguments: [opposition.noShare, opposition.storedChannels, personId])
            var fields: [String: [String]] = [:]
            if old.noShare != opposition.noShare { fields["noShare"] = [old.noShare ? "yes" : "no", opposition.noShare ? "yes" : "no"] }
            if old.noContact != opposition.noContact { fields["noContact"] = [old.storedChannels, opposition.storedChannels] }
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "person", entityID: personId,
                             action: "opposition", changedFields: fields)
            return try RightsRows.rights(db, personId: personId)
        }
    }

    /// Sets a legal hold with its reason, or clears it (`reason` nil). Supervisors; audited as
    /// `legalHold` / `legalHoldCleared` (the reason in the audit row).
    public func setLegalHold(personId: Int64, reason: String?, by actor: UserAccount) throws -> PersonRights {
        let reason = try reason.map { try Self.rightsText($0, field: "reason", required: .holdReasonRequired) }
        return try write { db in
            try Self.require(.dataRights, try self.acting(db, actor), .none)
            try self.requireLivePerson(db, personId)
            try RightsRows.ensureRow(db, personId: personId)
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE person_rights SET hold_reason = ?, hold_set_at = ?, hold_set_by = ?, version = version + 1
                WHERE person_id = ?
                """, arguments: [reason, reason == nil ? nil : now, reason == nil ? nil : actor.id, personId])
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: personId,
                             action: reason == nil ? "legalHoldCleared" : "legalHold", text: reason)
            return try RightsRows.rights(db, personId: personId)
        }
    }

    // MARK: - Checks other use cases make

    /// The refusal of sending a referral of `caseId` when its person objected to sharing.
    func noShareRefusal(_ db: Database, caseId: Int64) throws -> LocalizedText? {
        let noShare = try Bool.fetchOne(db, sql: """
            SELECT r.no_share FROM cases c JOIN person_rights r ON r.person_id = c.person_id WHERE c.id = ?
            """, arguments: [caseId]) ?? false
        return noShare ? DataRightsText.noShareRefusal.text : nil
    }

    /// The channels the person of `caseId` asked not to be contacted by.
    func blockedChannels(_ db: Database, caseId: Int64) throws -> Set<FollowUpChannel> {
        let stored = try String.fetchOne(db, sql: """
            SELECT r.no_contact FROM cases c JOIN person_rights r ON r.person_id = c.person_id WHERE c.id = ?
            """, arguments: [caseId]) ?? ""
        return DataOpposition.channels(stored: stored) ?? []
    }

    /// Refuses a follow-up by a channel the person blocked.
    func requireContactAllowed(_ db: Database, caseId: Int64, channel: FollowUpChannel) throws {
        guard try blockedChannels(db, caseId: caseId).contains(channel) else { return }
        throw StoreError.workflowRefused(DataRightsText.noContactRefusal.text.filling(["channel": channel.label.text]))
    }

    // MARK: - Helpers

    /// Trimmed text of at most `maxRightsTextLength`, not empty.
    static func rightsText(_ text: String, field: String, required: DataRightsText) throws -> String {
        let checked = try checkedText(text, field: field, max: maxRightsTextLength)
        guard !checked.isEmpty else { throw StoreError.invalid(field: field, required.text) }
        return checked
    }

    func requirePerson(_ db: Database, _ id: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", arguments: [id]) == true else {
            throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
        }
    }

    /// The person exists and was not erased.
    func requireLivePerson(_ db: Database, _ id: Int64) throws {
        try requirePerson(db, id)
        if try RightsRows.erasedAt(db, personId: id) != nil {
            throw StoreError.workflowRefused(DataRightsText.erasedRecordReadOnly.text)
        }
    }
}
