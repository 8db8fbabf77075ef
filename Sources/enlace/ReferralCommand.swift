import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

struct ReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral",
        abstract: "Creates referrals and moves them through their workflow (see: enlace workflow --machine referral).",
        subcommands: [Create.self, Send.self, Accept.self, Decline.self, Schedule.self,
                      Complete.self, NoShow.self, Cancel.self, Show.self, Slip.self])

    /// Options of every step on one referral.
    struct Target: ParsableArguments {
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        @Argument(help: "The referral's id.")
        var id: Int64

        @Option(name: .customLong("if-version"), help: "The version you read (from `show`); the step is refused if someone changed it since. Default: the current one.")
        var version: Int?

        func version(_ session: DeskSession) throws -> Int {
            if let version { return version }
            return try session.run { try session.desk.referral(id: id, by: session.user).version }
        }

        /// Signs in, reads the version, runs the step, prints the referral's new state.
        func perform(_ step: (DeskSession, Int64, Int) throws -> Referral) throws {
            let s = try DeskSession.open(options, signIn)
            let v = try version(s)
            ReferralCommand.report(s, try s.run { try step(s, id, v) })
        }
    }

    static func report(_ session: DeskSession, _ referral: Referral) {
        Console.print(DeskCLIText.referralDone.format(session.language, [
            "id": referral.id, "status": referral.status.label(session.language),
            "version": "\(referral.version)",
        ]))
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Creates a draft referral of a case (with --send, creates and sends it in one step).",
            discussion: """
                The same use case as the referral form: the draft, its ticked documents (--tick) and, \
                with --send, the sending are one transaction. When the send is refused (consent or a \
                required field missing), the draft is kept, its id is printed and the reason goes \
                to standard error (exit 65).
                """)
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        @Option(name: .long, help: "The case: its number (2026-000123) or id.") var `case`: String
        @Option(name: .long, help: "telemedicine, legalAid, funeralAssistance or consularOrientation.") var kind: ReferralKind
        @Option(name: .long, help: "The partner's id (see the directory).") var partner: Int64?
        @Option(name: .long, help: "Why the person is referred.") var reason: String = ""
        @Option(name: .long, help: "routine, priority or urgent.") var urgency: ReferralUrgency = .routine
        @Flag(name: .long, help: "The person agreed to share the needed data with this partner.") var consent = false
        @Option(name: .long, help: "When the partner should answer (YYYY-MM-DD [HH:MM]); default: 3 working days after sending.") var responseDue: String?
        @Option(name: .long, help: "A document of the checklist the person has (its key; repeatable).") var tick: [String] = []
        @Flag(name: .long, help: "Send it at once (needs --consent and the kind's required fields).") var send = false
        @Option(name: .long, help: "The kind's details as Enlace JSON ({\"kind\":..., \"details\":{...}}), instead of the options below.") var detailsJson: String?
        // Telemedicine.
        @Option(name: .long, help: "Telemedicine: reason or symptoms.") var symptoms: String?
        @Option(name: .long, help: "Telemedicine: spanish, english, mixteco, zapoteco, purepecha, nahuatl, triqui, tzotzil, mam, kiche, maya, other.") var preferredLanguage: SpokenLanguage?
        @Option(name: .long, help: "Telemedicine: phone or video.") var modality: TelemedicineModality?
        @Option(name: .long, help: "Telemedicine: none, medicaid, employer, other.") var insurance: InsuranceCoverage?
        // Legal aid.
        @Option(name: .long, help: "Legal aid: immigrationDefense, asylum, daca, uTVisa, laborWageTheft, housingEviction, family, other.") var matter: LegalMatter?
        @Option(name: .long, help: "Legal aid: deadline or court date (YYYY-MM-DD).") var deadline: String?
        @Flag(name: .long, help: "Legal aid: the person is detained.") var detained = false
        @Option(name: .long, help: "Legal aid: the detention facility.") var facility: String?
        // Consular orientation.
        @Option(name: .long, help: "Consular: matricula, passport, birthRegistration, powerOfAttorney, voterCard, other.") var procedure: ConsularProcedure?
        @Option(name: .long, help: "Consular: the consulate (default: the partner, when it is a consulate).") var consulate: String?
        // Funeral assistance.
        @Option(name: .long, help: "Funeral: the deceased's name.") var deceased: String?
        @Option(name: .long, help: "Funeral: date of death (YYYY-MM-DD).") var dateOfDeath: String?
        @Option(name: .long, help: "Funeral: hospital, coroner or funeralHome.") var bodyLocation: BodyLocation?
        @Option(name: .long, help: "Funeral: burial or cremation.") var disposition: FuneralDisposition?
        @Option(name: .long, help: "Funeral: next of kin's name.") var kinName: String?
        @Option(name: .long, help: "Funeral: next of kin's phone (E.164).") var kinPhone: String?
        @Option(name: .long, help: "Funeral: the next of kin from the household of the case's person: person:<id> (a relative) or contact:<id> (see `enlace person family list` and `kin list`).") var kinFrom: String?

        func run() throws {
            let session = try DeskSession.open(options, signIn)
            let caseId = try session.caseId(self.case)
            let details = try self.details(session)
            let due = try responseDue.map { try session.date($0, option: "response-due") }
            let input = ReferralDraftInput(
                .new(caseId: caseId), kind: kind, partnerId: partner, reason: reason, urgency: urgency,
                details: details, consentToShare: consent, responseDue: due,
                ticks: Dictionary(tick.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
            let saved = try session.run { try session.desk.saveReferral(input, send: send, by: session.user) }
            ReferralCommand.report(session, saved.referral)
            if let refusal = saved.notSent {
                Console.error(CaseStoreText.cliReferralNotSent.format(session.language, [
                    "id": saved.referral.id, "reason": refusal.message(session.language)]))
                throw ExitCode(65)
            }
        }

        func details(_ session: DeskSession) throws -> ReferralDetails {
            if let detailsJson {
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .secondsSince1970
                guard let details = try? decoder.decode(ReferralDetails.self, from: Data(detailsJson.utf8)),
                      details.kind == kind else {
                    throw session.invalid(.detailsMismatch, ["kind": kind.label(session.language)])
                }
                return details
            }
            switch kind {
            case .telemedicine:
                return .telemedicine(TelemedicineDetails(symptoms: symptoms, preferredLanguage: preferredLanguage,
                                                         modality: modality, insurance: insurance))
            case .legalAid:
                return .legalAid(LegalAidDetails(matter: matter,
                                                 deadline: try deadline.map { try session.date($0, option: "deadline") },
                                                 detained: detained, detentionFacility: facility))
            case .consularOrientation:
                return .consularOrientation(ConsularDetails(procedure: procedure, consulate: consulate))
            case .funeralAssistance:
                let kin = try kinFrom.map { try ReferralKinChoice.pick($0, case: self.case, session) }
                    ?? kinName.map { NextOfKinContact(name: $0, phone: kinPhone) }
                return .funeralAssistance(FuneralDetails(
                    deceasedName: deceased,
                    dateOfDeath: try dateOfDeath.map { try session.date($0, option: "date-of-death") },
                    bodyLocation: bodyLocation, disposition: disposition, nextOfKin: kin))
            }
        }
    }

    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sends a draft (needs consent and the kind's required fields).")
        @OptionGroup var target: Target
        func run() throws { try target.perform { s, id, v in try s.desk.sendReferral(id: id, by: s.user, version: v) } }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Records that the partner accepted.")
        @OptionGroup var target: Target
        func run() throws { try target.perform { s, id, v in try s.desk.acceptReferral(id: id, by: s.user, version: v) } }
    }

    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Records that the partner declined (creates a follow-up for the caseworker).")
        @OptionGroup var target: Target
        @Option(name: .long, help: "Why it was declined.") var reason: String = ""
        func run() throws { try target.perform { s, id, v in try s.desk.declineReferral(id: id, reason: reason, by: s.user, version: v) } }
    }

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Records the appointment (or moves it, when already scheduled).")
        @OptionGroup var target: Target
        @Option(name: .long, help: "When: YYYY-MM-DD HH:MM (local time).") var at: String
        @Option(name: .long, help: "Where, if not at the partner's address.") var place: String?
        @Option(name: .long, help: "A note for the appointment.") var note: String?

        func run() throws {
            let s = try DeskSession.open(target.options, target.signIn)
            let when = try s.date(at, option: "at")
            let current = try s.run { try s.desk.referral(id: target.id, by: s.user) }
            let v = target.version ?? current.version
            let appointment = Appointment(at: when, place: place, note: note)
            ReferralCommand.report(s, try s.run {
                current.status == .scheduled
                    ? try s.desk.rescheduleReferral(id: target.id, appointment: appointment, by: s.user, version: v)
                    : try s.desk.scheduleReferral(id: target.id, appointment: appointment, by: s.user, version: v)
            })
        }
    }

    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Records the outcome of the appointment.")
        @OptionGroup var target: Target
        @Option(name: .long, help: "serviceProvided, partiallyProvided, notProvided or referredElsewhere.") var outcome: ReferralOutcome
        @Option(name: .long, help: "A note on the outcome.") var note: String?
        func run() throws { try target.perform { s, id, v in try s.desk.completeReferral(id: id, outcome: outcome, note: note, by: s.user, version: v) } }
    }

    struct NoShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "no-show", abstract: "Records that the person did not come (creates a follow-up).")
        @OptionGroup var target: Target
        func run() throws { try target.perform { s, id, v in try s.desk.markReferralNoShow(id: id, by: s.user, version: v) } }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancels an open referral.")
        @OptionGroup var target: Target
        @Option(name: .long, help: "Why it is cancelled.") var reason: String = ""
        func run() throws { try target.perform { s, id, v in try s.desk.cancelReferral(id: id, reason: reason, by: s.user, version: v) } }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints a referral (tab-separated field and value) and the actions available.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The referral's id.") var id: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let view = try s.run { try s.desk.referralDetail(id: id, by: s.user) }
            let actions = try s.run { try s.desk.availableReferralActions(id: id, by: s.user) }
            let r = view.referral
            let lang = s.language
            var rows: [(String, String?)] = [
                ("id", r.id), ("case", view.caseNumber), ("kind", r.kind.rawValue),
                ("status", r.status.rawValue), ("version", "\(r.version)"),
                ("partner", view.partnerName), ("reason", r.reason), ("urgency", r.urgency.rawValue),
                ("consent", r.consentToShare ? "yes" : "no"), ("sent", stamp(r.sentAt)),
                ("responseDue", stamp(r.responseDueDate)), ("appointment", stamp(r.appointment?.at)),
                ("place", r.appointment?.place), ("outcome", r.outcome?.rawValue),
                ("closingReason", view.closingReason),
                ("missing", r.missingFieldsToSend.map(\.rawValue).joined(separator: ",")),
            ]
            for item in r.checklist {
                rows.append(("checklist", "\(item.done ? "x" : "-") \(item.key) \(item.text(lang))"))
            }
            for action in actions {
                rows.append(("action", "\(action.event.rawValue) " + (action.refusal.map { "— " + $0(lang) } ?? "ok")))
            }
            // The kind's own fields (symptoms, legal matter, deceased, next of kin...), as JSON.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            rows.append(("details", String(decoding: (try? encoder.encode(r.details)) ?? Data(), as: UTF8.self)))
            for (field, value) in rows { Console.print(tsv([field, value])) }
        }
    }

    struct Slip: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the bilingual slip to hand to the person (audited).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The referral's id.") var id: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let text = try s.run { try s.desk.referralSlip(id: id, language: s.language, by: s.user) }
            print(text, terminator: "")
        }
    }
}
