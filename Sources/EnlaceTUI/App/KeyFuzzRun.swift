import Foundation
import EnlaceCore
import EnlaceStore

/// Where a fuzzing run starts (each screen the app can show, the privacy lock, and sign-in).
public enum FuzzStart: String, CaseIterable, Sendable, Codable {
    case home, caseList, search, intake, caseDetail, referral, followUps, review, reports, admin, lock, signIn
}

/// An invariant broken during a run: what, after which input, and the inputs that led there
/// (replay them with `KeyFuzzRun.replay`).
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var start: FuzzStart
    public var language: Language
    public var seed: UInt64
    /// 0-based index of the input after which the check failed.
    public var index: Int
    public var problem: String
    public var inputs: [FuzzInput]

    public var description: String {
        "fuzz failure: start=\(start.rawValue) lang=\(language.rawValue) seed=\(seed) input #\(index): \(problem)\n"
            + "replay: \(FuzzInput.text(inputs))"
    }
}

/// What a run did.
public struct FuzzSummary: Sendable {
    public var start: FuzzStart
    public var language: Language
    public var seed: UInt64
    /// Inputs sent (keys, resizes and pauses), and how many of them were keys.
    public var inputs = 0
    public var keys = 0
    /// Times the app quit (or signed in) and was started again on the same screen.
    public var restarts = 0
    /// Screens seen on top, by id, with how many inputs each took.
    public var screens: [String: Int] = [:]
}

/// Drives the real app loop (`AppRuntime`, or `SignInRuntime`) on a real database with inputs,
/// and checks after each one: the frame fits the size (every row's display width ≤ width, as
/// many rows as the height, the cursor inside) and the footer shows the registry's hints for
/// the screen on top. Quitting starts the app again on the same screen. While locked for `unlockAfter` inputs a
/// generated run types the password (recorded, so a replay repeats it exactly).
public final class KeyFuzzRun {
    public let desk: CaseDesk
    public let user: UserAccount
    public let password: String
    public let start: FuzzStart
    public let registry: CommandRegistry
    public var now: () -> Date
    public var timeZone: TimeZone
    public var outputDirectory: URL
    public var unlockAfter: Int
    private let initialLanguage: Language
    private var language: Language
    private var width = 80, height = 24
    private var app: AppRuntime?
    private var signIn: SignInRuntime?
    private var lockedFor = 0

    public init(desk: CaseDesk, user: UserAccount, password: String, start: FuzzStart, language: Language,
                registry: CommandRegistry = .standard, now: @escaping () -> Date = Date.init,
                timeZone: TimeZone = .current, outputDirectory: URL = FileManager.default.temporaryDirectory) {
        self.desk = desk
        self.user = user
        self.password = password
        self.start = start
        self.language = language
        self.initialLanguage = language
        self.registry = registry
        self.now = now
        self.timeZone = timeZone
        self.outputDirectory = outputDirectory
        unlockAfter = start == .lock ? 40 : 3
    }

    /// `count` inputs from the seeded fuzzer. Throws the first broken invariant.
    public func run(seed: UInt64, count: Int) throws -> FuzzSummary {
        var fuzzer = KeyFuzzer(seed: seed, registry: registry)
        var pending: [FuzzInput] = []
        return try drive(seed: seed, count: count) { [unowned self] in
            if pending.isEmpty, lockedFor >= unlockAfter {
                lockedFor = 0
                pending = password.map { .key(.char($0)) } + [.key(.enter)]
            }
            return pending.isEmpty ? fuzzer.next() : pending.removeFirst()
        }
    }

    /// The same inputs again, exactly (a failure's `inputs`, or a line of `FuzzInput.text`).
    public func replay(_ inputs: [FuzzInput], seed: UInt64 = 0) throws -> FuzzSummary {
        var iterator = inputs.makeIterator()
        return try drive(seed: seed, count: inputs.count) { iterator.next() ?? .pause }
    }

    private func drive(seed: UInt64, count: Int, next: () -> FuzzInput) throws -> FuzzSummary {
        let startLanguage = initialLanguage
        (language, width, height) = (initialLanguage, 80, 24)
        var summary = FuzzSummary(start: start, language: startLanguage, seed: seed)
        var sent: [FuzzInput] = []
        sent.reserveCapacity(count)
        app = nil
        signIn = nil
        try begin()
        for index in 0..<count {
            let input = next()
            sent.append(input)
            summary.inputs += 1
            if case .key = input { summary.keys += 1 }
            summary.screens[currentScreen, default: 0] += 1
            if let problem = apply(input) ?? check() {
                throw FuzzFailure(start: start, language: startLanguage, seed: seed, index: index, problem: problem, inputs: sent)
            }
            if finished {
                summary.restarts += 1
                try begin()
            }
        }
        return summary
    }

    private var currentScreen: String {
        if signIn != nil { return "signIn" }
        guard let state = app?.state else { return "none" }
        return state.privacy.isLocked ? "lock" : state.screen.rawValue
    }

    private var finished: Bool {
        if let signIn { return signIn.isFinished }
        return app?.state.shouldQuit ?? true
    }

    /// A fresh app (or sign-in) at the current size and language, on the start screen.
    private func begin() throws {
        if let s = app?.state.language ?? signIn?.state.language { language = s }
        lockedFor = 0
        if start == .signIn {
            app = nil
            signIn = SignInRuntime(desk: desk, state: SignInState(
                language: language, width: width, height: height, organization: try desk.organizationName()))
            return
        }
        let state = AppState(language: language, width: width, height: height, user: user,
                             organization: try desk.organizationName(), now: now(), timeZone: timeZone)
        let rt = AppRuntime(desk: desk, state: state, outputDirectory: outputDirectory)
        app = rt
        let route: Route?
        switch start {
        case .home, .lock, .signIn: route = nil
        case .caseList: route = .caseList
        case .search: route = .search
        case .intake: route = .intake
        case .followUps: route = .followUps
        case .review: route = .review
        case .reports: route = .reports
        case .admin: route = .admin
        case .caseDetail, .referral:
            let caseId = try desk.myCases(by: user, limit: 1).first?.id
            route = caseId.map { start == .caseDetail ? .caseDetail(caseId: $0) : .newReferral(caseId: $0) }
        }
        if let route { rt.send(.changed(StateChange { ScreenDispatch.open(&$0, route) })) }
        if start == .lock { rt.send(.changed(StateChange { LockScreen.lock(&$0, reason: .privacyKey) })) }
        rt.frameDrawn()
    }

    /// Sends one input as the terminal would: the event, then its frame is drawn.
    private func apply(_ input: FuzzInput) -> String? {
        if let signIn {
            switch input {
            case .key(let key): signIn.send(key)
            case .resize(let w, let h): (width, height) = (w, h); signIn.resize(width: w, height: h)
            case .pause: break
            }
            return nil
        }
        guard let app else { return "no app" }
        switch input {
        case .key(let key): app.send(.key(key))
        case .resize(let w, let h): (width, height) = (w, h); app.send(.resize(width: w, height: h))
        case .pause: app.runQuietWork(now: .max)
        }
        lockedFor = app.state.privacy.isLocked ? lockedFor + 1 : 0
        return nil
    }

    /// The invariants of the frame now on screen.
    private func check() -> String? {
        if let signIn { return FuzzChecks.fits(signIn.render(), width: width, height: height) }
        guard let app else { return "no app" }
        let buffer = app.render()
        app.frameDrawn()
        return FuzzChecks.fits(buffer, width: width, height: height)
            ?? FuzzChecks.footer(buffer, state: app.state, registry: registry)
    }
}

/// The checks a fuzzing run makes on each frame.
enum FuzzChecks {
    /// As many rows as the height, none wider than the width, the cursor (if shown) inside.
    static func fits(_ buffer: ScreenBuffer, width: Int, height: Int) -> String? {
        guard buffer.width == width, buffer.height == height else {
            return "frame is \(buffer.width)×\(buffer.height), terminal \(width)×\(height)"
        }
        if let cursor = buffer.cursor, !(0..<width).contains(cursor.x) || !(0..<height).contains(cursor.y) {
            return "cursor at \(cursor.x),\(cursor.y) outside \(width)×\(height)"
        }
        for y in 0..<height {
            let columns = TextWidth.columns(of: buffer.line(y))
            if columns > width { return "row \(y) is \(columns) columns wide in \(width): \(buffer.line(y))" }
        }
        return nil
    }

    /// The footer's hints (key cells then label cells) are the registry's hints for the screen
    /// on top, in its order, and the last one (quit) is there. Skipped when an overlay, the lock
    /// or the too-small message covers the frame.
    static func footer(_ buffer: ScreenBuffer, state: AppState, registry: CommandRegistry) -> String? {
        guard !state.isTooSmall, !state.privacy.isLocked, state.overlay.isNone else { return nil }
        let y = buffer.height - 1
        var shown: [(keys: String, label: String)] = []
        var x = 0
        while x < buffer.width {
            let role = buffer.role(x: x, y: y)
            guard role == .key || role == .statusBar else { x += 1; continue }
            var text = ""
            while x < buffer.width, buffer.role(x: x, y: y) == role { text += buffer[x, y].grapheme; x += 1 }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if role == .key { shown.append((trimmed, "")) } else if !shown.isEmpty { shown[shown.count - 1].label = trimmed }
        }
        let expected = registry.footerHints(in: state.scope, language: state.language, state: state)
        var rest = expected[...]
        for hint in shown {
            guard let at = rest.firstIndex(where: { $0.keys == hint.keys && $0.label == hint.label }) else {
                return "footer shows “\(hint.keys) \(hint.label)”, not a hint of \(state.scope) in order: \(buffer.line(y))"
            }
            rest = expected[(at + 1)...]
        }
        if let last = expected.last, !shown.contains(where: { $0.keys == last.keys && $0.label == last.label }) {
            return "footer lacks “\(last.keys) \(last.label)”: \(buffer.line(y))"
        }
        return nil
    }
}
