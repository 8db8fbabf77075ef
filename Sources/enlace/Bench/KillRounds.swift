import Foundation
import EnlaceCore
import EnlaceStore
#if canImport(Glibc)
import Glibc
#endif

struct KillRoundsResult: Encodable {
    var rounds = 0
    /// Writer processes started (3 a round).
    var writers = 0
    /// Writers that died by SIGKILL (the others had finished first).
    var killed = 0
    /// Writes a process reported done (printed its success line, killed afterwards or not).
    var confirmed = 0
    /// Confirmed writes missing from the database afterwards.
    var lost = 0
    /// Writers that exited with an error without being killed.
    var errors = 0
    /// Rounds after which SQLite found the file damaged.
    var integrityFailures = 0
    /// The latest moment a writer was killed at, in milliseconds after it started.
    var windowMilliseconds = 0
    /// What went wrong, one line each (at most 20).
    var problems: [String] = []

    mutating func problem(_ line: String) {
        if problems.count < 20 { problems.append(line) }
    }
}

/// Rounds of three writer processes (intake, note, referral sent, follow-up scheduled), one or
/// all of them killed with SIGKILL at a random moment of their run; after each round the file
/// passes SQLite's integrity check and every write any process reported is there.
enum KillRounds {
    /// A write a process reported done, to look for afterwards.
    enum Confirmed {
        case intake(number: String)
        case note(caseId: Int64, body: String)
        case referral(id: Int64)
        case followUp(id: Int64)
    }

    /// One writer: its command line, and how to read its success from what it printed.
    struct Writer {
        var arguments: [String]
        var confirmed: (String) -> Confirmed?
    }

    static func run(_ fixture: inout FaultFixture, rounds: Int,
                    progress: (Int) -> Void) throws -> KillRoundsResult {
        let noteCase = try fixture.openCase("Notas")
        let referralCase = try fixture.openCase("Canalizaciones")
        let followUpCase = try fixture.openCase("Seguimientos")
        var result = KillRoundsResult()
        var confirmed: [Confirmed] = []

        func writer(round: Int, slot: Int, kind: UInt64) -> Writer {
            Self.writer(tag: "fault-\(round)-\(slot)", surname: "R\(round)W\(slot)", kind: kind, noteCase: noteCase,
                        referralCase: referralCase, followUpCase: followUpCase)
        }

        // One writer of each kind, alone and not killed, measures how long a writer takes:
        // the kills then fall anywhere from a writer's start to the end of the slowest one.
        var window = 1
        for kind in 0..<4 {
            let w = writer(round: 0, slot: kind, kind: UInt64(kind))
            let start = DispatchTime.now().uptimeNanoseconds
            let ending = try fixture.start(w.arguments).wait()
            window = max(window, Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000))
            guard ending.status == 0, let c = w.confirmed(ending.output) else {
                result.errors += 1
                result.problem("warm-up \(w.arguments[0]): exit \(ending.status ?? -1): \(ending.error.trimmed)")
                continue
            }
            confirmed.append(c)
        }
        result.windowMilliseconds = window

        for round in 1...rounds {
            progress(round)
            let writers = (0..<3).map { writer(round: round, slot: $0, kind: fixture.random.next() % 4) }
            let all = fixture.random.next() % 2 == 0
            let victim = Int(fixture.random.next() % 3)
            let delay = Int(fixture.random.next() % UInt64(window * 1000))
            let children = try writers.map { try fixture.start($0.arguments) }
            usleep(useconds_t(delay))
            for (i, child) in children.enumerated() where all || i == victim { child.kill() }
            for (w, child) in zip(writers, children) {
                let ending = child.wait()
                result.writers += 1
                if ending.killed { result.killed += 1 }
                if let c = w.confirmed(ending.output) {
                    confirmed.append(c)
                } else if !ending.killed {
                    result.errors += 1
                    result.problem("round \(round) \(w.arguments[0]): exit \(ending.status ?? -1): \(ending.error.trimmed)")
                }
            }
            result.rounds = round
            let problems = try fixture.desk.integrityProblems()
            if !problems.isEmpty {
                result.integrityFailures += 1
                result.problem("round \(round): " + problems.joined(separator: "; "))
            }
            // Every write reported so far, this round's and the earlier ones.
            result.lost = 0
            for c in confirmed where try !isPresent(c, fixture) {
                result.lost += 1
                if round == rounds || result.lost == 1 { result.problem("round \(round): missing \(c)") }
            }
        }
        result.confirmed = confirmed.count
        return result
    }

    /// A writer of kind 0 (intake), 1 (note), 2 (referral sent) or 3 (follow-up scheduled),
    /// its write marked with `tag` (and, for an intake, the second surname `surname`).
    static func writer(tag: String, surname: String, kind: UInt64, noteCase: OpenedCase, referralCase: OpenedCase,
                       followUpCase: OpenedCase) -> Writer {
        switch kind {
        case 0:
            return Writer(arguments: ["intake", "--user", "jorge", "--given", "Ana", "--surname1", "Corte",
                                      "--surname2", surname, "--birth", "1979-04-05",
                                      "--phone", "(312) 555-0142", "--description", tag, "--consent", "verbal"]) { out in
                out.split(separator: "\n").map(String.init).first { CaseNumber.parse($0) != nil }.map { .intake(number: $0) }
            }
        case 1:
            return Writer(arguments: ["case", "note", noteCase.number, "--user", "jorge", "--body", tag]) { out in
                out.contains(noteCase.number) ? .note(caseId: noteCase.id, body: tag) : nil
            }
        case 2:
            return Writer(arguments: ["referral", "create", "--user", "jorge", "--case", referralCase.number,
                                      "--kind", "consularOrientation", "--partner", "1", "--reason", tag,
                                      "--procedure", "matricula", "--consent", "--send"]) { out in
                firstId(out).map { .referral(id: $0) }
            }
        default:
            return Writer(arguments: ["followup", "schedule", "--user", "jorge", "--case", followUpCase.number,
                                      "--due", "2031-03-04 10:00", "--note", tag]) { out in
                firstId(out).map { .followUp(id: $0) }
            }
        }
    }

    static func isPresent(_ confirmed: Confirmed, _ fixture: FaultFixture) throws -> Bool {
        try isPresent(confirmed, desk: fixture.desk, supervisor: fixture.supervisor)
    }

    /// Whether the write is in the database of `desk`, as a supervisor reads it.
    static func isPresent(_ confirmed: Confirmed, desk: CaseDesk, supervisor: UserAccount) throws -> Bool {
        switch confirmed {
        case .intake(let number):
            return try desk.caseId(for: number) != nil
        case .note(let caseId, let body):
            let detail = try desk.caseDetail(id: caseId, timelineLimit: CaseDesk.maxTimelineLimit, audited: false, by: supervisor)
            return detail.timeline.contains { $0.kind == .note && $0.text == body }
        case .referral(let id):
            return (try? desk.referral(id: id, by: supervisor).status) == .sent
        case .followUp(let id):
            return (try? desk.followUp(id: id, by: supervisor)) != nil
        }
    }

    /// The id in "Referral 12: Sent (version 2)." or "Seguimiento 7: …".
    static func firstId(_ output: String) -> Int64? {
        guard let match = output.firstMatch(of: /(\d+):/) else { return nil }
        return Int64(match.1)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
