import ArgumentParser
import EnlaceCore
import EnlaceStore
import Foundation
import EnlaceTUI

enum CLITime {
    /// "2026-11-21T21:05:00Z"
    static func iso(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return f.string(from: date)
    }

    /// "2026-11-21 15:05" in the local time zone.
    static func local(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }
}

/// `enlace case ...`: show a case and move it through its workflow from the command line.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Shows a case and carries out its workflow actions (exit 77 when not allowed, 75 on a conflict).",
        subcommands: [Show.self, Assign.self, Take.self, Wait.self, Resume.self, Note.self, Priority.self,
                      RequestClosure.self, Approve.self, Reject.self, Reopen.self, CloseDuplicate.self,
                      Reassign.self])
}

/// Options of every case action: sign-in, the case, and the version read.
struct CaseTarget: ParsableArguments {
    @OptionGroup var options: GlobalOptions
    @Option(name: .long, help: "Sign in as this user (the password is asked, or read from ENLACE_PASSWORD).")
    var user: String?
    @Argument(help: "Case number (2026-000123) or id.") var reference: String
    @Option(name: .long, help: "The version you read (refused with exit 75 if the case changed since); default: the current one.")
    var version: Int?

    /// Signs in, finds the case, reads its version, runs `body`, prints the new state.
    func perform(_ body: (Session, Int64, Int) throws -> Int) throws {
        let session = try Session(options, user: user)
        let id = try session.caseId(reference)
        let lang = session.language
        let read = try version ?? StoreExit.run(lang) { try session.desk.caseVersion(id: id, by: session.user) }
        _ = try StoreExit.run(lang) { try body(session, id, read) }
        let stamp = try StoreExit.run(lang) { try session.desk.caseStamp(id: id, by: session.user) }
        Console.print(CaseStoreText.cliSaved.format(lang, [
            "number": stamp.number, "status": stamp.status.labelText(lang), "version": String(stamp.version)]))
    }
}

extension CaseCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints a case's header and timeline (audited as viewed).")
        @OptionGroup var options: GlobalOptions
        @Option(name: .long, help: "Sign in as this user.") var user: String?
        @Argument(help: "Case number (2026-000123) or id.") var reference: String
        @Option(name: .long, help: "Timeline entries to print (newest first).") var limit: Int = 50

        func run() throws {
            let session = try Session(options, user: user)
            let lang = session.language
            let id = try session.caseId(reference)
            let d = try StoreExit.run(lang) { try session.desk.caseDetail(id: id, timelineLimit: limit, by: session.user) }
            let h = d.header
            func line(_ label: CaseStoreText, _ value: String) { Console.print("\(label(lang)): \(value)") }
            line(.cliNumber, "\(h.number)  \(h.personName)")
            line(.cliStatus, h.status.labelText(lang) + (h.waitingOn.map { " (\(CaseStoreText.cliWaitingOn(lang)): \($0.label.text(lang)))" } ?? ""))
            line(.fieldPriority, h.priority.label.text(lang))
            line(.cliArea, h.serviceArea.label.text(lang))
            line(.fieldCaseworker, h.caseworkerName ?? CaseStoreText.cliUnassigned(lang))
            line(.cliOpened, "\(CLITime.local(h.openedAt)) (\(CaseStoreText.cliDaysOpen.format(lang, ["days": String(h.ageInDays)])))")
            if let outcome = h.outcome { line(.cliOutcome, outcome.label.text(lang) + (h.closureSummary.map { " — \($0)" } ?? "")) }
            if let dup = h.duplicateOfNumber { line(.cliDuplicateOf, dup) }
            if !h.description.isEmpty { line(.fieldDescription, h.description) }
            line(.cliVersion, String(h.version))
            Console.print("")
            Console.print(CaseStoreText.cliTimeline(lang))
            for e in d.timeline {
                var text = "\(CLITime.local(e.at))  \(e.actorName ?? "-")  "
                switch e.kind {
                case .note: text += "[\(CaseStoreText.fieldNote(lang))] \(e.text ?? "")"
                case .change:
                    let event: String
                    switch e.action {
                    case "open": event = CaseStoreText.cliActionOpen(lang)
                    case "changePriority": event = CaseStoreText.cliActionChangePriority(lang)
                    case "reassign": event = CaseStoreText.cliActionReassign(lang)
                    default: event = e.action.flatMap(CaseEvent.init(rawValue:))?.labelText(lang) ?? e.action ?? ""
                    }
                    let from = e.from.flatMap(CaseStatus.init(rawValue:))?.labelText(lang) ?? e.from
                    let to = e.to.flatMap(CaseStatus.init(rawValue:))?.labelText(lang) ?? e.to
                    text += event
                    if let from, let to, from != to { text += ": \(from) → \(to)" } else if let to, e.from == nil { text += ": \(to)" }
                    if let reason = e.text, !reason.isEmpty { text += " — \(reason)" }
                case .referral: text += "[\(e.action ?? "")] \(e.to ?? "") \(e.text ?? "")"
                case .followUp: text += "[\(e.action ?? "")] \(e.to ?? "") \(e.text ?? "")"
                }
                Console.print(text.replacingOccurrences(of: "\n", with: "\n    "))
            }
            if d.hasMoreTimeline { Console.print(CaseStoreText.cliMoreTimeline(lang)) }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Supervisor: assigns a new case to a caseworker.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "User name of the caseworker or supervisor.") var to: String
        func run() throws {
            try target.perform { s, id, v in
                let assignee = try s.userId(to)
                return try s.desk.assign(caseId: id, to: assignee, version: v, by: s.user)
            }
        }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Caseworker: takes a new, unassigned case.")
        @OptionGroup var target: CaseTarget
        func run() throws { try target.perform { s, id, v in try s.desk.take(caseId: id, version: v, by: s.user) } }
    }

    struct Wait: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Puts an active case on hold.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "client, provider, consulate or documents.") var on: String
        func run() throws {
            guard let waitingOn = WaitingOn(rawValue: on) else {
                Console.error("--on: " + WaitingOn.allCases.map(\.rawValue).joined(separator: " | "))
                throw ExitCode(65)
            }
            try target.perform { s, id, v in try s.desk.wait(caseId: id, on: waitingOn, version: v, by: s.user) }
        }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resumes a waiting case.")
        @OptionGroup var target: CaseTarget
        func run() throws { try target.perform { s, id, v in try s.desk.resume(caseId: id, version: v, by: s.user) } }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Adds a note to a case (--body, or standard input with --body -).")
        @OptionGroup var options: GlobalOptions
        @Option(name: .long, help: "Sign in as this user.") var user: String?
        @Argument(help: "Case number (2026-000123) or id.") var reference: String
        @Option(name: .long, help: "The note; - reads it from standard input (several lines).") var body: String

        func run() throws {
            let session = try Session(options, user: user)
            let id = try session.caseId(reference)
            var text = body
            if body == "-" {
                // Read as bytes: readLine would turn bytes that are not UTF-8 into U+FFFD.
                let data = FileHandle.standardInput.readDataToEndOfFile()
                guard let read = String(validating: data, as: UTF8.self) else {
                    Console.error(ArgumentText.notUTF8.format(session.language, ["n": "--body -"]))
                    throw ExitCode(65)
                }
                let lines = read.replacingOccurrences(of: "\r\n", with: "\n")
                text = lines.hasSuffix("\n") ? String(lines.dropLast()) : lines
            }
            _ = try StoreExit.run(session.language) { try session.desk.addNote(caseId: id, body: text, by: session.user) }
            let number = (try? session.desk.caseStamp(id: id, by: session.user).number) ?? reference
            Console.print(CaseStoreText.cliNoteSaved.format(session.language, ["number": number]))
        }
    }

    struct Priority: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Changes the priority: normal, high or urgent.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "normal, high or urgent.") var to: String
        func run() throws {
            guard let p = CasePriority(rawValue: to) else {
                Console.error("--to: normal | high | urgent")
                throw ExitCode(65)
            }
            try target.perform { s, id, v in try s.desk.changePriority(caseId: id, to: p, version: v, by: s.user) }
        }
    }

    struct RequestClosure: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "request-closure",
                                                        abstract: "Asks a supervisor to close the case.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "resolved, serviceCompleted, clientWithdrew, unreachable, ineligible, duplicate, transferred.")
        var outcome: String
        @Option(name: .long, help: "What was done.") var summary: String
        func run() throws {
            guard let o = CaseOutcome(rawValue: outcome) else {
                Console.error("--outcome: " + CaseOutcome.allCases.map(\.rawValue).joined(separator: " | "))
                throw ExitCode(65)
            }
            try target.perform { s, id, v in
                try s.desk.requestClosure(caseId: id, outcome: o, summary: summary, version: v, by: s.user)
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Supervisor: approves a requested closure.")
        @OptionGroup var target: CaseTarget
        func run() throws { try target.perform { s, id, v in try s.desk.approveClosure(caseId: id, version: v, by: s.user) } }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Supervisor: rejects a requested closure, with a reason.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "Why.") var reason: String
        func run() throws {
            try target.perform { s, id, v in try s.desk.rejectClosure(caseId: id, reason: reason, version: v, by: s.user) }
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Supervisor: reopens a closed case, with a reason.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "Why.") var reason: String
        func run() throws {
            try target.perform { s, id, v in try s.desk.reopen(caseId: id, reason: reason, version: v, by: s.user) }
        }
    }

    struct CloseDuplicate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close-duplicate",
                                                        abstract: "Supervisor: closes the case as a duplicate of another.")
        @OptionGroup var target: CaseTarget
        @Option(name: .long, help: "The surviving case (number or id).") var of: String
        func run() throws {
            try target.perform { s, id, v in
                let survivor = try s.caseId(of)
                return try s.desk.closeAsDuplicate(caseId: id, of: survivor, version: v, by: s.user)
            }
        }
    }

    struct Reassign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Supervisor: gives several cases to one caseworker at once.")
        @OptionGroup var options: GlobalOptions
        @Option(name: .long, help: "Sign in as this user.") var user: String?
        @Argument(help: "Case numbers or ids.") var references: [String]
        @Option(name: .long, help: "User name of the caseworker or supervisor.") var to: String
        func run() throws {
            let session = try Session(options, user: user)
            let ids = try references.map { try session.caseId($0) }
            let assignee = try session.userId(to)
            let count = try StoreExit.run(session.language) {
                try session.desk.reassign(caseIds: ids, to: assignee, by: session.user)
            }
            Console.print(CaseStoreText.cliReassigned.format(session.language, ["count": String(count), "user": to]))
        }
    }
}
