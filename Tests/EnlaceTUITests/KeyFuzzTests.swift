import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// Seeded random keys over every screen through the real loop on a real demo database: after
/// every input the frame fits the terminal and the footer is the registry's; at the end the
/// store passes `PRAGMA integrity_check`. A failure prints its seed and a replayable sequence.
@Suite(.serialized)
struct KeyFuzzTests {
    static let fixture = ScreenFixture.make(people: 120, name: "fuzz")
    /// Inputs per start screen, half in Spanish and half in English: 11 starts × 600 take
    /// about a minute in a debug build (~115 keys/s: every key is a real frame and real
    /// queries); 10^4 each would take about 16 minutes. `enlace bench --fuzz N` is the full run.
    static let inputsPerScreen = 600

    /// Signed in once: a run's wrong passwords at the lock may lock the account in the store
    /// (as they should), which must not stop the next run from starting.
    static let caseworker = try! fixture.user(.caseworker)
    static let supervisor = try! fixture.user(.supervisor)
    /// The run that starts at the lock types wrong passwords long enough to lock its account.
    static let lockUser = try! fixture.user(named: "lucia")

    static func run(_ start: FuzzStart, _ language: Language) throws -> KeyFuzzRun {
        let desk = try fixture.desk()
        return KeyFuzzRun(desk: desk, user: start == .lock ? lockUser
                            : start == .review || start == .reports ? supervisor : caseworker, password: DemoData.password, start: start,
                          language: language, now: { ScreenFixture.now }, timeZone: ScreenFixture.chicago,
                          outputDirectory: URL(fileURLWithPath: Self.fixture.path).deletingLastPathComponent())
    }

    @Test(arguments: FuzzStart.allCases)
    func fuzzEveryScreen(_ start: FuzzStart) throws {
        let index = UInt64(FuzzStart.allCases.firstIndex(of: start)!)
        var keys = 0
        var seen: Set<String> = []
        for language in [Language.es, .en] {
            let seed = 0xE1A5_0000 + index * 2 + (language == .es ? 0 : 1)
            let run = try Self.run(start, language)
            do {
                let summary = try run.run(seed: seed, count: Self.inputsPerScreen / 2)
                keys += summary.keys
                seen.formUnion(summary.screens.keys)
            } catch let failure as FuzzFailure {
                Issue.record("\(failure)")
                return
            }
        }
        #expect(keys > Self.inputsPerScreen * 3 / 4, "most inputs are keys: \(keys)")
        #expect(seen.contains(start.rawValue), "the run started on \(start): \(seen.sorted())")
        if start != .lock && start != .signIn {
            #expect(seen.count >= 4, "keys reach other screens, not only the lock: \(seen.sorted())")
        }
        #expect(try Self.fixture.desk().integrityProblems() == [])
    }

    @Test func theSameSeedGivesTheSameInputsAndTheTextReadsBack() {
        var a = KeyFuzzer(seed: 42), b = KeyFuzzer(seed: 42), c = KeyFuzzer(seed: 43)
        let first = (0..<2_000).map { _ in a.next() }
        #expect(first == (0..<2_000).map { _ in b.next() })
        #expect(first != (0..<2_000).map { _ in c.next() })
        #expect(FuzzInput.parse(FuzzInput.text(first)) == first)
        let odd: [FuzzInput] = [.key(.char(" ")), .key(.char("ñ")), .key(.char("%")), .key(.ctrl("q")), .key(.alt("<")),
                                .key(.paste("¿Sí?\n 100%\tok")), .key(.function(12)), .key(.backTab), .resize(width: 20, height: 5), .pause]
        #expect(FuzzInput.text(odd) == "Sp ñ % ^q M-< P:¿Sí?%0A%20100%25%09ok F12 BTab R:20x5 Wait")
        #expect(FuzzInput.parse(FuzzInput.text(odd)) == odd)
        #expect(FuzzInput.parse("Esc Nope") == nil)
    }

    @Test func everyKeyTheRegistryBindsIsFuzzed() {
        let bound = Set(KeyFuzzer(seed: 1).boundKeys)
        for command in CommandRegistry.standard.commands {
            for key in command.keys { #expect(bound.contains(key), "\(command.id) \(key)") }
        }
        #expect(bound.contains(.ctrl("k")), "a list's own key, declared by its binding")
        var fuzzer = KeyFuzzer(seed: 9)
        let drawn = Set((0..<50_000).compactMap { input -> Key? in if case .key(let k) = fuzzer.next() { return k } else { return nil } })
        #expect(bound.isSubset(of: drawn), "every bound key comes up: \(bound.subtracting(drawn))")
        for letter in KeyFuzzer.spanishLetters { #expect(drawn.contains(.char(letter))) }
    }

    @Test func aReplayRepeatsTheRunAndABrokenFrameIsReported() throws {
        let run = try Self.run(.search, .es)
        var fuzzer = KeyFuzzer(seed: 5)
        let inputs = (0..<300).map { _ in fuzzer.next() }
        let summary = try run.replay(inputs, seed: 5)
        #expect(summary.inputs == 300)
        #expect(summary.keys == inputs.filter { if case .key = $0 { true } else { false } }.count)
        // The checks themselves: a frame of the wrong size, a footer hint of another screen.
        #expect(FuzzChecks.fits(ScreenBuffer(width: 80, height: 23), width: 80, height: 24) != nil)
        let state = AppState(language: .es, width: 80, height: 24, user: Self.caseworker, organization: "Casa", now: ScreenFixture.now)
        let frame = App().render(state)
        #expect(FuzzChecks.footer(frame, state: state, registry: .standard) == nil)
        var other = frame
        other.put(" Ctrl-S", x: 2, y: 23, role: .key)
        other.put(" Guardar ", x: 9, y: 23, role: .statusBar)
        #expect(FuzzChecks.footer(other, state: state, registry: .standard)?.contains("Ctrl-S") == true)
    }
}
