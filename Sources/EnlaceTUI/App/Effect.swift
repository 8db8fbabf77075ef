import Foundation
import EnlaceCore
import EnlaceStore

/// What the app asks the outside world to do. The runtime performs it and answers with events.
public enum Effect: Sendable {
    case loadWindow(CaseWindowRequest, WindowPurpose)
    case loadCount(filter: String)
    /// Any other work against the store (or the files next to it): run by the runtime, which
    /// feeds the returned change back through `App.update`.
    case task(DeskTask)
}

/// A pure change to the state, produced by a finished task and applied by `App.update`.
public struct StateChange: Sendable {
    public let apply: @Sendable (inout AppState) -> [Effect]
    public init(_ apply: @escaping @Sendable (inout AppState) -> [Effect]) { self.apply = apply }

    /// Changes nothing.
    public static let none = StateChange { _ in [] }

    /// The same change, applied to the screen `key` names (and those under it) even when
    /// another screen is on top by then; the effects it asks for go to that screen too, unless
    /// it moved to another screen.
    public func aimed(at key: ScreenKey) -> StateChange {
        let apply = self.apply
        return StateChange { state in
            let (effects, stillThere) = state.applying(to: key) { apply(&$0) }
            return stillThere ? effects.map { $0.aimed(at: key) } : effects
        }
    }
}

/// What a task may use: the store, the signed-in user, the clock, and where files go.
public struct DeskContext: Sendable {
    public let desk: CaseDesk
    public let user: UserAccount
    public let now: Date
    /// The desk's time zone: what "today" means.
    public let timeZone: TimeZone
    /// Where exported files (referral slips, reports) are written.
    public let outputDirectory: URL
}

/// When the runtime runs a task.
public enum TaskTiming: Sendable, Equatable {
    /// At once, before the next key is read.
    case now
    /// Once no key has come for `AppRuntime.quietInterval`: typing "maria" in one burst asks
    /// once, for "maria". A newer task of the same name for the same screen replaces one still
    /// waiting, and the same task run `.now` drops it. Its answer is applied only after the keys
    /// typed while it worked have been read, so it is never drawn over newer input.
    case whenQuiet
    /// Once the frame showing the state as it is now has been drawn: work that must not delay
    /// that frame (the audit row of search results the person saw).
    case afterFrame
}

/// One piece of I/O the pure loop asks for. `work` runs outside `update`, with the store; its
/// answer (or its error, through `failure`) comes back as a `StateChange`.
public struct DeskTask: Sendable {
    /// A short name for logs and tests ("search", "intake.save").
    public let name: String
    public let work: @Sendable (DeskContext) throws -> StateChange
    public let failure: @Sendable (Error) -> StateChange
    public let timing: TaskTiming
    /// The screen that asked: its answer lands there (nil until `App.update` aims it).
    public private(set) var target: ScreenKey?

    public init(_ name: String, timing: TaskTiming = .now,
                work: @escaping @Sendable (DeskContext) throws -> StateChange,
                failure: (@Sendable (Error) -> StateChange)? = nil) {
        self.name = name
        self.timing = timing
        self.work = work
        self.failure = failure ?? DeskTask.showError
    }

    /// This task, its answer (or failure) aimed at the screen `key` names; a task already
    /// aimed keeps its screen.
    public func aimed(at key: ScreenKey) -> DeskTask {
        guard target == nil else { return self }
        let (work, failure) = (self.work, self.failure)
        var task = DeskTask(name, timing: timing, work: { try work($0).aimed(at: key) }, failure: { failure($0).aimed(at: key) })
        task.target = key
        return task
    }

    /// The same task, to run at once (its screen kept).
    func runningNow() -> DeskTask {
        var task = DeskTask(name, timing: .now, work: work, failure: failure)
        task.target = target
        return task
    }

    /// The same work for the same screen (a newer one replaces an older one still waiting).
    func isSameWork(as other: DeskTask) -> Bool {
        name == other.name && target == other.target
    }

    /// The default failure: the error's own words on the message line, in the person's language.
    public static let showError: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            return []
        }
    }

    public static func describe(_ error: Error, _ language: Language) -> String {
        if let store = error as? StoreError { return FaultScreenText.line(store, language) ?? store.message(language) }
        return String(describing: error)
    }
}

extension Effect {
    /// A task aimed at the screen `key` names (other effects are the case list's own windows,
    /// which always concern the case list on screen).
    public func aimed(at key: ScreenKey) -> Effect {
        if case .task(let task) = self { return .task(task.aimed(at: key)) }
        return self
    }

    /// Shorthand: `.run("name") { ctx in ...; return StateChange { state in ... } }`; `timing`
    /// says when (at once by default).
    public static func run(_ name: String, timing: TaskTiming = .now,
                           failure: (@Sendable (Error) -> StateChange)? = nil,
                           _ work: @escaping @Sendable (DeskContext) throws -> StateChange) -> Effect {
        .task(DeskTask(name, timing: timing, work: work, failure: failure))
    }
}
