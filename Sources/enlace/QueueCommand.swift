import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Prints a work queue, tab-separated, one page (--limit) after an optional anchor (--after, the last line's key).",
        subcommands: [Mine.self, Unassigned.self, FollowUps.self, Awaiting.self, Closures.self])

    struct Page: ParsableArguments {
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "Rows per page (1 to 500).") var limit: Int = 50
        @Option(name: .long, help: "Continue after this key (the last column of the previous page's last line).") var after: String?

        func parts(_ s: DeskSession, count: Int) throws -> [Int64]? {
            guard let after else { return nil }
            let parts = after.split(separator: ":").compactMap { Int64($0) }
            guard parts.count == count else { throw s.invalid(.badAnchor, ["value": after]) }
            return parts
        }

        /// Signs in, reads --after as a case queue key (urgency rank, opened, id), prints the page the query returns.
        func printCases(_ query: (DeskSession, CaseQueueKey?) throws -> [CaseQueueItem]) throws {
            let s = try DeskSession.open(options, signIn)
            let after = try parts(s, count: 3).map { CaseQueueKey(priorityRank: Int($0[0]), openedAt: $0[1], id: $0[2]) }
            QueueCommand.printCases(try s.run { try query(s, after) })
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
        @OptionGroup var page: Page
        func run() throws { try page.printCases { s, after in try s.desk.myCases(by: s.user, after: after, limit: page.limit) } }
    }

    struct Unassigned: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open cases nobody is assigned to, urgent first then oldest.")
        @OptionGroup var page: Page
        func run() throws { try page.printCases { s, after in try s.desk.unassignedCases(by: s.user, after: after, limit: page.limit) } }
    }

    struct Closures: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Closures awaiting approval, oldest case first (supervisors).")
        @OptionGroup var page: Page

        func run() throws {
            let s = try DeskSession.open(page.options, page.signIn)
            let after = try page.parts(s, count: 2).map { DueQueueKey(due: $0[0], id: $0[1]) }
            QueueCommand.printCases(try s.run { try s.desk.closuresAwaitingApproval(by: s.user, after: after, limit: page.limit) },
                                    closures: true)
        }
    }

    struct FollowUps: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "followups",
            abstract: "Scheduled follow-ups, soonest first: id, case number, person, due, channel, assigned to, version, key.")
        @OptionGroup var page: Page
        @Option(name: .long, help: "mine or team.") var scope: FollowUpScope = .mine
        @Option(name: .long, help: "overdue, today or upcoming.") var range: FollowUpRange = .overdue

        func run() throws {
            let s = try DeskSession.open(page.options, page.signIn)
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
        @OptionGroup var page: Page
        @Option(name: .long, help: "Only this kind.") var kind: ReferralKind?
        @Option(name: .long, help: "Only this partner's id.") var partner: Int64?

        func run() throws {
            let s = try DeskSession.open(page.options, page.signIn)
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
