import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace person request|oppose|hold|erase`: the person's rights over their data (ARCO).
/// Requests live under `person` (not a top-level `request`) because each is one person's and
/// the other rights commands are there too; `request list` spans everyone's.
struct PersonRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Records, lists and answers ARCO requests (access, rectification, cancellation, opposition). Supervisors.",
        subcommands: [Add.self, List.self, Answer.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Records a request of a person; it is due the organization's request days after it was received (20 unless set).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The person's id.") var id: Int64
        @Option(name: .long, help: "access, rectification, cancellation or opposition.") var kind: String
        @Option(name: .long, help: "inPerson, phone, email, letter or whatsapp.") var channel: String
        @Option(name: .long, help: "What was asked, as told.") var asked: String
        @Option(name: .long, help: "The representative's name, when a representative asked.") var representative: String?
        @Option(name: .long, help: "When it was received: YYYY-MM-DD (default: today).") var received: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            var input = DataRequestInput(personId: id, kind: try RightsCLI.choice(kind, "kind", s),
                                         requester: representative == nil ? .person : .representative,
                                         representative: representative, channel: try RightsCLI.choice(channel, "channel", s),
                                         asked: asked)
            input.receivedOn = try received.map { try RightsCLI.date($0, "received", s) }
            let request = try s.run { try s.desk.recordDataRequest(input, by: s.user) }
            Console.print(RightsCLIText.recorded.format(s.language, ["id": String(request.id), "due": request.dueOn.iso]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists requests, tab separated: pending ones soonest due first with the days left or overdue (--pending), else answered ones newest first with whether they were answered in time.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Flag(name: .long, help: "Only the pending requests.") var pending = false
        @Option(name: .long, help: "Only this person's requests (pending and answered).") var person: Int64?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let requests: [DataRequest]
            if let person {
                requests = try s.run { try s.desk.personRights(id: person, by: s.user).requests }
            } else {
                requests = try s.run { try s.desk.dataRequests(pending: pending, by: s.user) }
            }
            guard !requests.isEmpty else {
                Console.print(RightsCLIText.noneListed(s.language))
                return
            }
            Console.print(RightsCLIText.header(s.language))
            let today = CalendarDate(Date(), timeZone: .current)
            for r in requests {
                Console.print(tsv([String(r.id), String(r.personId), r.kind.label(s.language), r.receivedOn.iso,
                                   r.dueOn.iso, r.standing(on: today)(s.language)]))
            }
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Records the answer of a pending request, and says whether it came within the legal time.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The request's id.") var id: Int64
        @Option(name: .long, help: "granted, partlyGranted, denied or withdrawn.") var outcome: String
        @Option(name: .long, help: "What was answered (optional).") var answer: String = ""
        @Option(name: .long, help: "When it was answered: YYYY-MM-DD (default: today).") var on: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let outcome: DataRequestOutcome = try RightsCLI.choice(outcome, "outcome", s)
            let day = try on.map { try RightsCLI.date($0, "on", s) }
            let r = try s.run { try s.desk.answerDataRequest(id: id, outcome: outcome, answer: answer, answeredOn: day, by: s.user) }
            let today = CalendarDate(Date(), timeZone: .current)
            Console.print(RightsCLIText.answered.format(s.language, [
                "id": String(r.id), "outcome": outcome.label(s.language), "standing": r.standing(on: today)(s.language)]))
        }
    }
}

struct PersonOpposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oppose",
        abstract: "Sets what the person objected to: sharing with partners (no referral with their data is sent) and channels not to contact them by (no follow-up by those). Supervisors; audited.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The person's id.") var id: Int64
    @Option(name: .customLong("no-share"), help: "yes or no.") var noShare: String?
    @Option(name: .customLong("no-contact"), help: "Channels, comma separated: phone, whatsapp, sms, visit; \"none\" clears. Replaces the list.") var noContact: String?

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        guard noShare != nil || noContact != nil else {
            Console.error(RightsCLIText.nothingToChange(s.language))
            throw ExitCode(64)
        }
        var opposition = try s.run { try s.desk.personRights(id: id, by: s.user).opposition }
        if let noShare {
            switch noShare.lowercased() {
            case "yes", "si", "sí": opposition.noShare = true
            case "no": opposition.noShare = false
            default:
                Console.error(RightsCLIText.noShareChoice.format(s.language, ["value": noShare]))
                throw ExitCode(64)
            }
        }
        if let noContact {
            switch DataOpposition.parseChannels(noContact) {
            case .success(let channels): opposition.noContact = channels
            case .failure(let unknown):
                Console.error(RightsCLIText.badChoice.format(s.language, [
                    "option": "no-contact", "value": unknown.word, "choices": "phone, whatsapp, sms, visit, none"]))
                throw ExitCode(64)
            }
        }
        let saved = try s.run { try s.desk.setOpposition(personId: id, opposition, by: s.user) }.opposition
        Console.print(RightsCLIText.oppositionSaved.format(s.language, [
            "share": (saved.noShare ? DataRightsText.yes : DataRightsText.no)(s.language),
            "channels": RightsCLI.channels(saved, s.language)]))
    }
}

struct PersonHoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Sets a legal hold on a person (their data cannot be erased while it stays), or clears it. Supervisors; audited.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The person's id.") var id: Int64
    @Option(name: .long, help: "Why the data must be kept.") var reason: String?
    @Flag(name: .long, help: "Clears the hold.") var clear = false

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        guard (reason != nil) != clear else {
            Console.error(RightsCLIText.holdNeedsOne(s.language))
            throw ExitCode(64)
        }
        let rights = try s.run { try s.desk.setLegalHold(personId: id, reason: clear ? nil : reason, by: s.user) }
        if let hold = rights.hold {
            Console.print(RightsCLIText.holdSet.format(s.language, ["reason": hold.reason]))
        } else {
            Console.print(RightsCLIText.holdCleared(s.language))
        }
    }
}

struct PersonEraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erases a person's data on their cancellation request (and of the records linked to it as duplicates): names, contact data, documents, notes' text and every free-text field, in one transaction. The cases stay as anonymous rows; the audit keeps a tombstone. Refused under a legal hold. Supervisors. Cannot be undone; earlier backups still hold the data until they are deleted.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The person's id.") var id: Int64
    @Option(name: .long, help: "The person's request it answers (from `enlace person request add`).") var request: Int64

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        let report = try s.run { try s.desk.erasePerson(id: id, request: request, by: s.user) }
        RightsCLI.printErasure(report, s.language)
    }
}

struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Erases the people whose every case was closed longer ago than the organization keeps them (enlace org set --retention-years N), as `person erase` does, audited with \"retention\" as the request. --dry-run only lists them. Supervisors.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Flag(name: .customLong("dry-run"), help: "List who would be erased; change nothing.") var dryRun = false

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        let org = try s.run { try s.desk.organization() }
        guard org.retentionYears != nil else {
            Console.print(RightsCLIText.retentionOff(s.language))
            return
        }
        let people = try s.run { dryRun ? try s.desk.retentionCandidates(by: s.user) : try s.desk.applyRetention(by: s.user) }
        guard !people.isEmpty else {
            Console.print(RightsCLIText.retentionNone(s.language))
            return
        }
        let n = String(people.count)
        Console.print((dryRun ? RightsCLIText.retentionWouldErase : .retentionErased).format(s.language, ["n": n]))
        for p in people {
            Console.print(RightsCLIText.retentionLine.format(s.language, [
                "id": String(p.personId), "cases": String(p.cases), "date": CalendarDate(p.lastClosed, timeZone: .current).iso]))
        }
    }
}

/// Parsing and printing shared by the rights commands.
enum RightsCLI {
    /// A stored value typed as its raw name (case-insensitive); anything else exits 64 naming
    /// the choices.
    static func choice<T: RawRepresentable & CaseIterable>(_ typed: String, _ option: String, _ s: DeskSession) throws -> T
    where T.RawValue == String {
        if let value = T.allCases.first(where: { $0.rawValue.lowercased() == typed.lowercased() }) { return value }
        Console.error(RightsCLIText.badChoice.format(s.language, [
            "option": option, "value": typed, "choices": T.allCases.map(\.rawValue).joined(separator: ", ")]))
        throw ExitCode(64)
    }

    static func date(_ typed: String, _ option: String, _ s: DeskSession) throws -> CalendarDate {
        guard let date = CalendarDate(iso: typed) else {
            Console.error(RightsCLIText.badDate.format(s.language, ["option": option, "value": typed]))
            throw ExitCode(64)
        }
        return date
    }

    static func channels(_ opposition: DataOpposition, _ language: Language) -> String {
        let labels = opposition.blockedChannels.map { $0.label(language) }
        return labels.isEmpty ? DataRightsText.noChannels(language) : labels.joined(separator: ", ")
    }

    static func printErasure(_ report: ErasureReport, _ language: Language) {
        Console.print(RightsCLIText.erased.format(language, [
            "n": String(report.personIds.count), "ids": report.personIds.map(String.init).joined(separator: ", ")]))
        let kinds = report.erased.keys.sorted().map { "\($0) \(report.erased[$0]!)" }.joined(separator: ", ")
        Console.print(RightsCLIText.erasedKinds.format(language, ["kinds": kinds]))
    }
}
