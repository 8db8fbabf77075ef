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

    /// How long the keys must stop before work that waits for quiet runs (the search screen's
    /// search). 80 ms is longer than the gaps inside a burst of keys (a paste, tmux send-keys,
    /// keys typed while the screen was busy: a few ms; a held key repeats every 30-50 ms), so a
    /// burst asks once; and short enough that quiet plus a search stays near the ~100 ms under
    /// which an answer feels immediate. A person typing at 5-10 keys a second pauses longer
    /// than this between keys, so results still follow as they type.
    public static let quietInterval: UInt64 = 80_000_000
    /// Monotonic nanoseconds; tests put in a clock they move by hand.
    public var clock: @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
    /// When the last key was sent (the runtime's clock).
    public private(set) var lastKeyAt: UInt64 = 0
    /// Tasks waiting for the keys to stop, and tasks waiting for the next frame to be drawn.
    private var waitingForQuiet: [DeskTask] = []
    private var waitingForFrame: [DeskTask] = []

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
        if case .key = event { lastKeyAt = clock() }
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

    // MARK: - Waiting for quiet, and for the frame

    /// When the work waiting for quiet is due (the runtime's clock), or nil when none waits.
    public var quietDeadline: UInt64? {
        waitingForQuiet.isEmpty ? nil : lastKeyAt &+ Self.quietInterval
    }

    /// Runs the work that waited for the keys to stop, once it is due at `now`. The store's
    /// answers are held while `meanwhile` reads the keys typed during the work (the terminal
    /// drains its input there), then applied: an answer those keys overtook is dropped by its
    /// screen, so it is never drawn over newer input. True when something ran.
    @discardableResult
    public func runQuietWork(now: UInt64, meanwhile: () -> Void = {}) -> Bool {
        guard let due = quietDeadline, now >= due else { return false }
        let tasks = waitingForQuiet
        waitingForQuiet = []
        let answers = asOwnWrites { tasks.map { answer(to: $0) } }
        meanwhile()
        for answer in answers { send(answer) }
        return true
    }

    /// The frame showing the current state has been flushed: the work that waited for it runs
    /// (it may ask for more, and change what the next frame shows).
    public func frameDrawn() {
        let tasks = waitingForFrame
        waitingForFrame = []
        perform(tasks.map { .task($0.runningNow()) })
    }

    /// The person stops typing (screen tests): the quiet interval passes with no key, what
    /// waited for it runs and is applied, and its frame counts as drawn.
    public func pause() {
        runQuietWork(now: .max)
        frameDrawn()
    }

    /// Runs effects (and the effects their answers ask for) against the store.
    public func perform(_ initial: [Effect]) {
        guard !initial.isEmpty else { return }
        asOwnWrites { run(initial) }
    }

    /// This terminal's own writes (an audit row of a search, a saved note) move data_version
    /// too; they are not another terminal's change. A version that had already moved before
    /// `body` stays unseen, so the idle poll still refreshes for it.
    private func asOwnWrites<T>(_ body: () -> T) -> T {
        let before = try? desk.dataVersion()
        defer {
            if let before, before == lastDataVersion { lastDataVersion = try? desk.dataVersion() }
        }
        return body()
    }

    private func run(_ initial: [Effect]) {
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
                    switch task.timing {
                    case .whenQuiet:
                        waitingForQuiet.removeAll { $0.isSameWork(as: task) }
                        waitingForQuiet.append(task)
                        continue
                    case .afterFrame:
                        waitingForFrame.append(task)
                        continue
                    case .now:
                        waitingForQuiet.removeAll { $0.isSameWork(as: task) }
                        event = answer(to: task)
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

    /// Runs a task's work against the store (logged by name) and returns its answer.
    private func answer(to task: DeskTask) -> AppEvent {
        taskLog.append(task.name)
        if taskLog.count > 200 { taskLog.removeFirst(taskLog.count - 200) }
        let context = DeskContext(desk: desk, user: state.user, now: state.now, timeZone: state.timeZone, outputDirectory: outputDirectory)
        do {
            return .changed(try task.work(context))
        } catch {
            return .changed(task.failure(error))
        }
    }
}
