import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct ReferralUseCaseTests {
    func draft(_ f: DeskFixture, caseId: Int64, kind: ReferralKind = .telemedicine,
               details: ReferralDetails? = nil, consent: Bool = true, partner: Int64? = nil,
               by actor: UserAccount? = nil, responseDue: Date? = nil) throws -> Referral {
        let partnerId = try partner ?? f.makePartner("Clínica \(kind.rawValue)", kinds: [kind])
        return try f.desk.createReferral(
            caseId: caseId, kind: kind, partnerId: partnerId, reason: "Necesita atención",
            urgency: .priority, details: details ?? SampleDetails.complete(kind),
            consentToShare: consent, responseDue: responseDue, by: actor ?? f.ana)
    }

    @Test func fullPathStampsTimesAndAuditsEveryStep() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        var r = try draft(f, caseId: caseId)
        #expect(r.status == .draft && r.version == 1)
        #expect(r.checklist.map(\.key) == ["photoID", "medicationList", "insuranceCard", "reachablePhone"])
        let id = Int64(r.id)!

        r = try f.desk.sendReferral(id: id, by: f.ana, version: r.version)
        #expect(r.status == .sent && r.version == 2)
        #expect(r.sentAt == Date(timeIntervalSince1970: TimeInterval(Int64(f.clock.date.timeIntervalSince1970))))
        // Default response due: three working days after sending.
        let expectedDue = WorkingDays.adding(3, to: r.sentAt!)
        #expect(r.responseDueDate == expectedDue)
        #expect(expectedDue.timeIntervalSince(r.sentAt!) >= 3 * 86_400)

        r = try f.desk.acceptReferral(id: id, by: f.ana, version: r.version)
        #expect(r.status == .accepted)
        let at = f.clock.date.addingTimeInterval(5 * 86_400)
        r = try f.desk.scheduleReferral(id: id, appointment: Appointment(at: at, place: "Clínica Alivio"),
                                        by: f.ana, version: r.version)
        #expect(r.status == .scheduled && r.appointment?.place == "Clínica Alivio")
        let later = at.addingTimeInterval(86_400)
        r = try f.desk.rescheduleReferral(id: id, appointment: Appointment(at: later), by: f.ana,
                                          version: r.version)
        #expect(r.status == .scheduled && r.appointment?.at == later && r.appointment?.place == nil)
        r = try f.desk.completeReferral(id: id, outcome: .serviceProvided, note: "Recibió consulta",
                                        by: f.ana, version: r.version)
        #expect(r.status == .completed && r.outcome == .serviceProvided && r.outcomeNote == "Recibió consulta")
        #expect(r.version == 6)
        #expect(try f.auditActions("referral", id) ==
                ["create", "send", "accept", "schedule", "reschedule", "complete"])
        let row = try f.desk.pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT actor_id, from_state, to_state FROM audit_log
                WHERE entity = 'referral' AND entity_id = ? AND action = 'send'
                """, arguments: [id])!
        }
        #expect(row["actor_id"] as Int64 == f.ana.id)
        #expect(row["from_state"] as String == "draft" && row["to_state"] as String == "sent")
        // Reading back gives the same referral with its details decoded.
        #expect(try f.desk.referral(id: id, by: f.ana) == r)
        #expect(try f.desk.referrals(caseId: caseId, by: f.supervisor) == [r])
    }

    @Test func declineCreatesAFollowUpForTheCaseworker() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        var r = try draft(f, caseId: caseId)
        let id = Int64(r.id)!
        r = try f.desk.sendReferral(id: id, by: f.ana, version: r.version)
        // The supervisor records the answer; the follow-up still goes to the case's caseworker.
        r = try f.desk.declineReferral(id: id, reason: "Sin cupo este mes", by: f.supervisor, version: r.version)
        #expect(r.status == .declined)
        let followUps = try f.desk.followUps(caseId: caseId, by: f.ana)
        #expect(followUps.count == 1)
        let fu = try #require(followUps.first)
        #expect(fu.assignedTo == String(f.ana.id))
        #expect(fu.referralId == r.id)
        #expect(fu.status == .scheduled && fu.channel == .call)
        #expect(fu.due == WorkingDays.nextWorkingMorning(after: f.clock.date))
        #expect(fu.due > f.clock.date)
        #expect(try f.auditActions("followUp", Int64(fu.id)!) == ["create"])
        #expect(try f.auditActions("referral", id) == ["create", "send", "decline"])
        let reason = try f.desk.pool.read { db in
            // Typed text is kept sealed beside the audit row (`audit_texts`).
            try String.fetchOne(db, sql: """
                SELECT enlace_open(t.text, 'audit_texts.text') FROM audit_log a JOIN audit_texts t ON t.audit_id = a.id
                WHERE a.entity = 'referral' AND a.action = 'decline'
                """)
        }
        #expect(reason == "Sin cupo este mes")
        #expect(try f.desk.referralDetail(id: id, by: f.ana).closingReason == "Sin cupo este mes")
        // Decline needs a reason.
        let other = try draft(f, caseId: caseId)
        let sent = try f.desk.sendReferral(id: Int64(other.id)!, by: f.ana, version: 1)
        #expect(caught { try f.desk.declineReferral(id: Int64(other.id)!, reason: "  ", by: f.ana, version: sent.version) }?.isWorkflowRefused == true)
    }

    @Test func noShowCreatesAFollowUp() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: nil)  // unassigned: the follow-up goes to the actor
        var r = try draft(f, caseId: caseId, kind: .legalAid)
        let id = Int64(r.id)!
        r = try f.desk.sendReferral(id: id, by: f.ben, version: r.version)
        r = try f.desk.acceptReferral(id: id, by: f.ben, version: r.version)
        r = try f.desk.scheduleReferral(id: id, appointment: Appointment(at: f.clock.date.addingTimeInterval(3600)),
                                        by: f.ben, version: r.version)
        f.clock.advance(2 * 3600)
        r = try f.desk.markReferralNoShow(id: id, by: f.ben, version: r.version)
        #expect(r.status == .noShow)
        let fu = try #require(try f.desk.followUps(caseId: caseId, by: f.ben).first)
        #expect(fu.assignedTo == String(f.ben.id) && fu.referralId == r.id)
        #expect(try f.count("SELECT count(*) FROM follow_ups WHERE referral_id = ?", [id]) == 1)
    }

    @Test func sendIsRefusedWithoutConsent() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let r = try draft(f, caseId: caseId, consent: false)
        let error = caught { try f.desk.sendReferral(id: Int64(r.id)!, by: f.ana, version: r.version) }
        #expect(error?.isWorkflowRefused == true)
        #expect(error?.message(.es).contains(WorkflowText.refusalNoConsent.text.es) == true)
        #expect(try f.desk.referral(id: Int64(r.id)!, by: f.ana).status == .draft)
        #expect(try f.auditActions("referral", Int64(r.id)!) == ["create"])
        // The action list says why, before anyone tries.
        let send = try #require(try f.desk.availableReferralActions(id: Int64(r.id)!, by: f.ana)
            .first { $0.event == .send })
        #expect(!send.isAllowed && send.refusal == WorkflowText.refusalNoConsent.text)
    }

    @Test(arguments: ReferralKind.allCases)
    func sendIsRefusedWithoutTheKindsRequiredFields(kind: ReferralKind) throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let partner = try f.makePartner("Aliada", kinds: [kind])
        var r = try draft(f, caseId: caseId, kind: kind, details: .empty(kind), partner: partner)
        let id = Int64(r.id)!
        let error = caught { try f.desk.sendReferral(id: id, by: f.ana, version: r.version) }
        #expect(error?.isWorkflowRefused == true)
        for field in ReferralDetails.requiredToSend(kind) {
            #expect(error?.message(.es).contains(field.label.text.es) == true, "\(field)")
            #expect(error?.message(.en).contains(field.label.text.en) == true, "\(field)")
        }
        // Filled in, the same draft goes.
        r = try f.desk.updateReferralDraft(id: id, partnerId: partner, reason: "Motivo", urgency: .routine,
                                           details: SampleDetails.complete(kind), consentToShare: true,
                                           responseDue: nil, by: f.ana, version: r.version)
        #expect(r.missingFieldsToSend.isEmpty)
        r = try f.desk.sendReferral(id: id, by: f.ana, version: r.version)
        #expect(r.status == .sent)
        #expect(try f.auditActions("referral", id) == ["create", "update", "send"])
    }

    @Test func permissionsFollowTheRoleTable() throws {
        let f = try DeskFixture()
        let anas = try f.makeCase(caseworker: f.ana)
        let unassigned = try f.makeCase(caseworker: nil)
        let partner = try f.makePartner("Clínica", kinds: [.telemedicine])
        func create(_ caseId: Int64, _ actor: UserAccount) -> StoreError? {
            caught { try draft(f, caseId: caseId, partner: partner, by: actor) }
        }
        #expect(create(anas, f.volunteer)?.isNotPermitted == true)
        #expect(create(anas, f.admin)?.isNotPermitted == true)
        #expect(create(anas, f.ben)?.isNotPermitted == true)
        #expect(create(anas, f.ana) == nil)
        #expect(create(anas, f.supervisor) == nil)
        #expect(create(unassigned, f.ben) == nil)
        let refusal = create(anas, f.ben)
        #expect(refusal?.message(.es).contains("asignado a otra persona") == true)

        let r = try draft(f, caseId: anas, partner: partner)
        let id = Int64(r.id)!
        #expect(caught { try f.desk.sendReferral(id: id, by: f.ben, version: 1) }?.isNotPermitted == true)
        #expect(caught { try f.desk.referral(id: id, by: f.ben) }?.isNotPermitted == true)
        #expect(caught { try f.desk.referral(id: id, by: f.admin) }?.isNotPermitted == true)
        #expect(caught { try f.desk.cancelReferral(id: id, reason: "x", by: f.volunteer, version: 1) }?.isNotPermitted == true)
        // A role changed after sign-in is what counts.
        try f.desk.pool.write { db in try db.execute(sql: "UPDATE user_roles SET role = 'volunteer' WHERE user_id = ?", arguments: [f.ana.id]) }
        #expect(caught { try f.desk.sendReferral(id: id, by: f.ana, version: 1) }?.isNotPermitted == true)
        #expect(try f.auditActions("referral", id) == ["create"])
    }

    @Test func closedCasesRefuseNewReferralsAndFollowUps() throws {
        let f = try DeskFixture()
        let closed = try f.makeCase(caseworker: f.ana, status: .closed)
        let partner = try f.makePartner("Clínica", kinds: [.telemedicine])
        let error = caught { try draft(f, caseId: closed, partner: partner) }
        #expect(error?.isWorkflowRefused == true)
        #expect(error?.message(.en).contains("closed") == true)
        #expect(caught { try f.desk.scheduleFollowUp(caseId: closed, due: f.clock.date, channel: .sms, note: "x", by: f.ana) }?.isWorkflowRefused == true)
        #expect(try f.count("SELECT count(*) FROM referrals") == 0)
        #expect(caught { try draft(f, caseId: 9999, partner: partner) }?.isInvalid == true)
    }

    @Test func aStaleVersionIsAConflictAcrossTwoDesks() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let r = try draft(f, caseId: caseId)
        let id = Int64(r.id)!
        let second = try openDesk(f.desk.path, create: false, clock: f.clock)
        _ = try second.authenticate(username: "sofia", password: "secreto-123")
        // Both read version 1; the second desk sends first.
        let sent = try second.sendReferral(id: id, by: f.supervisor, version: r.version)
        #expect(sent.version == 2)
        #expect(caught { try f.desk.cancelReferral(id: id, reason: "ya no", by: f.ana, version: r.version) } == .conflict)
        #expect(caught { try f.desk.setChecklistItem(referralId: id, item: "photoID", done: true, by: f.ana, version: 1) } == .conflict)
        #expect(caught {
            try f.desk.updateReferralDraft(id: id, partnerId: nil, reason: "x", urgency: .routine,
                                           details: r.details, consentToShare: true, responseDue: nil,
                                           by: f.ana, version: 1)
        } == .conflict)
        #expect(try f.desk.referral(id: id, by: f.ana).status == .sent)
        #expect(try f.auditActions("referral", id) == ["create", "send"])
    }

    @Test func checklistTicksAreKeptAndAudited() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let consulate = try f.makePartner("Consulado General de México en Chicago",
                                          kinds: [.consularOrientation], consulate: true)
        var r = try draft(f, caseId: caseId, kind: .consularOrientation,
                          details: .consularOrientation(ConsularDetails(procedure: .matricula)),
                          partner: consulate)
        let id = Int64(r.id)!
        // The consulate partner filled the consulate's name.
        guard case .consularOrientation(let c) = r.details else { Issue.record("kind"); return }
        #expect(c.consulate == "Consulado General de México en Chicago")
        #expect(r.checklist.map(\.key) == ["birthCertificate", "officialPhotoID", "proofOfAddressInDistrict"])
        r = try f.desk.setChecklistItem(referralId: id, item: "birthCertificate", done: true, by: f.ana, version: r.version)
        #expect(r.checklist.first { $0.key == "birthCertificate" }?.done == true)
        #expect(r.version == 2)
        #expect(caught { try f.desk.setChecklistItem(referralId: id, item: "nope", done: true, by: f.ana, version: 2) }?.isInvalid == true)
        // Passport keeps the shared birth certificate tick and brings its own items.
        r = try f.desk.updateReferralDraft(id: id, partnerId: consulate, reason: "Pasaporte", urgency: .routine,
                                           details: .consularOrientation(ConsularDetails(procedure: .passport, consulate: c.consulate)),
                                           consentToShare: true, responseDue: nil, by: f.ana, version: r.version)
        #expect(r.checklist.map(\.key) == ["birthCertificate", "officialPhotoID", "curpPrintout", "feePayment"])
        #expect(r.checklist.filter(\.done).map(\.key) == ["birthCertificate"])
        #expect(try f.auditActions("referral", id) == ["create", "checklist", "update"])
    }

    @Test func partnerMustServeTheKindAndTextIsChecked() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let legal = try f.makePartner("Bufete Popular", kinds: [.legalAid])
        let error = caught { try draft(f, caseId: caseId, kind: .telemedicine, partner: legal) }
        #expect(error?.isInvalid == true)
        #expect(error?.message(.es).contains("Bufete Popular") == true)
        #expect(caught {
            try f.desk.createReferral(caseId: caseId, kind: .telemedicine, partnerId: nil,
                                      reason: String(repeating: "a", count: 2001), urgency: .routine,
                                      details: .empty(.telemedicine), consentToShare: false,
                                      responseDue: nil, by: f.ana)
        }?.isInvalid == true)
        #expect(caught {
            try f.desk.createReferral(caseId: caseId, kind: .legalAid, partnerId: nil, reason: "x\u{7}",
                                      urgency: .routine, details: .empty(.legalAid), consentToShare: false,
                                      responseDue: nil, by: f.ana)
        }?.isInvalid == true)
        #expect(caught {
            try f.desk.createReferral(caseId: caseId, kind: .legalAid, partnerId: nil, reason: "x",
                                      urgency: .routine, details: .empty(.telemedicine), consentToShare: false,
                                      responseDue: nil, by: f.ana)
        }?.message(.en).contains("do not match its kind (Legal aid)") == true)
        #expect(try f.count("SELECT count(*) FROM referrals") == 0)
    }

    @Test func cancelNeedsAReasonAndClosesAnyOpenState() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let r = try draft(f, caseId: caseId)
        let id = Int64(r.id)!
        #expect(caught { try f.desk.cancelReferral(id: id, reason: "", by: f.ana, version: 1) }?.isWorkflowRefused == true)
        let cancelled = try f.desk.cancelReferral(id: id, reason: "La persona ya no lo necesita", by: f.ana, version: 1)
        #expect(cancelled.status == .cancelled)
        // Nothing leaves a cancelled referral.
        let actions = try f.desk.availableReferralActions(id: id, by: f.ana)
        #expect(actions.isEmpty)
        #expect(caught { try f.desk.sendReferral(id: id, by: f.ana, version: 2) }?.isWorkflowRefused == true)
    }

    @Test func actionsOfASentReferral() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        var r = try draft(f, caseId: caseId)
        r = try f.desk.sendReferral(id: Int64(r.id)!, by: f.ana, version: 1)
        let actions = try f.desk.availableReferralActions(id: Int64(r.id)!, by: f.supervisor)
        #expect(actions.map(\.event) == [.accept, .decline, .cancel])
        #expect(actions.allSatisfy { $0.isAllowed })
        #expect(actions.first { $0.event == .decline }?.requiredInputs == [.reason])
    }

    @Test func aGivenResponseDueIsKeptUnlessItPassedWhileADraft() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let inAWeek = f.clock.date.addingTimeInterval(7 * 86_400)
        var kept = try draft(f, caseId: caseId, responseDue: inAWeek)
        kept = try f.desk.sendReferral(id: Int64(kept.id)!, by: f.ana, version: kept.version)
        #expect(kept.responseDueDate == Date(timeIntervalSince1970: TimeInterval(Int64(inAWeek.timeIntervalSince1970))))
        var stale = try draft(f, caseId: caseId, responseDue: f.clock.date.addingTimeInterval(3600))
        #expect(caught { try draft(f, caseId: caseId, responseDue: f.clock.date.addingTimeInterval(-60)) }?.isInvalid == true)
        f.clock.advance(2 * 3600)
        stale = try f.desk.sendReferral(id: Int64(stale.id)!, by: f.ana, version: stale.version)
        #expect(stale.responseDueDate == WorkingDays.adding(3, to: stale.sentAt!))
    }

    @Test func workingDaysSkipWeekendsAndFederalHolidays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let friday = calendar.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 15))!
        #expect(calendar.component(.weekday, from: friday) == 6)
        let plus3 = WorkingDays.adding(3, to: friday, calendar: calendar)
        #expect(calendar.dateComponents([.month, .day, .hour], from: plus3) == DateComponents(month: 11, day: 25, hour: 15))
        let morning = WorkingDays.nextWorkingMorning(after: friday, calendar: calendar)
        #expect(calendar.dateComponents([.month, .day, .hour], from: morning) == DateComponents(month: 11, day: 23, hour: 10))
        // Thanksgiving (Thursday 26 November 2026) is not a working day: from Tuesday the 24th,
        // three working days end on Monday the 30th (Wednesday, Friday, Monday).
        let tuesday = calendar.date(from: DateComponents(year: 2026, month: 11, day: 24, hour: 9))!
        let afterThanksgiving = WorkingDays.adding(3, to: tuesday, calendar: calendar)
        #expect(calendar.dateComponents([.month, .day, .hour], from: afterThanksgiving) == DateComponents(month: 11, day: 30, hour: 9))
        // The day before Christmas (observed Friday 25 December), the next working morning is Monday.
        let christmasEve = calendar.date(from: DateComponents(year: 2026, month: 12, day: 24, hour: 16))!
        let next = WorkingDays.nextWorkingMorning(after: christmasEve, calendar: calendar)
        #expect(calendar.dateComponents([.month, .day, .hour], from: next) == DateComponents(month: 12, day: 28, hour: 10))
        // From Monday 14 September 2026, three working days for a consulate skip the 16th
        // (Mexico's Independence Day): 15, 17, 18. For a clinic: 15, 16, 17.
        let monday = calendar.date(from: DateComponents(year: 2026, month: 9, day: 14, hour: 11))!
        let consular = WorkingDays.adding(3, to: monday, for: .consularOrientation, calendar: calendar)
        let clinic = WorkingDays.adding(3, to: monday, for: .telemedicine, calendar: calendar)
        #expect(calendar.component(.day, from: consular) == 18)
        #expect(calendar.component(.day, from: clinic) == 17)
    }
}
