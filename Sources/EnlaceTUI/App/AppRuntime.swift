import Foundation
import EnlaceCore
import EnlaceStore

/// Runs the loop's effects against the store and feeds the answers back as events. Used by the
/// terminal and, the same way, by screen tests (real SQLite file, no terminal).
public final class AppRuntime {
    public let app: App
    public let desk: CaseDesk
    public private(set) var state: AppState
    /// Where tasks write files a person takes away (referral slips, exports).
    public let outputDirectory: URL
    /// The names of the tasks run so far, oldest first (tests read it; the last 200 are kept).
    public private(set) var taskLog: [String] = []
    private var lastDataVersion: Int?

    public init(app: App = App(), desk: CaseDesk, state: AppState,
                outputDirectory: URL = FileManager.default.temporaryDirectory) {
        self.app = app
        self.desk = desk
        self.state = state
        self.outputDirectory = outputDirectory
        lastDataVersion = try? desk.dataVersion()
        var s = self.state
        let effects = app.start(&s)
        self.state = s
        perform(effects)
    }

    public func send(_ event: AppEvent) {
        var s = state
        let effects = app.update(&s, event)
        state = s
        perform(effects)
    }

    /// Applies an event and hands back its effects without running them: a test holds an
    /// answer back, as a slow store would, and runs it later with `perform`.
    public func sendHoldingEffects(_ event: AppEvent) -> [Effect] {
        var s = state
        let effects = app.update(&s, event)
        state = s
        return effects
    }

    public func send(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Types text as a person would, one key per character.
    public func type(_ text: String) {
        for ch in text { send(.key(.char(ch))) }
    }

    /// Called when the terminal is idle: time moves on, and a change made by another terminal
    /// or process (SQLite's data_version moved) refreshes what is visible.
    public func idle(now: Date) {
        send(.tick(now))
        guard let version = try? desk.dataVersion() else { return }
        if let last = lastDataVersion, last != version {
            lastDataVersion = version
            send(.dataChanged)
        } else {
            lastDataVersion = version
        }
    }

    public func render() -> ScreenBuffer {
        app.render(state)
    }

    /// Runs effects (and the effects their answers ask for) against the store.
    public func perform(_ initial: [Effect]) {
        guard !initial.isEmpty else { return }
        // This terminal's own writes (an audit row of a search, a saved note) move data_version
        // too; they are not another terminal's change. A version that had already moved before
        // these effects stays unseen, so the idle poll still refreshes for it.
        let before = try? desk.dataVersion()
        defer {
            if let before, before == lastDataVersion { lastDataVersion = try? desk.dataVersion() }
        }
        var queue = initial
        var guardCount = 0
        while !queue.isEmpty, guardCount < 64 {
            guardCount += 1
            let effect = queue.removeFirst()
            let event: AppEvent
            do {
                switch effect {
                case .loadWindow(let request, let purpose):
                    event = .windowLoaded(purpose, try desk.caseWindow(request, actor: state.user))
                case .loadCount(let filter):
                    event = .countLoaded(filter: filter, count: try desk.caseCount(filter: filter, actor: state.user))
                case .task(let task):
                    taskLog.append(task.name)
                    if taskLog.count > 200 { taskLog.removeFirst(taskLog.count - 200) }
                    let context = DeskContext(desk: desk, user: state.user, now: state.now, timeZone: state.timeZone, outputDirectory: outputDirectory)
                    do {
                        event = .changed(try task.work(context))
                    } catch {
                        event = .changed(task.failure(error))
                    }
                }
            } catch let error as StoreError {
                event = .loadFailed(error.message(state.language))
            } catch {
                event = .loadFailed(String(describing: error))
            }
            var s = state
            queue += app.update(&s, event)
            state = s
        }
    }
}
