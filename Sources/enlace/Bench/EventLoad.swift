import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace event load` (hidden): one terminal of `bench --event-terminals`. Signs in, makes
/// COUNT quick intakes at the event through `CaseDesk.intake` (one call, one transaction
/// each, as the quick form saves them) and prints, one per line, "case-number nanoseconds"
/// for each commit. Names, dates and phones follow from --seed, so terminals differ.
struct EventLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Bench worker: quick intakes at an event, one commit timed each.",
        shouldDisplay: false)
    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Option(name: .long) var event: Int64
    @Option(name: .long) var count = 500
    @Option(name: .long) var seed: UInt64 = 1

    static let given = ["María", "José", "Juan", "Guadalupe", "Rosa", "Luis", "Ana", "Jesús", "Carmen", "Miguel"]
    static let surnames = ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez",
                           "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez"]

    func run() throws {
        let s = try DeskSession.open(options, signIn)
        var random = SplitMix(seed: seed)
        for _ in 0..<count {
            func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
            let day = 1 + Int(random.next() % 28), month = 1 + Int(random.next() % 12), year = 1950 + Int(random.next() % 55)
            let phone = String(format: "(773) 5%02d-%04d", Int(random.next() % 100), Int(random.next() % 10_000))
            let draft = PersonDraft(givenNames: pick(Self.given), firstSurname: pick(Self.surnames),
                                    secondSurname: pick(Self.surnames),
                                    birthDate: String(format: "%04d-%02d-%02d", year, month, day),
                                    phones: [PhoneDraft(phone)], originState: "Oaxaca", eventId: event)
            let request = IntakeRequest(person: .new(draft), area: .health, priority: .normal,
                                        description: "Consulta en la feria", eventId: event,
                                        consent: ConsentGiven(method: .verbal, scope: [.keepRecord]))
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try s.run { try s.desk.intake(request, by: s.user) }
            let took = DispatchTime.now().uptimeNanoseconds - start
            print("\(result.opened.number) \(took)")
        }
    }
}

/// `enlace bench --event-terminals N`: N processes of this binary register people at one
/// event at once, as N terminals of a jornada sharing one database (over SSH into one host).
/// Reports intakes per second over the whole run, p50/p99/max of each commit, and checks the
/// file after: every case printed is there, no case number given twice or lost, every person
/// tagged with the event, `integrity_check` ok.
enum EventBench {
    struct Result: Encodable {
        var terminals = 0
        var intakesEach = 0
        var intakes = 0
        var seconds = 0.0
        var intakesPerSecond = 0.0
        var commit: LatencySummary?
        var casesAtEvent = 0
        var peopleAtEvent = 0
        var duplicateNumbers = 0
        var missingCases = 0
        var failedTerminals = 0
        var integrity: [String] = []
        var passed: Bool {
            failedTerminals == 0 && duplicateNumbers == 0 && missingCases == 0 && integrity.isEmpty
                && casesAtEvent == intakes && peopleAtEvent == intakes
        }
    }

    static func run(_ options: GlobalOptions, terminals: Int, intakes: Int, seed: UInt64, json: Bool) throws {
        let lang = try Context(options).language
        let fixture = try FaultFixture(seed: seed)
        defer { fixture.remove() }
        let event = try fixture.desk.addEvent(EventDraft(name: "Jornada de prueba", kind: .jornada, startsOn: "hoy"),
                                              by: fixture.supervisor)
        let users = ["jorge", "lucia", "pedro", "maria"]
        let started = DispatchTime.now().uptimeNanoseconds
        let children = try (0..<terminals).map { i in
            try fixture.start(["event", "load", "--event", String(event.id), "--count", String(intakes),
                               "--seed", String(seed &+ UInt64(i)), "--user", users[i % users.count]])
        }
        let endings = children.map { $0.wait() }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var result = Result(terminals: terminals, intakesEach: intakes, seconds: seconds)
        var numbers: [String] = [], latencies: [UInt64] = []
        for ending in endings {
            if ending.status != 0 {
                result.failedTerminals += 1
                Console.error(ending.error.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            for line in ending.output.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 2, let ns = UInt64(parts[1]) else { continue }
                numbers.append(String(parts[0]))
                latencies.append(ns)
            }
        }
        result.intakes = numbers.count
        result.intakesPerSecond = seconds > 0 ? Double(numbers.count) / seconds : 0
        result.commit = LatencySummary(name: "commit", nanoseconds: latencies)
        result.duplicateNumbers = numbers.count - Set(numbers).count
        let summary = try fixture.desk.event(id: event.id)
        result.casesAtEvent = summary.cases
        result.peopleAtEvent = summary.people
        result.missingCases = try numbers.filter { try fixture.desk.caseId(for: $0) == nil }.count
        result.integrity = try fixture.desk.integrityProblems()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            Console.print(EventBenchText.line.format(lang, [
                "terminals": String(terminals), "each": String(intakes), "n": String(result.intakes),
                "seconds": String(format: "%.2f", seconds), "rate": String(format: "%.0f", result.intakesPerSecond),
                "p50": String(format: "%.2f", result.commit?.p50Milliseconds ?? 0),
                "p99": String(format: "%.2f", result.commit?.p99Milliseconds ?? 0),
                "max": String(format: "%.2f", result.commit?.maxMilliseconds ?? 0)]))
            Console.print(EventBenchText.checks.format(lang, [
                "cases": String(result.casesAtEvent), "people": String(result.peopleAtEvent),
                "duplicates": String(result.duplicateNumbers), "missing": String(result.missingCases),
                "integrity": result.integrity.isEmpty ? "ok" : result.integrity.joined(separator: "; ")]))
            Console.print(result.passed ? FaultBenchText.passed(lang) : FaultBenchText.failed(lang))
        }
        if !result.passed { throw ExitCode(1) }
    }
}

enum EventBenchText: String, MessageCatalog {
    case line, checks

    var text: LocalizedText {
        switch self {
        case .line:
            return .init(es: "{terminals} terminales × {each} registros rápidos: {n} en {seconds} s, {rate} registros/s; guardar cada uno p50 {p50} ms, p99 {p99} ms, máx. {max} ms",
                         en: "{terminals} terminals × {each} quick intakes: {n} in {seconds} s, {rate} intakes/s; each commit p50 {p50} ms, p99 {p99} ms, max {max} ms")
        case .checks:
            return .init(es: "Después: {cases} casos y {people} personas en el evento, números repetidos {duplicates}, casos perdidos {missing}, integrity_check {integrity}",
                         en: "After: {cases} cases and {people} people at the event, numbers given twice {duplicates}, cases lost {missing}, integrity_check {integrity}")
        }
    }
}
