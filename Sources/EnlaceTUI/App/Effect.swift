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

/// One piece of I/O the pure loop asks for. `work` runs outside `update`, with the store; its
/// answer (or its error, through `failure`) comes back as a `StateChange`.
public struct DeskTask: Sendable {
    /// A short name for logs and tests ("search", "intake.save").
    public let name: String
    public let work: @Sendable (DeskContext) throws -> StateChange
    public let failure: @Sendable (Error) -> StateChange

    public init(_ name: String,
                work: @escaping @Sendable (DeskContext) throws -> StateChange,
                failure: (@Sendable (Error) -> StateChange)? = nil) {
        self.name = name
        self.work = work
        self.failure = failure ?? DeskTask.showError
    }

    /// The default failure: the error's own words on the message line, in the person's language.
    public static let showError: @Sendable (Error) -> StateChange = { error in
        StateChange { state in
            state.message = StatusMessage(DeskTask.describe(error, state.language), role: .error)
            return []
        }
    }

    public static func describe(_ error: Error, _ language: Language) -> String {
        if let store = error as? StoreError { return store.message(language) }
        return String(describing: error)
    }
}

extension Effect {
    /// Shorthand: `.run("name") { ctx in ...; return StateChange { state in ... } }`.
    public static func run(_ name: String,
                           failure: (@Sendable (Error) -> StateChange)? = nil,
                           _ work: @escaping @Sendable (DeskContext) throws -> StateChange) -> Effect {
        .task(DeskTask(name, work: work, failure: failure))
    }
}
