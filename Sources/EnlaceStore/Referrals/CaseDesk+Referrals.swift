import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Working days a sent referral waits for the partner's answer when no date was given.
    public static let defaultResponseWorkingDays = 3
    static let maxDetailsBytes = 20_000

    // MARK: - Drafts

    /// A new referral of the case, as a draft. Refused on a closed case. `kind` must be the
    /// kind of `details`. The checklist is the organization's current one for the kind (and
    /// consular procedure); the referral keeps it, whatever later edits of the template. When the
    /// kind is consular orientation, the partner is a consulate and no consulate was typed,
    /// the partner's name is used.
    public func createReferral(caseId: Int64, kind: ReferralKind, partnerId: Int64?,
                               reason: String, urgency: ReferralUrgency, details: ReferralDetails,
                               consentToShare: Bool, responseDue: Date?,
                               by actor: UserAccount) throws -> Referral {
        try saveReferralDraft(ReferralDraftInput(
            .new(caseId: caseId), kind: kind, partnerId: partnerId, reason: reason, urgency: urgency,
            details: details, consentToShare: consentToShare, responseDue: responseDue), by: actor)
    }

    /// Changes a draft's common fields and details (only drafts are edited; afterwards the
    /// workflow steps change it). A new consular procedure brings its own checklist (the
    /// organization's current one), keeping the ticks of documents both lists share.
    public func updateReferralDraft(id: Int64, partnerId: Int64?, reason: String,
                                    urgency: ReferralUrgency, details: ReferralDetails,
                                    consentToShare: Bool, responseDue: Date?,
                                    by actor: UserAccount, version: Int) throws -> Referral {
        try saveReferralDraft(ReferralDraftInput(
            .draft(id: id, version: version), kind: details.kind, partnerId: partnerId, reason: reason,
            urgency: urgency, details: details, consentToShare: consentToShare, responseDue: responseDue),
            by: actor)
    }

    /// Ticks (or unticks) a document of the referral's checklist, by its key.
    public func setChecklistItem(referralId: Int64, item key: String, done: Bool,
                                 by actor: UserAccount, version: Int) throws -> Referral {
        try write { db in
            let loaded = try ReferralRows.load(db, referralId)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.createReferral, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            try self.setTicks(db, loaded, [key: done], version: version, actor: actor)
            return try ReferralRows.load(db, referralId).referral
        }
    }

    /// What the referral form saves: the draft (new, or one being edited) with its checklist
    /// ticks, in one transaction (one audit row for the fields, one for the ticks).
    public func saveReferralDraft(_ input: ReferralDraftInput, by actor: UserAccount) throws -> Referral {
        try saveReferral(input, send: false, by: actor).referral
    }

    /// The form's "send": saves the draft and its ticks and sends it, in one transaction. When
    /// the send workflow refuses (consent or a required field missing: `notSent`), the draft
    /// is kept saved, as the person typed it, and nothing is sent; any other failure (no
    /// permission, a conflict, a bad field) leaves nothing written.
    public func saveAndSendReferral(_ input: ReferralDraftInput, by actor: UserAccount) throws -> SavedReferral {
        try saveReferral(input, send: true, by: actor)
    }

    /// The referral form's one call: `saveReferralDraft` (send false) or `saveAndSendReferral`.
    public func saveReferral(_ input: ReferralDraftInput, send: Bool, by actor: UserAccount) throws -> SavedReferral {
        guard input.details.kind == input.kind else {
            throw StoreError.invalid(field: "details", StoreText.detailsKindMismatch.text.filling([
                "kind": input.kind.label.text,
            ]))
        }
        let reason = try Self.checkedText(input.reason, field: "reason", max: Self.maxReasonLength)
        return try write { db in
            let id: Int64
            var version: Int
            switch input.target {
            case .draft(let draftId, let read):
                let loaded = try ReferralRows.load(db, draftId)
                try self.updateDraft(db, loaded, input, reason: reason, actor: actor, version: read)
                (id, version) = (draftId, read + 1)
            case .new(let caseId):
                id = try self.insertReferral(db, caseId: caseId, input, reason: reason, actor: actor)
                version = 1
            }
            try self.failIfArmed(.referralSaved)
            if !input.ticks.isEmpty {
                version = try self.setTicks(db, try ReferralRows.load(db, id), input.ticks, version: version,
                                            actor: actor)
            }
            try self.failIfArmed(.referralTicked)
            guard send else { return SavedReferral(referral: try ReferralRows.load(db, id).referral, notSent: nil) }
            do {
                _ = try self.applyTransition(db, ReferralStepRecord.self, id: id, event: .send, inputs: .none,
                                             version: version, actor: actor)
            } catch StoreError.transitionRefused(let refusal) {
                // Refused before anything of the send was written: the saved draft stays.
                return SavedReferral(referral: try ReferralRows.load(db, id).referral, notSent: refusal)
            }
            return SavedReferral(referral: try ReferralRows.load(db, id).referral, notSent: nil)
        }
    }

    /// Inserts the draft and its `create` audit row; checks permission, the open case, the
    /// due date and the details.
    func insertReferral(_ db: Database, caseId: Int64, _ input: ReferralDraftInput, reason: String,
                        actor: UserAccount) throws -> Int64 {
        let facts = try caseFacts(db, caseId)
        try permit(.createReferral, db, actor: actor, case: facts)
        try requireOpen(facts)
        let now = clock.nowSeconds()
        try Self.checkResponseDue(input.responseDue, now: now)
        let details = try checkedDetails(db, input.details, partnerId: input.partnerId)
        // The organization's checklist as it is now; the referral keeps it from here on.
        let checklist = DocumentChecklist.defaultItems(for: details, templates: try ChecklistRow.templates(db))
        try db.execute(sql: """
            INSERT INTO referrals (case_id, kind, status, partner_id, reason, urgency,
                consent_to_share, response_due, details, checklist, created_by, created_at,
                updated_at)
            VALUES (?, ?, ?, ?, \(SealedColumn.referralReason.write), ?, ?, ?, \(SealedColumn.referralDetails.write),
                    ?, ?, ?, ?)
            """, arguments: [
                caseId, input.kind.rawValue, ReferralWorkflow.machine.initial.rawValue, input.partnerId,
                reason, input.urgency.rawValue, input.consentToShare, input.responseDue.map(Self.seconds),
                try ReferralRows.encode(details), try ReferralRows.encode(checklist),
                actor.id, now, now,
            ])
        let id = db.lastInsertedRowID
        try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.referral.rawValue,
                         entityID: id, action: "create", to: ReferralStatus.draft.rawValue,
                         reason: "case \(facts.number)",
                         changedFields: ["kind": [input.kind.rawValue], "partner": [], "reason": [],
                                         "urgency": [input.urgency.rawValue], "details": [],
                                         "consentToShare": [input.consentToShare ? "yes" : "no"]])
        return id
    }

    /// Updates a draft's fields and its `update` audit row; checks permission, the open case,
    /// the version, the status (only drafts) and the details.
    func updateDraft(_ db: Database, _ loaded: ReferralRecord, _ input: ReferralDraftInput, reason: String,
                     actor: UserAccount, version: Int) throws {
        let id = Int64(loaded.referral.id)!
        let facts = try caseFacts(db, loaded.caseId)
        try permit(.createReferral, db, actor: actor, case: facts)
        try requireOpen(facts)
        guard loaded.referral.version == version else { throw StoreError.conflict }
        guard loaded.referral.status == .draft else {
            throw StoreError.workflowRefused(WorkflowText.refusalNoTransition.text.filling([
                "event": LocalizedText(es: "editar", en: "edit"),
                "state": loaded.referral.status.label.text,
            ]))
        }
        guard input.details.kind == loaded.referral.kind else {
            throw StoreError.invalid(field: "details", StoreText.detailsKindMismatch.text.filling([
                "kind": loaded.referral.kind.label.text,
            ]))
        }
        let now = clock.nowSeconds()
        try Self.checkResponseDue(input.responseDue, now: now)
        let details = try checkedDetails(db, input.details, partnerId: input.partnerId)
        let checklist = try ReferralRows.checklist(db, for: details, replacing: loaded.referral)
        try db.execute(sql: """
            UPDATE referrals SET partner_id = ?, reason = \(SealedColumn.referralReason.write), urgency = ?,
                consent_to_share = ?, response_due = ?, details = \(SealedColumn.referralDetails.write),
                checklist = ?, updated_at = ?,
                version = version + 1
            WHERE id = ? AND version = ?
            """, arguments: [
                input.partnerId, reason, input.urgency.rawValue, input.consentToShare,
                input.responseDue.map(Self.seconds), try ReferralRows.encode(details),
                try ReferralRows.encode(checklist), now, id, version,
            ])
        guard db.changesCount == 1 else { throw StoreError.conflict }
        let old = loaded.referral
        var changed: [String: [String]] = [:]
        if old.partnerId != input.partnerId.map(String.init) { changed["partner"] = [] }
        if old.reason != reason { changed["reason"] = [] }
        if old.urgency != input.urgency { changed["urgency"] = [old.urgency.rawValue, input.urgency.rawValue] }
        if old.consentToShare != input.consentToShare {
            changed["consentToShare"] = [old.consentToShare ? "yes" : "no", input.consentToShare ? "yes" : "no"]
        }
        if old.responseDueDate.map(Self.seconds) != input.responseDue.map(Self.seconds) { changed["responseDue"] = [] }
        if old.details != details { changed["details"] = [] }
        try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.referral.rawValue,
                         entityID: id, action: "update", changedFields: changed)
    }

    /// Sets the ticks of the checklist's documents named by key (unknown keys are refused),
    /// with one `checklist` audit row for those that changed. Returns the new version (the
    /// same when no tick changed: nothing is written).
    @discardableResult
    func setTicks(_ db: Database, _ loaded: ReferralRecord, _ ticks: [String: Bool], version: Int,
                  actor: UserAccount) throws -> Int {
        let id = Int64(loaded.referral.id)!
        var checklist = loaded.referral.checklist
        var changed: [String: [String]] = [:]
        for key in ticks.keys.sorted() {
            guard let index = checklist.firstIndex(where: { $0.key == key }) else {
                throw StoreError.invalid(field: "item", StoreText.checklistItemUnknown.text.filling([
                    "item": LocalizedText.plain(key),
                ]))
            }
            let done = ticks[key]!
            if checklist[index].done != done {
                changed["checklist.\(key)"] = [checklist[index].done ? "done" : "todo", done ? "done" : "todo"]
                checklist[index].done = done
            }
        }
        guard loaded.referral.version == version else { throw StoreError.conflict }
        if changed.isEmpty { return version }
        let now = clock.nowSeconds()
        try db.execute(sql: """
            UPDATE referrals SET checklist = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, arguments: [try ReferralRows.encode(checklist), now, id, version])
        guard db.changesCount == 1 else { throw StoreError.conflict }
        try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.referral.rawValue,
                         entityID: id, action: "checklist", changedFields: changed)
        return version + 1
    }

    static func checkResponseDue(_ responseDue: Date?, now: Int64) throws {
        if let responseDue, seconds(responseDue) < now {
            throw StoreError.invalid(field: "responseDue", StoreText.responseDueBeforeNow.text)
        }
    }

    // MARK: - Workflow steps (each one transaction through the transition engine)

    /// Sends a draft. Needs consent to share and the kind's required fields (the guards of
    /// `ReferralWorkflow.machine`). Stamps `sentAt`; without a response due date (or with one
    /// already past), sets one `defaultResponseWorkingDays` working days later.
    public func sendReferral(id: Int64, by actor: UserAccount, version: Int) throws -> Referral {
        try referralStep(id: id, event: .send, inputs: .none, actor: actor, version: version)
    }

    public func acceptReferral(id: Int64, by actor: UserAccount, version: Int) throws -> Referral {
        try referralStep(id: id, event: .accept, inputs: .none, actor: actor, version: version)
    }

    /// The partner declined: creates a follow-up for the case's caseworker, due at 10:00 on
    /// the next working day.
    public func declineReferral(id: Int64, reason: String, by actor: UserAccount,
                                version: Int) throws -> Referral {
        let reason = try Self.checkedText(reason, field: "reason", max: Self.maxReasonLength)
        return try referralStep(id: id, event: .decline, inputs: WorkflowInputs(reason: reason), actor: actor,
                                version: version)
    }

    public func scheduleReferral(id: Int64, appointment: Appointment, by actor: UserAccount,
                                 version: Int) throws -> Referral {
        try referralStep(id: id, event: .schedule, inputs: WorkflowInputs(appointment: try Self.checked(appointment)),
                         actor: actor, version: version)
    }

    public func rescheduleReferral(id: Int64, appointment: Appointment, by actor: UserAccount,
                                   version: Int) throws -> Referral {
        try referralStep(id: id, event: .reschedule, inputs: WorkflowInputs(appointment: try Self.checked(appointment)),
                         actor: actor, version: version)
    }

    public func completeReferral(id: Int64, outcome: ReferralOutcome, note: String? = nil,
                                 by actor: UserAccount, version: Int) throws -> Referral {
        let note = try Self.checkedOptionalText(note, field: "note", max: Self.maxReasonLength)
        return try referralStep(id: id, event: .complete, inputs: WorkflowInputs(referralOutcome: outcome, result: note),
                                actor: actor, version: version)
    }

    /// The person did not come: creates a follow-up for the case's caseworker, due at 10:00
    /// on the next working day.
    public func markReferralNoShow(id: Int64, by actor: UserAccount, version: Int) throws -> Referral {
        try referralStep(id: id, event: .markNoShow, inputs: .none, actor: actor, version: version)
    }

    public func cancelReferral(id: Int64, reason: String, by actor: UserAccount,
                               version: Int) throws -> Referral {
        let reason = try Self.checkedText(reason, field: "reason", max: Self.maxReasonLength)
        return try referralStep(id: id, event: .cancel, inputs: WorkflowInputs(reason: reason), actor: actor,
                                version: version)
    }

    static func checked(_ appointment: Appointment) throws -> Appointment {
        Appointment(at: appointment.at,
                    place: try checkedOptionalText(appointment.place, field: "place", max: 200, multiline: false),
                    note: try checkedOptionalText(appointment.note, field: "note", max: maxReasonLength))
    }

    /// One referral transition through the engine, in its own write transaction; the
    /// referral as saved.
    func referralStep(id: Int64, event: ReferralEvent, inputs: WorkflowInputs, actor: UserAccount,
                      version: Int) throws -> Referral {
        try write { db in
            _ = try self.applyTransition(db, ReferralStepRecord.self, id: id, event: event, inputs: inputs,
                                         version: version, actor: actor)
            return try ReferralRows.load(db, id).referral
        }
    }

    /// The details as they will be stored: not too large, the partner existing and serving
    /// the kind; a consulate partner fills an empty consulate name.
    func checkedDetails(_ db: Database, _ details: ReferralDetails,
                        partnerId: Int64?) throws -> ReferralDetails {
        var details = details
        if let partnerId {
            guard let partner = try PartnerRows.load(db, partnerId) else {
                throw StoreError.invalid(field: "partnerId", StoreText.partnerNotFound.text)
            }
            guard partner.serves(details.kind) else {
                throw StoreError.invalid(field: "partnerId", StoreText.partnerDoesNotServe.text.filling([
                    "partner": LocalizedText.plain(partner.name),
                    "kind": details.kind.label.text,
                ]))
            }
            if case .consularOrientation(var consular) = details, partner.isConsulate,
               (consular.consulate ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                consular.consulate = partner.name
                details = .consularOrientation(consular)
            }
        }
        if try ReferralRows.encode(details).utf8.count > Self.maxDetailsBytes {
            throw StoreError.invalid(field: "details", StoreText.textInvalid.text.filling([
                "field": LocalizedText(es: "detalles", en: "details"),
                "max": LocalizedText.plain("\(Self.maxDetailsBytes)"),
            ]))
        }
        return details
    }

    // MARK: - Reads for the case screen

    /// The case's referrals, newest first. Needs permission to view the case.
    public func referrals(caseId: Int64, by actor: UserAccount) throws -> [Referral] {
        try readCase(caseId, by: actor) { db in
            try ReferralRecord.fetchAll(db, sql: """
                SELECT \(ReferralRows.columns) FROM referrals r WHERE r.case_id = ?
                ORDER BY r.created_at DESC, r.id DESC
                """, arguments: [caseId]).map(\.referral)
        }
    }

    /// One referral with its details decoded to Core types, for a version or a status to act
    /// on (not audited: the screens and `enlace referral show` read through `referralDetail`).
    public func referral(id: Int64, by actor: UserAccount) throws -> Referral {
        try referralDetail(id: id, audited: false, by: actor).referral
    }

    /// One referral with its case number, partner name and closing reason. Opening it (to read
    /// or to edit its draft) appends a `viewed` audit row in the same transaction; `audited:
    /// false` is for re-reading a referral already shown (after a step, or another terminal's
    /// change), as `caseDetail` does.
    public func referralDetail(id: Int64, audited: Bool = true, by actor: UserAccount) throws -> ReferralDetailView {
        let body = { (db: Database) throws -> ReferralDetailView in
            let loaded = try ReferralRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            if audited {
                try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "referral", entityID: id,
                                 action: "viewed")
            }
            let partnerName = try loaded.referral.partnerId.flatMap(Int64.init)
                .flatMap { try PartnerRows.load(db, $0)?.name }
            return ReferralDetailView(referral: loaded.referral, caseNumber: facts.number,
                                      partnerName: partnerName,
                                      closingReason: loaded.closingReason)
        }
        return audited ? try write(body) : try read(body)
    }

    /// Every step the workflow table offers from the referral's state, each allowed or
    /// refused with its reason (from `ReferralWorkflow.machine.availableEvents`).
    public func availableReferralActions(id: Int64, by actor: UserAccount) throws -> [ReferralAction] {
        try read { db in
            let record = try ReferralStepRecord.load(db, id, desk: self)
            try self.permit(.viewCase, db, actor: actor, case: record.facts)
            return try self.offeredTransitions(db, record, acting: try self.acting(db, actor)).map { offered, refusal in
                ReferralAction(event: offered.event, to: offered.to, requiredInputs: offered.requiredInputs,
                               refusal: refusal)
            }
        }
    }
}
