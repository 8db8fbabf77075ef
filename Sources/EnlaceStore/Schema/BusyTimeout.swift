import Foundation
import GRDB

/// How long a connection waits for another program's write lock before the store reports the
/// database as busy (`StoreError.locked`): 5 s, or `ENLACE_BUSY_TIMEOUT_MS` milliseconds
/// (0 to 600000) for tests and scripts that must hear "busy" sooner.
enum BusyTimeout {
    static let environmentKey = "ENLACE_BUSY_TIMEOUT_MS"
    static let standard: TimeInterval = 5

    static var seconds: TimeInterval {
        seconds(environment: ProcessInfo.processInfo.environment)
    }

    static func seconds(environment: [String: String]) -> TimeInterval {
        guard let text = environment[environmentKey],
              let ms = Int(text.trimmingCharacters(in: .whitespaces)), (0...600_000).contains(ms) else {
            return standard
        }
        return TimeInterval(ms) / 1000
    }
}

/// Waiting for another program's lock in short, jittered steps instead of SQLite's default
/// (sleeps that grow to 100 ms): with several terminals writing at once (a jornada), a writer
/// that sleeps 100 ms misses the many short gaps between the others' commits and can starve
/// until its timeout, though the lock is free most of the time. Steps of 0.5–1.5 ms (mean
/// 1 ms) take a free lock within about a millisecond, and give up after the same total time
/// as `BusyTimeout.seconds`.
enum BusyWait {
    static func mode(seconds: TimeInterval) -> Database.BusyMode {
        let tries = max(1, Int(seconds * 1000))
        return .callback { numberOfTries in
            guard numberOfTries < tries else { return false }
            usleep(useconds_t(500 + UInt32.random(in: 0...1000)))
            return true
        }
    }
}
