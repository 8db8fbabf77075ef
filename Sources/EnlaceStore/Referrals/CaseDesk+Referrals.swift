import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Working days a sent referral waits for the partner's answer when no date was given.
    public static let defaultResponseWorkingDays = 3
    static let maxDetailsBytes = 20_000

    // MARK: - Drafts

    /// A new referral of the case, as a draft. Refused on a closed case. `kind` must be the
    /// kind of `details`. The checklist starts from the kind's default documents. When the
    /// kind is consular orientation, the partner is a consulate and no consulate was typed,
    /// the partner's name is used.
    public func createReferral(caseId: Int64, kind: ReferralKind, partnerId: Int64?,
                               reason: String, urgency: ReferralUrgency, details: ReferralDetails,
                               consentToShare: Bool, responseDue: Date?,
                               by actor: UserAccount) throws -> Referral {
        guard details.kind == kind else {
            throw StoreError.invalid(field: "details", StoreText.detailsKindMismatch.text.filling([
                "kind": kind.label.text,
            ]))
        }
        let reason = try Self.checkedText(reason, field: "reason", max: Self.maxReasonLength)
        return try write { db in
            let facts = try self.caseFacts(db, caseId)
            try self.permit(.createReferral, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            let now = self.clock.nowSeconds()
            if let responseDue, Self.seconds(responseDue) < now {
                throw StoreError.invalid(field: "responseDue", StoreText.responseDueBeforeNow.text)
            }
            let details = try self.checkedDetails(db, details, partnerId: partnerId)
            let checklist = DocumentChecklist.defaultItems(for: details)
            try db.execute(sql: """
                INSERT INTO referrals (case_id, kind, status, partner_id, reason, urgency,
                    consent_to_share, response_due, details, checklist, created_by, created_at,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    caseId, kind.rawValue, ReferralWorkflow.machine.initial.rawValue, partnerId,
                    reason, urgency.rawValue, consentToShare, responseDue.map(Self.seconds),
                    try ReferralRows.encode(details), try ReferralRows.encode(checklist),
                    actor.id, now, now,
                ])
            let id = db.lastInsertedRowID
            try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.referral.rawValue,
                             entityID: id, action: "create", to: ReferralStatus.draft.rawValue,
                             reason: "case \(facts.number)",
                             changedFields: ["kind": [kind.rawValue], "partner": [], "reason": [],
                                             "urgency": [urgency.rawValue], "details": [],
                                             "consentToShare": [consentToShare ? "yes" : "no"]])
            return try ReferralRows.load(db, id).referral
        }
    }

    /// Changes a draft's common fields and details (only drafts are edited; afterwards the
    /// workflow steps change it). A new consular procedure brings its own checklist, keeping
    /// the ticks of documents both lists share.
    public func updateReferralDraft(id: Int64, partnerId: Int64?, reason: String,
                                    urgency: ReferralUrgency, details: ReferralDetails,
                                    consentToShare: Bool, responseDue: Date?,
                                    by actor: UserAccount, version: Int) throws -> Referral {
        let reason = try Self.checkedText(reason, field: "reason", max: Self.maxReasonLength)
        return try write { db in
            let loaded = try ReferralRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.createReferral, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            guard loaded.referral.version == version else { throw StoreError.conflict }
            guard loaded.referral.status == .draft else {
                throw StoreError.workflowRefused(WorkflowText.refusalNoTransition.text.filling([
                    "event": LocalizedText(es: "editar", en: "edit"),
                    "state": loaded.referral.status.label.text,
                ]))
            }
            guard details.kind == loaded.referral.kind else {
                throw StoreError.invalid(field: "details", StoreText.detailsKindMismatch.text.filling([
                    "kind": loaded.referral.kind.label.text,
                ]))
            }
            let now = self.clock.nowSeconds()
            if let responseDue, Self.seconds(responseDue) < now {
                throw StoreError.invalid(field: "responseDue", StoreText.responseDueBeforeNow.text)
            }
            let details = try self.checkedDetails(db, details, partnerId: partnerId)
            let checklist = ReferralRows.checklist(for: details, keeping: loaded.referral.checklist)
            try db.execute(sql: """
                UPDATE referrals SET partner_id = ?, reason = ?, urgency = ?, consent_to_share = ?,
                    response_due = ?, details = ?, checklist = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [
                    partnerId, reason, urgency.rawValue, consentToShare,
                    responseDue.map(Self.seconds), try ReferralRows.encode(details),
                    try ReferralRows.encode(checklist), now, id, version,
                ])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            let old = loaded.referral
            var changed: [String: [String]] = [:]
            if old.partnerId != partnerId.map(String.init) { changed["partner"] = [] }
            if old.reason != reason { changed["reason"] = [] }
            if old.urgency != urgency { changed["urgency"] = [old.urgency.rawValue, urgency.rawValue] }
            if old.consentToShare != consentToShare {
                changed["consentToShare"] = [old.consentToShare ? "yes" : "no", consentToShare ? "yes" : "no"]
            }
            if old.responseDueDate.map(Self.seconds) != responseDue.map(Self.seconds) { changed["responseDue"] = [] }
            if old.details != details { changed["details"] = [] }
            try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.referral.rawValue,
                             entityID: id, action: "update", changedFields: changed)
            return try ReferralRows.load(db, id).referral
        }
    }

    /// Ticks (or unticks) a document of the referral's checklist, by its key.
    public func setChecklistItem(referralId: Int64, item key: String, done: Bool,
                                 by actor: UserAccount, version: Int) throws -> Referral {
        try write { db in
            let loaded = try ReferralRows.load(db, referralId)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.createReferral, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            var checklist = loaded.referral.checklist
            guard let index = checklist.firstIndex(where: { $0.key == key }) else {
                throw StoreError.invalid(field: "item", StoreText.checklistItemUnknown.text.filling([
                    "item": LocalizedText.plain(key),
                ]))
            }
            guard loaded.referral.version == version else { throw StoreError.conflict }
            let before = checklist[index].done
            checklist[index].done = done
            let now = self.clock.nowSeconds()
            try db.execute(sql: """
                UPDATE referrals SET checklist = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [try ReferralRows.encode(checklist), now, referralId, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try Audit.append(db, actor: actor.id, at: now, entity: AuditEntityType.referral.rawValue,
                             entityID: referralId, action: "checklist",
                             changedFields: ["checklist.\(key)": [before ? "done" : "todo", done ? "done" : "todo"]])
            return try ReferralRows.load(db, referralId).referral
        }
    }

    // MARK: - Workflow steps (each one transaction, one audit row, plus its effects)

    /// Sends a draft. Needs consent to share and the kind's required fields (the guards of
    /// `ReferralWorkflow.machine`). Stamps `sentAt`; without a response due date (or with one
    /// already past), sets one `defaultResponseWorkingDays` working days later.
    public func sendReferral(id: Int64, by actor: UserAccount, version: Int) throws -> Referral {
        try referralStep(id: id, event: .send, useCase: .sendReferral, inputs: .none,
                         actor: actor, version: version)
    }

    public func acceptReferral(id: Int64, by actor: UserAccount, version: Int) throws -> Referral {
        try referralStep(id: id, event: .accept, useCase: .answerReferral, inputs: .none,
                         actor: actor, version: version)
    }

    /// The partner declined: creates a follow-up for the case's caseworker, due at 10:00 on
    /// the next working day.
    public func declineReferral(id: Int64, reason: String, by actor: UserAccount,
                                version: Int) throws -> Referral {
        let reason = try Self.checkedText(reason, field: "reason", max: Self.maxReasonLength)
        return try referralStep(id: id, event: .decline, useCase: .answerReferral,
                                inputs: WorkflowInputs(reason: reason), actor: actor, version: version)
    }

    public func scheduleReferral(id: Int64, appointment: Appointment, by actor: UserAccount,
                                 version: Int) throws -> Referral {
        try referralStep(id: id, event: .schedule, useCase: .scheduleReferral,
                         inputs: WorkflowInputs(appointment: try Self.checked(appointment)),
                         actor: actor, version: version)
    }

    public func rescheduleReferral(id: Int64, appointment: Appointment, by actor: UserAccount,
                                   version: Int) throws -> Referral {
        try referralStep(id: id, event: .reschedule, useCase: .scheduleReferral,
                         inputs: WorkflowInputs(appointment: try Self.checked(appointment)),
                         actor: actor, version: version)
    }

    public func completeReferral(id: Int64, outcome: ReferralOutcome, note: String? = nil,
                                 by actor: UserAccount, version: Int) throws -> Referral {
        let note = try Self.checkedOptionalText(note, field: "note", max: Self.maxReasonLength)
        return try referralStep(id: id, event: .complete, useCase: .completeReferral,
                                inputs: WorkflowInputs(referralOutcome: outcome, result: note),
                                actor: actor, version: version)
    }

    /// The person did not come: creates a follow-up for the case's caseworker, due at 10:00
    /// on the next working day.
    public func markReferralNoShow(id: Int64, by actor: UserAccount, version: Int) throws -> Referral {
        try referralStep(id: id, event: .markNoShow, useCase: .completeReferral, inputs: .none,
                         actor: actor, version: version)
    }

    public func cancelReferral(id: Int64, reason: String, by actor: UserAccount,
                               version: Int) throws -> Referral {
        let reason = try Self.checkedText(reason, field: "reason", max: Self.maxReasonLength)
        return try referralStep(id: id, event: .cancel, useCase: .cancelReferral,
                                inputs: WorkflowInputs(reason: reason), actor: actor, version: version)
    }

    static func checked(_ appointment: Appointment) throws -> Appointment {
        Appointment(at: appointment.at,
                    place: try checkedOptionalText(appointment.place, field: "place", max: 200, multiline: false),
                    note: try checkedOptionalText(appointment.note, field: "note", max: maxReasonLength))
    }

    /// One referral transition: permission, the machine's verdict, the versioned update, the
    /// declared effects and the audit row, in one write transaction.
    func referralStep(id: Int64, event: ReferralEvent, useCase: UseCase, inputs: WorkflowInputs,
                      actor: UserAccount, version: Int) throws -> Referral {
        try write { db in
            let loaded = try ReferralRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            let role = try self.permit(useCase, db, actor: actor, case: facts)
            try self.requireOpen(facts)
            guard loaded.referral.version == version else { throw StoreError.conflict }
            let context = ReferralContext(actorId: String(actor.id), caseworkerId: facts.caseworker,
                                          referral: loaded.referral)
            let transition: Transition<ReferralStatus, ReferralEvent>
            switch ReferralWorkflow.machine.evaluate(from: loaded.referral.status, event: event,
                                                     role: role, context: context, inputs: inputs) {
            case .success(let t): transition = t
            case .failure(let refusal): throw storeError(refusal)
            }
            let now = self.clock.nowSeconds()
            var sets: [String] = ["status = ?", "updated_at = ?", "version = version + 1"]
            var arguments: StatementArguments = [transition.to.rawValue, now]
            var changed: [String: [String]] = transition.from == transition.to
                ? [:] : ["status": [transition.from.rawValue, transition.to.rawValue]]
            var followUps: [Int64] = []
            for effect in transition.effects {
                switch effect {
                case .stampSentAt:
                    sets.append("sent_at = ?")
                    arguments += [now]
                    changed["sentAt"] = []
                    // No due date, or one that passed while it was a draft: the default.
                    if (loaded.referral.responseDueDate.map(Self.seconds) ?? 0) <= now {
                        let due = WorkingDays.adding(Self.defaultResponseWorkingDays,
                                                     to: Self.date(now)!, for: loaded.referral.kind)
                        sets.append("response_due = ?")
                        arguments += [Self.seconds(due)]
                        changed["responseDue"] = []
                    }
                case .recordAppointment:
                    let appointment = transition.inputs.appointment!
                    sets.append("appointment_at = ?, appointment_place = ?, appointment_note = ?")
                    arguments += [Self.seconds(appointment.at), appointment.place, appointment.note]
                    changed["appointment"] = []
                case .recordReferralOutcome:
                    sets.append("outcome = ?, outcome_note = ?")
                    arguments += [transition.inputs.referralOutcome?.rawValue, transition.inputs.result]
                    changed["outcome"] = [transition.inputs.referralOutcome?.rawValue ?? ""]
                case .createFollowUp:
                    // Done after the update, below.
                    break
                default:
                    break
                }
            }
            // The partner's answer: the response time the reports measure.
            if transition.from == .sent && (transition.to == .accepted || transition.to == .declined) {
                sets.append("responded_at = ?")
                arguments += [now]
            }
            if let reason = transition.inputs.reason {
                sets.append("closing_reason = ?")
                arguments += [reason]
            }
            arguments += [id, version]
            try db.execute(sql: "UPDATE referrals SET \(sets.joined(separator: ", ")) WHERE id = ? AND version = ?",
                           arguments: arguments)
            guard db.changesCount == 1 else { throw StoreError.conflict }
            let entry = transition.auditEntry(actor: ActingUser(role: role, userId: String(actor.id)),
                                              at: Self.date(now)!, entityType: .referral,
                                              entityId: String(id))
            try Audit.append(db, actor: actor.id, at: now, entity: entry.entityType.rawValue,
                             entityID: id, action: entry.action, from: entry.from, to: entry.to,
                             reason: entry.reason, changedFields: changed)
            if transition.effects.contains(.createFollowUp) {
                let note = transition.to == .declined
                    ? StoreText.followUpNoteDeclined.text : StoreText.followUpNoteNoShow.text
                let due = WorkingDays.nextWorkingMorning(after: Self.date(now)!)
                followUps.append(try self.insertFollowUp(
                    db, caseId: facts.id, referralId: id, due: Self.seconds(due), channel: .call,
                    note: note.es, assignedTo: facts.caseworkerId ?? actor.id, previousId: nil,
                    actor: actor, now: now, because: "\(event.rawValue) referral \(id)"))
            }
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
        try read { db in
            let facts = try self.caseFacts(db, caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            return try Row.fetchAll(db, sql: """
                SELECT \(ReferralRows.columns) FROM referrals r WHERE r.case_id = ?
                ORDER BY r.created_at DESC, r.id DESC
                """, arguments: [caseId]).map(ReferralRows.referral)
        }
    }

    /// One referral with its details decoded to Core types.
    public func referral(id: Int64, by actor: UserAccount) throws -> Referral {
        try referralDetail(id: id, by: actor).referral
    }

    /// One referral with its case number, partner name and closing reason.
    public func referralDetail(id: Int64, by actor: UserAccount) throws -> ReferralDetailView {
        try read { db in
            let loaded = try ReferralRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            let partnerName = try loaded.referral.partnerId.flatMap(Int64.init)
                .flatMap { try PartnerRows.load(db, $0)?.name }
            return ReferralDetailView(referral: loaded.referral, caseNumber: facts.number,
                                      partnerName: partnerName,
                                      closingReason: loaded.row["closing_reason"])
        }
    }

    /// Every step the workflow table offers from the referral's state, each allowed or
    /// refused with its reason (from `ReferralWorkflow.machine.availableEvents`).
    public func availableReferralActions(id: Int64, by actor: UserAccount) throws -> [ReferralAction] {
        try read { db in
            let loaded = try ReferralRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            let role = try self.permit(.viewCase, db, actor: actor, case: facts)
            let context = ReferralContext(actorId: String(actor.id), caseworkerId: facts.caseworker,
                                          referral: loaded.referral)
            return ReferralWorkflow.machine.availableEvents(from: loaded.referral.status, role: role,
                                                            context: context).map { available in
                var refusal = available.refusal?.message
                if refusal == nil, facts.status == .closed {
                    refusal = StoreText.caseIsClosed.text
                }
                return ReferralAction(event: available.event, to: available.to,
                                      requiredInputs: available.requiredInputs, refusal: refusal)
            }
        }
    }
}
