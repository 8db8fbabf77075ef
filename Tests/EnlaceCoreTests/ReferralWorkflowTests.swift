import Foundation
import Testing
@testable import EnlaceCore

@Suite struct ReferralWorkflowTests {
    let machine = ReferralWorkflow.machine

    func draft(_ details: ReferralDetails, consent: Bool = true, partner: PartnerID? = "legal-aid-1",
               reason: String = "Orientación") -> Referral {
        Referral(id: "r1", caseId: "c1", partnerId: partner, reason: reason, consentToShare: consent,
                 createdAt: t0, details: details)
    }

    func ctx(_ referral: Referral, _ actor: ActingUser = Cast.cw1) -> ReferralContext {
        ReferralContext(actorId: actor.userId, caseworkerId: "cw1", referral: referral)
    }

    @Test func sendNeedsConsentToShare() {
        let r = draft(.consularOrientation(ConsularDetails(procedure: .matricula, consulate: "Chicago")), consent: false)
        let result = machine.evaluate(from: .draft, event: .send, role: .caseworker, context: ctx(r))
        guard case .failure(.guardFailed("consentToShare", let reason, .condition)) = result else {
            Issue.record("expected consent refusal, got \(result)")
            return
        }
        #expect(reason.es.contains("consentimiento"))
        #expect(reason.en.contains("consented"))
    }

    @Test func sendNeedsTheKindsRequiredFieldsAndSaysWhich() {
        let r = draft(.telemedicine(TelemedicineDetails(symptoms: "Dolor de cabeza")), partner: nil)
        #expect(r.missingFieldsToSend == [.partner, .preferredLanguage, .modality])
        let result = machine.evaluate(from: .draft, event: .send, role: .caseworker, context: ctx(r))
        guard case .failure(.guardFailed("requiredFields", let reason, .condition)) = result else {
            Issue.record("expected required fields refusal, got \(result)")
            return
        }
        #expect(reason.es == "Complete antes de enviar: Organización aliada, Idioma preferido y Modalidad.")
        #expect(reason.en == "Complete before sending: Partner, Preferred language and Modality.")
    }

    @Test func completeDraftIsSent() {
        let r = draft(.telemedicine(TelemedicineDetails(symptoms: "Tos", preferredLanguage: .mixteco, modality: .phone)))
        let t = machine.evaluate(from: .draft, event: .send, role: .caseworker, context: ctx(r)).success
        #expect(t?.to == .sent && t?.effects == [.stampSentAt])
    }

    @Test func requiredFieldsPerKind() {
        #expect(ReferralDetails.requiredToSend(.telemedicine) == [.symptoms, .preferredLanguage, .modality])
        #expect(ReferralDetails.requiredToSend(.legalAid) == [.matter])
        #expect(ReferralDetails.requiredToSend(.funeralAssistance) == [.deceasedName, .dateOfDeath, .bodyLocation, .disposition, .nextOfKin])
        #expect(ReferralDetails.requiredToSend(.consularOrientation) == [.procedure, .consulate])
        // Empty details miss exactly the always-required fields.
        for kind in ReferralKind.allCases {
            #expect(ReferralDetails.empty(kind).missingFieldsToSend == ReferralDetails.requiredToSend(kind))
            #expect(ReferralDetails.empty(kind).kind == kind)
        }
        // Conditional fields.
        #expect(LegalAidDetails(matter: .immigrationDefense, detained: true).missingFieldsToSend == [.detentionFacility])
        #expect(LegalAidDetails(matter: .immigrationDefense, detained: true, detentionFacility: "Broadview").missingFieldsToSend.isEmpty)
        let funeral = FuneralDetails(deceasedName: "Juan Pérez", dateOfDeath: t0, bodyLocation: .coroner,
                                     disposition: .burial, nextOfKin: NextOfKinContact(name: "Rosa", phone: "+523312345678"),
                                     supportRequested: [.repatriation])
        #expect(funeral.missingFieldsToSend == [.repatriationDestination])
        var withDestination = funeral
        withDestination.repatriation = MexicanOrigin(stateCode: "20", municipality: "Tlaxiaco")
        #expect(withDestination.missingFieldsToSend.isEmpty)
        var noPhone = withDestination
        noPhone.nextOfKin = NextOfKinContact(name: "Rosa")
        #expect(noPhone.missingFieldsToSend == [.nextOfKin])
    }

    @Test func declineNeedsReasonAndCreatesAFollowUp() {
        let r = draft(.legalAid(LegalAidDetails(matter: .laborWageTheft)))
        #expect(machine.evaluate(from: .sent, event: .decline, role: .caseworker, context: ctx(r))
            .failure == .missingInputs([.reason]))
        let t = machine.evaluate(from: .sent, event: .decline, role: .caseworker, context: ctx(r),
                                 inputs: WorkflowInputs(reason: "No atienden ese condado")).success
        #expect(t?.to == .declined && t?.effects == [.createFollowUp])
    }

    @Test func acceptedScheduledCompletedOrNoShow() {
        let r = draft(.legalAid(LegalAidDetails(matter: .asylum)))
        #expect(machine.evaluate(from: .sent, event: .accept, role: .supervisor, context: ctx(r, Cast.sup)).success?.to == .accepted)
        #expect(machine.evaluate(from: .accepted, event: .schedule, role: .caseworker, context: ctx(r))
            .failure == .missingInputs([.appointment]))
        let appointment = WorkflowInputs(appointment: Appointment(at: t0.addingTimeInterval(86_400), place: "Oficina"))
        #expect(machine.evaluate(from: .accepted, event: .schedule, role: .caseworker, context: ctx(r), inputs: appointment)
            .success?.to == .scheduled)
        let again = machine.evaluate(from: .scheduled, event: .reschedule, role: .caseworker, context: ctx(r), inputs: appointment).success
        #expect(again?.to == .scheduled)
        #expect(again?.changedFields == ["appointment"])
        #expect(machine.evaluate(from: .scheduled, event: .complete, role: .caseworker, context: ctx(r))
            .failure == .missingInputs([.referralOutcome]))
        #expect(machine.evaluate(from: .scheduled, event: .complete, role: .caseworker, context: ctx(r),
                                 inputs: WorkflowInputs(referralOutcome: .serviceProvided)).success?.to == .completed)
        let noShow = machine.evaluate(from: .scheduled, event: .markNoShow, role: .caseworker, context: ctx(r)).success
        #expect(noShow?.to == .noShow && noShow?.effects == [.createFollowUp])
        // Scheduling straight from sent is not in the table.
        #expect(classify(machine.evaluate(from: .sent, event: .schedule, role: .caseworker, context: ctx(r),
                                          inputs: appointment)) == .noTransition)
    }

    @Test func cancelFromEveryOpenStateWithReason() {
        let r = draft(.legalAid(LegalAidDetails(matter: .family)))
        for state in ReferralStatus.allCases {
            let result = machine.evaluate(from: state, event: .cancel, role: .caseworker, context: ctx(r),
                                          inputs: WorkflowInputs(reason: "La persona ya no lo necesita"))
            if state.isOpen {
                #expect(result.success?.to == .cancelled)
                #expect(machine.evaluate(from: state, event: .cancel, role: .caseworker, context: ctx(r))
                    .failure == .missingInputs([.reason]))
            } else {
                #expect(classify(result) == .noTransition)
            }
        }
    }

    @Test func awaitingResponseIsDerivedFromStatusAndDueDate() {
        var r = draft(.legalAid(LegalAidDetails(matter: .daca)))
        r.responseDueDate = t0
        #expect(!r.isAwaitingResponse(at: t0.addingTimeInterval(60)))  // still a draft
        r.status = .sent
        #expect(!r.isAwaitingResponse(at: t0))  // due now, not past
        #expect(r.isAwaitingResponse(at: t0.addingTimeInterval(60)))
        r.status = .accepted
        #expect(!r.isAwaitingResponse(at: t0.addingTimeInterval(60)))
        var later = r
        later.id = "r2"
        later.status = .sent
        later.responseDueDate = t0.addingTimeInterval(-3_600)
        var noDue = r
        noDue.id = "r3"
        noDue.status = .sent
        noDue.responseDueDate = nil
        let waiting = DerivedStates.awaitingResponse([r, later, noDue], at: t0.addingTimeInterval(60))
        #expect(waiting.map(\.id) == ["r2"])
    }
}

@Suite struct FollowUpWorkflowTests {
    let machine = FollowUpWorkflow.machine
    let ctx = FollowUpContext(actorId: "cw1", caseworkerId: "cw1")

    @Test func doneNeedsAResult() {
        #expect(machine.evaluate(from: .scheduled, event: .complete, role: .caseworker, context: ctx)
            .failure == .missingInputs([.result]))
        let t = machine.evaluate(from: .scheduled, event: .complete, role: .caseworker, context: ctx,
                                 inputs: WorkflowInputs(result: "Confirmó la cita")).success
        #expect(t?.to == .done && t?.effects == [.recordResult])
    }

    @Test func missedCreatesTheNextOne() {
        #expect(machine.evaluate(from: .scheduled, event: .miss, role: .caseworker, context: ctx)
            .failure == .missingInputs([.nextDue]))
        let t = machine.evaluate(from: .scheduled, event: .miss, role: .caseworker, context: ctx,
                                 inputs: WorkflowInputs(nextDue: t0.addingTimeInterval(86_400))).success
        #expect(t?.to == .missed && t?.effects == [.createNextFollowUp])
        #expect(classify(machine.evaluate(from: .done, event: .miss, role: .caseworker, context: ctx,
                                          inputs: WorkflowInputs(nextDue: t0))) == .noTransition)
        // The next one must come after the missed one.
        let dueCtx = FollowUpContext(actorId: "cw1", caseworkerId: "cw1", due: t0)
        let same = machine.evaluate(from: .scheduled, event: .miss, role: .caseworker, context: dueCtx,
                                    inputs: WorkflowInputs(nextDue: t0))
        #expect(classify(same) == .invalidInput("nextDueAfterDue"))
        #expect(same.failure?.message.en == "The next follow-up must be due after the missed one.")
        #expect(machine.evaluate(from: .scheduled, event: .miss, role: .caseworker, context: dueCtx,
                                 inputs: WorkflowInputs(nextDue: t0.addingTimeInterval(60))).success?.to == .missed)
    }

    @Test func otherCaseworkersFollowUpIsRefused() {
        let other = FollowUpContext(actorId: "cw2", caseworkerId: "cw1")
        #expect(classify(machine.evaluate(from: .scheduled, event: .complete, role: .caseworker, context: other,
                                          inputs: WorkflowInputs(result: "ok"))) == .guardFailed("ownOrUnassigned"))
    }

    @Test func overdueIsDueInThePastAndNotDone() {
        let past = FollowUp(id: "a", caseId: "c", due: t0.addingTimeInterval(-60), channel: .sms)
        let older = FollowUp(id: "b", caseId: "c", due: t0.addingTimeInterval(-7_200), channel: .visit)
        let future = FollowUp(id: "c", caseId: "c", due: t0.addingTimeInterval(60), channel: .call)
        var done = past
        done.id = "d"
        done.status = .done
        #expect(past.isOverdue(at: t0) && !future.isOverdue(at: t0) && !done.isOverdue(at: t0))
        #expect(DerivedStates.overdue([past, future, done, older], at: t0).map(\.id) == ["b", "a"])
    }
}
