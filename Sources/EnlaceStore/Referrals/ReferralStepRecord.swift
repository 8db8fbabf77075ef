import EnlaceCore
import Foundation
import GRDB

/// The referral's part of the transition engine: a referral with the case it belongs to. A
/// closed case refuses every step; the effects stamp the sending, keep the appointment and
/// the outcome; a decline or a no-show creates a follow-up for the case's caseworker.
struct ReferralStepRecord: CaseChildRecord {
    let loaded: ReferralRecord
    let facts: CaseFacts

    static var machine: ReferralMachine { ReferralWorkflow.machine }
    static let table = "referrals"

    static func loadRow(_ db: Database, _ id: Int64) throws -> ReferralRecord { try ReferralRows.load(db, id) }

    var referral: Referral { loaded.referral }
    var status: ReferralStatus { referral.status }
    var version: Int { referral.version }

    func context(_ db: Database, actor: ActingUser) throws -> ReferralContext {
        ReferralContext(actorId: actor.userId, caseworkerId: facts.caseworker, referral: referral)
    }

    func eventRefusal(_ db: Database, _ event: ReferralEvent, desk: CaseDesk) throws -> LocalizedText? {
        event == .send ? try desk.noShareRefusal(db, caseId: facts.id) : nil
    }

    func changes(_ transition: Transition<ReferralStatus, ReferralEvent>, actor: UserAccount,
                 now: Int64) -> ColumnChanges {
        var c = ColumnChanges()
        let inputs = transition.inputs
        for effect in transition.effects {
            switch effect {
            case .stampSentAt:
                c.set("sent_at", now, field: "sentAt")
                // No due date, or one that passed while it was a draft: the partner's response
                // time, or the desk's default.
                if (referral.responseDueDate.map(CaseDesk.seconds) ?? 0) <= now {
                    let days = loaded.partnerResponseDays ?? CaseDesk.defaultResponseWorkingDays
                    let due = WorkingDays.adding(days, to: CaseDesk.date(now)!,
                                                 for: referral.kind)
                    c.set("response_due", CaseDesk.seconds(due), field: "responseDue")
                }
            case .recordAppointment:
                let appointment = inputs.appointment!
                c.set("appointment_at", CaseDesk.seconds(appointment.at))
                c.set("appointment_place", appointment.place)
                c.set("appointment_note", appointment.note, field: "appointment")
            case .recordReferralOutcome:
                c.set("outcome", inputs.referralOutcome?.rawValue, field: "outcome",
                      audited: [inputs.referralOutcome?.rawValue ?? ""])
                c.set("outcome_note", inputs.result)
            case .createFollowUp:
                break  // after the update (`afterUpdate`)
            case .assignCaseworker, .assignToActor, .recordWaitingOn, .clearWaitingOn, .recordClosureRequest,
                 .clearClosureRequest, .stampClosedAt, .clearClosure, .linkDuplicate, .recordResult,
                 .createNextFollowUp:
                break  // case and follow-up effects never appear in the referral table
            }
        }
        // The partner's answer: the response time the reports measure.
        if transition.from == .sent && (transition.to == .accepted || transition.to == .declined) {
            c.set("responded_at", now)
        }
        if let reason = inputs.reason { c.set("closing_reason", reason) }
        return c
    }

    func afterUpdate(_ db: Database, _ transition: Transition<ReferralStatus, ReferralEvent>, desk: CaseDesk,
                     actor: UserAccount, now: Int64) throws -> [Int64] {
        guard transition.effects.contains(.createFollowUp) else { return [] }
        let id = Int64(referral.id)!
        let note = transition.to == .declined ? StoreText.followUpNoteDeclined.text : StoreText.followUpNoteNoShow.text
        let due = WorkingDays.nextWorkingMorning(after: CaseDesk.date(now)!)
        return [try desk.insertFollowUp(
            db, caseId: facts.id, referralId: id, due: CaseDesk.seconds(due), channel: .call, note: note.es,
            assignedTo: facts.caseworkerId ?? actor.id, previousId: nil, actor: actor, now: now,
            because: "\(transition.event.rawValue) referral \(id)")]
    }
}
