import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Schedules follow-ups and records them done or missed.",
        subcommands: [Schedule.self, Done.self, Missed.self, List.self])

    static func report(_ s: DeskSession, _ f: FollowUp) {
        Console.print(DeskCLIText.followUpDone.format(s.language, [
            "id": f.id, "status": f.status.label(s.language), "version": "\(f.version)",
        ]))
    }

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schedules a follow-up of a case.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "The case: its number (2026-000123) or id.") var `case`: String
        @Option(name: .long, help: "When: YYYY-MM-DD HH:MM (local time).") var due: String
        @Option(name: .long, help: "call, whatsapp, sms or visit.") var channel: FollowUpChannel = .call
        @Option(name: .long, help: "What to do or ask.") var note: String = ""
        @Option(name: .long, help: "The user id it is for (default: the case's caseworker, else you).") var assign: Int64?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let caseId = try s.caseId(self.case)
            let when = try s.date(due, option: "due")
            FollowUpCommand.report(s, try s.run {
                try s.desk.scheduleFollowUp(caseId: caseId, due: when, channel: channel, note: note,
                                            assignedTo: assign, by: s.user)
            })
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Records a follow-up as done, with its result.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The follow-up's id.") var id: Int64
        @Option(name: .long, help: "What came of it.") var result: String = ""
        @Option(name: .customLong("if-version"), help: "The version you read; default: the current one.") var version: Int?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let v = try version ?? s.run { try s.desk.followUp(id: id, by: s.user).version }
            FollowUpCommand.report(s, try s.run {
                try s.desk.completeFollowUp(id: id, result: result, by: s.user, version: v)
            })
        }
    }

    struct Missed: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Records a follow-up as missed and schedules the next one.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The follow-up's id.") var id: Int64
        @Option(name: .long, help: "When to try again: YYYY-MM-DD HH:MM (required by the workflow).") var reschedule: String?
        @Option(name: .customLong("if-version"), help: "The version you read; default: the current one.") var version: Int?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let next = try reschedule.map { try s.date($0, option: "reschedule") }
            let v = try version ?? s.run { try s.desk.followUp(id: id, by: s.user).version }
            let result = try s.run { try s.desk.missFollowUp(id: id, reschedule: next, by: s.user, version: v) }
            FollowUpCommand.report(s, result.missed)
            Console.print(DeskCLIText.followUpNext.format(s.language, [
                "id": result.next.id, "due": stamp(result.next.due),
            ]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists a case's follow-ups, tab-separated: id, due, channel, status, assigned user id, version, note.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "The case: its number or id.") var `case`: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            guard let text = self.case else { throw s.invalid(.needCaseOrQueue) }
            let caseId = try s.caseId(text)
            for f in try s.run({ try s.desk.followUps(caseId: caseId, by: s.user) }) {
                Console.print(tsv([f.id, stamp(f.due), f.channel.rawValue, f.status.rawValue,
                                   f.assignedTo, "\(f.version)", f.note]))
            }
        }
    }
}

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Prints a work queue, tab-separated, one page (--limit) after an optional anchor (--after, the last line's key).",
        subcommands: [Mine.self, Unassigned.self, FollowUps.self, Awaiting.self, Closures.self])

    struct Page: ParsableArguments {
        @Option(name: .long, help: "Rows per page (1 to 500).") var limit: Int = 50
        @Option(name: .long, help: "Continue after this key (the last column of the previous page's last line).") var after: String?

        func parts(_ s: DeskSession, count: Int) throws -> [Int64]? {
            guard let after else { return nil }
            let parts = after.split(separator: ":").compactMap { Int64($0) }
            guard parts.count == count else { throw s.invalid(.badAnchor, ["value": after]) }
            return parts
        }
    }

    static func printCases(_ rows: [CaseQueueItem], closures: Bool = false) {
        for c in rows {
            let key = closures ? "\(c.key.openedAt):\(c.id)" : "\(c.key.priorityRank):\(c.key.openedAt):\(c.id)"
            Console.print(tsv(["\(c.id)", c.number, c.personName, c.status.rawValue, c.priority.rawValue,
                               stamp(c.openedAt), c.caseworkerName, "\(c.version)", key]))
        }
    }

    struct Mine: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Your open cases, urgent first then oldest: id, number, person, status, priority, opened, caseworker, version, key.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var page: Page

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let after = try page.parts(s, count: 3).map { CaseQueueKey(priorityRank: Int($0[0]), openedAt: $0[1], id: $0[2]) }
            QueueCommand.printCases(try s.run { try s.desk.myCases(by: s.user, after: after, limit: page.limit) })
        }
    }

    struct Unassigned: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open cases nobody is assigned to, urgent first then oldest.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var page: Page

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let after = try page.parts(s, count: 3).map { CaseQueueKey(priorityRank: Int($0[0]), openedAt: $0[1], id: $0[2]) }
            QueueCommand.printCases(try s.run { try s.desk.unassignedCases(by: s.user, after: after, limit: page.limit) })
        }
    }

    struct Closures: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Closures awaiting approval, oldest case first (supervisors).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var page: Page

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let after = try page.parts(s, count: 2).map { DueQueueKey(due: $0[0], id: $0[1]) }
            QueueCommand.printCases(try s.run { try s.desk.closuresAwaitingApproval(by: s.user, after: after, limit: page.limit) },
                                    closures: true)
        }
    }

    struct FollowUps: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "followups",
            abstract: "Scheduled follow-ups, soonest first: id, case number, person, due, channel, assigned to, version, key.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var page: Page
        @Option(name: .long, help: "mine or team.") var scope: FollowUpScope = .mine
        @Option(name: .long, help: "overdue, today or upcoming.") var range: FollowUpRange = .overdue

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let after = try page.parts(s, count: 2).map { DueQueueKey(due: $0[0], id: $0[1]) }
            let rows = try s.run {
                try s.desk.followUpsDue(scope: scope, range: range, by: s.user, after: after, limit: page.limit)
            }
            for f in rows {
                Console.print(tsv(["\(f.id)", f.caseNumber, f.personName, stamp(f.due), f.channel.rawValue,
                                   f.assignedToName, "\(f.version)", "\(f.key.due):\(f.key.id)"]))
            }
        }
    }

    struct Awaiting: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sent referrals past their response due date, oldest first: id, case number, person, kind, partner, due, caseworker, version, key.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @OptionGroup var page: Page
        @Option(name: .long, help: "Only this kind.") var kind: ReferralKind?
        @Option(name: .long, help: "Only this partner's id.") var partner: Int64?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let after = try page.parts(s, count: 2).map { DueQueueKey(due: $0[0], id: $0[1]) }
            let rows = try s.run {
                try s.desk.referralsAwaitingResponse(by: s.user, kind: kind, partnerId: partner,
                                                     after: after, limit: page.limit)
            }
            for r in rows {
                Console.print(tsv(["\(r.id)", r.caseNumber, r.personName, r.kind.rawValue, r.partnerName,
                                   stamp(r.responseDue), r.caseworkerName, "\(r.version)",
                                   "\(r.key.due):\(r.key.id)"]))
            }
        }
    }
}
