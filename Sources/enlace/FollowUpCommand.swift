import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

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
            abstract: "Lists a case's follow-ups, tab-separated: id, due, channel, status, assigned user id, version, note, result.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Option(name: .long, help: "The case: its number or id.") var `case`: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            guard let text = self.case else { throw s.invalid(.needCaseOrQueue) }
            let caseId = try s.caseId(text)
            for f in try s.run({ try s.desk.followUps(caseId: caseId, by: s.user) }) {
                Console.print(tsv([f.id, stamp(f.due), f.channel.rawValue, f.status.rawValue,
                                   f.assignedTo, "\(f.version)", f.note, f.result]))
            }
        }
    }
}
